"""The forum on the rest of the site: tag pages, popular tags, home, profiles, the directory,
practice pages, thread pages (related content) and the sitemap.

Members-only forums, hidden threads and hidden or deleted posts never show
to readers who may not see them, on any of these pages.
"""

import pytest
from bs4 import BeautifulSoup

from forum import services
from forum.models import Thread
from tests.community.practice_factories import make_practice
from tests.factories import fill_profile
from tests.forum.factories import make_reply, make_thread

pytestmark = [pytest.mark.django_db]


def page(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def section_links(response, heading_id):
    """Link texts in the section whose heading has this id."""
    heading = page(response).find(id=heading_id)
    if heading is None:
        return []
    return [a.get_text() for a in heading.find_parent("section").select("ul.thread-list a")]


@pytest.fixture
def threads(public_forum, members_forum, member, another_member):
    """A public thread, a members-only thread and a hidden thread, all tagged stunting."""
    public = make_thread(public_forum, author=member, title="Validasi data stunting", tags=["stunting"])
    make_reply(public, author=another_member, body="Kami validasi bulanan.")
    secret = make_thread(members_forum, author=member, title="Talenta rahasia stunting", tags=["stunting"])
    hidden = make_thread(
        public_forum, author=member, title="Spam stunting", tags=["stunting"], is_hidden=True
    )
    return {"public": public, "secret": secret, "hidden": hidden}


def test_a_tag_page_lists_the_threads_the_reader_may_see(anonymous, member_client, threads):
    public_page = anonymous.get("/tag/stunting/")
    assert section_links(public_page, "judul-diskusi-tag") == ["Validasi data stunting"]

    member_page = member_client.get("/tag/stunting/")
    assert sorted(section_links(member_page, "judul-diskusi-tag")) == [
        "Talenta rahasia stunting",
        "Validasi data stunting",
    ]
    assert "Spam stunting" not in member_page.content.decode()


def test_a_tag_page_without_threads_has_no_discussion_section(anonymous, threads):
    make_practice("Kelas Gizi", tags=["gizi"])

    assert page(anonymous.get("/tag/gizi/")).find(id="judul-diskusi-tag") is None


def test_popular_tags_on_the_home_page_count_public_threads(anonymous, threads, public_forum, member):
    make_thread(public_forum, author=member, title="Jadwal posyandu", tags=["posyandu"])
    make_practice("Posyandu Digital", tags=["posyandu"])

    tags = {
        link.contents[0].strip(): link.find("span").get_text()
        for link in page(anonymous.get("/")).select("#judul-tag-populer + ul a")
    }

    # One public thread and one practice for posyandu; for stunting only the public thread counts.
    assert tags == {"posyandu": "(2)", "stunting": "(1)"}


def test_the_home_page_shows_active_discussions_and_unanswered_questions(
    anonymous, member_client, threads, public_forum, member
):
    make_thread(public_forum, author=member, title="Belum ada yang menjawab ini")

    home = anonymous.get("/")
    assert section_links(home, "judul-diskusi-aktif")[:2] == [
        "Belum ada yang menjawab ini",
        "Validasi data stunting",
    ]
    assert "Belum ada yang menjawab ini" in section_links(home, "judul-diskusi-aktif")
    assert "Talenta rahasia stunting" not in home.content.decode()
    assert "Spam stunting" not in home.content.decode()
    unanswered = [
        a.get_text() for a in page(home).find(id="judul-belum-terjawab").find_next("ul").select("a")
    ]
    assert unanswered == ["Belum ada yang menjawab ini"]

    assert "Talenta rahasia stunting" in member_client.get("/").content.decode()


def test_a_profile_lists_threads_answers_and_solutions_the_reader_may_see(
    anonymous, member_client, threads, member, another_member
):
    public = threads["public"]
    answer = public.posts.get(position=2)
    services.mark_solution(by=member.profile, thread=public, post=answer)
    make_reply(threads["secret"], author=another_member, body="Jawaban di forum anggota.")

    profile = page(anonymous.get(f"/anggota/{another_member.username}/"))
    forum_section = profile.find(id="judul-aktivitas-forum").find_parent("section")
    counts = [li.get_text(" ", strip=True) for li in forum_section.select("ul.stats-inline li")]
    assert counts == ["0 diskusi dimulai", "1 jawaban", "1 solusi diterima"]
    assert [a["href"] for a in forum_section.select("h3 + ul a")][0] == f"/p/{answer.pk}/"

    member_view = page(member_client.get(f"/anggota/{another_member.username}/"))
    counts = [li.get_text(" ", strip=True) for li in member_view.select("ul.stats-inline li")]
    assert counts == ["0 diskusi dimulai", "2 jawaban", "1 solusi diterima"]


def test_the_author_profile_does_not_list_hidden_or_members_only_threads_to_anonymous_readers(
    anonymous, threads, member
):
    profile = anonymous.get(f"/anggota/{member.username}/").content.decode()

    assert "Validasi data stunting" in profile
    assert "Talenta rahasia stunting" not in profile
    assert "Spam stunting" not in profile


def test_the_directory_counts_accepted_solutions_per_tag(anonymous, threads, member, another_member):
    fill_profile(another_member, display_name="Budi Santoso")
    public = threads["public"]
    services.mark_solution(by=member.profile, thread=public, post=public.posts.get(position=2))

    cards = page(anonymous.get("/anggota/")).select("article.member-card")
    notes = {
        card.find("h3").get_text(strip=True): [
            li.get_text(" ", strip=True) for li in card.select(".card-notes li")
        ]
        for card in cards
    }

    assert notes["Budi Santoso"] == ["Solusi diterima · stunting: 1"]
    by_tag = page(anonymous.get("/anggota/", {"tag": "stunting"})).select(".card-notes li")
    assert [li.get_text(" ", strip=True) for li in by_tag] == ["Solusi diterima · stunting: 1"]


def test_solutions_in_a_members_only_forum_are_not_counted_for_anonymous_readers(
    anonymous, member_client, threads, member, another_member
):
    fill_profile(another_member, display_name="Budi Santoso")
    secret = threads["secret"]
    services.mark_solution(
        by=member.profile,
        thread=secret,
        post=make_reply(secret, author=another_member, body="Begini caranya."),
    )

    assert "Solusi diterima" not in anonymous.get("/anggota/").content.decode()
    assert "Solusi diterima · stunting" in member_client.get("/anggota/").content.decode()


def test_the_sitemap_lists_public_threads_only(anonymous, threads):
    sitemap = anonymous.get("/sitemap.xml").content.decode()

    assert threads["public"].get_absolute_url() in sitemap
    assert threads["secret"].get_absolute_url() not in sitemap
    assert threads["hidden"].get_absolute_url() not in sitemap
    # The members-only forum's own page is left out too; the public forum is listed.
    assert "/forum/kepegawaian/" not in sitemap
    assert "/forum/kesehatan/" in sitemap


def test_a_practice_page_shows_related_discussions_through_the_index(
    anonymous, search_backend, django_capture_on_commit_callbacks, public_forum, members_forum, member
):
    with django_capture_on_commit_callbacks(execute=True):
        make_thread(public_forum, author=member, title="Imunisasi kejar di pulau kecil", tags=["imunisasi"])
        make_thread(members_forum, author=member, title="Imunisasi rahasia pegawai", tags=["imunisasi"])
    practice = make_practice("Imunisasi Kejar Pesisir Ambon", tags=["imunisasi"])

    response = anonymous.get(practice.url)

    heading = page(response).find(id="judul-diskusi-terkait")
    assert heading is not None
    assert [a.get_text() for a in heading.find_next("ul").select("a")] == ["Imunisasi kejar di pulau kecil"]
    assert "Imunisasi rahasia pegawai" not in response.content.decode()


def test_a_thread_page_shows_related_practices_and_threads(
    anonymous, search_backend, django_capture_on_commit_callbacks, public_forum, members_forum, member
):
    practice = make_practice("Pendampingan Ibu Hamil Risiko Tinggi", tags=["kesehatan ibu"])
    with django_capture_on_commit_callbacks(execute=True):
        thread = make_thread(
            public_forum, author=member, title="Pendampingan ibu hamil di desa", tags=["kesehatan ibu"]
        )
        make_thread(public_forum, author=member, title="Kelas ibu hamil sepi peserta", tags=["kesehatan ibu"])
        make_thread(members_forum, author=member, title="Ibu hamil pegawai rahasia", tags=["kesehatan ibu"])

    related = (
        page(anonymous.get(thread.get_absolute_url())).find(id="judul-terkait-diskusi").find_parent("aside")
    )

    links = [a.get_text() for a in related.select("a")]
    assert practice.title in links
    assert "Kelas ibu hamil sepi peserta" in links
    assert "Pendampingan ibu hamil di desa" not in links  # not itself
    assert "Ibu hamil pegawai rahasia" not in links


def test_related_content_leaves_hidden_threads_out_even_for_their_moderators(
    forum_moderator_client, search_backend, django_capture_on_commit_callbacks, public_forum, member
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = make_thread(public_forum, author=member, title="Rujukan balik dari RSUD", tags=["rujukan"])
        hidden = make_thread(public_forum, author=member, title="Rujukan palsu iklan", tags=["rujukan"])
    Thread.objects.filter(pk=hidden.pk).update(is_hidden=True)
    hidden.refresh_from_db()
    hidden.save()

    response = forum_moderator_client.get(thread.get_absolute_url()).content.decode()

    assert "Rujukan palsu iklan" not in response
