"""Translation of modelsearch's query AST into Whoosh queries.

User text never reaches Whoosh's query parser: it is analysed with the same
chain as the index (:mod:`.analysis`) and turned into ``Term``/``Phrase``
objects directly, so quotes, parentheses, ``AND``/``OR``/``NOT``, ``*``,
``field:value``, control characters and emoji are just (ignored)
punctuation. Each text leaf is cut to ``MAX_QUERY_LENGTH`` characters (at a
word boundary) and ``MAX_QUERY_CLAUSES`` terms.

A term matches a column in two forms, summed: the stem (``s.<col>``) and the
exact word (``x.<col>``, with ``EXACT_BOOST`` extra), times the column's
``SearchField`` boost. Runs of words that form a known synonym are matched as
"the words (by the query's operator) OR any equivalent" (multi-word
equivalents as phrases, scored a little lower).

Whoosh's own ``normalize()`` and the ``&``/``|`` operators on queries are
avoided: they collapse ``And([Every(), x])`` to ``Every()``.
"""

import math

from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from whoosh import query as wq

from .analysis import truncate_words
from .filters import MATCH_NOTHING
from .indonesian import QUESTION_WORDS
from .matching import PLACE_BONUS, Coordinated
from .synonyms import SYNONYM_BOOST


def clause_count(query):
    """Leaf clauses (terms, phrases, fuzzy terms ...) of a Whoosh query: what
    matching costs grows with it, so every text query is kept under
    ``max_expanded_clauses``."""
    if query is None:
        return 0
    return sum(1 for _ in query.leaves())


def _unique(items):
    return list(dict.fromkeys(items))


def _any(queries):
    queries = [q for q in queries if q is not None]
    if not queries:
        return MATCH_NOTHING
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def _combine(queries, operator):
    queries = [q for q in queries if q is not None]
    if not queries:
        return MATCH_NOTHING
    if len(queries) == 1:
        return queries[0]
    return wq.And(queries) if operator == "and" else wq.Or(queries)


class QueryTranslator:
    """Translates one modelsearch query for a set of text columns."""

    def __init__(self, analysis, synonym_map, options, columns, places=None):
        self.analysis = analysis
        self.synonyms = synonym_map
        self.options = options
        self.columns = columns
        self.places = places

    def translate(self, node, boost=1.0):
        if isinstance(node, MatchAll):
            return wq.Every(boost=boost) if boost != 1.0 else wq.Every()
        if isinstance(node, PlainText):
            widened = getattr(node, "widened", False)  # search.site_search.WidenedQuery
            return self.plain_text(node.query_string, node.operator, boost * float(node.boost), widened)
        if isinstance(node, Phrase):
            return self.phrase(node.query_string, boost)
        if isinstance(node, Fuzzy):
            return self.fuzzy(node.query_string, node.operator, boost)
        if isinstance(node, Boost):
            return self.translate(node.subquery, boost * float(node.boost))
        if isinstance(node, And):
            return wq.And([self.translate(sub, boost) for sub in node.subqueries])
        if isinstance(node, Or):
            return wq.Or([self.translate(sub, boost) for sub in node.subqueries])
        if isinstance(node, Not):
            return wq.Not(self.translate(node.subquery, boost))
        raise NotImplementedError(
            f"`{node.__class__.__name__}` is not supported by the Whoosh search backend."
        )

    # Leaves --------------------------------------------------------------------

    def _terms(self, text):
        """The query's analysed terms, each once, as many as the clause budget allows."""
        text = truncate_words(text, self.options.max_query_length)
        terms = _unique(self.analysis.query_terms(text))[: self.options.max_query_clauses]
        return terms[: max(1, self._budget() // self._cost())]

    def _cost(self):
        """Leaf clauses one word (or phrase) costs: stemmed and exact form in every column."""
        return max(1, 2 * len(self.columns))

    def _budget(self):
        return self.options.max_expanded_clauses

    def term(self, term, boost):
        stem = self.analysis.stem(term)
        exact_boost = self.options.exact_boost
        clauses = []
        for column in self.columns:
            weight = boost * column.boost
            clauses.append(wq.Term(column.stemmed, stem, boost=weight))
            clauses.append(wq.Term(column.exact, term, boost=weight * exact_boost))
        return _any(clauses)

    def words(self, terms, boost):
        """A run of adjacent words: a phrase, or a term if there is one word."""
        if len(terms) == 1:
            return self.term(terms[0], boost)
        stems = [self.analysis.stem(t) for t in terms]
        exact_boost = self.options.exact_boost
        clauses = []
        for column in self.columns:
            weight = boost * column.boost
            clauses.append(wq.Phrase(column.stemmed, stems, boost=weight))
            clauses.append(wq.Phrase(column.exact, list(terms), boost=weight * exact_boost))
        return _any(clauses)

    def _units(self, terms):
        synonym_map = self.synonyms.get_map() if self.synonyms is not None else None
        return synonym_map.segment(terms) if synonym_map else [((t,), []) for t in terms]

    def _unit_clauses(self, units, operator, boost, spare):
        """One clause per unit: its words (by ``operator``) or any of its equivalents.

        Equivalents spend what the words themselves leave of the clause
        budget (``spare``, in words)."""
        clauses = []
        for original, equivalents in units:
            equivalents = equivalents[: max(spare, 0)]
            spare -= len(equivalents)
            main = _combine([self.term(t, boost) for t in original], operator)
            if not equivalents:
                clauses.append(main)
                continue
            # A phrase scores about the sum of its words: divide by its length
            # so an equivalent never outweighs the word the user typed.
            alternatives = [self.words(list(eq), boost * SYNONYM_BOOST / len(eq)) for eq in equivalents]
            clauses.append(_any([main, *alternatives]))
        return clauses

    def plain_text(self, text, operator, boost=1.0, widened=False):
        terms = self._terms(text)
        if not terms or not self.columns:
            return MATCH_NOTHING
        operator = operator.lower()
        spare = self._budget() // self._cost() - len(terms)
        if self.options.relaxed_matching and (operator == "and" or widened):
            return self.relaxed(terms, boost, spare, widened=widened)
        return _combine(self._unit_clauses(self._units(terms), operator, boost, spare), operator)

    # Relaxed matching (see .matching) -------------------------------------------

    def required_words(self, count):
        """How many of a query's ``count`` meaningful words a document must match."""
        if count <= self.options.all_words_up_to:
            return count
        return max(self.options.all_words_up_to, math.ceil(count * self.options.minimum_should_match))

    def _question_words(self):
        return QUESTION_WORDS | {w.lower() for w in self.options.question_words}

    def _place_columns(self):
        name = self.options.place_field
        found = [c for c in self.columns if c.name == name or c.name.endswith("__" + name)]
        return found or self.columns

    def _place_clause(self, terms, boost):
        """``terms`` matched in the place columns (as a phrase if several words)."""
        columns, self.columns = self.columns, self._place_columns()
        try:
            return self.words(list(terms), boost)
        finally:
            self.columns = columns

    def relaxed(self, terms, boost, spare, widened=False):
        """Words and synonyms as required units; question words and place names optional.

        A document must match ``required_words`` of the words; ``widened`` (the site
        search's second try when that found too little), half as many: documents
        with more of the words still rank first."""
        place_map = self.places.get_map() if self.places is not None else None
        pieces = place_map.segment(terms) if place_map else [(tuple(terms), None)]
        questions = self._question_words()
        words, places, asked = [], [], []
        for piece, broader in pieces:
            if broader is not None:
                places.append((piece, broader))
                continue
            for unit in self._units(list(piece)):
                original, equivalents = unit
                if not equivalents and len(original) == 1 and original[0] in questions:
                    asked.append(unit)
                else:
                    words.append(unit)
        if not words and places:
            # A query that is only a place name ("Sorong") asks for that place.
            words = [((piece), []) for piece, _ in places]
            places = []
        if not words:
            words, asked = asked, []
        required = self._unit_clauses(words, "and", boost, spare)
        weights = [len(original) for original, _ in words]
        optional = [(self.term(original[0], boost), 0.0) for original, _ in asked]
        for piece, broader in places:
            optional.append((self._place_clause(piece, boost), PLACE_BONUS))
            for wider in broader:
                optional.append((self._place_clause(wider, boost / 2), PLACE_BONUS / 2))
        minimum = self.required_words(sum(weights))
        if widened:
            minimum = math.ceil(minimum / 2)
        return Coordinated(required, minimum, optional, weights=weights)

    def phrase(self, text, boost=1.0):
        terms = self._terms(text)
        if not terms or not self.columns:
            return MATCH_NOTHING
        return self.words(terms, boost)

    def fuzzy(self, text, operator, boost=1.0):
        terms = self._terms(text)
        if not terms or not self.columns:
            return MATCH_NOTHING
        clauses = []
        for term in terms:
            maxdist = 1 if len(term) <= 5 else 2
            clauses.append(
                _any(
                    wq.FuzzyTerm(
                        column.exact, term, boost=boost * column.boost, maxdist=maxdist, prefixlength=1
                    )
                    for column in self.columns
                )
            )
        return _combine(clauses, operator.lower())


class AutocompleteTranslator(QueryTranslator):
    """Every word of the query is matched as a prefix (edge n-gram) of a word
    in an autocomplete column; no stemming, no stop words, no synonyms."""

    def plain_text(self, text, operator, boost=1.0, widened=False):
        text = str(text)[: self.options.max_query_length]
        terms = _unique(self.analysis.autocomplete_terms(text))[: self.options.max_query_clauses]
        if not terms or not self.columns:
            return MATCH_NOTHING
        terms = terms[: max(1, self._budget() // len(self.columns))]
        clauses = [
            _any(wq.Term(column.autocomplete, term, boost=boost * column.boost) for column in self.columns)
            for term in terms
        ]
        return _combine(clauses, operator.lower())

    def phrase(self, text, boost=1.0):
        return self.plain_text(text, "and", boost)

    def fuzzy(self, text, operator, boost=1.0):
        return self.plain_text(text, operator, boost)
