"""Two members converse in a forum; a reply also works with JavaScript switched off.

Sari asks a question, Yohanes answers it mentioning her, Sari marks his
answer as the solution and finds it helpful, and an anonymous reader sees the
solution right under the question. (Notifications arrive with the
forum-social work; here the mention is a link to Sari's profile.)
"""

import pytest
from playwright.sync_api import expect

from community.models import AgencyLevel, Region
from forum.models import Post, Thread
from tests.factories import AgencyFactory
from tests.forum.factories import make_forum, make_thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

QUESTION = "Bagaimana memvalidasi data balita stunting dari posyandu?"
ANSWER = "Kami membandingkan data e-PPGBM dengan register kohort tiap bulan, @sari.w. Selisihnya dibahas di lokakarya mini."


def sign_in(page, site_url, user, password):
    page.goto(f"{site_url}/akun/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", password)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("button", name="Keluar")).to_be_visible()


@pytest.fixture
def forum(transactional_db, agency):
    return make_forum("Forum Kesehatan", slug="kesehatan", host_agency=agency)


@pytest.fixture
def yohanes(make_member):
    papua = Region.objects.get(name="Papua Pegunungan")
    bappeda = AgencyFactory(name="Bapperida Kabupaten Jayawijaya", level=AgencyLevel.REGENCY, region=papua)
    return make_member(
        username="yohanes.k",
        display_name="Yohanes Kogoya",
        agency=bappeda,
        position="Perencana Ahli Pertama",
        expertise=["stunting"],
    )


def test_two_members_converse_and_the_question_gets_its_solution(
    new_page, site_url, forum, verified_member, yohanes, password
):
    sari = new_page()
    sign_in(sari, site_url, verified_member, password)
    sari.goto(f"{site_url}/forum/")
    sari.get_by_role("link", name="Forum Kesehatan").click()
    sari.get_by_role("link", name="Mulai diskusi").click()
    sari.get_by_label("Judul").fill(QUESTION)
    sari.get_by_label("Pesan").fill("Data dari **posyandu** sering berbeda dengan data puskesmas.")
    sari.get_by_label("Tag", exact=True).fill("stunting, data")
    sari.get_by_role("button", name="Pratinjau").click()
    expect(sari.locator(".post-preview strong")).to_have_text("posyandu")
    sari.get_by_role("button", name="Terbitkan diskusi").click()
    expect(sari.get_by_role("heading", level=1)).to_have_text(QUESTION)
    expect(sari.get_by_role("status")).to_contain_text("Diskusi Anda sudah terbit.")
    thread = Thread.objects.get()

    answerer = new_page()
    sign_in(answerer, site_url, yohanes, password)
    answerer.goto(f"{site_url}/forum/kesehatan/")
    answerer.get_by_role("link", name=QUESTION).click()
    answerer.get_by_label("Pesan").fill(ANSWER)
    answerer.get_by_role("button", name="Kirim balasan").click()
    reply = answerer.locator("#post-2")
    expect(reply).to_contain_text("register kohort")
    expect(reply.get_by_role("link", name="@sari.w")).to_have_attribute("href", "/anggota/sari.w/")

    # Sari comes back and is taken to the reply she has not read yet.
    sari.goto(f"{site_url}{thread.get_absolute_url()}")
    sari.wait_for_url("**?halaman=1#post-2")
    answer = sari.locator("#post-2")
    answer.get_by_role("button", name="Tandai sebagai solusi").click()
    expect(sari.get_by_role("status")).to_contain_text("Balasan ini sudah ditandai sebagai solusi.")
    sari.locator("#post-2").get_by_role("button", name="Bermanfaat").click()
    expect(sari.locator("#post-2")).to_contain_text("1 anggota merasa ini bermanfaat: Sari Wulandari")

    reader = new_page()
    reader.goto(f"{site_url}{thread.get_absolute_url()}")
    solution = reader.locator(".accepted-solution")
    expect(solution).to_contain_text("Solusi yang diterima")
    expect(solution).to_contain_text("register kohort")
    expect(solution.get_by_role("link", name="Yohanes Kogoya")).to_be_visible()
    assert Thread.objects.get(pk=thread.pk).solution == Post.objects.get(thread=thread, position=2)


def test_a_reply_works_with_javascript_switched_off(
    new_page, site_url, forum, verified_member, yohanes, password
):
    thread = make_thread(forum, author=verified_member, title=QUESTION, body="Mohon masukan.")
    page = new_page(javascript=False)
    sign_in(page, site_url, yohanes, password)
    page.goto(f"{site_url}{thread.get_absolute_url()}")
    page.get_by_role("link", name="Kutip").click()
    expect(page.get_by_label("Pesan")).to_have_value(
        f"> [@sari.w](/p/{thread.posts.get().pk}/) menulis:\n>\n> Mohon masukan.\n\n"
    )
    page.get_by_label("Pesan").press("End")
    page.get_by_label("Pesan").fill(page.get_by_label("Pesan").input_value() + "Kami bisa bantu.")
    page.get_by_role("button", name="Pratinjau").click()
    expect(page.locator(".post-preview blockquote")).to_contain_text("Mohon masukan.")
    page.get_by_role("button", name="Kirim balasan").click()
    expect(page.locator("#post-2")).to_contain_text("Kami bisa bantu.")
    expect(page.locator("#post-2 blockquote a")).to_have_attribute(
        "href", f"/p/{thread.posts.get(position=1).pk}/"
    )
    assert Post.objects.filter(thread=thread).count() == 2
