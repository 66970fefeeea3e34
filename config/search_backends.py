"""WAGTAILSEARCH_BACKENDS from the environment: Whoosh, PostgreSQL or OpenSearch/Elasticsearch.

SIMPUL_SEARCH_BACKEND chooses the engine behind the site search and every
other search (the admin's included):

- ``whoosh`` (the default): our backend (search/backends/whoosh), index files
  in one directory (SIMPUL_INDEX_PATH in production). Relaxed matching of questions, typo correction,
  spelling variants, acronyms, place boosts and one-pass facets.
- ``postgres``: modelsearch's PostgreSQL backend, the index in the database
  itself (nothing else to run, shared by every application server). Ranked
  full-text search with stemming and facets; no typo correction, synonyms or
  place boosts (the site search says what it leaves out, see search/features.py).
- ``opensearch`` or ``elasticsearch``: modelsearch's OpenSearch 3 or
  Elasticsearch 8 backend at SIMPUL_SEARCH_URLS (comma-separated), index names
  prefixed with SIMPUL_SEARCH_INDEX_PREFIX, analysed as Indonesian
  (``INDONESIAN_ANALYSIS`` below); the client library is in
  requirements-opensearch.txt. Synonyms and spelling variants are a file on
  the search nodes that ``manage.py search_index synonyms`` writes.

Settings modules import this; it imports nothing of Django's apps.
"""

import os

from django.core.exceptions import ImproperlyConfigured

WHOOSH = "whoosh"
POSTGRES = "postgres"
OPENSEARCH = "opensearch"
ELASTICSEARCH = "elasticsearch"
KINDS = (WHOOSH, POSTGRES, OPENSEARCH, ELASTICSEARCH)

#: Where OpenSearch/Elasticsearch reads the synonym file, relative to its config directory.
SYNONYMS_PATH = "analysis/simpul-synonyms.txt"

#: Indonesian analysis for OpenSearch/Elasticsearch: lower case, accents folded,
#: the Indonesian stop words and stemmer when indexing; at query time the same
#: plus the shipped and editors' synonyms and spelling variants (a synonym
#: graph, so "dinas kesehatan" and "dinkes" meet, as on Whoosh). "default" and
#: "default_search" are the analyzers every text field of modelsearch's
#: mapping uses unless it names another.
INDONESIAN_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "simpul_indonesian_stop": {"type": "stop", "stopwords": "_indonesian_"},
                "simpul_indonesian_stemmer": {"type": "stemmer", "language": "indonesian"},
                "simpul_synonyms": {
                    "type": "synonym_graph",
                    "synonyms_path": SYNONYMS_PATH,
                    "lenient": True,
                },
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "asciifolding",
                        "simpul_indonesian_stop",
                        "simpul_indonesian_stemmer",
                    ],
                },
                "default_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "asciifolding",
                        "simpul_synonyms",
                        "simpul_indonesian_stop",
                        "simpul_indonesian_stemmer",
                    ],
                },
            },
        }
    }
}


def whoosh_backend(path):
    return {
        "BACKEND": "search.backends.whoosh",
        "PATH": str(path),
        # Editors extend the shipped acronym list in the admin (Snippets).
        "SYNONYMS": "search.models.editor_synonyms",
        # Questions and long queries: most words, not all (search/backends/whoosh/matching.py);
        # a place named in a query ranks its practices first.
        "RELAXED_MATCHING": True,
        "PLACES": "community.search_vocabulary.place_names",
    }


def postgres_backend():
    # PostgreSQL ships an Indonesian stemmer ("indonesian" text search configuration, since 13).
    return {"BACKEND": "modelsearch.backends.database.postgres.postgres", "SEARCH_CONFIG": "indonesian"}


def cluster_backend(kind, urls, index_prefix):
    module = "opensearch3" if kind == OPENSEARCH else "elasticsearch8"
    return {
        "BACKEND": f"modelsearch.backends.{module}",
        "URLS": urls,
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": 5,
        "INDEX_SETTINGS": INDONESIAN_ANALYSIS,
    }


def search_backends(environ=None, *, index_path):
    """{"default": ...} for the backend SIMPUL_SEARCH_BACKEND names (Whoosh if unset)."""
    environ = os.environ if environ is None else environ
    kind = environ.get("SIMPUL_SEARCH_BACKEND", "").strip().lower() or WHOOSH
    if kind == WHOOSH:
        return {"default": whoosh_backend(index_path)}
    if kind == POSTGRES:
        return {"default": postgres_backend()}
    if kind in (OPENSEARCH, ELASTICSEARCH):
        urls = [url.strip() for url in environ.get("SIMPUL_SEARCH_URLS", "").split(",") if url.strip()]
        if not urls:
            raise ImproperlyConfigured(
                f"SIMPUL_SEARCH_BACKEND={kind} needs SIMPUL_SEARCH_URLS (e.g. https://search-1:9200)."
            )
        prefix = environ.get("SIMPUL_SEARCH_INDEX_PREFIX", "simpul_").strip()
        return {"default": cluster_backend(kind, urls, prefix)}
    raise ImproperlyConfigured(f"SIMPUL_SEARCH_BACKEND must be one of {', '.join(KINDS)}, not {kind!r}.")
