"""Searching with the Whoosh backend: filters, ordering, slicing, counts and
facets run in the engine; autocomplete; adding and deleting documents; odd
queries.

Agencies are indexed into a fresh index in the test's own directory
(settings.WAGTAILSEARCH_BACKENDS points there), by the signal handlers or,
for bulk-created rows, with ``add_bulk``.
"""

from collections import Counter

import pytest
from modelsearch.backends import get_search_backend
from modelsearch.query import MATCH_ALL

from community.models import Agency, AgencyLevel
from tests.factories import AgencyFactory, province

pytestmark = [pytest.mark.django_db]

PROVINCES = ("31", "91", "81", "53")  # DKI Jakarta, Papua, Maluku, NTT
LEVELS = list(AgencyLevel.values)


@pytest.fixture
def backend(settings, tmp_path):
    # Editors' synonyms are read from the database at most every SYNONYMS_TTL
    # seconds; the test settings re-read them for every query (TTL 0), which
    # would add a query to every search counted here. Place names (PLACES) are
    # read the same way.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            **settings.WAGTAILSEARCH_BACKENDS["default"],
            "PATH": str(tmp_path / "index"),
            "SYNONYMS_TTL": 3600,
        }
    }
    backend = get_search_backend()
    backend.synonyms.get_map()
    if backend.places is not None:
        backend.places.get_map()
    return backend


def names(results):
    return [agency.name for agency in results]


@pytest.fixture
def many_agencies(backend):
    """300 agencies over four levels and four provinces; the even ones are a "Dinas"."""
    regions = [province(code) for code in PROVINCES]
    agencies = Agency.objects.bulk_create(
        Agency(
            name=f"Dinas Kesehatan Nomor {n}" if n % 2 == 0 else f"Badan Kepegawaian Nomor {n}",
            slug=f"instansi-{n}",
            level=LEVELS[n % len(LEVELS)],
            region=regions[(n // 3) % len(regions)],
        )
        for n in range(300)
    )
    backend.add_bulk(Agency, agencies)
    return agencies


# Filters, ordering, slicing, counting ---------------------------------------------


def test_a_filtered_sorted_page_of_results_costs_one_database_query(
    backend, many_agencies, django_assert_num_queries
):
    levels = [AgencyLevel.CITY, AgencyLevel.REGENCY]
    wanted = Agency.objects.filter(level__in=levels, name__startswith="Dinas").order_by("level", "-pk")
    expected_page = [agency.pk for agency in wanted[10:20]]
    expected_total = wanted.count()
    results = backend.search(
        "dinas", Agency.objects.filter(level__in=levels).order_by("level", "-pk"), order_by_relevance=False
    )

    with django_assert_num_queries(1):
        page = list(results[10:20])
    with django_assert_num_queries(0):
        total = results.count()
        page_count = results[10:20].count()

    assert [agency.pk for agency in page] == expected_page
    assert total == expected_total == 75
    assert page_count == 10


def test_a_page_ranked_by_relevance_costs_one_database_query(
    backend, many_agencies, django_assert_num_queries
):
    papua = province("91")
    results = backend.search("kesehatan", Agency.objects.filter(region=papua))

    with django_assert_num_queries(1):
        page = list(results[:20])
    with django_assert_num_queries(0):
        total = results.count()

    expected = set(
        Agency.objects.filter(region=papua, name__contains="Kesehatan").values_list("pk", flat=True)
    )
    assert total == len(expected)
    assert {agency.pk for agency in page} <= expected
    assert len(page) == 20


def test_filters_on_foreign_keys_and_primary_keys_run_in_the_index(
    backend, many_agencies, django_assert_num_queries
):
    some = [agency.pk for agency in many_agencies[:30]]
    maluku = province("81")
    results = backend.search(
        MATCH_ALL, Agency.objects.filter(pk__in=some, region=maluku).exclude(level=AgencyLevel.CENTRAL)
    )

    with django_assert_num_queries(0):
        total = results.count()

    expected = Agency.objects.filter(pk__in=some, region=maluku).exclude(level=AgencyLevel.CENTRAL)
    assert total == expected.count() > 0
    assert sorted(agency.pk for agency in results) == sorted(expected.values_list("pk", flat=True))


def test_facets_count_in_the_index(backend, many_agencies, django_assert_num_queries):
    results = backend.search("dinas", Agency.objects.exclude(level=AgencyLevel.CENTRAL))

    with django_assert_num_queries(0):
        by_level = results.facet("level")
        by_region = results.facet("region_id")

    dinas = Agency.objects.filter(name__startswith="Dinas").exclude(level=AgencyLevel.CENTRAL)
    assert dict(by_level) == dict(Counter(dinas.values_list("level", flat=True)))
    assert dict(by_region) == dict(Counter(dinas.values_list("region_id", flat=True)))
    # Most frequent first.
    assert list(by_level.values()) == sorted(by_level.values(), reverse=True)


# Autocomplete --------------------------------------------------------------------


def test_autocomplete_matches_the_beginnings_of_words(backend):
    AgencyFactory(name="Dinas Kependudukan dan Pencatatan Sipil", acronym="Disdukcapil")
    AgencyFactory(name="Dinas Kesehatan", acronym="Dinkes")

    assert names(backend.autocomplete("kepend", Agency)) == ["Dinas Kependudukan dan Pencatatan Sipil"]
    assert names(backend.autocomplete("din pencat", Agency)) == ["Dinas Kependudukan dan Pencatatan Sipil"]
    assert names(backend.autocomplete("disduk", Agency)) == ["Dinas Kependudukan dan Pencatatan Sipil"]
    assert sorted(names(backend.autocomplete("di", Agency))) == [
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Dinas Kesehatan",
    ]
    # Prefixes only, and no stemming: "duduk" is inside "kependudukan", not its start.
    assert names(backend.autocomplete("duduk", Agency)) == []


# Adding, updating, deleting --------------------------------------------------------


def test_added_updated_and_deleted_objects_are_found_then_not(backend):
    AgencyFactory(name="Dinas Pendidikan")  # the index exists from here on
    (agency,) = Agency.objects.bulk_create(
        [Agency(name="Dinas Kearsipan", slug="arsip", level=AgencyLevel.CITY, region=province("53"))]
    )
    assert names(backend.search("kearsipan", Agency)) == []

    backend.add(agency)
    assert names(backend.search("kearsipan", Agency)) == ["Dinas Kearsipan"]

    Agency.objects.filter(pk=agency.pk).update(name="Dinas Perpustakaan")  # no signal
    agency.refresh_from_db()
    backend.add(agency)
    assert names(backend.search("kearsipan", Agency)) == []
    assert names(backend.search("perpustakaan", Agency)) == ["Dinas Perpustakaan"]
    assert backend.search("dinas", Agency).count() == 2

    backend.delete(agency)
    assert names(backend.search("perpustakaan", Agency)) == []


def test_saving_and_deleting_a_model_updates_the_index(backend):
    agency = AgencyFactory(name="Dinas Perikanan")
    assert names(backend.search("perikanan", Agency)) == ["Dinas Perikanan"]

    agency.name = "Dinas Kelautan"
    agency.save()
    assert names(backend.search("perikanan", Agency)) == []
    assert names(backend.search("kelautan", Agency)) == ["Dinas Kelautan"]

    agency.delete()
    assert names(backend.search("kelautan", Agency)) == []


# Odd queries -----------------------------------------------------------------------

ODD_QUERIES = [
    '"dinas kesehatan',
    "dinas kesehatan'",
    "(kesehatan",
    "kesehatan))",
    "AND",
    "OR NOT AND",
    "a OR",
    "NOT",
    "-",
    "*",
    "?",
    "title:kesehatan*",
    "name:(dinas OR",
    "kesehatan~2",
    "kesehatan^3",
    "[a TO z]",
    "{}",
    "\\",
    "\x00\x01\x1b[31mkesehatan\x7f",
    "kesehatan\ufeff\u200b\u202e",
    "🙂🏥 kesehatan 🇮🇩",
    "𝕕𝕚𝕟𝕒𝕤",
    "x" * 5000,
    "kesehatan " * 500,
    "",
    "   ",
]


def test_odd_queries_never_raise(backend):
    AgencyFactory(name="Dinas Kesehatan")
    AgencyFactory(name="Badan Kepegawaian Daerah")

    for query in ODD_QUERIES:
        results = backend.search(query, Agency)
        assert isinstance(names(results), list), query
        assert results.count() >= 0, query
        assert isinstance(names(backend.autocomplete(query, Agency)), list), query
        assert isinstance(names(backend.search(query, Agency, operator="or")), list), query


def test_query_syntax_is_read_as_words(backend):
    AgencyFactory(name="Dinas Kesehatan")
    AgencyFactory(name="Badan Kepegawaian Daerah")

    assert names(backend.search('"dinas kesehatan', Agency)) == ["Dinas Kesehatan"]
    assert names(backend.search("(kesehatan", Agency)) == ["Dinas Kesehatan"]
    assert names(backend.search("🙂 kesehatan", Agency)) == ["Dinas Kesehatan"]
    assert names(backend.search("\x00kesehatan\x1b", Agency)) == ["Dinas Kesehatan"]
    assert names(backend.search("kesehatan " * 500, Agency)) == ["Dinas Kesehatan"]
    # Not a field restriction nor a wildcard: "name" is no word of either agency.
    assert names(backend.search("name:kesehatan*", Agency)) == []
    assert names(backend.search("AND OR NOT", Agency)) == []


# The cuts are seen with the strict operator (every word required): relaxed
# matching (on in the site's settings) would find "Dinas Kesehatan" anyway.
STRICT = {"RELAXED_MATCHING": False}


def test_long_queries_are_cut_to_max_query_length(backend):
    AgencyFactory(name="Dinas Kesehatan")
    AgencyFactory(name="Dinas Pendidikan")
    query = "dinas kesehatan pendidikan"

    assert names(get_search_backend(**STRICT).search(query, Agency)) == []
    cut = get_search_backend(**STRICT, MAX_QUERY_LENGTH=len("dinas kesehatan"))
    assert names(cut.search(query, Agency)) == ["Dinas Kesehatan"]


def test_queries_are_cut_to_max_query_clauses_terms(backend):
    AgencyFactory(name="Dinas Kesehatan")
    AgencyFactory(name="Dinas Pendidikan")
    query = "dinas kesehatan pendidikan"

    assert names(get_search_backend(**STRICT).search(query, Agency)) == []
    cut = get_search_backend(**STRICT, MAX_QUERY_CLAUSES=2)
    assert names(cut.search(query, Agency)) == ["Dinas Kesehatan"]


def test_a_reader_sees_each_object_once_across_many_small_commits(backend):
    # Each save is a commit; past a few segments a commit merges them. A
    # searcher kept between searches must follow both (deletions, merges).
    agencies = []
    for number in range(12):
        agencies.append(AgencyFactory(name=f"Dinas Pariwisata {number}"))
        assert backend.search("pariwisata", Agency).count() == number + 1
    for agency in agencies[:6]:
        agency.name = agency.name.replace("Pariwisata", "Kebudayaan")
        agency.save()
        assert backend.search("pariwisata", Agency).count() == len(agencies) - agencies.index(agency) - 1

    assert sorted(names(backend.search("dinas", Agency))) == sorted(agency.name for agency in agencies)
    assert backend.search("kebudayaan", Agency).count() == 6
