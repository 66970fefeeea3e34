"""Images and PDFs on posts: sniffed by content, limited in size and number, served safely."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from forum.models import Post, PostAttachment
from tests.forum.factories import form_token

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
HTML = b"<html><script>alert(1)</script></html>"


def _reply_with(client, thread, *files, body="Lihat lampiran."):
    page = client.get(thread.get_absolute_url() + "?halaman=1")
    return client.post(
        f"/forum/diskusi/{thread.pk}/balas/",
        {"body": body, "token": form_token(page), "attachments": list(files)},
    )


def test_an_image_and_a_pdf_are_attached_under_our_own_names(another_member_client, thread):
    response = _reply_with(
        another_member_client,
        thread,
        SimpleUploadedFile("../../etc/grafik stunting.png", PNG, content_type="text/html"),
        SimpleUploadedFile("laporan.pdf", PDF, content_type="application/octet-stream"),
    )
    assert response.status_code == 302
    image, pdf = PostAttachment.objects.order_by("pk")
    assert (image.content_type, image.extension, image.original_name) == (
        "image/png",
        ".png",
        "grafik stunting.png",
    )
    assert pdf.content_type == "application/pdf"
    assert image.file.name == f"forum/{image.sha256[:2]}/{image.sha256}.png"
    page = another_member_client.get(thread.get_absolute_url() + "?halaman=1")
    assert image.get_absolute_url() in page.text and "laporan.pdf" in page.text


def test_attachments_are_served_with_disposition_and_nosniff(another_member_client, anonymous, thread):
    _reply_with(
        another_member_client,
        thread,
        SimpleUploadedFile("grafik.png", PNG),
        SimpleUploadedFile("laporan.pdf", PDF),
    )
    image, pdf = PostAttachment.objects.order_by("pk")
    shown = anonymous.get(image.get_absolute_url())
    assert shown.status_code == 200
    assert shown["Content-Type"] == "image/png"
    assert shown["Content-Disposition"].startswith("inline")
    assert shown["X-Content-Type-Options"] == "nosniff"
    assert b"".join(shown.streaming_content) == PNG
    downloaded = anonymous.get(pdf.get_absolute_url())
    assert downloaded["Content-Disposition"].startswith('attachment; filename="laporan.pdf"')
    assert downloaded["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("gambar.png", HTML, content_type="image/png"), "bukan gambar"),
        (
            SimpleUploadedFile("skrip.svg", b"<svg onload=alert(1)>", content_type="image/svg+xml"),
            "bukan gambar",
        ),
        (
            SimpleUploadedFile(
                "besar.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024), content_type="application/pdf"
            ),
            "lebih dari 5 MB",
        ),
        (SimpleUploadedFile("kosong.png", b"", content_type="image/png"), "kosong"),
    ],
)
def test_a_wrong_or_too_large_file_is_refused_and_the_text_kept(
    another_member_client, thread, upload, message
):
    response = _reply_with(another_member_client, thread, upload, body="Teks yang tetap ada.")
    assert response.status_code == 200
    assert message in response.text
    assert "Teks yang tetap ada.</textarea>" in response.text
    assert not PostAttachment.objects.exists()
    assert Post.objects.filter(thread=thread).count() == 2


def test_at_most_five_files_per_post(another_member_client, thread):
    files = [SimpleUploadedFile(f"g{n}.png", PNG) for n in range(6)]
    response = _reply_with(another_member_client, thread, *files)
    assert response.status_code == 200
    assert "Lampirkan paling banyak 5 berkas" in response.text
    assert not PostAttachment.objects.exists()


def test_attachments_of_hidden_or_deleted_posts_and_secret_forums_are_not_found(
    another_member_client, member_client, anonymous, thread, members_forum, member
):
    _reply_with(another_member_client, thread, SimpleUploadedFile("grafik.png", PNG))
    attachment = PostAttachment.objects.get()
    Post.objects.filter(pk=attachment.post_id).update(is_hidden=True)
    assert anonymous.get(attachment.get_absolute_url()).status_code == 404
    Post.objects.filter(pk=attachment.post_id).update(is_hidden=False, is_deleted=True)
    assert anonymous.get(attachment.get_absolute_url()).status_code == 404
    assert anonymous.get("/forum/lampiran/99999/x.png").status_code == 404
