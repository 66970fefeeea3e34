"""A member's practice from the submission form to publication, through the editors' review.

Everything goes through the real stack: the front-end form, Wagtail's
"Tinjauan editor" workflow, the Wagtail admin's workflow actions, and the
member-facing e-mails.
"""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState

from community.models import GovernmentAffair, PracticePage
from tests.community.practice_factories import make_practice, make_practice_in_review
from tests.factories import AgencyFactory, RegencyFactory, province

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

SUBMIT = "/praktik-baik/kirim/"
MY_SUBMISSIONS = "/praktik-baik/kiriman-saya/"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def revise_url(practice):
    return f"/praktik-baik/kiriman/{practice.pk}/ubah/"


def submission(agency, region, **overrides):
    data = {
        "title": "Posyandu Digital Kelurahan Sehat",
        "summary": "Kader posyandu mencatat tumbuh kembang balita di ponsel; kasus stunting turun.",
        "body": "## Latar belakang\n\nPencatatan di kertas sering hilang.\n\n- kader dilatih\n- data terpusat",
        "agency": agency.pk,
        "region": region.pk,
        "government_affair": GovernmentAffair.HEALTH,
        "tags": "Stunting, Posyandu",
        "started_on": "2023-03-01",
        "status": "berjalan",
    }
    data.update(overrides)
    return data


def pdf(name="laporan-posyandu.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def workflow_action(editor_client, practice, action, comment=""):
    task_state = practice.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(practice.pk, action, task_state.pk))
    return editor_client.post(url, {"comment": comment})


def mail_to(outbox, address):
    return [message for message in outbox if address in message.to]


@pytest.fixture
def agency():
    return AgencyFactory(name="Dinas Kesehatan Kota Uji")


@pytest.fixture
def regency():
    return RegencyFactory(name="Kota Uji Sehat", parent=province("31"))


def test_a_submitted_practice_goes_through_review_to_publication(
    member, member_client, editor, editor_client, agency, regency, mailoutbox, client_factory
):
    # The member submits through the front-end form, with a PDF attachment.
    response = member_client.post(SUBMIT, {**submission(agency, regency), "attachments": [pdf()]})

    assert response.status_code == 302
    assert response["Location"] == MY_SUBMISSIONS
    practice = PracticePage.objects.get(title="Posyandu Digital Kelurahan Sehat")
    assert not practice.live
    assert practice.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert practice.current_workflow_state.workflow.name == "Tinjauan editor"
    assert list(practice.authors.all()) == [member.profile]
    attachment = [block for block in practice.body if block.block_type == "attachment"]
    assert [block.value["document"].title for block in attachment] == ["laporan-posyandu.pdf"]

    # The editors are told; the draft is nowhere public yet.
    assert len(mail_to(mailoutbox, editor.email)) == 1
    assert "Posyandu Digital Kelurahan Sehat" in mail_to(mailoutbox, editor.email)[0].subject
    assert "Posyandu Digital" not in member_client.get("/praktik-baik/").content.decode()
    listing = member_client.get(MY_SUBMISSIONS).content.decode()
    assert "Sedang ditinjau" in listing
    assert "Perbaiki dan kirim ulang" not in listing

    # The editor asks for changes in the admin, with a comment.
    mailoutbox.clear()
    response = workflow_action(
        editor_client, practice, "reject", "Tambahkan data sebelum dan sesudah program."
    )

    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not practice.live

    # The member sees the request and the comment, and got an e-mail with the revise link.
    listing = member_client.get(MY_SUBMISSIONS).content.decode()
    assert "Perlu perbaikan" in listing
    assert "Catatan editor:" in listing
    assert "Tambahkan data sebelum dan sesudah program." in listing
    assert f'href="{revise_url(practice)}"' in listing
    [message] = mail_to(mailoutbox, member.email)
    assert message.subject == 'Perlu perbaikan: "Posyandu Digital Kelurahan Sehat"'
    assert "Editor meminta perbaikan pada praktik Anda" in message.body
    assert "Tambahkan data sebelum dan sesudah program." in message.body
    assert re.search(rf"Perbaiki di sini: https?://\S+{re.escape(revise_url(practice))}", message.body)

    # The revision form starts from the member's own words and shows the comment.
    form_page = member_client.get(revise_url(practice)).content.decode()
    assert "Editor meminta perbaikan:" in form_page
    assert "Tambahkan data sebelum dan sesudah program." in form_page
    assert "Pencatatan di kertas sering hilang." in form_page
    assert 'value="posyandu, stunting"' in form_page

    # The member revises; the editors are told again.
    mailoutbox.clear()
    revised_body = "## Hasil\n\nPrevalensi stunting turun dari 24% menjadi 17% dalam dua tahun."
    response = member_client.post(revise_url(practice), submission(agency, regency, body=revised_body))

    assert response.status_code == 302
    assert response["Location"] == MY_SUBMISSIONS
    practice.refresh_from_db()
    assert practice.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "Sedang ditinjau" in member_client.get(MY_SUBMISSIONS).content.decode()
    assert len(mail_to(mailoutbox, editor.email)) == 1

    # The editor approves in the admin: the page goes live.
    mailoutbox.clear()
    response = workflow_action(editor_client, practice, "approve")

    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.live
    assert practice.current_workflow_state is None

    page = member_client.get(practice.url)
    assert page.status_code == 200
    content = page.content.decode()
    assert "Prevalensi stunting turun dari 24% menjadi 17%" in content
    assert "laporan-posyandu.pdf" in content
    assert "Pencatatan di kertas" not in content

    # It is listed, fed and tagged for everyone.
    anonymous = client_factory()
    assert practice.title in anonymous.get("/praktik-baik/").content.decode()
    assert practice.title in anonymous.get("/praktik-baik/feed/atom/").content.decode()
    assert practice.title in anonymous.get("/tag/stunting/").content.decode()
    listing = member_client.get(MY_SUBMISSIONS).content.decode()
    assert "Terbit" in listing
    assert f'href="{practice.url}"' in listing

    # The author is told it is published, with a link to the public page.
    [message] = mail_to(mailoutbox, member.email)
    assert message.subject == 'Praktik Anda "Posyandu Digital Kelurahan Sehat" sudah terbit'
    assert "sudah disetujui editor dan terbit di Simpul" in message.body
    assert f"Baca di sini: {practice.full_url}" in message.body


def test_submitting_creates_a_draft_the_member_cannot_publish(member, member_client, agency, regency):
    member_client.post(SUBMIT, submission(agency, regency))

    practice = PracticePage.objects.get()
    assert not practice.live
    assert practice.first_published_at is None
    assert practice.owner == member
    assert member_client.get("/praktik-baik/posyandu-digital-kelurahan-sehat/").status_code == 404


def test_my_submissions_shows_each_state(member, member_client):
    author = member
    make_practice("Praktik Yang Terbit", authors=[author])
    make_practice("Praktik Masih Draf", live=False, authors=[author])
    make_practice_in_review("Praktik Sedang Ditinjau", submitted_by=author)
    make_practice("Praktik Orang Lain", live=False)

    page = member_client.get(MY_SUBMISSIONS).content.decode()

    rows = dict(
        re.findall(
            r'<h2 class="h3">(?:<a [^>]*>)?([^<]+)(?:</a>)?</h2>\s*<p>\s*<span class="badge[^"]*">([^<]+)',
            page,
        )
    )
    assert rows == {
        "Praktik Yang Terbit": "Terbit",
        "Praktik Masih Draf": "Draf",
        "Praktik Sedang Ditinjau": "Sedang ditinjau",
    }


def test_my_submissions_needs_a_signed_in_member(anonymous):
    response = anonymous.get(MY_SUBMISSIONS)

    assert response.status_code == 302
    assert response["Location"].startswith("/akun/login/")


def test_the_submission_form_needs_a_signed_in_member(anonymous):
    response = anonymous.get(SUBMIT)

    assert response.status_code == 302
    assert response["Location"].startswith("/akun/login/")


def test_a_revision_keeps_earlier_attachments_adds_new_ones_and_replaces_the_tags(
    member_client, editor_client, agency, regency
):
    member_client.post(SUBMIT, {**submission(agency, regency), "attachments": [pdf("laporan-2023.pdf")]})
    practice = PracticePage.objects.get()
    workflow_action(editor_client, practice, "reject", "Lampirkan laporan tahun berikutnya.")

    member_client.post(
        revise_url(practice),
        {**submission(agency, regency, tags="Gizi Balita"), "attachments": [pdf("laporan-2024.pdf")]},
    )

    practice = PracticePage.objects.get()
    titles = [block.value["title"] for block in practice.body if block.block_type == "attachment"]
    assert titles == ["laporan-2023.pdf", "laporan-2024.pdf"]
    assert [tag.name for tag in practice.tags.all()] == ["gizi balita"]
    assert practice.get_latest_revision().as_object().tags.all()[0].name == "gizi balita"


def test_a_submission_is_saved_as_a_revision_by_its_author(member, member_client, agency, regency):
    member_client.post(SUBMIT, submission(agency, regency))

    practice = PracticePage.objects.get()
    revision = practice.get_latest_revision()
    assert revision.user == member
    assert practice.current_workflow_state.requested_by == member


def test_a_draft_taken_out_of_review_can_be_revised_and_goes_back_to_review(
    member, member_client, agency, regency, editor, mailoutbox
):
    member_client.post(SUBMIT, submission(agency, regency))
    practice = PracticePage.objects.get()
    practice.current_workflow_state.cancel(user=editor)
    assert "Draf" in member_client.get(MY_SUBMISSIONS).content.decode()
    mailoutbox.clear()

    response = member_client.post(revise_url(practice), submission(agency, regency, title="Judul Baru"))

    assert response.status_code == 302
    practice = PracticePage.objects.get()
    assert practice.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert practice.draft_title == "Judul Baru"
    assert len(mail_to(mailoutbox, editor.email)) == 1


def test_the_editors_comment_is_shown_as_text(member_client, editor_client, agency, regency):
    member_client.post(SUBMIT, submission(agency, regency))
    practice = PracticePage.objects.get()
    workflow_action(editor_client, practice, "reject", "Hapus <script>alert(1)</script> ini.")

    listing = member_client.get(MY_SUBMISSIONS).content.decode()
    form_page = member_client.get(revise_url(practice)).content.decode()

    for page in (listing, form_page):
        assert "<script>alert(1)</script>" not in page
        assert "Hapus &lt;script&gt;alert(1)&lt;/script&gt; ini." in page
