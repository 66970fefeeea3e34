"""SIMPUL_SEARCH_BACKEND chooses the search engine by settings alone (issue 11, item 10).

config/search_backends.py builds WAGTAILSEARCH_BACKENDS from the environment;
the system checks say when a choice cannot work here and what a working one
leaves out; `search_index synonyms` writes the synonym file a cluster reads.
"""

import io

import pytest
from django.core.checks import ERROR, INFO
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from modelsearch.backends import get_search_backend

from config.search_backends import SYNONYMS_PATH, search_backends
from search.checks import search_backend_checks
from search.features import ALL, SYNONYMS, backend_features
from search.models import Synonym
from tests.factories import AgencyFactory


def test_whoosh_is_the_default_in_the_given_directory():
    default = search_backends({}, index_path="/srv/simpul/index")["default"]

    assert default["BACKEND"] == "search.backends.whoosh"
    assert default["PATH"] == "/srv/simpul/index"
    assert default["RELAXED_MATCHING"] is True


def test_postgres_uses_the_indonesian_configuration():
    default = search_backends({"SIMPUL_SEARCH_BACKEND": "PostgreS "}, index_path="unused")["default"]

    assert default == {
        "BACKEND": "modelsearch.backends.database.postgres.postgres",
        "SEARCH_CONFIG": "indonesian",
    }


def test_opensearch_needs_its_addresses():
    with pytest.raises(ImproperlyConfigured, match="SIMPUL_SEARCH_URLS"):
        search_backends({"SIMPUL_SEARCH_BACKEND": "opensearch"}, index_path="unused")


def test_an_unknown_backend_is_refused_by_name():
    with pytest.raises(ImproperlyConfigured, match="whoosh, postgres, opensearch, elasticsearch"):
        search_backends({"SIMPUL_SEARCH_BACKEND": "solr"}, index_path="unused")


def test_opensearch_is_built_with_indonesian_analysis_and_the_synonym_file(settings):
    environ = {
        "SIMPUL_SEARCH_BACKEND": "opensearch",
        "SIMPUL_SEARCH_URLS": "https://cari-1.example.go.id:9200, https://cari-2.example.go.id:9200",
        "SIMPUL_SEARCH_INDEX_PREFIX": "simpul_prod_",
    }
    settings.WAGTAILSEARCH_BACKENDS = search_backends(environ, index_path="unused")

    backend = get_search_backend()  # built, not connected: no cluster is needed for this

    assert type(backend).__module__ == "modelsearch.backends.opensearch3"
    assert backend.index_prefix == "simpul_prod_"
    assert [host["host"] for host in backend.hosts] == ["cari-1.example.go.id", "cari-2.example.go.id"]
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["filter"]["simpul_indonesian_stemmer"] == {"type": "stemmer", "language": "indonesian"}
    assert analysis["filter"]["simpul_synonyms"]["synonyms_path"] == SYNONYMS_PATH
    assert "simpul_synonyms" in analysis["analyzer"]["default_search"]["filter"]
    assert "simpul_synonyms" not in analysis["analyzer"]["default"]["filter"]  # synonyms at query time
    assert "edgengram_analyzer" in analysis["analyzer"]  # modelsearch's own analyzers are kept
    assert backend_features(backend) == {SYNONYMS}


@pytest.mark.whoosh_index
def test_whoosh_passes_the_checks_without_a_note(db):
    assert backend_features(get_search_backend()) == ALL
    assert search_backend_checks(None) == []


def test_postgres_search_on_another_database_is_an_error(settings, db):
    from django.db import connection

    settings.WAGTAILSEARCH_BACKENDS = search_backends({"SIMPUL_SEARCH_BACKEND": "postgres"}, index_path="")

    messages = search_backend_checks(None)

    if connection.vendor == "postgresql":
        [note] = messages
        assert (note.level, note.id) == (INFO, "simpul_search.I001")
        assert "spelling, synonyms" in note.msg
    else:
        [error] = messages
        assert (error.level, error.id) == (ERROR, "simpul_search.E001")


def test_the_synonym_file_holds_shipped_derived_and_editors_entries(db, tmp_path):
    AgencyFactory(name="Badan Pusat Statistik Uji", acronym="BPSU")
    Synonym.objects.create(term="sppd", equivalents="surat perintah perjalanan dinas, perjadin")
    Synonym.objects.create(term="a, b => c", equivalents="d # e")
    path = tmp_path / "simpul-synonyms.txt"

    call_command("search_index", "synonyms", "--output", str(path), stdout=io.StringIO())

    lines = path.read_text(encoding="utf-8").splitlines()
    assert "satpol pp, satuan polisi pamong praja, satpolpp" in lines  # shipped acronym
    assert "ijin, izin" in lines  # shipped spelling variant
    assert "bpsu, badan pusat statistik uji" in lines  # derived from the agency
    assert "sppd, surat perintah perjalanan dinas, perjadin" in lines  # the editor's entry replaces it
    assert "a b c, d e" in lines  # the format's syntax never comes through from an entry
    assert all(", " in line for line in lines)
