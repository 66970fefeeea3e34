"""A member shares a practice with an attachment; an editor approves it in the Wagtail admin; a reader finds it by tag.

The editor approves from the footer's action menu of the page editor
("Menyetujui dan Publikasikan": the plain approve, which opens no comment
modal); the review task is the only one in the "Tinjauan editor" workflow,
so approving it publishes the page.
"""

import re
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from community.models import GovernmentAffair, Region

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Posyandu Digital Kabupaten Semarang"
SUMMARY = "Kader posyandu mencatat penimbangan balita di ponsel, sehingga puskesmas melihat balita berisiko stunting pada hari yang sama."
BODY = """Kader di 120 posyandu mencatat berat dan tinggi badan balita langsung di aplikasi.

## Hasil

- Laporan penimbangan sampai ke puskesmas pada hari yang sama, bukan sebulan kemudian.
- Balita yang berat badannya tidak naik dikunjungi bidan desa dalam seminggu.
"""
TAGS = "posyandu digital, stunting"
# taggit's slug for the tag "posyandu digital" (community.tagging keeps the name lower-case).
TAG_SLUG = "posyandu-digital"
ATTACHMENT = "laporan-posyandu-digital.pdf"

# The Wagtail admin speaks Indonesian where its catalogue has a translation and
# English where it has none: match either, so a new Wagtail catalogue does not
# break the journey.
ADMIN_SIGN_IN = re.compile(r"^(Masuk|Sign in)$")
AWAITING_REVIEW = re.compile(r"Menunggu tinjauan anda|Awaiting your review", re.IGNORECASE)
MORE_ACTIONS = re.compile(r"More actions|Tindakan lain", re.IGNORECASE)
APPROVE = re.compile(
    r"^(Menyetujui|Setujui|Approve)( dan Publikasikan| dan terbitkan| and Publish)?$", re.IGNORECASE
)


def tiny_pdf():
    """A one-page PDF that a PDF reader opens: header, four objects, a correct xref table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_member_submits_practice_editor_approves_it_in_admin_and_reader_finds_it_by_tag(
    new_page, site_url, verified_member, agency, editor, password, tmp_path, search_backend, save_screenshot
):
    # search_backend: the published page is indexed; start and end with empty indexes.
    attachment = tmp_path / ATTACHMENT
    attachment.write_bytes(tiny_pdf())
    region = Region.objects.get(name="Jawa Tengah")

    # The member signs in and shares the practice, with a PDF report attached.
    member = new_page()
    member.goto(f"{site_url}/akun/login/")
    member.fill("#id_login", verified_member.email)
    member.fill("#id_password", password)
    member.locator("main form button[type=submit]").click()
    expect(member.get_by_role("button", name="Keluar")).to_be_visible()

    member.goto(f"{site_url}/praktik-baik/kirim/")
    expect(member.get_by_role("heading", level=1)).to_have_text("Bagikan praktik baik")
    member.get_by_label("Judul").fill(TITLE)
    member.get_by_label("Ringkasan").fill(SUMMARY)
    member.get_by_label("Uraian lengkap").fill(BODY)
    member.get_by_label("Instansi").select_option(str(agency.pk))
    member.get_by_label("Wilayah").select_option(str(region.pk))
    member.get_by_label("Urusan pemerintahan").select_option(GovernmentAffair.HEALTH.value)
    member.get_by_label("Tag", exact=True).fill(TAGS)
    member.get_by_label("Lampiran").set_input_files(attachment)
    member.get_by_role("button", name="Kirim untuk ditinjau").click()

    member.wait_for_url("**/praktik-baik/kiriman-saya/")
    expect(member.get_by_role("status")).to_contain_text(
        "Terima kasih! Praktik Anda sudah dikirim ke editor untuk ditinjau."
    )
    submission = member.locator("li.card", has_text=TITLE)
    expect(submission).to_be_visible()
    expect(submission).to_contain_text("Sedang ditinjau")

    # Until an editor approves it, its tag is not public: a tag only on a practice
    # in review has no page, so its name gives nothing away.
    early_reader = new_page()
    early_response = early_reader.goto(f"{site_url}/tag/{TAG_SLUG}/")
    assert early_response.status == 404
    expect(early_reader.get_by_role("heading", level=1)).to_have_text("Halaman tidak ditemukan")
    expect(early_reader.get_by_role("link", name=TITLE)).to_have_count(0)

    # The editor signs in to the Wagtail admin, finds it awaiting review and approves it.
    admin = new_page()
    admin.goto(f"{site_url}/admin/login/")
    admin.fill("#id_username", editor.username)
    admin.fill("#id_password", password)
    admin.get_by_role("button", name=ADMIN_SIGN_IN).click()
    awaiting = admin.get_by_role("region", name=AWAITING_REVIEW)
    expect(awaiting).to_be_visible()
    awaiting.get_by_role("link", name=TITLE).click()
    admin.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))

    footer = admin.locator("footer")
    footer.get_by_role("button", name=MORE_ACTIONS).click()
    approve = footer.get_by_role("button", name=APPROVE)
    expect(approve).to_be_visible()
    save_screenshot(admin, "praktik-admin-setujui")
    approve.click()
    # Approving the last task publishes the page and returns to the page listing.
    admin.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    expect(admin.get_by_role("status")).to_contain_text(TITLE)

    # A reader who is not signed in now finds it under its tag and reads it.
    reader = new_page()
    reader.goto(f"{site_url}/tag/{TAG_SLUG}/")
    card = reader.locator("article.practice-card", has_text=TITLE)
    expect(card).to_be_visible()
    expect(card).to_contain_text(agency.name)
    card.get_by_role("link", name=TITLE).click()

    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.get_by_role("heading", name="Hasil", level=2)).to_be_visible()
    facts = reader.locator("dl.facts")
    expect(facts).to_contain_text("Penulis")
    expect(facts.get_by_role("link", name="Sari Wulandari")).to_have_attribute("href", "/anggota/sari.w/")
    expect(reader.locator("ul.tags").get_by_role("link", name="stunting")).to_be_visible()

    save_screenshot(reader, "praktik-terbit")
    document_link = reader.get_by_role("link", name=ATTACHMENT)
    expect(document_link).to_be_visible()
    document = reader.request.get(urljoin(reader.url, document_link.get_attribute("href")))
    assert document.ok
    assert document.body().startswith(b"%PDF-")
