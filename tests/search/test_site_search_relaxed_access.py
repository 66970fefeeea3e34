"""Relaxed and corrected queries keep the access rules (issue 9).

A question that matches most words, a typo that corrects itself, a
spelling variant or a place name widen what a query matches; none of them
may widen what a reader sees. Drafts, pages in review, password- and
group-restricted pages, members-only pages (for anonymous readers) and
threads of members-only forums stay out, and a correction is never made
from a word only hidden content has.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from search.features import SPELLING
from tests.community.practice_factories import make_practice, make_practice_in_review
from tests.forum.factories import make_forum, make_thread

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"
QUESTION = "bagaimana cara mempercepat pembuatan akta kelahiran bagi warga desa"
TYPO = "pembuatn akta"  # two words: every word required, so the typo finds nothing as typed


def page_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(response):
    return {link.get_text() for link in page_of(response).select("section.results article.result h3 a")}


@pytest.fixture
def hidden_and_shown(search_backend, member):
    """The same topic in every state a page or thread can be in."""

    def akta(title, **fields):
        return make_practice(
            title, summary="Pembuatan akta kelahiran dipercepat: akta terbit di desa dalam sehari.", **fields
        )

    pages = {
        "public": akta("Akta Kelahiran Terbit di Desa"),
        "draft": akta("Akta Draf Belum Terbit", live=False),
        "members_only": akta("Akta Khusus Anggota", members_only=True),
        "password": akta("Akta Berkata Sandi"),
        "group_only": akta("Akta Khusus Editor"),
    }
    pages["in_review"] = make_practice_in_review(
        "Akta Sedang Ditinjau",
        submitted_by=member,
        summary="Pembuatan akta kelahiran dipercepat: akta terbit di desa dalam sehari.",
    )
    PageViewRestriction.objects.create(
        page=pages["password"], restriction_type=PageViewRestriction.PASSWORD, password="akta-rahasia"
    )
    restriction = PageViewRestriction.objects.create(
        page=pages["group_only"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Editors"))
    members_forum = make_forum("Forum Kependudukan Anggota", members_only=True)
    thread = make_thread(
        members_forum,
        author=member,
        title="Akta kelahiran di desa: pembuatan dipercepat?",
        body="Bagaimana pembuatan akta kelahiran dipercepat di desa?",
    )
    return {key: page.title for key, page in pages.items()} | {"members_thread": thread.title}


def test_a_relaxed_question_shows_an_anonymous_reader_only_public_pages(anonymous, hidden_and_shown):
    assert titles(anonymous.get(SEARCH, {"q": QUESTION})) == {hidden_and_shown["public"]}


def test_a_relaxed_question_shows_a_member_members_only_content_and_nothing_more(
    member_client, hidden_and_shown
):
    found = titles(member_client.get(SEARCH, {"q": QUESTION}))

    assert found == {hidden_and_shown[key] for key in ("public", "members_only", "members_thread")}


@pytest.mark.search_features(SPELLING)
def test_a_corrected_query_keeps_the_access_rules(anonymous, member_client, hidden_and_shown):
    anonymous_page = page_of(anonymous.get(SEARCH, {"q": TYPO}))
    member_page = page_of(member_client.get(SEARCH, {"q": TYPO}))

    assert anonymous_page.select_one("p.corrected-query b").get_text() == "pembuatan akta"
    assert titles(anonymous.get(SEARCH, {"q": TYPO})) == {hidden_and_shown["public"]}
    assert member_page.select_one("p.corrected-query b").get_text() == "pembuatan akta"
    assert titles(member_client.get(SEARCH, {"q": TYPO})) == {
        hidden_and_shown[key] for key in ("public", "members_only", "members_thread")
    }


def test_a_word_only_hidden_pages_have_never_corrects_a_query(anonymous, search_backend, member):
    make_practice("Kebun Kelor Sekolah", summary="Daun kelor untuk gizi keluarga.")
    make_practice("Kelor Tangguh Draf", summary="Kelor tangguh bencana.", live=False)
    make_practice("Kelor Tangguh Anggota", summary="Kelor tangguh bencana.", members_only=True)

    page = page_of(anonymous.get(SEARCH, {"q": "kelor tanguh"}))

    assert page.select_one("p.corrected-query") is None
    assert page.select_one("p.did-you-mean") is None
    # Widened to one of the two words, it finds the public page with "kelor", never the hidden ones.
    assert titles(anonymous.get(SEARCH, {"q": "kelor tanguh"})) == {"Kebun Kelor Sekolah"}


def test_facet_counts_of_a_relaxed_question_count_only_what_the_reader_may_see(anonymous, hidden_and_shown):
    page = page_of(anonymous.get(SEARCH, {"q": QUESTION}))
    counts = [span.get_text() for span in page.select("aside.facets span.muted")]

    assert counts and set(counts) == {"(1)"}


def test_a_widened_query_shows_an_anonymous_reader_only_public_pages(anonymous, hidden_and_shown):
    # No page has both words: the query is widened to pages with one of them, visible ones only.
    response = anonymous.get(SEARCH, {"q": "akta sekolah"})

    assert page_of(response).select_one("p.widened-query") is not None
    assert titles(response) == {hidden_and_shown["public"]}
    assert "(1)" in page_of(response).select_one("aside.facets").get_text()
