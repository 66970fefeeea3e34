""" "Did you mean" suggests only words the reader could find.

A word that exists only in a draft (or a members-only page, for an
anonymous reader) must not be offered as the correction of a typo: the
suggestion would reveal that the hidden page exists.
"""

import pytest
from bs4 import BeautifulSoup

from search.features import SPELLING
from tests.community.practice_factories import make_practice

pytestmark = [pytest.mark.django_db, pytest.mark.search_features(SPELLING)]


def did_you_mean(client, query):
    """The correction the page offers ("Maksud Anda") or applies ("Menampilkan hasil untuk"), or None."""
    page = BeautifulSoup(client.get("/cari/", {"q": query}).content.decode(), "html.parser")
    applied = page.select_one("p.corrected-query b")
    if applied is not None:
        return applied.get_text()
    paragraph = page.select_one("p.did-you-mean")
    return paragraph.find("a").get_text() if paragraph else None


def test_a_word_only_in_a_draft_is_never_suggested(search_backend, anonymous):
    make_practice(title="Program kelurahan tangguh bencana", summary="Ringkasan umum.", live=False)

    assert did_you_mean(anonymous, "tanguh") is None


def test_a_word_in_a_public_practice_is_suggested(search_backend, anonymous):
    make_practice(title="Program kelurahan tangguh bencana", summary="Ringkasan umum.")

    assert did_you_mean(anonymous, "tanguh") == "tangguh"


def test_a_word_only_in_a_members_only_page_is_suggested_to_members_alone(
    search_backend, anonymous, member_client
):
    make_practice(title="Program kelurahan tangguh bencana", summary="Ringkasan umum.", members_only=True)

    assert did_you_mean(anonymous, "tanguh") is None
    assert did_you_mean(member_client, "tanguh") == "tangguh"
