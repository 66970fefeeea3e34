"""A newcomer signs up, verifies their e-mail, fills their profile and is found in the directory."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect

from community.models import Region

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CONFIRMATION_LINK = re.compile(r"https?://\S+/akun/confirm-email/\S+")


def path_of(page):
    return urlsplit(page.url).path


def confirmation_link_sent_to(address):
    messages = [message for message in mail.outbox if address in message.to]
    assert messages, f"no e-mail sent to {address}"
    link = CONFIRMATION_LINK.search(messages[-1].body)
    assert link, f"no confirmation link in:\n{messages[-1].body}"
    return link.group(0)


def test_newcomer_signs_up_verifies_email_fills_profile_and_appears_in_directory(page, site_url, agency):
    region = Region.objects.get(name="Jawa Tengah")

    page.goto(f"{site_url}/akun/signup/")
    page.fill("#id_email", "rina.h@dinkes.jatengprov.go.id")
    page.fill("#id_username", "rina.h")
    page.fill("#id_password1", "kopi-tubruk-2025")
    page.fill("#id_password2", "kopi-tubruk-2025")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/akun/confirm-email/")
    expect(page.locator("main")).to_contain_text("rina.h@dinkes.jatengprov.go.id")

    page.goto(confirmation_link_sent_to("rina.h@dinkes.jatengprov.go.id"))
    page.locator("main form button[type=submit]").click()
    # A first-time member is asked who they are before anything else.
    page.wait_for_url("**/akun/profil/")
    expect(page.get_by_role("button", name="Keluar")).to_be_visible()

    page.fill("#id_display_name", "Rina Hapsari")
    page.fill("#id_position", "Nutrisionis Ahli Muda")
    page.select_option("#id_agency", str(agency.pk))
    page.select_option("#id_region", str(region.pk))
    page.fill("#id_expertise_text", "stunting, pelayanan publik")
    page.get_by_role("button", name="Simpan profil").click()
    page.wait_for_url("**/anggota/rina.h/")
    expect(page.get_by_role("status")).to_contain_text("Profil Anda sudah disimpan.")

    page.goto(f"{site_url}/anggota/?tag=stunting")
    card = page.locator("article.member-card", has_text="Rina Hapsari")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Nutrisionis Ahli Muda")
    expect(card).to_contain_text("Dinkes Jateng")
    expect(card.get_by_role("link", name="pelayanan publik")).to_be_visible()

    card.get_by_role("link", name="Rina Hapsari").click()
    page.wait_for_url("**/anggota/rina.h/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Rina Hapsari")
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("Nutrisionis Ahli Muda")
    expect(facts).to_contain_text("Dinas Kesehatan Provinsi Jawa Tengah")
    expect(facts).to_contain_text("Jawa Tengah")
    expect(page.locator("ul.tags")).to_contain_text("stunting")
    expect(page.locator("ul.tags")).to_contain_text("pelayanan publik")
