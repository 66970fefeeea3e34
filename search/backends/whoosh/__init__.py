"""Whoosh search backend for modelsearch (Wagtail's search layer), with
Indonesian text analysis.

Configure it with::

    MODELSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.whoosh",
            "PATH": BASE_DIR / "var" / "search-index",   # required
            # optional, defaults shown:
            "ATOMIC_REBUILD": True,
            "WRITE_LOCK_TIMEOUT": 30,        # seconds to wait for the write lock
            "STALE_LOCK_SECONDS": 900,       # break a lock whose holder record is older (None: never)
            "LANGUAGE": "id",                # "id" (Sastrawi), "en" (Porter), "none"
            "STOP_WORDS": (),                # extra stop words
            "SYNONYMS": None,                # dict / callable / dotted path, merged over DEFAULT_SYNONYMS
            "DEFAULT_SYNONYMS": True,
            "SYNONYMS_TTL": 300,
            "OPERATOR": "and",               # default operator of string queries
            "RELAXED_MATCHING": False,       # "and": most words, not all (see .matching)
            "ALL_WORDS_UP_TO": 2,            # relaxed: every word required up to this many
            "MINIMUM_SHOULD_MATCH": 0.5,     # relaxed: share of the words required beyond
            "QUESTION_WORDS": (),            # extra words that never block a match
            "PLACES": None,                  # dict / callable / dotted path: {place: [province]}
            "PLACE_FIELD": "search_place_names",
            "MAX_QUERY_LENGTH": 256,
            "MAX_QUERY_CLAUSES": 32,
            "EXACT_BOOST": 1.5,
            "AUTOCOMPLETE_MIN_GRAM": 1,
            "AUTOCOMPLETE_MAX_GRAM": 20,
            "STEM_CACHE_SIZE": 100000,
            "OPTIMIZE_ON_REBUILD": False,   # merge to one segment after a rebuild (slow)
            "KEEP_GENERATIONS": 1,
            "ON_UNAVAILABLE": "raise",       # or "empty"
        }
    }

Module map: :mod:`.options` (params), :mod:`.analysis` (tokenizing,
stemming), :mod:`.synonyms`, :mod:`.schema` (schema and column naming),
:mod:`.documents` (objects -> documents), :mod:`.storage` (generations,
locks), :mod:`.index` (``WhooshIndex``), :mod:`.query` (query AST -> Whoosh),
:mod:`.filters` (lookups -> Whoosh), :mod:`.matching` (relaxed
matching), :mod:`.places`, :mod:`.indonesian` (shipped vocabulary), :mod:`.compiler` (query compilers),
:mod:`.results` (``WhooshSearchResults``), :mod:`.rebuilder`,
:mod:`.drift` (check/repair), :mod:`.spelling` ("did you mean"),
:mod:`.backend` (``WhooshSearchBackend``).

**Unavailable index.** Evaluating a search (iterating, slicing, ``count()``,
``facet()``) on a model whose index is missing (never built, ``PATH``
removed) or unreadable (corrupted files) raises
:class:`~.exceptions.IndexUnavailable`; a view can catch it and show a
"search is temporarily unavailable" message. With ``ON_UNAVAILABLE="empty"``
such searches log an error and return no results instead. Writes create a
missing index. Rebuilding (``rebuild_modelsearch_index``) replaces a
corrupted one.

**Did you mean.** ``backend.suggest_spelling(query, models)`` returns the
query with misspelt words replaced by the closest indexed words (exact
columns of the given models or querysets), or ``""``.

**Drift.** ``backend.check_drift(Model or queryset)`` returns a
``DriftReport`` (``missing``/``extra`` pk sets), ``backend.repair(...)``
fixes it.
"""

from .backend import WhooshSearchBackend
from .exceptions import IndexUnavailable, WhooshBackendError, WriteLockTimeout

SearchBackend = WhooshSearchBackend

__all__ = [
    "IndexUnavailable",
    "SearchBackend",
    "WhooshBackendError",
    "WhooshSearchBackend",
    "WriteLockTimeout",
]
