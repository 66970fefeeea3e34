"""Threads in the site search (/cari/): ranked with practices, facets, snippets, permalinks, suggestions.

Through the test client, the test database and the real Whoosh index
(emptied by `search_backend`); threads are indexed by the forum's own
receivers once the writing transaction commits, like on the site: each
write runs inside `committed()` (pytest-django's on-commit capture, which
runs the callbacks as a real commit would).
"""

import pytest
from bs4 import BeautifulSoup

from forum import services
from forum.models import Thread
from search.features import SPELLING
from tests.community.practice_factories import make_practice
from tests.forum.factories import make_reply, make_thread, opening_post

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def hits(response):
    """[(title, href, snippet text)] of the hits shown, in order."""
    return [
        (a.select_one("h3 a").get_text(), a.select_one("h3 a")["href"], a.select("p")[-1].get_text())
        for a in soup(response).select("section.results article.result")
    ]


def titles(response):
    return [title for title, _, _ in hits(response)]


def facet(response, title):
    aside = soup(response).select_one("aside.facets")
    if aside is None:
        return {}
    for heading in aside.find_all("h2"):
        if heading.get_text() == title:
            return {
                item.find("a").get_text(): (
                    int(item.find("span", class_="muted").get_text().strip("()")),
                    item.find("a")["href"],
                )
                for item in heading.find_next_sibling("ul").find_all("li")
            }
    return {}


def suggestions(client, query):
    return [item["title"] for item in client.get("/cari/saran/", {"q": query}).json()["suggestions"]]


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(): ...`` runs what waits for the commit (the index writes) at the block's end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def conversation(search_backend, public_forum, member, another_member, committed):
    with committed():
        thread = make_thread(
            public_forum,
            author=member,
            title="Kader posyandu kewalahan mengisi dua aplikasi",
            body="Kader mencatat penimbangan di buku lalu mengetik ulang ke aplikasi.",
            tags=["stunting"],
        )
        make_reply(thread, author=another_member, body="Kami menyepakati satu sumber data saja.")
        answer = make_reply(
            thread,
            author=another_member,
            body="Aplikasi kelurahan menarik rekap dari ekspor bulanan puskesmas.",
        )
    return Thread.objects.get(pk=thread.pk), answer


def test_a_thread_is_found_next_to_practices_in_one_ranked_list(anonymous, conversation):
    make_practice("Posyandu Digital", summary="Kader posyandu mencatat tumbuh kembang balita lewat aplikasi.")

    response = anonymous.get(SEARCH, {"q": "posyandu"})

    assert sorted(titles(response)) == ["Kader posyandu kewalahan mengisi dua aplikasi", "Posyandu Digital"]
    kinds = facet(response, "Jenis")
    assert kinds["diskusi"][0] == 1 and kinds["praktik baik"][0] == 1
    only_threads = anonymous.get(SEARCH + kinds["diskusi"][1])
    assert titles(only_threads) == ["Kader posyandu kewalahan mengisi dua aplikasi"]


def test_a_hit_links_to_the_permalink_of_the_post_that_matches_with_its_snippet(anonymous, conversation):
    thread, answer = conversation

    [(title, href, snippet)] = hits(anonymous.get(SEARCH, {"q": "ekspor bulanan puskesmas"}))

    assert title == thread.title
    assert href == f"/p/{answer.pk}/"
    assert "ekspor bulanan puskesmas" in snippet
    # The permalink leads to the post on its page of the thread.
    assert anonymous.get(href)["Location"].endswith(f"#post-{answer.position}")


def test_a_title_match_links_to_the_opening_post(anonymous, conversation):
    thread, _answer = conversation

    [(_, href, _)] = hits(anonymous.get(SEARCH, {"q": "kewalahan"}))

    assert href == f"/p/{opening_post(thread).pk}/"


def test_forum_and_solved_facets_count_and_filter(anonymous, conversation, other_forum, member, committed):
    thread, answer = conversation
    with committed():
        services.mark_solution(by=member.profile, thread=thread, post=answer)
        make_thread(other_forum, author=member, title="Aplikasi antrean dukcapil", body="Antrean panjang.")

    everything = anonymous.get(SEARCH, {"q": "aplikasi"})

    forums = facet(everything, "Forum")
    assert {label: count for label, (count, _) in forums.items()} == {
        "Forum Kesehatan": 1,
        "Forum Kependudukan": 1,
    }
    solved = facet(everything, "Terjawab")
    assert {label: count for label, (count, _) in solved.items()} == {
        "Sudah terjawab": 1,
        "Belum terjawab": 1,
    }
    assert titles(anonymous.get(SEARCH + solved["Sudah terjawab"][1])) == [thread.title]
    assert titles(anonymous.get(SEARCH + forums["Forum Kependudukan"][1])) == ["Aplikasi antrean dukcapil"]


def test_choosing_a_forum_leaves_practices_out(anonymous, conversation, public_forum):
    make_practice("Aplikasi Posyandu", summary="Aplikasi untuk kader.")

    response = anonymous.get(SEARCH, {"q": "aplikasi", "forum": public_forum.pk})

    assert titles(response) == ["Kader posyandu kewalahan mengisi dua aplikasi"]


def test_header_suggestions_include_threads(anonymous, conversation):
    assert "Kader posyandu kewalahan mengisi dua aplikasi" in suggestions(anonymous, "kewal")


def test_members_only_threads_stay_out_of_results_facets_and_suggestions_for_anonymous_readers(
    anonymous, member_client, search_backend, members_forum, public_forum, member, committed
):
    with committed():
        make_thread(
            members_forum, author=member, title="Pemetaan talenta rahasia", body="Kotak talenta pejabat."
        )
        make_thread(public_forum, author=member, title="Talenta kader posyandu", body="Kader berbakat.")

    public = anonymous.get(SEARCH, {"q": "talenta"})
    assert titles(public) == ["Talenta kader posyandu"]
    assert "Forum Kepegawaian" not in facet(public, "Forum")
    assert facet(public, "Jenis")["diskusi"][0] == 1
    assert suggestions(anonymous, "pemetaan") == []

    members = member_client.get(SEARCH, {"q": "talenta"})
    assert sorted(titles(members)) == ["Pemetaan talenta rahasia", "Talenta kader posyandu"]
    assert suggestions(member_client, "pemetaan") == ["Pemetaan talenta rahasia"]


def test_a_hidden_thread_is_found_only_by_its_forums_moderators(
    anonymous, member_client, forum_moderator_client, search_backend, public_forum, member, committed
):
    with committed():
        thread = make_thread(
            public_forum, author=member, title="Iklan obat pelangsing", body="Beli sekarang."
        )
    thread.is_hidden = True
    thread.save()  # as moderation does: a save reindexes

    assert titles(anonymous.get(SEARCH, {"q": "pelangsing"})) == []
    assert titles(member_client.get(SEARCH, {"q": "pelangsing"})) == []
    assert titles(forum_moderator_client.get(SEARCH, {"q": "pelangsing"})) == ["Iklan obat pelangsing"]
    assert suggestions(anonymous, "iklan") == []


def test_words_of_hidden_and_deleted_posts_are_never_found_snipped_or_suggested(
    anonymous, conversation, another_member, committed
):
    thread, _answer = conversation
    with committed():
        hidden = make_reply(
            thread, author=another_member, body="Nomor rekening pribadi bendahara ada di sini."
        )
        deleted = make_reply(
            thread, author=another_member, body="Kata sandi aplikasi kelurahan adalah rahasia."
        )
    with committed():
        hidden.is_hidden = True
        hidden.save()  # a moderator hides it
        services.delete_post(by=another_member.profile, post=deleted)

    assert titles(anonymous.get(SEARCH, {"q": "rekening bendahara"})) == []
    assert titles(anonymous.get(SEARCH, {"q": "sandi"})) == []
    assert "rekening" not in anonymous.get(SEARCH, {"q": "rekenig"}).content.decode()


@pytest.mark.search_features(SPELLING)
def test_did_you_mean_offers_a_word_from_a_public_thread_but_not_from_a_members_only_one(
    anonymous, member_client, search_backend, public_forum, members_forum, member, committed
):
    with committed():
        make_thread(members_forum, author=member, title="Asesmen integritas pegawai", body="Tes tertutup.")

    assert 'class="did-you-mean"' not in anonymous.get(SEARCH, {"q": "integritaz"}).content.decode()
    assert "integritas" in member_client.get(SEARCH, {"q": "integritaz"}).content.decode()


def test_the_index_follows_a_new_reply_an_edit_and_a_move(
    anonymous, conversation, other_forum, another_member, committed
):
    thread, answer = conversation

    with committed():
        make_reply(thread, author=another_member, body="Kami juga memakai formulir luring di ponsel bidan.")
    assert titles(anonymous.get(SEARCH, {"q": "luring"})) == [thread.title]

    with committed():
        services.edit_post(
            editor=another_member.profile, post=answer, body="Rekap ditarik dari dasbor konvergensi."
        )
    assert titles(anonymous.get(SEARCH, {"q": "konvergensi"})) == [thread.title]
    assert titles(anonymous.get(SEARCH, {"q": "ekspor"})) == []

    thread.forum = other_forum
    thread.save()  # moving a thread is a save
    moved = anonymous.get(SEARCH, {"q": "konvergensi"})
    assert list(facet(moved, "Forum")) == ["Forum Kependudukan"]


def test_nothing_is_written_to_the_index_before_the_reply_commits(anonymous, conversation, another_member):
    thread, _answer = conversation

    make_reply(thread, author=another_member, body="Kami memakai formulir luring di ponsel bidan.")

    # Still inside the (test's) transaction: the reply is not searchable yet.
    assert titles(anonymous.get(SEARCH, {"q": "luring"})) == []


def test_unhiding_a_post_makes_its_words_findable_again(anonymous, conversation, another_member, committed):
    thread, _answer = conversation
    with committed():
        post = make_reply(thread, author=another_member, body="Timbangan dikalibrasi setiap triwulan.")
        post.is_hidden = True
        post.save()
    assert titles(anonymous.get(SEARCH, {"q": "dikalibrasi"})) == []

    with committed():
        post.is_hidden = False
        post.save()

    assert titles(anonymous.get(SEARCH, {"q": "dikalibrasi"})) == [thread.title]


def test_deleting_a_thread_removes_it_from_the_index(anonymous, conversation):
    thread, _answer = conversation
    thread.delete()

    assert titles(anonymous.get(SEARCH, {"q": "kewalahan"})) == []


def test_a_tag_agency_or_province_choice_narrows_threads_and_never_fails(anonymous, conversation, member):
    from taggit.models import Tag

    from tests.factories import AgencyFactory, fill_profile, province

    thread, _answer = conversation
    agency = AgencyFactory(name="Dinas Kesehatan Kota Ambon")
    fill_profile(member, agency=agency, region=province("81"))
    thread.save()  # the author's agency and region are part of the document
    tag = Tag.objects.get(name="stunting")

    for params in ({"tag": tag.pk}, {"instansi": agency.pk}, {"wilayah": province("81").pk}):
        assert titles(anonymous.get(SEARCH, {"q": "aplikasi", **params})) == [thread.title], params
    assert titles(anonymous.get(SEARCH, {"q": "aplikasi", "tag": tag.pk + 1000})) == []
