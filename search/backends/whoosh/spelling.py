"""Spelling suggestions ("did you mean"): misspelt query words corrected from the index.

Each word of the query is looked up in the *exact* (unstemmed) text columns
of the given models' indexes. A word is left alone when the index knows it
(exactly, or through its stem -- then the search finds something anyway),
when it is a stop word or a synonym, when it is short (under
``MIN_WORD_LENGTH`` letters: too many neighbours to guess from) or not
purely alphabetic (numbers, codes, ``e-learning``). Any other word becomes
the closest indexed word: at most one edit away for words of up to five
letters, two for longer ones; among equally close words the one found in
the most documents wins.

Candidates come from Whoosh's Levenshtein automata (the machinery behind
``searcher.corrector()``), built once per word and run over the term cursor
of every column. Whoosh's own ``ReaderCorrector`` is not used as such: on a
multi-segment reader it compares the word with every term of the field, it
ranks by frequency over the whole index, and it rebuilds the automaton for
each field.

Frequencies count only the documents a search on the given models would
see: a model's own documents (not those of sibling page types sharing the
index) and, when a queryset is given instead of a model, only those
matching its filters (e.g. ``PracticePage.objects.live()``, so words of
drafts are never suggested).

The work is bounded: the query is cut to ``MAX_QUERY_LENGTH`` characters,
at most ``MAX_WORDS`` words are checked and at most ``MAX_CANDIDATES``
candidates are weighed per word and column.
"""

import logging
import re

from django.db.models import Model, QuerySet
from modelsearch.index import class_is_indexed
from modelsearch.query import MATCH_ALL
from whoosh.codec.base import Automata
from whoosh.support.levenshtein import levenshtein

from .analysis import JOINERS, MAX_TOKEN_LENGTH, WORD_PATTERN, normalize_text, truncate_words
from .exceptions import IndexUnavailable
from .indonesian import QUESTION_WORDS
from .schema import text_columns

logger = logging.getLogger(__name__)

#: Words of a query checked at most (the rest are kept as typed).
MAX_WORDS = 8
#: Shorter words are never corrected.
MIN_WORD_LENGTH = 4
#: Longer words are never corrected (the automaton grows with the word).
MAX_WORD_LENGTH = 30
#: Candidate terms weighed at most per word and column.
MAX_CANDIDATES = 50

_WORD_RE = re.compile(WORD_PATTERN)


def max_distance(word):
    """Edits allowed between a word and its correction."""
    return 1 if len(word) <= 5 else 2


def match_case(typed, word):
    """``word`` in the capitalisation the user typed (``Pelayann`` -> ``Pelayanan``)."""
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class _Scope:
    """The exact and stemmed columns of one model (or queryset) in an open
    searcher, and the documents a search on it would see."""

    def __init__(self, backend, searcher, model, queryset):
        self.reader = searcher.reader()
        present = set(self.reader.indexed_field_names())
        columns = text_columns(model)
        self.exact = [c.exact for c in columns if c.exact in present]
        self.stemmed = [c.stemmed for c in columns if c.stemmed in present]
        compiler = backend.query_compiler_class(queryset, MATCH_ALL)
        compiled = compiler.compile(backend, self.reader)
        self.docs = set(compiled.search(searcher, limit=None, scored=False).docs())

    def documents_with(self, term, columns):
        """The documents in scope containing ``term`` in any of ``columns``."""
        found = set()
        for column in columns:
            if (column, term) in self.reader:
                found.update(self.reader.postings(column, term).all_ids())
        return found & self.docs

    def candidates(self, dfa):
        """Exact terms accepted by the automaton, at most MAX_CANDIDATES per
        column and segment (Whoosh's multi-segment cursor is not usable)."""
        terms = set()
        for leaf, _ in self.reader.leaf_readers():
            present = set(leaf.indexed_field_names())
            for column in self.exact:
                if column not in present:
                    continue
                for count, term in enumerate(Automata.find_matches(dfa, leaf.cursor(column))):
                    if count >= MAX_CANDIDATES:
                        break
                    terms.add(term)
        return terms


class SpellingCorrector:
    def __init__(self, backend):
        self.backend = backend
        self.analysis = backend.analysis
        self.options = backend.options

    # Query words -----------------------------------------------------------------

    def _words(self, query_string):
        """``[(typed, normalized or None)]``: every word of the query, with the
        normalized form of those that may be corrected (at most MAX_WORDS)."""
        text = truncate_words(query_string, self.options.max_query_length)
        words = []
        checked = 0
        for match in _WORD_RE.finditer(text):
            typed = match.group()
            word = normalize_text(typed)
            correctable = (
                checked < MAX_WORDS
                and MIN_WORD_LENGTH <= len(word) <= min(MAX_WORD_LENGTH, MAX_TOKEN_LENGTH)
                and word.isalpha()
                and not JOINERS.search(word)
                and word not in self.analysis.stop_words
                and word not in QUESTION_WORDS
            )
            if correctable:
                checked += 1
            words.append((typed, word if correctable else None))
        return words

    def _synonym_map(self):
        provider = self.backend.synonyms
        return provider.get_map() if provider is not None else {}

    # Index -------------------------------------------------------------------------

    @staticmethod
    def _targets(models):
        """``(model, queryset)`` for every indexed model or queryset given."""
        if isinstance(models, (QuerySet, type)):
            models = [models]
        targets = []
        for item in models or ():
            if isinstance(item, QuerySet):
                model, queryset = item.model, item
            elif isinstance(item, type) and issubclass(item, Model):
                model, queryset = item, item._default_manager.all()
            else:
                continue
            if class_is_indexed(model):
                targets.append((model, queryset))
        return targets

    def _weigh(self, words, targets):
        """For each word: whether the index knows it, and ``{candidate: documents}``."""
        known = set()
        candidates = {word: {} for word in words}
        for model, queryset in targets:
            index = self.backend.get_index_for_model(model)
            # Documents are counted once per index, however many models share it.
            with index.searcher() as searcher:
                scope = _Scope(self.backend, searcher, model, queryset)
                if not scope.docs or not scope.exact:
                    continue
                for word in words:
                    if word in known:
                        continue
                    if scope.documents_with(word, scope.exact) or scope.documents_with(
                        self.analysis.stem(word), scope.stemmed
                    ):
                        known.add(word)
                        continue
                    dfa = Automata.levenshtein_dfa(word, max_distance(word))
                    for term in scope.candidates(dfa):
                        if term == word:
                            continue
                        docs = scope.documents_with(term, scope.exact)
                        if docs:
                            candidates[word].setdefault(term, set()).update(
                                (index.name, docnum) for docnum in docs
                            )
        return known, candidates

    # API ---------------------------------------------------------------------------

    def suggest(self, query_string, models):
        if not isinstance(query_string, str) or not query_string.strip():
            return ""
        targets = self._targets(models)
        if not targets:
            return ""
        words = self._words(query_string)
        to_check = {word for _, word in words if word}
        if to_check:
            # A synonym finds its equivalents: it is not a misspelling.
            synonyms = self._synonym_map()
            places = self.backend.places.get_map() if getattr(self.backend, "places", None) else ()
            # A place name is not a misspelling either, even where nothing was written about it.
            to_check = sorted(word for word in to_check if (word,) not in synonyms and (word,) not in places)
        if not to_check:
            return ""
        try:
            known, candidates = self._weigh(to_check, targets)
        except IndexUnavailable as error:
            if self.options.on_unavailable == "empty":
                logger.error("Search index unavailable, no spelling suggestion: %s", error)
                return ""
            raise

        changed = False
        result = []
        for typed, word in words:
            choices = candidates.get(word) if word and word not in known else None
            if not choices:
                result.append(typed)
                continue
            best = min(choices, key=lambda term: (levenshtein(word, term), -len(choices[term]), term))
            result.append(match_case(typed, best))
            changed = True
        return " ".join(result) if changed else ""
