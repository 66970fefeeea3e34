"""Query-time synonym expansion (mostly Indonesian government acronyms).

Synonyms are given as ``{term: [equivalent, ...]}``; every entry is
bidirectional and entries sharing a term are merged (``ASN <-> PNS <->
aparatur sipil negara``). Multi-word equivalents are matched as phrases.

The shipped :data:`DEFAULT_SYNONYMS` can be extended or overridden with the
backend's ``SYNONYMS`` param (a dict, a callable returning one, or a dotted
path to either -- e.g. an editor-maintained list read from the database;
callables are re-read every ``SYNONYMS_TTL`` seconds). Overriding a key
replaces that key's list; ``{"asn": []}`` removes the shipped entry.
``DEFAULT_SYNONYMS=False`` drops the shipped list entirely.

Expansion happens only at query time, so changing synonyms never needs a
reindex.
"""

import threading
import time

from django.utils.module_loading import import_string

#: Alternatives found through a synonym score a little below the user's words.
SYNONYM_BOOST = 0.8

DEFAULT_SYNONYMS = {
    "disdukcapil": ["dinas kependudukan dan pencatatan sipil", "dukcapil"],
    "dinkes": ["dinas kesehatan"],
    "disdik": ["dinas pendidikan"],
    "puskesmas": ["pusat kesehatan masyarakat"],
    "rsud": ["rumah sakit umum daerah"],
    "bkd": [
        "bkpsdm",
        "badan kepegawaian daerah",
        "badan kepegawaian dan pengembangan sumber daya manusia",
    ],
    "opd": ["organisasi perangkat daerah"],
    "skpd": ["satuan kerja perangkat daerah"],
    "skp": ["sasaran kinerja pegawai"],
    "asn": ["pns", "aparatur sipil negara"],
    "pns": ["pegawai negeri sipil"],
    "pppk": ["pegawai pemerintah dengan perjanjian kerja"],
    "jp": ["jam pelajaran"],
    "diklat": ["pendidikan dan pelatihan"],
    "bappeda": ["badan perencanaan pembangunan daerah"],
    "pemda": ["pemerintah daerah"],
    "pemkab": ["pemerintah kabupaten"],
    "pemkot": ["pemerintah kota"],
    "pemprov": ["pemerintah provinsi"],
    "kemendagri": ["kementerian dalam negeri"],
    "kemenpan rb": ["kementerian pendayagunaan aparatur negara dan reformasi birokrasi", "menpan rb"],
    "apbd": ["anggaran pendapatan dan belanja daerah"],
    "sppd": ["surat perintah perjalanan dinas"],
}


class SynonymMap:
    """Groups of equivalent term tuples, matched greedily (longest first)."""

    def __init__(self, entries, analysis):
        parent = {}

        def find(x):
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for key, equivalents in entries.items():
            key_terms = tuple(analysis.query_terms(str(key)))
            if not key_terms:
                continue
            find(key_terms)
            for equivalent in equivalents or ():
                terms = tuple(analysis.query_terms(str(equivalent)))
                if terms:
                    parent[find(terms)] = find(key_terms)

        groups = {}
        for terms in list(parent):
            groups.setdefault(find(terms), []).append(terms)

        self._group_of = {}
        for members in groups.values():
            if len(members) > 1:
                members = sorted(members)
                for terms in members:
                    self._group_of[terms] = members
        self.max_length = max((len(t) for t in self._group_of), default=0)

    def __bool__(self):
        return bool(self._group_of)

    def __contains__(self, terms):
        """Whether a tuple of (analysed) terms has synonyms."""
        return tuple(terms) in self._group_of

    def segment(self, terms):
        """Split ``terms`` into units: ``(original_terms, [synonym_terms, ...])``.

        Runs of terms that form a known synonym are one unit; every other term
        is a unit of its own with no synonyms.
        """
        units = []
        i = 0
        while i < len(terms):
            for length in range(min(self.max_length, len(terms) - i), 0, -1):
                candidate = tuple(terms[i : i + length])
                group = self._group_of.get(candidate)
                if group:
                    units.append((candidate, [g for g in group if g != candidate]))
                    i += length
                    break
            else:
                units.append(((terms[i],), []))
                i += 1
        return units


class SynonymProvider:
    """Resolves the ``SYNONYMS`` param lazily and keeps the built map,
    re-reading callables every ``ttl`` seconds."""

    def __init__(self, source, analysis, use_defaults=True, ttl=300.0):
        self.source = source
        self.analysis = analysis
        self.use_defaults = use_defaults
        self.ttl = ttl
        self._map = None
        self._loaded_at = 0.0
        self._lock = threading.Lock()

    def _is_dynamic(self):
        return callable(self.source) or isinstance(self.source, str)

    def _load_source(self):
        source = self.source
        if source is None:
            return {}
        if isinstance(source, str):
            source = import_string(source)
        if callable(source):
            source = source()
        if not isinstance(source, dict):
            raise TypeError("SYNONYMS must be (or return) a dict of term -> list of equivalents")
        return source

    def get_map(self):
        now = time.monotonic()
        if self._map is not None and not (self._is_dynamic() and now - self._loaded_at > self.ttl):
            return self._map
        with self._lock:
            if self._map is None or (self._is_dynamic() and now - self._loaded_at > self.ttl):
                entries = {}
                if self.use_defaults:
                    entries.update({k.lower(): v for k, v in DEFAULT_SYNONYMS.items()})
                entries.update({str(k).lower(): v for k, v in self._load_source().items()})
                self._map = SynonymMap(entries, self.analysis)
                self._loaded_at = now
        return self._map


_providers = {}
_providers_lock = threading.Lock()


def get_synonym_provider(options, analysis):
    """One provider per distinct configuration, shared by backend instances
    (modelsearch creates a new backend object for nearly every search)."""
    source = options.synonyms
    source_key = source if isinstance(source, str) or source is None else id(source)
    key = (source_key, options.default_synonyms, options.synonyms_ttl, analysis.language, analysis.stop_words)
    provider = _providers.get(key)
    if provider is None:
        with _providers_lock:
            provider = _providers.get(key)
            if provider is None:
                provider = SynonymProvider(source, analysis, options.default_synonyms, options.synonyms_ttl)
                _providers[key] = provider
    return provider
