"""Relaxed matching: a document needs *most* of a query's words, and ranks by how many it has.

:class:`Coordinated` is a Whoosh query over *units* (a word, or a run of
words with its synonyms), each weighing as many words as it has: a
document matches when the required units it matches weigh at least
``minimum``. A document with every unit gets ``COMPLETE_BONUS`` and so
always ranks above one that lacks a word. Each matched unit adds its share
of ``WORD_TIER`` tiers (by its words and, mostly, how rare they are:
:meth:`Coordinated.tiers`) and its own (BM25F) score, so among partial
matches the one with the more telling words comes first, and among equals
the usual scoring decides. Optional units (question words, place names) never decide
whether a document matches; they add their score and a fixed bonus
(``PLACE_BONUS`` for a place) to documents that already match.

Whoosh's ``Or(minmatch=...)`` is documented as not implemented, and
expanding "3 of 5" into every combination of three grows combinatorially,
so this is a matcher of its own.
"""

import math
import weakref

from whoosh import query as wq
from whoosh.matching import IntersectionMatcher, Matcher, NullMatcher, WrappingMatcher

#: Score of one word's tier: larger than any sum of BM25F scores of a
#: query's words, so the (rarity-weighted) words matched decide first.
WORD_TIER = 10_000.0
#: How much of a unit's tier comes from how rare its words are (the rest: how many).
RARITY = 0.8
#: Bonus for a document that has every required unit: above any partial match.
COMPLETE_BONUS = 100 * WORD_TIER
#: Bonus for a document of the place a query names (its province: half).
PLACE_BONUS = 1_000.0


class Coordinated(wq.CompoundQuery):
    """``required`` units (``weights``: words per unit, 1 each by default), of which
    matches must weigh at least ``minimum``; ``optional`` ``(query, bonus)``
    pairs that only add to the score."""

    def __init__(self, required, minimum, optional=(), boost=1.0, weights=None):
        self.required = list(required)
        self.weights = list(weights) if weights is not None else [1] * len(self.required)
        self.optional = [(q, float(bonus)) for q, bonus in optional]
        self.minimum = max(1, min(int(minimum), sum(self.weights)))
        self._tiers = None  # (weak reference to the searcher, its tiers): see tiers()
        super().__init__([*self.required, *(q for q, _ in self.optional)], boost=boost)

    def __repr__(self):
        return (
            f"Coordinated({self.required!r}, weights={self.weights}, minimum={self.minimum}, "
            f"optional={self.optional!r})"
        )

    def __eq__(self, other):
        return (
            isinstance(other, Coordinated)
            and self.required == other.required
            and self.weights == other.weights
            and self.optional == other.optional
            and self.minimum == other.minimum
        )

    def __hash__(self):
        return hash((tuple(self.required), self.minimum, tuple(q for q, _ in self.optional)))

    def with_subqueries(self, required, optional_queries):
        optional = [(q, bonus) for q, (_, bonus) in zip(optional_queries, self.optional, strict=True)]
        return Coordinated(required, self.minimum, optional, boost=self.boost, weights=self.weights)

    def estimate_size(self, ixreader):
        return sum(q.estimate_size(ixreader) for q in self.required)

    def normalize(self):
        return self

    def matcher(self, searcher, context=None):
        tiers = self.tiers(searcher)
        required = [
            (q.matcher(searcher, context), w, tier)
            for q, w, tier in zip(self.required, self.weights, tiers, strict=True)
        ]
        required = [(m, w, tier) for m, w, tier in required if m.is_active()]
        if sum(w for _, w, _ in required) < self.minimum:
            return NullMatcher()
        optional = [(q.matcher(searcher, context), bonus) for q, bonus in self.optional]
        optional = [(m, bonus) for m, bonus in optional if m.is_active()]
        if not optional and len(required) == len(self.required) and self.minimum >= sum(self.weights):
            # Every unit required, none optional: the documents with all of them, each scoring
            # the same tiers and bonus. Whoosh's own intersection finds them (leapfrogging
            # with skip_to), not a step through every document that has any of the units.
            offset = WORD_TIER * sum(tier for _, _, tier in required) + COMPLETE_BONUS
            return OffsetMatcher(_intersection([m for m, _, _ in required]), offset, self.boost)
        return CoordinatedMatcher(required, self.minimum, optional, self.boost, units=len(self.required))

    def tiers(self, searcher):
        """Each required unit's share of the word tiers, by its words and, mostly, how rare it is.

        Shares add up to ``sum(weights)``, the same in every index, and a document
        with every unit also gets :data:`COMPLETE_BONUS`, so full matches rank first
        across models. Among partial matches the rarer words count more:
        "mempercepat pembuatan akta kelahiran" prefers a page with "akta
        kelahiran" to one with "cepat", "buat" and "akta" (BM25's idf,
        log(1 + (N - n + 0.5) / (n + 0.5)), n estimated from the unit's postings)."""
        # Whoosh asks for a matcher per segment: the whole index's figures, once per search.
        searcher = searcher.get_parent()
        known = self._tiers
        if known is not None and known[0]() is searcher:
            return known[1]
        tiers = self._compute_tiers(searcher)
        self._tiers = (weakref.ref(searcher), tiers)
        return tiers

    def _compute_tiers(self, searcher):
        total = sum(self.weights)
        documents = searcher.doc_count_all()
        reader = searcher.reader()
        informative = []
        for q, w in zip(self.required, self.weights, strict=True):
            found = min(_documents_with(q, reader), documents)
            informative.append(w * math.log(1 + (documents - found + 0.5) / (found + 0.5)))
        spread = sum(informative)
        if spread <= 0:
            return [float(w) for w in self.weights]
        return [
            total * ((1 - RARITY) * w / total + RARITY * share / spread)
            for w, share in zip(self.weights, informative, strict=True)
        ]


def _documents_with(q, reader):
    """About how many documents match ``q``: a unit is an Or over columns and
    equivalents, so the largest of its parts, not their sum (which would count
    a word once per column it appears in)."""
    if isinstance(q, (wq.Or, wq.DisjunctionMax)):
        return max((_documents_with(child, reader) for child in q.subqueries), default=0)
    return q.estimate_size(reader)


def _intersection(matchers):
    """The documents every matcher has, scored by the sum of their scores (a balanced tree)."""
    if len(matchers) == 1:
        return matchers[0]
    middle = len(matchers) // 2
    return IntersectionMatcher(_intersection(matchers[:middle]), _intersection(matchers[middle:]))


class OffsetMatcher(WrappingMatcher):
    """A matcher's documents, each scoring ``offset`` more: what a :class:`CoordinatedMatcher`
    would give them when every one has every unit."""

    def __init__(self, child, offset, boost=1.0):
        super().__init__(child, boost=boost)
        self.offset = offset

    def __repr__(self):
        return f"OffsetMatcher({self.child!r}, offset={self.offset})"

    def copy(self):
        return OffsetMatcher(self.child.copy(), self.offset, self.boost)

    def _replacement(self, newchild):
        return OffsetMatcher(newchild, self.offset, self.boost)

    def replace(self, minquality=0):
        # The child's quality bounds know nothing of the offset: asked with the collector's
        # lowest top score, it would think no document can reach it and give up.
        if not self.is_active():
            return NullMatcher()
        child = self.child.replace(0)
        return self if child is self.child else self._replacement(child)

    def supports_block_quality(self):
        return False

    def max_quality(self):
        return float("inf")  # as CoordinatedMatcher: nothing may be skipped

    def score(self):
        return (self.child.score() + self.offset) * self.boost


class CoordinatedMatcher(Matcher):
    """``required``: ``[(matcher, weight, tier)]``; ``optional``: ``[(matcher, bonus)]``."""

    def __init__(self, required, minimum, optional, boost=1.0, units=None):
        self._required = required
        self._units = len(required) if units is None else units
        self._minimum = minimum
        self._optional = optional
        self._boost = boost
        self._id = None
        self._find()

    def __repr__(self):
        return f"CoordinatedMatcher({self._required!r}, minimum={self._minimum})"

    def _find(self):
        """Move to the next document whose matching required units weigh at least ``minimum``.

        Units are taken in the order of the document they are on; the *pivot* is the
        document of the unit where their weights first add up to ``minimum``. No
        document before it can have enough of them, so the units behind it skip to it
        (whole posting blocks at a time) instead of stepping through every document
        that has any one unit."""
        minimum = self._minimum
        while True:
            active = sorted(
                ((m.id(), w, m) for m, w, _ in self._required if m.is_active()), key=lambda item: item[0]
            )
            weight, pivot = 0, None
            for docnum, w, _ in active:
                weight += w
                if weight >= minimum:
                    pivot = docnum
                    break
            if pivot is None:
                self._id = None
                return
            if active[0][0] == pivot:
                self._id = pivot
                return
            for docnum, _, m in active:
                if docnum >= pivot:
                    break
                m.skip_to(pivot)

    def _matched(self):
        return [(m, w, tier) for m, w, tier in self._required if m.is_active() and m.id() == self._id]

    # Matcher API ------------------------------------------------------------

    def is_active(self):
        return self._id is not None

    def id(self):
        return self._id

    def next(self):
        for m, _, _ in self._matched():
            m.next()
        self._find()

    def skip_to(self, id):
        if self._id is None or id <= self._id:
            return
        for m, _, _ in self._required:
            if m.is_active() and m.id() < id:
                m.skip_to(id)
        self._find()

    def reset(self):
        for m, _, _ in self._required:
            m.reset()
        for m, _ in self._optional:
            m.reset()
        self._find()

    def copy(self):
        return CoordinatedMatcher(
            [(m.copy(), w, tier) for m, w, tier in self._required],
            self._minimum,
            [(m.copy(), bonus) for m, bonus in self._optional],
            self._boost,
            units=self._units,
        )

    def children(self):
        return [*(m for m, _, _ in self._required), *(m for m, _ in self._optional)]

    def replace(self, minquality=0):
        return self if self.is_active() else NullMatcher()

    def depth(self):
        return 1 + max((m.depth() for m in self.children()), default=0)

    def supports_block_quality(self):
        return False

    def max_quality(self):
        # Collectors ask every matcher for this once their top N is full
        # (wrappers such as AndNot and Require pass the question down): no
        # bound is known, so nothing may be skipped.
        return float("inf")

    def supports(self, astype):
        return False

    def weight(self):
        return float(sum(w for _, w, _ in self._matched()))

    def score(self):
        matched = self._matched()
        total = sum(WORD_TIER * tier + m.score() for m, _, tier in matched)
        if len(matched) == self._units:
            total += COMPLETE_BONUS
        for m, bonus in self._optional:
            if m.is_active() and m.id() < self._id:
                m.skip_to(self._id)
            if m.is_active() and m.id() == self._id:
                total += m.score() + bonus
        return total * self._boost
