"""Bad input on /praktik-baik/kirim/: clear Indonesian errors, nothing typed lost, nothing unsafe shown."""

import datetime
import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from community.models import GovernmentAffair, PracticePage
from tests.factories import AgencyFactory, RegencyFactory, province

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

SUBMIT = "/praktik-baik/kirim/"
FORM_ERROR = "Periksa kembali isian yang ditandai. Lampiran perlu dipilih ulang."
REQUIRED = "Kolom ini harus diisi."


@pytest.fixture
def agency():
    return AgencyFactory(name="Bappeda Kota Uji")


@pytest.fixture
def regency():
    return RegencyFactory(name="Kota Uji Maju", parent=province("31"))


@pytest.fixture
def valid(agency, regency):
    return {
        "title": "Musrenbang Daring untuk Warga Kepulauan",
        "summary": "Warga pulau kecil mengusulkan program lewat aplikasi, tanpa menyeberang.",
        "body": "## Cara kerja\n\nUsulan masuk lewat ponsel dan dibahas di forum desa.",
        "agency": agency.pk,
        "region": regency.pk,
        "government_affair": GovernmentAffair.PLANNING,
        "tags": "musrenbang, partisipasi warga",
        "started_on": "2021-02-15",
        "status": "berjalan",
    }


def pdf(name="laporan.pdf", size=None):
    content = b"%PDF-1.4\n%%EOF\n" if size is None else b"0" * size
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def assert_nothing_saved():
    assert not PracticePage.objects.exists()
    assert not get_document_model().objects.exists()


def assert_form_kept(page, data, agency, regency):
    """Every value the member typed or chose is back in the form."""
    assert f'value="{html.escape(data["title"])}"' in page
    assert f"{html.escape(data['summary'])}</textarea>" in page
    assert html.escape(data["body"]) in page
    assert f'<option value="{agency.pk}" selected>' in page
    assert f'<option value="{regency.pk}" selected>' in page
    assert f'<option value="{data["government_affair"]}" selected>' in page
    assert f'value="{html.escape(data["tags"])}"' in page
    assert f'value="{data["started_on"]}"' in page


def test_a_file_over_10_mb_is_refused_and_everything_typed_is_kept(member_client, valid, agency, regency):
    big = pdf("laporan-lengkap.pdf", size=10 * 1024 * 1024 + 1)

    response = member_client.post(SUBMIT, {**valid, "attachments": [big]})

    assert response.status_code == 200
    page = response.content.decode()
    assert "laporan-lengkap.pdf lebih besar dari 10 MB." in page
    assert FORM_ERROR in page
    assert_form_kept(page, valid, agency, regency)
    assert_nothing_saved()


def test_a_program_file_is_refused(member_client, valid, agency, regency):
    program = SimpleUploadedFile("pembaruan.exe", b"MZ\x90\x00", content_type="application/octet-stream")

    response = member_client.post(SUBMIT, {**valid, "attachments": [pdf(), program]})

    page = response.content.decode()
    assert "pembaruan.exe: jenis berkas ini tidak diizinkan. Yang diizinkan: pdf, docx," in page
    assert_form_kept(page, valid, agency, regency)
    assert_nothing_saved()


def test_a_file_without_an_extension_is_refused(member_client, valid):
    response = member_client.post(SUBMIT, {**valid, "attachments": [pdf("laporan")]})

    assert "laporan: jenis berkas ini tidak diizinkan." in response.content.decode()
    assert_nothing_saved()


def test_more_than_five_attachments_are_refused(member_client, valid):
    files = [pdf(f"lampiran-{n}.pdf") for n in range(6)]

    response = member_client.post(SUBMIT, {**valid, "attachments": files})

    assert "Paling banyak 5 lampiran." in response.content.decode()
    assert_nothing_saved()


def test_five_attachments_are_accepted(member_client, valid):
    files = [pdf(f"lampiran-{n}.pdf") for n in range(5)]

    response = member_client.post(SUBMIT, {**valid, "attachments": files})

    assert response.status_code == 302
    assert get_document_model().objects.count() == 5


def test_missing_required_fields_are_named_and_what_was_typed_is_kept(member_client):
    response = member_client.post(SUBMIT, {"title": "Satu Data Desa", "tags": "data desa"})

    assert response.status_code == 200
    page = " ".join(response.content.decode().split())
    assert FORM_ERROR in page
    for field in ("summary", "body", "agency", "region", "government_affair", "status"):
        assert f'<p class="error" id="id_{field}_error">{REQUIRED}</p>' in page
    assert '<p class="error" id="id_title_error">' not in page
    assert 'value="Satu Data Desa"' in page
    assert 'value="data desa"' in page
    assert_nothing_saved()


def test_a_tag_of_200_characters_is_refused(member_client, valid, agency, regency):
    data = {**valid, "tags": "musrenbang, " + "a" * 200}

    response = member_client.post(SUBMIT, data)

    page = response.content.decode()
    assert "Setiap tag paling panjang 50 karakter." in page
    assert_form_kept(page, data, agency, regency)
    assert_nothing_saved()


def test_more_than_ten_tags_are_refused(member_client, valid):
    response = member_client.post(SUBMIT, {**valid, "tags": ", ".join(f"tag{n}" for n in range(11))})

    assert "Paling banyak 10 tag." in response.content.decode()
    assert_nothing_saved()


def test_a_start_date_in_the_future_is_refused(member_client, valid, agency, regency):
    tomorrow = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
    data = {**valid, "started_on": tomorrow}

    response = member_client.post(SUBMIT, data)

    page = response.content.decode()
    assert "Tanggal mulai tidak boleh di masa depan." in page
    assert_form_kept(page, data, agency, regency)
    assert_nothing_saved()


def test_a_start_date_that_is_not_a_date_is_refused(member_client, valid):
    response = member_client.post(SUBMIT, {**valid, "started_on": "kemarin"})

    page = response.content.decode()
    assert "Masukkan tanggal yang valid." in page
    assert 'value="kemarin"' in page
    assert_nothing_saved()


def test_a_region_that_does_not_exist_is_refused(member_client, valid):
    response = member_client.post(SUBMIT, {**valid, "region": 999999})

    assert "Masukkan pilihan yang valid." in response.content.decode()
    assert_nothing_saved()


def test_script_typed_into_the_form_is_shown_as_text_when_the_form_comes_back(member_client, valid):
    script = '<script>alert("judul")</script>'

    response = member_client.post(SUBMIT, {**valid, "title": f"Judul {script}", "body": script, "agency": ""})

    page = response.content.decode()
    assert script not in page
    assert html.escape(f"Judul {script}") in page
    assert html.escape(script) in page


def test_unsafe_markdown_is_never_rendered_on_the_published_page(member_client, valid, anonymous):
    body = (
        "## Langkah\n\n"
        "<script>alert('xss')</script>\n\n"
        '<img src="x" onerror="alert(1)">\n\n'
        "[klik di sini](javascript:alert(2)) atau [panduan](https://jdih.go.id/panduan)\n\n"
        '<a href="https://contoh.go.id" onclick="alert(3)">tautan</a>\n\n'
        "- **warga** mengusulkan\n- desa membahas"
    )
    member_client.post(SUBMIT, {**valid, "body": body, "summary": "<b>ringkas</b> & jelas"})
    practice = PracticePage.objects.get()
    practice.get_latest_revision().publish()

    page = anonymous.get(practice.url).content.decode()

    assert "<script>alert" not in page
    assert "onerror" not in page
    assert "onclick" not in page
    assert "javascript:" not in page
    assert "<img" not in page
    assert "<h2>Langkah</h2>" in page
    assert "<strong>warga</strong>" in page
    assert 'href="https://jdih.go.id/panduan"' in page
    assert "&lt;b&gt;ringkas&lt;/b&gt; &amp; jelas" in page


def test_the_members_markdown_is_kept_as_typed_for_revision(member_client, valid):
    body = "## Langkah\n\n<script>alert('xss')</script>"
    member_client.post(SUBMIT, {**valid, "body": body})

    practice = PracticePage.objects.get()

    assert practice.submitted_markdown == body
    assert "<script>" not in str(practice.body)


def test_tags_are_stored_in_one_form_whatever_the_case_or_spacing(member_client, valid):
    member_client.post(SUBMIT, {**valid, "tags": "Pelayanan  Publik, pelayanan publik, PELAYANAN PUBLIK "})

    practice = PracticePage.objects.get()

    assert [tag.name for tag in practice.tags.all()] == ["pelayanan publik"]


def test_markup_in_tags_is_shown_as_text(member_client, valid, anonymous):
    member_client.post(SUBMIT, {**valid, "tags": "<b>tebal</b>, musrenbang"})
    practice = PracticePage.objects.get()
    practice.get_latest_revision().publish()

    page = anonymous.get(practice.url).content.decode()

    assert "<b>tebal</b>" not in page
    assert "&lt;b&gt;tebal&lt;/b&gt;" in page


def test_an_image_attachment_is_accepted_and_listed_on_the_page(member_client, valid, anonymous):
    png = SimpleUploadedFile("foto-loket.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")

    response = member_client.post(SUBMIT, {**valid, "attachments": [png]})

    assert response.status_code == 302
    practice = PracticePage.objects.get()
    practice.get_latest_revision().publish()
    assert "foto-loket.png" in anonymous.get(practice.url).content.decode()


def test_two_submissions_with_the_same_title_get_their_own_addresses(member_client, valid):
    member_client.post(SUBMIT, valid)
    member_client.post(SUBMIT, valid)

    slugs = sorted(PracticePage.objects.values_list("slug", flat=True))
    assert slugs == ["musrenbang-daring-untuk-warga-kepulauan", "musrenbang-daring-untuk-warga-kepulauan-2"]


@pytest.mark.parametrize("title", ["Kirim", "Kiriman Saya"])
def test_a_title_that_matches_a_library_address_still_gets_a_reachable_page(
    member_client, valid, anonymous, title
):
    member_client.post(SUBMIT, {**valid, "title": title})
    practice = PracticePage.objects.get()
    practice.get_latest_revision().publish()
    practice.refresh_from_db()

    response = anonymous.get(practice.url)

    assert response.status_code == 200
    assert f'<h1 id="judul-praktik">{title}</h1>' in response.content.decode()


def test_a_revision_with_errors_keeps_what_was_typed(member, member_client, valid, agency, regency):
    member_client.post(SUBMIT, valid)
    practice = PracticePage.objects.get()
    practice.current_workflow_state.cancel(user=member)
    url = f"/praktik-baik/kiriman/{practice.pk}/ubah/"
    data = {**valid, "title": "Judul yang diperbaiki", "started_on": "2999-01-01"}

    response = member_client.post(url, data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Tanggal mulai tidak boleh di masa depan." in page
    assert_form_kept(page, data, agency, regency)
    assert PracticePage.objects.get().title == valid["title"]
