"""Indonesian text analysis and synonyms of the Whoosh backend, seen through searches.

Agencies are indexed by modelsearch's signal handlers into a fresh index in
the test's own directory (settings.WAGTAILSEARCH_BACKENDS points there).
"""

import pytest
from modelsearch.backends import get_search_backend
from modelsearch.query import Phrase

from community.models import Agency
from search.models import Synonym
from tests.factories import AgencyFactory

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def backend(settings, tmp_path):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "PATH": str(tmp_path / "index")}
    }
    return get_search_backend()


def names(backend, query):
    """Names of the agencies found, best match first."""
    return [agency.name for agency in backend.search(query, Agency)]


# Stemming ------------------------------------------------------------------------


def test_melatih_pelatihan_latihan_and_dilatih_find_each_other(backend):
    agencies = {
        AgencyFactory(name="Balai Melatih Guru").name,
        AgencyFactory(name="Pusat Pelatihan Aparatur").name,
        AgencyFactory(name="Sanggar Latihan Tari").name,
        AgencyFactory(name="Guru Dilatih Daring").name,
    }
    AgencyFactory(name="Dinas Perhubungan")

    for form in ("melatih", "pelatihan", "latihan", "dilatih"):
        assert set(names(backend, form)) == agencies, form


def test_the_exact_word_ranks_above_one_that_only_shares_its_stem(backend):
    AgencyFactory(name="Pusat Latihan Pegawai")
    AgencyFactory(name="Pusat Pelatihan Pegawai")

    assert names(backend, "pelatihan") == ["Pusat Pelatihan Pegawai", "Pusat Latihan Pegawai"]
    assert names(backend, "latihan") == ["Pusat Latihan Pegawai", "Pusat Pelatihan Pegawai"]


def test_english_words_are_found_as_written(backend):
    AgencyFactory(name="Workshop Dashboard Kinerja")

    assert names(backend, "dashboard") == ["Workshop Dashboard Kinerja"]
    assert names(backend, "workshop kinerja") == ["Workshop Dashboard Kinerja"]


# Stop words, accents, joined words ---------------------------------------------------


def test_stop_words_are_skipped_in_words_and_phrases(backend):
    AgencyFactory(name="Unit Pelayanan Cepat")

    assert names(backend, "pelayanan yang cepat") == ["Unit Pelayanan Cepat"]
    assert names(backend, Phrase("pelayanan yang cepat")) == ["Unit Pelayanan Cepat"]
    assert names(backend, Phrase("cepat pelayanan")) == []


def test_a_query_of_stop_words_only_finds_nothing(backend):
    AgencyFactory(name="Dinas Kesehatan")

    assert names(backend, "yang dan di dari") == []


def test_accents_and_case_are_folded(backend):
    AgencyFactory(name="Café Literasi Sumbawa")

    for query in ("cafe", "CAFÉ", "Café literasi", "CAFE LITERASI"):
        assert names(backend, query) == ["Café Literasi Sumbawa"], query


def test_a_hyphenated_word_is_found_joined_hyphenated_or_by_its_parts(backend):
    AgencyFactory(name="Pusat E-Learning Aparatur")
    AgencyFactory(name="Dinas Kesehatan")

    for query in ("e-learning", "elearning", "E-Learning", "learning"):
        assert names(backend, query) == ["Pusat E-Learning Aparatur"], query


def test_a_reduplicated_plural_meets_its_singular(backend):
    AgencyFactory(name="Taman Buku-Buku Anak")
    AgencyFactory(name="Perpustakaan Buku Desa")
    AgencyFactory(name="Dinas Kesehatan")

    both = {"Taman Buku-Buku Anak", "Perpustakaan Buku Desa"}
    assert set(names(backend, "buku")) == both
    assert set(names(backend, "buku-buku")) == both
    assert names(backend, "anak-anak") == ["Taman Buku-Buku Anak"]


# Synonyms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indexed", "query"),
    [
        ("Dinas Kependudukan dan Pencatatan Sipil Kota Ambon", "Disdukcapil"),
        ("Disdukcapil Kabupaten Sleman", "dinas kependudukan dan pencatatan sipil"),
        ("Puskesmas Sentani", "pusat kesehatan masyarakat"),
        ("Pusat Kesehatan Masyarakat Abepura", "puskesmas"),
        ("BKPSDM Kabupaten Bantul", "BKD"),
        ("BKD Provinsi Maluku", "bkpsdm"),
        ("Forum ASN Muda", "PNS"),
        ("Paguyuban PNS Teladan", "asn"),
        ("Balai Diklat 40 JP", "jam pelajaran"),
        ("Kursus 20 Jam Pelajaran", "JP"),
    ],
)
def test_an_acronym_and_its_long_form_find_each_other(backend, indexed, query):
    AgencyFactory(name=indexed)
    AgencyFactory(name="Dinas Pendidikan Kota Jayapura")

    assert names(backend, query) == [indexed]


def test_the_word_typed_ranks_above_its_synonym(backend):
    AgencyFactory(name="Pusat Kesehatan Masyarakat Abepura")
    AgencyFactory(name="Puskesmas Sentani")

    assert names(backend, "puskesmas") == ["Puskesmas Sentani", "Pusat Kesehatan Masyarakat Abepura"]


def test_a_synonym_an_editor_adds_is_used_at_once_without_reindexing(backend):
    AgencyFactory(name="Sentra Pelayanan Terpadu Kota Batam")
    AgencyFactory(name="SPT Kabupaten Badung")
    assert names(backend, "spt") == ["SPT Kabupaten Badung"]

    synonym = Synonym.objects.create(term="SPT", equivalents="Sentra Pelayanan Terpadu")

    assert set(names(backend, "spt")) == {"Sentra Pelayanan Terpadu Kota Batam", "SPT Kabupaten Badung"}
    assert set(names(backend, "sentra pelayanan terpadu")) == {
        "Sentra Pelayanan Terpadu Kota Batam",
        "SPT Kabupaten Badung",
    }

    synonym.delete()

    assert names(backend, "spt") == ["SPT Kabupaten Badung"]
