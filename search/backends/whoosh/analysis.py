"""Text analysis: Indonesian by default, with English words falling through.

One chain of steps, shared by indexing and querying so both sides always agree:

1. tokenize: runs of letters/digits, keeping intra-word joiners
   (``e-learning``, ``R.R.``, ``jum'at``, ``1.000``) as one token;
2. normalize: lower-case and fold accents (``café`` -> ``cafe``);
3. stop words: Indonesian function words (``yang``, ``dan``, ``di`` ...)
   are dropped and positions renumbered, so phrases skip them consistently;
4. compounds: a joined token is indexed as the joined form *and* its parts,
   all stacked on one position (``e-learning`` -> ``elearning``, ``e``,
   ``learning``), so it is found by ``e-learning``, ``elearning`` and
   ``learning`` and phrases around it still line up. Reduplicated plurals
   (``buku-buku``) collapse to the single word (``buku``). At query time only
   the joined form is used;
5. stemming (stemmed field only): Sastrawi for ``LANGUAGE="id"`` (behind an
   LRU cache: the stemmer is slow per word). Sastrawi only strips Indonesian
   affixes and checks a root-word dictionary, so English words
   (``workshop``, ``dashboard``, ``programming``) pass through unchanged.
   ``"en"`` uses Porter, ``"none"`` disables stemming.

Each searchable column is indexed twice: stemmed (``s.<col>``) and exact
(``x.<col>``, steps 1-4 only). Queries hit both, the exact one with an extra
boost, so exact words and phrases outrank mere stem matches.

Autocomplete columns (``a.<col>``) use steps 1, 2 and 4 (no stop words, no
stemming: stems are not prefixes of what users type) followed by front edge
n-grams.

The analyzers are pickled into each index's TOC by Whoosh, so the filter
classes keep only plain settings and look the stemmer up at run time.
"""

import functools
import re
import threading

from whoosh.analysis import STOP_WORDS as ENGLISH_STOP_WORDS
from whoosh.analysis import Filter, NgramFilter, RegexTokenizer, StopFilter
from whoosh.support.charset import accent_map

#: Letters/digits with intra-word joiners (hyphen, apostrophes, dot) between them.
WORD_PATTERN = r"\w+(?:[-'\u2019\u2010\u2011.]\w+)*"
JOINERS = re.compile(r"[-'\u2019\u2010\u2011.]+")
_WORD_CHAR = re.compile(r"[\w\-'\u2019\u2010\u2011.]")
_TRAILING_WORD = re.compile(r"[\w\-'\u2019\u2010\u2011.]+$")
#: Longer tokens are dropped (hashes, base64 blobs, minified junk).
MAX_TOKEN_LENGTH = 80
#: Only purely alphabetic tokens of this length or more are stemmed.
MIN_STEM_LENGTH = 4

# ~150 common Indonesian function words: pronouns, prepositions, conjunctions,
# particles, demonstratives, auxiliaries and quantifiers. Content words that
# carry meaning in government texts (e.g. "dinas", "daerah", "negara") are
# deliberately absent, and so are English words.
INDONESIAN_STOP_WORDS = frozenset(
    """
    ada adalah adanya agak agar akan akankah aku akulah amat anda andalah antara
    antaranya apa apaan apabila apakah apalagi atas atau ataukah ataupun bagai
    bagaikan bagaimana bagaimanakah bagi bahkan bahwa bahwasanya beberapa begini
    begitu begitupun belum beliau bersama betapa biar bila bilamana bukan bukankah
    bukanlah cuma dahulu dalam dan dapat dari daripada dekat demi demikian dengan
    di dia dialah diri dirinya dong dulu engkau hal hampir hanya hanyalah harus
    hendak hingga ia ialah ini inikah inilah itu itukah itulah jadi jangan jika
    jikalau juga justru kalau kalian kami kamilah kamu kamulah kan kapan karena
    karenanya kata ke kecuali kemudian kenapa kepada kepadanya ketika kini kita
    kitalah lagi lah lain lalu maka makanya mana manakah masih melainkan melalui
    memang mengapa mereka merekalah meski meskipun mu mungkin namun nanti nya
    oleh olehnya pada padahal padanya para per pernah pula pun saat saja sambil
    sampai sang sangat saya sebab sebagai sebagaimana sebelum sebelumnya sebuah
    secara sedang sedangkan sehingga sejak sekadar sekali selagi selain selalu
    selama sementara semua seolah seorang seperti sepertinya serta sesuatu
    sesudah setelah setiap si siapa siapakah sini situ suatu sudah sudahlah
    supaya tadi tanpa tapi telah tentang tentu tentunya terhadap termasuk tersebut
    tetapi tiap toh untuk ya yaitu yakni yang
    """.split()
)

_ACCENT_TABLE = dict(accent_map)
_ACCENT_TABLE.update({ord("\u2019"): "'", ord("\u2010"): "-", ord("\u2011"): "-"})


def truncate_words(text, limit):
    """``text`` cut to at most ``limit`` characters without cutting a word in
    two: a cut-off word would be a different (usually unknown) word, and with
    the "and" operator one unknown word makes the whole query find nothing."""
    text = str(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if _WORD_CHAR.match(text, limit):
        partial = _TRAILING_WORD.search(cut)
        if partial and partial.start() > 0:
            cut = cut[: partial.start()]
    return cut


def normalize_text(text):
    """Lower-case and fold accents/typographic joiners of a single token."""
    return text.lower().translate(_ACCENT_TABLE)


class NormalizeFilter(Filter):
    """Lower-case plus accent folding (Whoosh's ``accent_map``)."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = normalize_text(t.text)
            yield t


class LengthFilter(Filter):
    """Drop absurdly long tokens."""

    def __init__(self, maxsize=MAX_TOKEN_LENGTH):
        self.maxsize = maxsize

    def __call__(self, tokens):
        for t in tokens:
            if len(t.text) <= self.maxsize:
                yield t


def split_compound(text):
    """Return the parts of a joined token (``"e-learning"`` -> ``["e", "learning"]``)."""
    return [part for part in JOINERS.split(text) if part]


class CompoundFilter(Filter):
    """Expand joined tokens (see module docstring, step 4).

    ``mode="index"`` stacks the joined form and every part on the token's
    position; ``mode="query"`` yields only the joined form.
    """

    def __init__(self, mode="index"):
        self.mode = mode

    def __call__(self, tokens):
        for t in tokens:
            parts = split_compound(t.text)
            if len(parts) <= 1:
                if parts:
                    t.text = parts[0]
                    yield t
                continue
            if len(set(parts)) == 1:
                # Reduplication ("buku-buku", "anak-anak") is a plural.
                t.text = parts[0]
                yield t
                continue
            t.text = "".join(parts)
            yield t
            if self.mode == "index":
                seen = {t.text}
                for part in parts:
                    if part not in seen:
                        seen.add(part)
                        t.text = part
                        yield t


# --- Stemming -------------------------------------------------------------

_stemmer_lock = threading.Lock()
_sastrawi = None
_stem_functions = {}


def _sastrawi_stemmer():
    global _sastrawi
    if _sastrawi is None:
        with _stemmer_lock:
            if _sastrawi is None:
                from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

                # Use the un-cached inner stemmer: Sastrawi's own cache is an
                # unbounded dict; ours is a bounded LRU.
                _sastrawi = StemmerFactory().create_stemmer().delegatedStemmer
    return _sastrawi


def _stem_indonesian(word):
    result = _sastrawi_stemmer().stem(word)
    if not result or " " in result:
        return word
    return result


def _stem_english(word):
    from whoosh.lang.porter import stem

    return stem(word)


def get_stem_function(language, cache_size=100_000):
    """A cached ``word -> stem`` function for the language (identity for "none")."""
    key = (language, cache_size)
    fn = _stem_functions.get(key)
    if fn is None:
        if language == "id":
            raw = _stem_indonesian
        elif language == "en":
            raw = _stem_english
        else:
            raw = None

        if raw is None:

            def fn(word):
                return word

        else:
            cached = functools.lru_cache(maxsize=cache_size)(raw)

            def fn(word, _cached=cached):
                if len(word) < MIN_STEM_LENGTH or not word.isalpha() or not word.isascii():
                    return word
                return _cached(word)

        _stem_functions[key] = fn
    return fn


class StemmingFilter(Filter):
    """Replace each token by its stem, dropping duplicates stacked on one position."""

    def __init__(self, language="id", cache_size=100_000):
        self.language = language
        self.cache_size = cache_size

    def __call__(self, tokens):
        stem = get_stem_function(self.language, self.cache_size)
        last_pos = None
        seen = set()
        for t in tokens:
            if t.positions:
                if t.pos != last_pos:
                    last_pos = t.pos
                    seen = set()
            else:
                seen = set()
            t.text = stem(t.text)
            if t.text in seen:
                continue
            seen.add(t.text)
            yield t


# --- Analyzer factory -------------------------------------------------------


def stop_words_for(language, extra=()):
    if language == "en":
        words = set(ENGLISH_STOP_WORDS)
    else:
        words = set(INDONESIAN_STOP_WORDS)
    words.update(normalize_text(w) for w in extra)
    return frozenset(words)


class TextAnalysis:
    """Builds the index-time analyzers and performs query-time analysis for
    one backend configuration."""

    def __init__(self, language="id", extra_stop_words=(), min_gram=1, max_gram=20, stem_cache_size=100_000):
        self.language = language
        self.stop_words = stop_words_for(language, extra_stop_words)
        self.min_gram = min_gram
        self.max_gram = max_gram
        self.stem_cache_size = stem_cache_size
        self._stem = get_stem_function(language, stem_cache_size)

    @classmethod
    def from_options(cls, options):
        return cls(
            language=options.language,
            extra_stop_words=options.extra_stop_words,
            min_gram=options.autocomplete_min_gram,
            max_gram=options.autocomplete_max_gram,
            stem_cache_size=options.stem_cache_size,
        )

    # Building blocks -------------------------------------------------------

    def _base(self, stop=True, compound_mode="index"):
        chain = RegexTokenizer(WORD_PATTERN) | NormalizeFilter() | LengthFilter()
        if stop:
            chain = chain | StopFilter(stoplist=self.stop_words, minsize=1, renumber=True)
        return chain | CompoundFilter(compound_mode)

    # Index-time analyzers (stored in the schema) ----------------------------

    def exact_analyzer(self):
        return self._base()

    def stemmed_analyzer(self):
        return self._base() | StemmingFilter(self.language, self.stem_cache_size)

    def autocomplete_analyzer(self):
        return self._base(stop=False) | NgramFilter(self.min_gram, self.max_gram, at="start")

    # Query-time analysis ---------------------------------------------------

    # The chains hold no state between calls, so each is built once (building one
    # costs more than analysing a short query with it).

    @functools.cached_property
    def _query_analyzer(self):
        return self._base(compound_mode="query")

    @functools.cached_property
    def _autocomplete_query_analyzer(self):
        return self._base(stop=False, compound_mode="query")

    def query_terms(self, text):
        """Unstemmed terms of a query string, stop words removed, compounds joined."""
        return [t.text for t in self._query_analyzer(text)]

    def autocomplete_terms(self, text):
        """Terms of an autocomplete query, each cut to the longest indexed n-gram."""
        return [t.text[: self.max_gram] for t in self._autocomplete_query_analyzer(text)]

    def stem(self, term):
        return self._stem(term)

    def index_tokens(self, text, kind="stemmed"):
        """Debug helper: ``[(pos, token)]`` produced for ``text`` by an index analyzer."""
        analyzer = {
            "stemmed": self.stemmed_analyzer,
            "exact": self.exact_analyzer,
            "autocomplete": self.autocomplete_analyzer,
        }[kind]()
        return [(t.pos, t.text) for t in analyzer(text, positions=True)]
