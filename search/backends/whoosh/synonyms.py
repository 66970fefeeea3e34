"""Query-time synonym expansion (mostly Indonesian government acronyms).

Synonyms are given as ``{term: [equivalent, ...]}``; every entry is
bidirectional and entries sharing a term are merged (``ASN <-> PNS <->
aparatur sipil negara``), up to ``MAX_GROUP_SIZE`` terms per group; a query
expands one run of words to at most ``MAX_EQUIVALENTS`` equivalents. Multi-word equivalents are matched as phrases.

The shipped :data:`DEFAULT_SYNONYMS` can be extended or overridden with the
backend's ``SYNONYMS`` param (a dict, a callable returning one, or a dotted
path to either -- e.g. an editor-maintained list read from the database;
callables are re-read every ``SYNONYMS_TTL`` seconds). Overriding a key
replaces that key's list; ``{"asn": []}`` removes the shipped entry.
``DEFAULT_SYNONYMS=False`` drops the shipped list entirely.

Spelling variants (:data:`~.indonesian.SPELLING_VARIANTS`, "ijin" = "izin")
ship with the list and are equivalents like any other entry; so are the
government acronyms that are not agencies (:data:`~.indonesian.GOVERNMENT_ACRONYMS`).
Both go with ``DEFAULT_SYNONYMS=False``.

Expansion happens only at query time, so changing synonyms never needs a
reindex.
"""

import threading
import time

from django.utils.module_loading import import_string

from .indonesian import GOVERNMENT_ACRONYMS, SPELLING_VARIANTS

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
    **GOVERNMENT_ACRONYMS,
}


def shipped_entries():
    """Every shipped entry: the acronyms and the spelling variants (``{term: [equivalents]}``)."""
    entries = {key.lower(): list(value) for key, value in DEFAULT_SYNONYMS.items()}
    for variant, standard in SPELLING_VARIANTS.items():
        entries.setdefault(variant, []).append(standard)
    return entries


#: Most term tuples one group of equivalents may hold. Entries sharing a term
#: are merged, but a merge that would grow a group past this is refused: the
#: entry keeps a group of its own (its term and its listed equivalents).
MAX_GROUP_SIZE = 12
#: Most equivalents one run of query words expands to.
MAX_EQUIVALENTS = 8


def _terms_of(analysis, text):
    return (
        tuple(analysis.query_terms(str(text))) if analysis is not None else tuple(str(text).lower().split())
    )


def _entry_terms(analysis, key, equivalents):
    """``[key_terms, equivalent_terms, ...]`` of one entry (empty ones dropped)."""
    key_terms = _terms_of(analysis, key)
    if not key_terms:
        return []
    listed = [key_terms]
    for equivalent in equivalents or ():
        terms = _terms_of(analysis, equivalent)
        if terms and terms not in listed:
            listed.append(terms)
    return listed


def merged_group_size(entries, key, analysis=None):
    """How many term tuples the group of ``key`` would hold if every entry
    sharing a term were merged without a bound (for telling editors)."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for entry_key, equivalents in entries.items():
        listed = _entry_terms(analysis, entry_key, equivalents)
        for terms in listed:
            parent[find(terms)] = find(listed[0])
    key_terms = _terms_of(analysis, key)
    if key_terms not in parent:
        return 0
    root = find(key_terms)
    return sum(1 for terms in list(parent) if find(terms) == root)


class SynonymMap:
    """Groups of equivalent term tuples, matched greedily (longest first).

    Groups are bounded (``max_group_size``): sixty entries that each list
    "stunting" must not make one group of sixty, which every query for
    "stunting" would then expand to.
    """

    def __init__(self, entries, analysis, max_group_size=MAX_GROUP_SIZE):
        parent, size = {}, {}

        def find(x):
            if x not in parent:
                parent[x], size[x] = x, 1
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a, b):
            root_a, root_b = find(a), find(b)
            if root_a == root_b:
                return True
            if size[root_a] + size[root_b] > max_group_size:
                return False
            parent[root_b] = root_a
            size[root_a] += size[root_b]
            return True

        own = {}
        #: What each entry lists itself comes first when a group is cut to MAX_EQUIVALENTS.
        self._listed = {}
        for key, equivalents in entries.items():
            listed = _entry_terms(analysis, key, equivalents)[:max_group_size]
            if not listed:
                continue
            self._listed[listed[0]] = listed[1:]
            find(listed[0])
            merged = [union(listed[0], terms) for terms in listed[1:]]
            if not all(merged):
                own[listed[0]] = sorted(listed)

        groups = {}
        for terms in list(parent):
            groups.setdefault(find(terms), []).append(terms)

        self._group_of = {}
        for members in groups.values():
            if len(members) > 1:
                members = sorted(members)
                for terms in members:
                    self._group_of[terms] = members
        for key_terms, listed in own.items():
            # An entry refused by a full group still finds what it lists.
            if key_terms not in self._group_of and len(listed) > 1:
                self._group_of[key_terms] = listed
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
                    ordered = dict.fromkeys([*self._listed.get(candidate, ()), *group])
                    equivalents = [g for g in ordered if g != candidate and g in group]
                    units.append((candidate, equivalents[:MAX_EQUIVALENTS]))
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
        self._entries = None
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
                    entries.update(shipped_entries())
                entries.update({str(k).lower(): v for k, v in self._load_source().items()})
                if self._map is None or entries != self._entries:
                    # Re-read unchanged (the usual case) keeps the map: no rebuild.
                    self._map = SynonymMap(entries, self.analysis)
                    self._entries = entries
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
