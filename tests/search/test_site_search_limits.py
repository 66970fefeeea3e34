"""/cari/ on a search backend without our Whoosh backend's features (issue 11, item 10).

modelsearch's database backend of the database under test (PostgreSQL's, with
its Indonesian configuration, in the PostgreSQL pass; SQLite's FTS5 otherwise)
replaces Whoosh here, as SIMPUL_SEARCH_BACKEND=postgres does for a site.
What it lacks (search/features.py: typo correction, synonyms, places, full
matches first, one engine search per model) is left out without an error; a
query that finds nothing says what was not tried; facets, filters and the
access rules work as on Whoosh.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection

from config.search_backends import postgres_backend
from forum import services
from search.features import SPELLING, SYNONYMS, backend_features, features
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory, RegencyFactory, UserFactory, fill_profile, province
from tests.forum.factories import make_forum, make_reply, make_thread
from tests.search.test_site_search_results import facet

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"
TYPO_NOTICE = "Salah ketik tidak dikoreksi di sini"
ACRONYM_NOTICE = "Singkatan dan ejaan tidak baku tidak dipadankan"


@pytest.fixture
def database_search(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": postgres_backend()
        if connection.vendor == "postgresql"
        else {"BACKEND": "modelsearch.backends.database"}
    }
    assert not {SPELLING, SYNONYMS} & features()


def page_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(response):
    return [link.get_text() for link in page_of(response).select("section.results article.result h3 a")]


def limits(response):
    return [p.get_text(" ", strip=True) for p in page_of(response).select("p.search-limit")]


def test_a_typo_finds_nothing_and_the_page_says_it_is_not_corrected(anonymous, database_search):
    make_practice("Pelatihan Kepemimpinan Kepala Puskesmas")

    response = anonymous.get(SEARCH, {"q": "pelatihn kepemimpinn"})

    page = page_of(response)
    assert titles(response) == []
    assert [text for text in limits(response) if TYPO_NOTICE in text]
    assert "Maksud Anda" not in page.get_text()
    assert page.select_one("form.search-form-large input[name=q]")["value"] == "pelatihn kepemimpinn"
    # Spelt right, the same words find it.
    assert titles(anonymous.get(SEARCH, {"q": "pelatihan kepemimpinan"})) == [
        "Pelatihan Kepemimpinan Kepala Puskesmas"
    ]


def test_an_acronym_is_not_expanded_and_the_page_says_so(anonymous, database_search):
    make_practice("Satuan Polisi Pamong Praja Menata Pedagang", summary="Pedagang kaki lima ditata bersama.")

    acronym = anonymous.get(SEARCH, {"q": "satpol"})

    assert titles(acronym) == []
    assert [text for text in limits(acronym) if ACRONYM_NOTICE in text]
    full_words = anonymous.get(SEARCH, {"q": "polisi pamong praja"})
    assert titles(full_words) == ["Satuan Polisi Pamong Praja Menata Pedagang"]
    assert limits(full_words) == []  # found: nothing to explain


def test_a_question_finds_the_practice_through_some_of_its_words(anonymous, database_search):
    make_practice(
        "Percepatan Pembuatan Akta Kelahiran di Rumah Sakit",
        summary="Bidan mengunggah surat keterangan lahir; akta kelahiran terbit sebelum ibu pulang.",
    )
    make_practice("Bank Sampah Sekolah", summary="Murid menabung sampah plastik.")

    response = anonymous.get(SEARCH, {"q": "bagaimana cara mempercepat pembuatan akta kelahiran"})

    assert titles(response) == ["Percepatan Pembuatan Akta Kelahiran di Rumah Sakit"]
    assert "Hanya sedikit hasil yang memuat semua kata" in page_of(response).get_text()


def test_facets_computed_by_methods_are_counted_and_narrow_in_the_database(anonymous, database_search):
    jakarta = RegencyFactory(code="31.71", name="Kota Jakarta Pusat", parent=province("31"))
    sorong = RegencyFactory(code="96.01", name="Kabupaten Sorong", parent=province("96"))
    agency = AgencyFactory(name="Dinas Kesehatan Uji", region=jakarta)
    make_practice("Posyandu Keliling Jakarta", region=jakarta, agency=agency)
    make_practice("Posyandu Kampung Sorong", region=sorong)
    make_practice(
        "Posyandu Remaja Sorong",
        region=sorong,
        published_at=datetime.datetime(2023, 5, 1, tzinfo=datetime.UTC),
    )
    author = UserFactory()
    fill_profile(author, region=sorong, agency=agency)
    thread = make_thread(make_forum("Forum Kesehatan"), author=author, title="Posyandu di kampung terpencil")
    services.mark_solution(by=author.profile, thread=thread, post=make_reply(thread, body="Jadwal bergilir."))

    everything = anonymous.get(SEARCH, {"q": "posyandu"})

    assert sorted(titles(everything)) == [
        "Posyandu Kampung Sorong",
        "Posyandu Keliling Jakarta",
        "Posyandu Remaja Sorong",
        "Posyandu di kampung terpencil",
    ]
    provinces = {label: count for label, (count, _, _) in facet(everything, "Provinsi").items()}
    assert provinces == {"DKI Jakarta": 1, "Papua Barat Daya": 3}
    this_year = str(datetime.date.today().year)
    years = {label: count for label, (count, _, _) in facet(everything, "Tahun").items()}
    assert years == {this_year: 3, "2023": 1}
    assert {label: c for label, (c, _, _) in facet(everything, "Terjawab").items()} == {"Sudah terjawab": 1}
    agencies = {label: count for label, (count, _, _) in facet(everything, "Instansi").items()}
    assert agencies == {agency.name: 2}  # the practice's agency and the thread author's

    in_sorong = anonymous.get(SEARCH + facet(everything, "Provinsi")["Papua Barat Daya"][1])
    assert sorted(titles(in_sorong)) == [
        "Posyandu Kampung Sorong",
        "Posyandu Remaja Sorong",
        "Posyandu di kampung terpencil",
    ]
    in_2023 = anonymous.get(SEARCH + facet(in_sorong, "Tahun")["2023"][1])
    assert titles(in_2023) == ["Posyandu Remaja Sorong"]


def test_drafts_and_members_only_practices_stay_hidden(anonymous, member_client, database_search):
    make_practice("Posyandu Terbuka untuk Umum")
    make_practice("Posyandu Konsep Belum Terbit", live=False)
    make_practice("Posyandu Khusus Anggota", members_only=True)

    found = anonymous.get(SEARCH, {"q": "posyandu"})

    assert titles(found) == ["Posyandu Terbuka untuk Umum"]
    assert "Khusus Anggota" not in found.content.decode()
    assert sorted(titles(member_client.get(SEARCH, {"q": "posyandu"}))) == [
        "Posyandu Khusus Anggota",
        "Posyandu Terbuka untuk Umum",
    ]


@pytest.mark.search_features(SPELLING, SYNONYMS)
def test_a_backend_with_every_feature_explains_nothing(anonymous, search_backend):
    assert backend_features(search_backend) >= {SPELLING, SYNONYMS}
    make_practice("Pelatihan Kepemimpinan Kepala Puskesmas")

    assert limits(anonymous.get(SEARCH, {"q": "zzzqx"})) == []
