"""A member registers for a sharing session, checks in with the code the host shows, and downloads the JP statement."""

import io
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from forum.sessions.models import Attendance, Registration, SessionPage
from tests.factories import UserFactory
from tests.forum.factories import make_forum
from tests.forum.sessions.helpers import make_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

THEME = "Validasi data stunting dari posyandu"


def _sign_in(page, site_url, user, password):
    page.goto(f"{site_url}/akun/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_load_state()


def test_a_member_registers_checks_in_and_downloads_the_jp_statement(
    new_page, site_url, verified_member, password
):
    host = UserFactory(username="rina.host", email="rina.host@example.go.id")
    forum = make_forum("Forum Kesehatan", slug="kesehatan", moderators=[host])
    session = make_session(forum, start=timezone.now() + timedelta(days=2), duration=120, theme=THEME)

    member = new_page()
    _sign_in(member, site_url, verified_member, password)
    member.goto(f"{site_url}/sesi/")
    member.get_by_role("link", name=session.title).click()
    expect(member.get_by_text(THEME).first).to_be_visible()
    member.get_by_role("button", name="Daftar").click()
    expect(member.get_by_text("Anda terdaftar.").first).to_be_visible()
    assert Registration.objects.filter(session=session, member=verified_member.profile).exists()

    # Two days later: the session has just begun.
    SessionPage.objects.filter(pk=session.pk).update(
        start_at=timezone.now() - timedelta(minutes=5), end_at=timezone.now() + timedelta(minutes=115)
    )
    host_page = new_page()
    _sign_in(host_page, site_url, host, password)
    host_page.goto(f"{site_url}{session.url}")
    code = host_page.locator("[data-check-in-code]").inner_text().strip()
    assert len(code) == 6

    member.goto(f"{site_url}{session.url}")
    member.get_by_label("Kode hadir dari penyelenggara").fill(code)
    member.get_by_role("button", name="Catat kehadiran saya").click()
    expect(member.get_by_text("Kehadiran Anda tercatat").first).to_be_visible()
    assert Attendance.objects.filter(session=session, member=verified_member.profile).exists()

    member.get_by_role("link", name="Catatan JP saya").first.click()
    expect(member.get_by_text(THEME).first).to_be_visible()
    with member.expect_download() as download_info:
        member.get_by_role("link", name="Unduh pernyataan PDF").click()
    statement = download_info.value
    with open(statement.path(), "rb") as handle:
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(handle.read())).pages)
    assert THEME in text
    assert Attendance.objects.get(member=verified_member.profile).verification_code in text
