"""What the configured search backend does beyond ranked full-text search.

The site search, its page and its tests ask here instead of naming a backend.
Our Whoosh backend (search/backends/whoosh) does all of it; modelsearch's
PostgreSQL and SQLite backends rank and stem (PostgreSQL's ``indonesian``
configuration) but do none of it; modelsearch's OpenSearch/Elasticsearch
backends with config/search_backends.INDONESIAN_ANALYSIS match synonyms.
Where a feature is missing the site search leaves it out and says so when it
matters (a query that finds nothing), never fails.
"""

from django.utils.translation import gettext_lazy as _

#: Typos correct themselves, and "did you mean" (``backend.suggest_spelling``).
SPELLING = "spelling"
#: Acronyms and names, spelling variants and editors' synonyms meet.
SYNONYMS = "synonyms"
#: A place named in a query ranks that region's content first.
PLACES = "places"
#: A question or long query matches most of its words, those with every word first,
#: and never widens to content sharing a single word.
FULL_MATCHES_FIRST = "full_matches_first"
#: The count, a page of hits and every facet's counts come from one engine search per model.
SINGLE_SEARCH = "single_search"
ALL = frozenset({SPELLING, SYNONYMS, PLACES, FULL_MATCHES_FIRST, SINGLE_SEARCH})

#: What a reader is told when a query found nothing and the feature that might have
#: found something is missing.
READER_NOTICES = {
    SPELLING: _("Typing mistakes are not corrected here: check the spelling of your words."),
    SYNONYMS: _(
        "Acronyms and non-standard spellings are not matched to their full or standard forms here: "
        "try those too (for example “Satuan Polisi Pamong Praja” as well as “Satpol PP”)."
    ),
}


def backend_features(backend):
    """The features (a frozenset of the names above) of a search backend instance."""
    from .backends.whoosh.backend import WhooshSearchBackend

    features = set()
    if callable(getattr(backend, "suggest_spelling", None)):
        features.add(SPELLING)
    if getattr(backend.results_class, "supports_summary", False):  # what SiteSearch._summary uses
        features.add(SINGLE_SEARCH)
    if isinstance(backend, WhooshSearchBackend):
        options = backend.options
        if options.synonyms is not None or options.default_synonyms:
            features.add(SYNONYMS)
        if options.relaxed_matching:
            features.add(FULL_MATCHES_FIRST)
            if options.places is not None:
                features.add(PLACES)
        return frozenset(features)
    analysis = (getattr(backend, "settings", None) or {}).get("settings", {}).get("analysis", {})
    if "simpul_synonyms" in analysis.get("filter", {}):
        features.add(SYNONYMS)
    return frozenset(features)


def features(alias="default"):
    from wagtail.search.backends import get_search_backend

    return backend_features(get_search_backend(alias))


def reader_notices(missing):
    """The notices for missing features, in a stable order."""
    return [READER_NOTICES[name] for name in (SPELLING, SYNONYMS) if name in missing]
