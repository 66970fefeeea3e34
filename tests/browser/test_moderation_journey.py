"""A moderator handles a flag: a member flags a reply, the forum's moderator hides it from the queue, others no longer see it."""

import pytest
from playwright.sync_api import expect

from forum.moderation.models import ActionKind, ModerationAction
from forum.notifications.kinds import NotificationKind
from forum.notifications.models import Notification
from tests.forum.factories import make_forum, make_reply, make_thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SPAM = "Jual obat pelangsing ampuh, hubungi nomor WhatsApp kami sekarang juga"


def sign_in(page, site_url, user, password):
    page.goto(f"{site_url}/akun/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", password)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("button", name="Keluar")).to_be_visible()


def test_a_member_flags_a_reply_and_the_moderator_hides_it_from_the_queue(
    new_page, site_url, make_member, agency, password, save_screenshot
):
    sari = make_member(
        username="sari.w", display_name="Sari Wulandari", agency=agency, position="Analis", expertise=[]
    )
    rina = make_member(
        username="rina.m", display_name="Rina Marlina", agency=agency, position="Moderator", expertise=[]
    )
    joko = make_member(
        username="joko.s", display_name="Joko Susilo", agency=agency, position="Staf", expertise=[]
    )
    forum = make_forum("Forum Kesehatan", slug="kesehatan", moderators=[rina])
    thread = make_thread(
        forum, author=sari, title="Cara validasi data stunting dari posyandu", body="Bagaimana caranya?"
    )
    make_reply(thread, author=joko, body=SPAM)
    thread_url = f"{site_url}{thread.get_absolute_url()}"

    # Sari flags the reply as spam.
    member = new_page()
    sign_in(member, site_url, sari, password)
    member.goto(thread_url)
    expect(member.locator("#post-2")).to_contain_text("obat pelangsing")
    member.locator("#post-2").get_by_role("link", name="Laporkan").click()
    member.get_by_label("Spam atau iklan").check()
    member.get_by_label("Keterangan untuk moderator (opsional)").fill("Iklan, bukan jawaban")
    member.get_by_role("button", name="Kirim ke moderator").click()
    expect(member.get_by_text("Terima kasih. Moderator forum akan memeriksa tulisan ini.")).to_be_visible()

    # Rina, the forum's moderator, opens her queue and hides the reply.
    moderator = new_page()
    sign_in(moderator, site_url, rina, password)
    moderator.goto(f"{site_url}/moderasi/")
    flag = moderator.locator(".flag").first
    expect(flag).to_contain_text("Iklan, bukan jawaban")
    expect(flag).to_contain_text("obat pelangsing")
    flag.get_by_label("Alasan").fill("Iklan obat, melanggar aturan forum")
    save_screenshot(moderator, "moderasi-antrean")
    flag.get_by_role("button", name="Sembunyikan tulisan").click()
    expect(moderator.get_by_text("Tulisan disembunyikan.")).to_be_visible()
    expect(moderator.get_by_text("Tidak ada laporan terbuka")).to_be_visible()

    # Others no longer see it; the moderator still does, marked as hidden.
    member.goto(thread_url)
    expect(member.locator("main")).to_contain_text("Cara validasi data stunting")
    expect(member.locator("main")).not_to_contain_text("obat pelangsing")
    reader = new_page()
    reader.goto(thread_url)
    expect(reader.locator("main")).not_to_contain_text("obat pelangsing")
    moderator.goto(thread_url)
    expect(moderator.locator("article#post-2.is-hidden")).to_contain_text("obat pelangsing")

    # Logged, and the author told.
    log = ModerationAction.objects.get()
    assert (log.action, log.moderator_name, log.reason) == (
        ActionKind.POST_HIDDEN,
        "Rina Marlina",
        "Iklan obat, melanggar aturan forum",
    )
    assert Notification.objects.filter(recipient=joko.profile, kind=NotificationKind.POST_HIDDEN).exists()
    author = new_page()
    sign_in(author, site_url, joko, password)
    author.goto(f"{site_url}/notifikasi/")
    expect(author.locator("main")).to_contain_text("Moderator menyembunyikan tulisan Anda")
    expect(author.locator("main")).to_contain_text("Iklan obat, melanggar aturan forum")
