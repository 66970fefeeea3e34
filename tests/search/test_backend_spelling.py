"""Spelling suggestions ("did you mean"): WhooshSearchBackend.suggest_spelling(query, models).

Practices are published into a fresh Whoosh index in the test's own
directory (settings.WAGTAILSEARCH_BACKENDS points there for the test, so
Wagtail's signal handlers index them).
"""

import pytest
from modelsearch.backends import get_search_backend

from community.models import Agency, PracticePage
from search.backends.whoosh import IndexUnavailable
from tests.community.practice_factories import make_practice

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def backend(settings, tmp_path):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "PATH": str(tmp_path / "index")}
    }
    return get_search_backend()


@pytest.fixture
def practices(backend):
    return [
        make_practice(
            "Mal Pelayanan Publik Kabupaten",
            summary="Pelayanan publik dari dua puluh instansi dalam satu gedung, dengan antrean daring.",
        ),
        make_practice(
            "Standar Pelayanan di Kecamatan",
            summary="Maklumat pelayanan publik dipasang di setiap loket dan warga menilai layanan.",
        ),
        make_practice(
            "Posyandu Digital",
            summary="Kader posyandu mencatat tumbuh kembang balita sehingga stunting cepat ditangani.",
            tags=["stunting"],
        ),
    ]


def suggest(backend, query, models=(PracticePage,)):
    return backend.suggest_spelling(query, list(models))


def test_a_misspelt_word_is_corrected_and_the_right_one_kept(backend, practices):
    assert suggest(backend, "pelayann publik") == "pelayanan publik"
    assert suggest(backend, "stuntng") == "stunting"


def test_a_query_spelt_right_gets_no_suggestion(backend, practices):
    assert suggest(backend, "pelayanan publik") == ""
    assert suggest(backend, "stunting") == ""


def test_a_word_found_through_its_stem_is_not_corrected(backend, practices):
    # "melayani" is not indexed, but its stem ("layan") is: the search finds
    # the practices, so there is nothing to correct.
    assert list(backend.search("melayani", PracticePage))
    assert suggest(backend, "melayani") == ""


def test_the_suggestion_keeps_what_the_user_typed_around_the_correction(backend, practices):
    assert suggest(backend, "Pelayann Publik") == "Pelayanan Publik"
    assert suggest(backend, "STUNTNG") == "STUNTING"
    # Stop words, short words and numbers are kept as typed.
    assert suggest(backend, "pelayann yang di kab 2024") == "pelayanan yang di kab 2024"


def test_the_word_in_most_documents_wins_among_equally_close_ones(backend):
    make_practice("Kader Desa", summary="Kader posyandu menimbang balita.")
    make_practice("Kader Kota", summary="Kader kesehatan kota.")
    make_practice("Kadar Gula", summary="Pemeriksaan kadar gula darah.")

    # "kadr" is one edit from both "kader" (2 practices) and "kadar" (1).
    assert suggest(backend, "kadr") == "kader"


def test_a_closer_word_wins_over_a_more_frequent_one(backend):
    make_practice("Pelayanan Terpadu", summary="Satu pintu.")
    for number in range(3):
        make_practice(f"Pelayaran Rakyat {number}", summary="Kapal antarpulau.")

    # "pelayanan" is one edit away, "pelayaran" two.
    assert suggest(backend, "pelayann") == "pelayanan"


def test_words_only_in_drafts_are_not_suggested_for_a_queryset_of_live_pages(backend):
    make_practice("Bank Sampah", summary="Warga menabung sampah plastik.")
    make_practice("Rancangan", summary="Gagasan tentang digitalisasi arsip.", live=False)

    assert suggest(backend, "digitalisasu", [PracticePage]) == "digitalisasi"
    assert suggest(backend, "digitalisasu", [PracticePage.objects.live()]) == ""


def test_only_the_given_models_are_consulted(backend, practices):
    Agency.objects.create(name="Badan Kepegawaian Daerah", level="provinsi", slug="bkd")

    assert suggest(backend, "kepegawaan", [Agency]) == "kepegawaian"
    assert suggest(backend, "kepegawaan", [PracticePage]) == ""
    assert suggest(backend, "kepegawaan", []) == ""


def test_at_most_eight_words_are_checked(backend, practices):
    query = " ".join(["pelayann"] * 10)

    assert suggest(backend, query) == " ".join(["pelayanan"] * 8 + ["pelayann"] * 2)


ODD_QUERIES = [
    "",
    "   ",
    '"pelayann',
    "(stuntng",
    "AND OR NOT",
    "title:stuntng*",
    "a OR",
    "\x00\x07pelayann\x1b",
    "pelayann 🙂 publik",
    "stuntng" * 700,
    "x" * 5000,
    "ß" * 40,
    "\u202epelayann",
]


def test_odd_input_never_raises(backend, practices):
    # One test for all of them: each case costs only a lookup, the practices a second.
    for query in ODD_QUERIES:
        assert isinstance(suggest(backend, query), str), query
    for models in (None, [], ["community.PracticePage"], [object()], [PracticePage, 42], PracticePage):
        assert isinstance(backend.suggest_spelling("pelayann", models), str), models
    for query in (None, 42, b"pelayann"):
        assert backend.suggest_spelling(query, [PracticePage]) == "", query


def test_a_missing_index_is_reported_like_a_search(backend, settings, tmp_path):
    missing = {**settings.WAGTAILSEARCH_BACKENDS["default"], "PATH": str(tmp_path / "never-built")}
    backend_class = type(backend)

    with pytest.raises(IndexUnavailable):
        backend_class(missing).suggest_spelling("pelayann", [Agency])
    assert backend_class({**missing, "ON_UNAVAILABLE": "empty"}).suggest_spelling("pelayann", [Agency]) == ""
