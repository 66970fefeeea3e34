"""Whatever a reader types or a link carries, /cari/ answers with results or a friendly message.

Queries with broken syntax, engine syntax, SQL, control characters, emoji or
thousands of characters, and facet parameters with junk, never give a 500.
"""

from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from bs4 import BeautifulSoup

from community.models import GovernmentAffair
from search.models import QueryOutcome
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"
SUGGESTIONS = "/cari/saran/"
NOTHING_FOUND = "Tidak ada yang ditemukan"
UNAVAILABLE = "sedang dibangun ulang"


def result_titles(response):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [link.get_text() for link in page.select("section.results article.result h3 a")]


@pytest.fixture
def practice(search_backend):
    return make_practice(
        "Pelayanan Publik Tanpa Antre",
        summary="Warga mengambil nomor antrean pelayanan publik lewat ponsel dan datang tepat waktu.",
        agency=AgencyFactory(name="Dinas Penanaman Modal dan PTSP"),
        government_affair=GovernmentAffair.PUBLIC_SERVICE,
        tags=["antrean"],
    )


QUERIES_THAT_STILL_FIND = [
    '"pelayanan publik',  # unbalanced quote
    "pelayanan publik\"'",
    "(pelayanan publik",  # unbalanced parenthesis
    "pelayanan publik))",
    "pelayanan AND",
    "title:pelayanan*",  # Whoosh field and wildcard syntax
    "summary:(pelayanan OR",
    "pelayanan^3 publik~2",
    "pelayanan\x00publik",  # %00
    "pelayanan\x07\x1b[31m publik",
    "pelayanan publik 🙏🇮🇩",
    "PELAYANAN   publik",
    "pelayanan publik' OR 1=1 --",
    "pelayanan publik; DROP TABLE wagtailcore_page; --",
    "pelayanan " + "publik " * 700,  # ~5,000 characters
    "pelayanan publik" + "x" * 4984,
]


@pytest.mark.parametrize("query", QUERIES_THAT_STILL_FIND)
def test_odd_queries_still_answer_with_results(anonymous, practice, query):
    response = anonymous.get(SEARCH, {"q": query})

    assert response.status_code == 200
    assert UNAVAILABLE not in response.content.decode()
    assert practice.title in result_titles(response) or NOTHING_FOUND in response.content.decode()


QUERIES_WITH_NOTHING_TO_FIND = [
    "AND OR NOT",  # operators only
    "NOT",
    '"',
    "()",
    "*",
    "?",
    "~",
    ":",
    "\\",
    "title:",
    "1'; DROP TABLE community_practicepage; --",
    "\x00",
    "🙏🙏🙏",
    "<script>alert(1)</script>",
    "%",
    "x" * 5000,
]


@pytest.mark.parametrize("query", QUERIES_WITH_NOTHING_TO_FIND)
def test_queries_with_nothing_to_match_get_a_friendly_answer(anonymous, practice, query):
    response = anonymous.get(SEARCH, {"q": query})

    content = response.content.decode()
    assert response.status_code == 200
    assert UNAVAILABLE not in content
    assert result_titles(response) == [] or practice.title in result_titles(response)
    assert "<script>alert(1)" not in content


def test_the_plain_query_finds_the_practice(anonymous, practice):
    # The baseline for the odd queries above.
    assert result_titles(anonymous.get(SEARCH, {"q": "pelayanan publik"})) == [practice.title]


def test_sql_in_a_query_is_only_text(anonymous, practice):
    anonymous.get(SEARCH, {"q": "1'; DROP TABLE community_practicepage; --"})

    assert result_titles(anonymous.get(SEARCH, {"q": "pelayanan publik"})) == [practice.title]


def test_a_very_long_query_is_shortened_and_the_reader_is_told(anonymous, practice):
    response = anonymous.get(SEARCH, {"q": "pelayanan publik " + "antrean " * 700})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Kata kunci Anda terlalu panjang" in content
    assert len(QueryOutcome.objects.get().query.query_string) <= 255


def test_control_characters_never_reach_the_query_log(anonymous, practice):
    anonymous.get(SEARCH, {"q": "pelayanan\x00publik\x1f"})

    assert QueryOutcome.objects.get().query.query_string == "pelayanan publik"


JUNK_FILTERS = [
    {"instansi": "abc"},
    {"instansi": "-1"},
    {"instansi": "9" * 30},  # past what a database integer holds
    {"wilayah": "9" * 30},
    {"tag": "9" * 30},
    {"tag": "9" * 100},
    {"tahun": "99999"},
    {"tahun": "0"},
    {"tahun": "abcd"},
    {"halaman": "zz"},
    {"halaman": "-5"},
    {"halaman": "0"},
    {"halaman": "99999999999999999999999"},
    {"wilayah": "Jakarta"},
    {"tag": "\x00"},
    {"tag": "1 OR 1=1"},
    {"urutan": "'; DROP TABLE"},
    {"hari": "x"},
]


@pytest.mark.parametrize(
    "params", JUNK_FILTERS, ids=lambda params: "&".join(f"{k}={v!r}" for k, v in params.items())
)
def test_junk_in_facet_parameters_is_ignored(anonymous, practice, params):
    response = anonymous.get(SEARCH, {"q": "pelayanan publik", **params})

    assert response.status_code == 200
    assert result_titles(response) == [practice.title]


@pytest.mark.parametrize(
    "params",
    [
        {"urusan": "bukan-urusan"},
        {"jenis": "forum"},
        {"urusan": "<b>x</b>"},
        {"wilayah": "999999"},
    ],
    ids=[
        "unknown urusan",
        "unknown type",
        "markup in urusan",
        "unknown province",
    ],
)
def test_a_filter_nothing_matches_says_nothing_was_found(anonymous, practice, params):
    response = anonymous.get(SEARCH, {"q": "pelayanan publik", **params})

    content = response.content.decode()
    assert response.status_code == 200
    assert result_titles(response) == []
    assert NOTHING_FOUND in content
    assert "<b>x</b>" not in content


@pytest.mark.parametrize(
    "query", ["pel\x00ay", "🙏🙏", "x" * 5000, '"(', "title:pel*", "AND OR NOT", "'; DROP"]
)
def test_suggestions_answer_odd_input_with_json(anonymous, practice, query):
    response = anonymous.get(SUGGESTIONS, {"q": query})

    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_a_post_to_the_search_page_is_not_a_server_error(anonymous, practice):
    response = anonymous.post(SEARCH, {"q": "pelayanan"})

    assert response.status_code < 500


def _link_params(href):
    return parse_qsl(urlsplit(href).query, keep_blank_values=True)


CRAFTED_NAMES = ["x=1&urutan=terbaru&jenis", "a&halaman=9", "q", '"><b>x</b>', "tag=1&instansi=2&z"]


@pytest.mark.parametrize("name", CRAFTED_NAMES)
def test_links_on_the_search_page_carry_only_the_parsed_allowed_parameters(anonymous, practice, name):
    # issue 7, defect 8: the sort links copied parameter names HTML-escaped but not URL-encoded.
    response = anonymous.get(SEARCH + "?q=pelayanan+publik&" + quote(name) + "=1")

    page = BeautifulSoup(response.content.decode(), "html.parser")
    links = [a["href"] for a in page.select("p.sort a, aside.facets a, nav.pagination a")]
    hidden = [field["name"] for field in page.select("form[role=search] input[type=hidden]")]
    assert links, "the page shows sort and facet links"
    allowed = {"q", "jenis", "instansi", "wilayah", "tag", "tahun", "urusan", "urutan", "halaman"}
    for href in links:
        params = _link_params(href)
        assert {key for key, _ in params} <= allowed, href
        assert len({key for key, _ in params}) == len(params), href
        assert "q" in dict(params)
    assert set(hidden) <= allowed
