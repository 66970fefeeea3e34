"""Ids and numbers from a request: only ASCII digits within the database's range count (issue 7, defect 3).

"²".isdigit() is true and int("²") raises; int("٣") is 3; a 25-digit id
overflows SQLite. /cari/ treats all of them as no choice at all, and the
one parser (search/params.py) is what every view and form uses.
"""

import pytest
from bs4 import BeautifulSoup

from search.params import MAX_DATABASE_INT, parse_id, parse_int, parse_page
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory, province

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"
ODD_NUMBERS = ["²", "1²", "٣", "۳", "１", "1" * 25, str(2**63), "9" * 19, " 1 2", "1e3", "0x1", "-1", "+1"]


def result_titles(response):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [link.get_text() for link in page.select("section.results article.result h3 a")]


@pytest.fixture
def practice(search_backend):
    return make_practice(
        "Pelayanan Publik Tanpa Antre",
        summary="Warga mengambil nomor antrean pelayanan publik lewat ponsel.",
        agency=AgencyFactory(name="Dinas Penanaman Modal"),
        region=province("31"),
        tags=["antrean"],
    )


@pytest.mark.parametrize("name", ["instansi", "wilayah", "tag", "tahun", "halaman"])
@pytest.mark.parametrize("value", ODD_NUMBERS, ids=ascii)
def test_an_odd_number_in_a_search_parameter_is_no_choice_at_all(anonymous, practice, name, value):
    response = anonymous.get(SEARCH, {"q": "pelayanan publik", name: value})

    assert response.status_code == 200
    assert result_titles(response) == [practice.title]


@pytest.mark.parametrize("value", ["²", "٣", "1" * 25])
def test_odd_numbers_in_the_practice_index_filters_are_form_errors(anonymous, practice, value):
    for name in ("instansi", "wilayah", "tahun", "halaman"):
        response = anonymous.get("/praktik-baik/", {name: value})

        assert response.status_code == 200
        assert practice.title in response.content.decode()


@pytest.mark.parametrize("value", ["²", "٣", "1" * 25])
def test_odd_numbers_in_the_directory_filters_answer_the_page(anonymous, value):
    for name in ("agency", "region", "halaman"):
        assert anonymous.get("/anggota/", {name: value}).status_code == 200


def test_the_parser_accepts_only_ascii_digits_in_the_database_range():
    assert parse_id("42") == 42
    assert parse_id(str(MAX_DATABASE_INT)) == MAX_DATABASE_INT
    assert parse_int("2026", 1900, 2200) == 2026
    for value in [*ODD_NUMBERS, "0", "", None, "abc", "٣"]:
        assert parse_id(value) is None, value
    assert parse_int("٣") is None
    assert parse_page("²") == parse_page("0") == parse_page("1" * 25) == 1
    assert parse_page("3") == 3
