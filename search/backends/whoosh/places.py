"""Place names in queries: "posyandu di Sorong" names a place, which should rank, not filter.

The ``PLACES`` param gives ``{place name: [broader place names]}`` (a dict,
a callable returning one, or a dotted path to either; callables re-read
every ``SYNONYMS_TTL`` seconds), e.g. ``{"sorong": ["papua barat daya"]}``.
The site derives it from its regions; the backend knows no model.

With relaxed matching a run of query words that forms a place name is an
optional unit: documents of that place (its words in the ``PLACE_FIELD``
column, or in any column for a model without one) rank first, documents of
its province next, and documents elsewhere still match on the other words.
"""

import threading
import time

from django.utils.module_loading import import_string

#: Most broader places one place expands to.
MAX_BROADER = 2


class PlaceMap:
    def __init__(self, entries, analysis):
        self._broader = {}
        for name, broader in entries.items():
            terms = tuple(analysis.query_terms(str(name)))
            if not terms:
                continue
            expanded = [tuple(analysis.query_terms(str(b))) for b in broader or ()]
            self._broader[terms] = [b for b in expanded if b and b != terms][:MAX_BROADER]
        self.max_length = max((len(t) for t in self._broader), default=0)

    def __bool__(self):
        return bool(self._broader)

    def __contains__(self, terms):
        return tuple(terms) in self._broader

    def segment(self, terms):
        """``[(terms, broader or None)]``: runs of ``terms`` that name a place
        (longest first) come with their broader places, other runs with None."""
        pieces, plain = [], []
        i = 0
        while i < len(terms):
            for length in range(min(self.max_length, len(terms) - i), 0, -1):
                candidate = tuple(terms[i : i + length])
                if candidate in self._broader:
                    if plain:
                        pieces.append((tuple(plain), None))
                        plain = []
                    pieces.append((candidate, self._broader[candidate]))
                    i += length
                    break
            else:
                plain.append(terms[i])
                i += 1
        if plain:
            pieces.append((tuple(plain), None))
        return pieces


class PlaceProvider:
    def __init__(self, source, analysis, ttl=300.0):
        self.source = source
        self.analysis = analysis
        self.ttl = ttl
        self._map = None
        self._entries = None
        self._loaded_at = 0.0
        self._lock = threading.Lock()

    def _stale(self, now):
        dynamic = callable(self.source) or isinstance(self.source, str)
        return self._map is None or (dynamic and now - self._loaded_at > self.ttl)

    def get_map(self):
        now = time.monotonic()
        if not self._stale(now):
            return self._map
        with self._lock:
            if self._stale(now):
                source = self.source
                if isinstance(source, str):
                    source = import_string(source)
                if callable(source):
                    source = source()
                entries = dict(source or {})
                if self._map is None or entries != self._entries:
                    # Re-read unchanged (the usual case) keeps the map: no rebuild.
                    self._map = PlaceMap(entries, self.analysis)
                    self._entries = entries
                self._loaded_at = now
        return self._map


_providers = {}
_providers_lock = threading.Lock()


def get_place_provider(options, analysis):
    """One provider per configuration (modelsearch makes a backend object per search)."""
    source = options.places
    if source is None:
        return None
    key = (source if isinstance(source, str) else id(source), options.synonyms_ttl, analysis.stop_words)
    with _providers_lock:
        provider = _providers.get(key)
        if provider is None:
            provider = _providers[key] = PlaceProvider(source, analysis, options.synonyms_ttl)
    return provider
