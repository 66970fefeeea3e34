"""Search results: the engine pages, counts and facets; the database only
loads the objects of the requested slice (one ``filter(pk__in=...)``), which
are returned in the engine's order."""

import bisect
import logging
from collections import Counter, OrderedDict

from modelsearch.backends.base import BaseSearchResults, FilterFieldError
from whoosh import collectors
from whoosh import query as wq

from .exceptions import IndexUnavailable
from .schema import NULLS, filter_column_for_path, from_index_value

logger = logging.getLogger(__name__)


class _TopAndAllCollector(collectors.TopCollector):
    """The top ``limit`` documents by score, and the set of every match, from one matching pass.

    Whoosh's ``TopCollector`` forgets documents outside the top N, so
    counting or faceting afterwards would run the query again."""

    def __init__(self, limit):
        super().__init__(limit=limit, usequality=False)

    def _collect(self, global_docnum, score):
        self.docset.add(global_docnum)
        return super()._collect(global_docnum, score)

    def all_ids(self):
        return self.docset

    def count(self):
        return len(self.docset)

    def results(self):
        results = super().results()
        results.docset = self.docset
        return results


class WhooshSearchResults(BaseSearchResults):
    supports_facet = True
    #: ``summary()`` gives count, slice and facet counts from one engine search.
    supports_summary = True

    def _index(self):
        return self.backend.get_index_for_model(self.query_compiler.queryset.model)

    def _compile(self, searcher):
        return self.query_compiler.compile(self.backend, searcher.reader())

    def _unavailable(self, error, default):
        if self.backend.options.on_unavailable == "empty":
            logger.error("Search index unavailable, returning no results: %s", error)
            return default
        raise error

    def _search_hits(self):
        """``[(pk, score)]`` of the slice, in engine order."""
        if self.stop is not None and self.stop <= self.start:
            return []
        try:
            with self._index().searcher() as searcher:
                compiled = self._compile(searcher)
                # optimize=False: Whoosh's block-quality skipping trips an
                # assertion in IntersectionMatcher._find_next ("a_id != b_id")
                # on some And/Or/AndNot trees; exact scoring avoids that path.
                results = compiled.search(
                    searcher,
                    limit=self.stop,
                    sortedby=compiled.sortedby,
                    scored=True,
                    optimize=False,
                )
                page = results[self.start : self.stop]
                if compiled.sortedby is None:
                    return [(hit["pk"], float(hit.score or 0.0)) for hit in page]
                # Sorted by fields: hit.score is the sort key. Score the page's
                # documents separately, only if the caller asked for scores.
                scores = {}
                if self._score_field and page:
                    docnums = {hit.docnum for hit in page}
                    scored = searcher.search(
                        compiled.query, filter=docnums, limit=len(docnums), optimize=False
                    )
                    scores = {hit.docnum: float(hit.score or 0.0) for hit in scored}
                return [(hit["pk"], scores.get(hit.docnum, 0.0)) for hit in page]
        except IndexUnavailable as e:
            return self._unavailable(e, [])

    def summary(self, facet_fields=()):
        """``(total, objects of the slice, {field_name: {value: count}})`` from one engine search.

        The site search needs all three for every query; asked separately
        (``count()``, a slice, ``facet()`` per field) they are one matching
        pass each. Facet counts are taken from the matched documents'
        postings, as :meth:`facet` does. Objects carry their score in the
        annotated field (relevance order only)."""
        columns = {name: self._facet_column(name) for name in facet_fields}
        if self.stop is not None and self.stop <= self.start:
            return self._do_count(), [], {name: OrderedDict() for name in columns}
        try:
            with self._index().searcher() as searcher:
                compiled = self._compile(searcher)
                if compiled.sortedby is None:
                    collector = (
                        _TopAndAllCollector(self.stop) if self.stop else searcher.collector(limit=None)
                    )
                    compiled.search_with_collector(searcher, collector)
                    results = collector.results()
                else:
                    results = compiled.search(
                        searcher, limit=self.stop, sortedby=compiled.sortedby, optimize=False
                    )
                matched = set(results.docs())
                scored = compiled.sortedby is None
                hits = [
                    (hit["pk"], float(hit.score or 0.0) if scored else 0.0)
                    for hit in results[self.start : self.stop]
                ]
                facets = {
                    name: OrderedDict(
                        sorted(self._counts_in(searcher, matched, column).items(), key=lambda item: -item[1])
                    )
                    for name, column in columns.items()
                }
        except IndexUnavailable as e:
            return self._unavailable(e, (0, [], {name: OrderedDict() for name in columns}))
        return len(matched), self._objects_for(hits), facets

    def _do_search(self):
        return self._objects_for(self._search_hits())

    def _objects_for(self, hits):
        if not hits:
            return []
        queryset = self.query_compiler.queryset.filter(pk__in=[pk for pk, _ in hits])
        if self.prefetch_related:
            queryset = queryset.prefetch_related(*self.prefetch_related)
        objects = {str(obj.pk): obj for obj in queryset}
        results = []
        for pk, score in hits:
            obj = objects.get(pk)
            if obj is None:
                continue  # deleted from the database but still indexed (drift)
            if self._score_field:
                setattr(obj, self._score_field, score)
            results.append(obj)
        return results

    def _do_count(self):
        try:
            with self._index().searcher() as searcher:
                compiled = self._compile(searcher)
                total = len(compiled.search(searcher, limit=None, scored=False))
        except IndexUnavailable as e:
            return self._unavailable(e, 0)
        total = max(total - self.start, 0)
        if self.stop is not None:
            total = min(total, self.stop - self.start)
        return total

    def _facet_column(self, field_name):
        compiler = self.query_compiler
        field = compiler._get_filterable_field(field_name)
        if field is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f"index.FilterField('{field_name}') to {compiler.queryset.model.__name__}.search_fields.",
                field_name=field_name,
            )
        return filter_column_for_path(compiler.queryset.model, [field])

    def facet(self, field_name):
        column = self._facet_column(field_name)
        try:
            with self._index().searcher() as searcher:
                compiled = self._compile(searcher)
                counts = self._facet_counts(searcher, compiled, column)
        except IndexUnavailable as e:
            return self._unavailable(e, OrderedDict())
        ordered = sorted(counts.items(), key=lambda item: -item[1])
        return OrderedDict(ordered)

    @classmethod
    def _facet_counts(cls, searcher, compiled, column):
        matched = set(compiled.search(searcher, limit=None, scored=False).docs())
        return cls._counts_in(searcher, matched, column)

    @staticmethod
    def _counts_in(searcher, matched, column):
        """``{value: documents}`` of ``matched`` (global docnums) in a facet column; ``None``: no value."""
        counts = {}
        if not matched:
            return counts
        reader = searcher.reader()
        name = column.whoosh_name
        nulls = matched.intersection(searcher.docs_for_query(wq.Term(NULLS, name)))
        if name in reader.indexed_field_names():
            field_type = searcher.schema[name]
            by_column = _column_counts(searcher, name, matched - nulls) if column.sortable else None
            if by_column is not None:
                for raw, count in by_column.items():
                    value = field_type.from_column_value(raw)
                    # A document without the field reads as the column's default: count only real values.
                    if (name, field_type.to_bytes(value)) in reader:
                        counts[from_index_value(value, column.kind)] = count
            else:
                for term in field_type.sortable_terms(reader, name):
                    docs = matched.intersection(reader.postings(name, term).all_ids())
                    if docs:
                        key = from_index_value(field_type.from_bytes(term), column.kind)
                        counts[key] = len(docs)
        if nulls:
            counts[None] = len(nulls)
        return counts


def _column_counts(searcher, name, docnums):
    """``{raw column value: documents}`` read from each matched document's column value.

    A one-value (sortable) field keeps its values in a column, one per
    document: reading the matched documents' values costs as many reads as
    there are matches, where intersecting every term's postings reads the
    whole field, whatever the query matched. None if a segment has no column
    for the field (then the postings are read)."""
    columns = _segment_columns(searcher, name)
    if columns is None:
        return None
    counts = Counter()
    ordered = sorted(docnums)
    start = 0
    for values, offset, end in columns:
        stop = bisect.bisect_left(ordered, end, start)
        if stop > start:
            counts.update(values[docnum - offset] for docnum in ordered[start:stop])
        start = stop
    return counts


def _segment_columns(searcher, name):
    """``[(column reader, first docnum, end docnum)]`` per segment, or None if one has no column.

    Opening a string column reads its whole offsets table: the readers are kept with
    the searcher (a commit opens a new one)."""
    cache = searcher.__dict__.setdefault("_simpul_columns", {})
    if name not in cache:
        reader = searcher.reader()
        leaves = reader.leaf_readers()
        if all(leaf.has_column(name) for leaf, _ in leaves):
            ends = [offset for _, offset in leaves[1:]] + [float("inf")]
            cache[name] = [
                (leaf.column_reader(name, translate=False), offset, end)
                for (leaf, offset), end in zip(leaves, ends, strict=True)
            ]
        else:
            cache[name] = None
    return cache[name]
