"""Backend options, read once from the ``MODELSEARCH_BACKENDS`` entry.

Every option has an explicit default here; :class:`WhooshOptions` is the single
place that knows the parameter names.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

LANGUAGES = ("id", "en", "none")
ON_UNAVAILABLE_CHOICES = ("raise", "empty")


@dataclass(frozen=True)
class WhooshOptions:
    #: Directory holding one sub-directory per index (one index per root model).
    path: str
    #: Rebuild into a fresh generation directory and swap it in when complete.
    atomic_rebuild: bool = True
    #: Seconds to keep retrying when another process holds the write lock.
    write_lock_timeout: float = 30.0
    #: Holder information older than this many seconds (with the lock still
    #: held) is treated as a stuck writer and the lock is broken. None: never.
    stale_lock_seconds: float | None = 900.0
    #: "id" (Indonesian, Sastrawi), "en" (Porter) or "none" (no stemming).
    language: str = "id"
    #: Extra stop words (added to the language's list).
    extra_stop_words: tuple = ()
    #: Synonyms merged over the shipped government-acronym list: a dict, a
    #: callable returning one, or a dotted path to either. Resolved lazily and
    #: (for callables) re-read every ``synonyms_ttl`` seconds.
    synonyms: object = None
    synonyms_ttl: float = 300.0
    #: Whether the shipped synonym list is used at all.
    default_synonyms: bool = True
    #: Query strings are truncated to this many characters.
    max_query_length: int = 256
    #: At most this many term/phrase clauses are taken from one query.
    max_query_clauses: int = 32
    #: At most this many leaf clauses (term, phrase, fuzzy term) in one compiled
    #: text query, synonyms included: equivalents beyond it are left out, and
    #: a query with too many words keeps only as many as fit.
    max_expanded_clauses: int = 1024
    #: Default operator for string queries ("and" or "or").
    operator: str = "and"
    #: Relaxed matching of "and" queries (see :mod:`.matching`): every word
    #: required up to ``all_words_up_to`` words, beyond that at least the
    #: ``minimum_should_match`` share of them; question words and place
    #: names never block a match. Off by default, so "and" means every word.
    relaxed_matching: bool = False
    all_words_up_to: int = 2
    minimum_should_match: float = 0.5
    #: Extra question words (added to the shipped Indonesian list).
    question_words: tuple = ()
    #: Place names for relaxed matching: a dict, a callable returning one, or
    #: a dotted path (see :mod:`.places`); re-read every ``synonyms_ttl``.
    places: object = None
    #: The text column holding a document's place names (region, province).
    place_field: str = "search_place_names"
    #: Extra boost applied to matches on the unstemmed ("exact") form.
    exact_boost: float = 1.5
    #: Edge n-gram sizes for autocomplete.
    autocomplete_min_gram: int = 1
    autocomplete_max_gram: int = 20
    #: LRU cache size of the stemmer (distinct words).
    stem_cache_size: int = 100_000
    #: Merge the new generation into one segment at the end of a rebuild.
    optimize_on_rebuild: bool = False
    #: Previous generations kept after an atomic swap (for in-flight readers).
    keep_generations: int = 1
    #: "raise" IndexUnavailable, or return "empty" results (logged) when the
    #: index for a searched model is missing or unreadable.
    on_unavailable: str = "raise"

    @classmethod
    def from_params(cls, params):
        params = dict(params)
        path = params.get("PATH")
        if not path:
            raise ImproperlyConfigured(
                "The Whoosh search backend needs a 'PATH' (index directory) "
                "in its MODELSEARCH_BACKENDS entry."
            )
        language = str(params.get("LANGUAGE", cls.language)).lower()
        if language not in LANGUAGES:
            raise ImproperlyConfigured(
                f"Whoosh backend LANGUAGE must be one of {LANGUAGES}, not {language!r}."
            )
        operator = str(params.get("OPERATOR", cls.operator)).lower()
        if operator not in ("and", "or"):
            raise ImproperlyConfigured("Whoosh backend OPERATOR must be 'and' or 'or'.")
        on_unavailable = str(params.get("ON_UNAVAILABLE", cls.on_unavailable)).lower()
        if on_unavailable not in ON_UNAVAILABLE_CHOICES:
            raise ImproperlyConfigured(
                f"Whoosh backend ON_UNAVAILABLE must be one of {ON_UNAVAILABLE_CHOICES}."
            )
        stale = params.get("STALE_LOCK_SECONDS", cls.stale_lock_seconds)
        min_gram = int(params.get("AUTOCOMPLETE_MIN_GRAM", cls.autocomplete_min_gram))
        max_gram = int(params.get("AUTOCOMPLETE_MAX_GRAM", cls.autocomplete_max_gram))
        if not 1 <= min_gram <= max_gram:
            raise ImproperlyConfigured(
                "Whoosh backend needs 1 <= AUTOCOMPLETE_MIN_GRAM <= AUTOCOMPLETE_MAX_GRAM."
            )
        return cls(
            path=str(path),
            atomic_rebuild=bool(params.get("ATOMIC_REBUILD", cls.atomic_rebuild)),
            write_lock_timeout=float(params.get("WRITE_LOCK_TIMEOUT", cls.write_lock_timeout)),
            stale_lock_seconds=None if stale is None else float(stale),
            language=language,
            extra_stop_words=tuple(params.get("STOP_WORDS", ())),
            synonyms=params.get("SYNONYMS"),
            synonyms_ttl=float(params.get("SYNONYMS_TTL", cls.synonyms_ttl)),
            default_synonyms=bool(params.get("DEFAULT_SYNONYMS", cls.default_synonyms)),
            max_query_length=max(1, int(params.get("MAX_QUERY_LENGTH", cls.max_query_length))),
            max_query_clauses=max(1, int(params.get("MAX_QUERY_CLAUSES", cls.max_query_clauses))),
            max_expanded_clauses=max(1, int(params.get("MAX_EXPANDED_CLAUSES", cls.max_expanded_clauses))),
            operator=operator,
            relaxed_matching=bool(params.get("RELAXED_MATCHING", cls.relaxed_matching)),
            all_words_up_to=max(1, int(params.get("ALL_WORDS_UP_TO", cls.all_words_up_to))),
            minimum_should_match=min(
                1.0, max(0.0, float(params.get("MINIMUM_SHOULD_MATCH", cls.minimum_should_match)))
            ),
            question_words=tuple(params.get("QUESTION_WORDS", ())),
            places=params.get("PLACES"),
            place_field=str(params.get("PLACE_FIELD", cls.place_field)),
            exact_boost=float(params.get("EXACT_BOOST", cls.exact_boost)),
            autocomplete_min_gram=min_gram,
            autocomplete_max_gram=max_gram,
            stem_cache_size=int(params.get("STEM_CACHE_SIZE", cls.stem_cache_size)),
            optimize_on_rebuild=bool(params.get("OPTIMIZE_ON_REBUILD", cls.optimize_on_rebuild)),
            keep_generations=max(0, int(params.get("KEEP_GENERATIONS", cls.keep_generations))),
            on_unavailable=on_unavailable,
        )
