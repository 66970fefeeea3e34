"""Query compilers: a queryset + query -> (Whoosh query, sort) for one index."""

from collections import OrderedDict
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS
from django.db.models import F, OrderBy
from django.db.models.expressions import Col
from django.db.models.lookups import Lookup
from modelsearch.backends.base import (
    BaseSearchQueryCompiler,
    FilterError,
    OrderByFieldError,
    SearchFieldError,
    get_model_root,
)
from whoosh import collectors, sorting
from whoosh import query as wq

from . import filters
from .matching import Coordinated
from .query import AutocompleteTranslator, QueryTranslator
from .schema import (
    CHILD,
    CONTENT_TYPE,
    DOCTYPE,
    content_type_of,
    filter_column_for_path,
    pk_is_integer,
    pk_sort_column,
    text_columns,
)

PK_ORDER = object()  # marker for ordering on the primary key


#: Filters whose documents one searcher remembers (see CompiledSearch.allowed).
ALLOWED_CACHE_SIZE = 64


@dataclass
class CompiledSearch:
    #: Text and filters in one Whoosh query.
    query: object
    sortedby: object  # None: by relevance
    #: The text part alone, and the filters' part (None: no filter) ...
    text: object = None
    restriction: object = None
    #: ... and whether child documents (to-many filter fields) must be left out.
    exclude_children: bool = False

    def allowed(self, searcher):
        """The documents the filters let through (global numbers), or None if they let all through.

        The filters of a search are mostly the same from one query to the next (what
        an anonymous reader may see, a facet choice): matched as part of the query,
        they are stepped through for every document the words match. Read once as a
        set per searcher instead (a commit opens a new searcher, so the set is never
        stale), the search only looks each match up in it. A set (Whoosh takes no
        other type): callers must not change it."""
        if self.restriction is None and not self.exclude_children:
            return None
        cache = searcher.__dict__.setdefault("_simpul_allowed", OrderedDict())
        key = (repr(self.restriction), self.exclude_children)
        allowed = cache.get(key)
        if allowed is not None:
            cache.move_to_end(key)
            return allowed
        allowed = set(
            searcher.docs_for_query(self.restriction if self.restriction is not None else wq.Every())
        )
        if self.exclude_children:
            allowed.difference_update(searcher.docs_for_query(wq.Term(DOCTYPE, CHILD)))
        cache[key] = allowed
        while len(cache) > ALLOWED_CACHE_SIZE:
            cache.popitem(last=False)
        return allowed

    def _filtered(self, searcher):
        """(query, allow set or None): the text query, and what the filters let through."""
        allowed = self.allowed(searcher)
        if allowed is not None and not allowed:  # Whoosh reads an empty allow set as "no filter"
            return filters.MATCH_NOTHING, None
        return self.text, allowed

    def search(self, searcher, **kwargs):
        """Whoosh's ``searcher.search`` of the text query, letting through only the allowed documents."""
        query, allowed = self._filtered(searcher)
        return searcher.search(query, filter=allowed, **kwargs)

    def search_with_collector(self, searcher, collector):
        """Run the text query into ``collector``, letting through only the allowed documents."""
        query, allowed = self._filtered(searcher)
        if allowed is not None:
            collector = collectors.FilterCollector(collector, allow=allowed)
        searcher.search_with_collector(query, collector)


def prune(query, reader):
    """Drop ``Term`` clauses of ``Or`` groups whose term is not in the index
    (most columns do not contain most words), so matching does not walk
    empty posting lists. An ``Or`` left empty matches nothing."""
    if isinstance(query, wq.Or):
        subqueries = [prune(q, reader) for q in query.subqueries]
        subqueries = [
            q
            for q in subqueries
            if not (isinstance(q, wq.Term) and (q.fieldname, q.text) not in reader)
            and q is not filters.MATCH_NOTHING
        ]
        if not subqueries:
            return filters.MATCH_NOTHING
        if len(subqueries) == 1:
            return subqueries[0]
        return wq.Or(subqueries, boost=query.boost)
    if isinstance(query, Coordinated):
        return query.with_subqueries(
            [prune(q, reader) for q in query.required], [prune(q, reader) for q, _ in query.optional]
        )
    if isinstance(query, wq.And):
        return wq.And([prune(q, reader) for q in query.subqueries], boost=query.boost)
    if isinstance(query, wq.Not):
        return wq.Not(prune(query.query, reader))
    return query


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    HANDLES_ORDER_BY_EXPRESSIONS = True
    autocomplete = False
    translator_class = QueryTranslator

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.model = self.queryset.model
        self.db_alias = self.queryset.db or DEFAULT_DB_ALIAS
        self.lookups = filters.LookupTranslator(self.db_alias)

    # Fields --------------------------------------------------------------------

    def get_text_columns(self):
        return text_columns(self.model, self.fields, autocomplete=self.autocomplete)

    # Filters -------------------------------------------------------------------

    def _is_pk_column(self, column):
        """A column holding the queryset model's primary key (``pk``, ``id``,
        or a ``*_ptr_id`` of multi-table inheritance), reached without joins
        other than to parent tables."""
        if not isinstance(column, Col) or not column.target.primary_key:
            return False
        alias_map = self.queryset.query.alias_map
        alias = column.alias
        while alias is not None and alias in alias_map:
            join = alias_map[alias]
            if join.parent_alias is None:
                return True
            join_field = join.join_field
            if not (join_field.one_to_one and getattr(join_field.remote_field, "parent_link", False)):
                return False
            alias = join.parent_alias
        return False

    def _get_filters_from_where_node(self, where_node, check_only=False):
        if isinstance(where_node, Lookup) and self._is_pk_column(where_node.lhs):
            if check_only:
                return None
            result = self.lookups.pk_lookup(where_node.lookup_name, where_node.rhs, pk_is_integer(self.model))
            if result is None:
                raise FilterError(
                    f'Could not apply filter on search results: "pk__{where_node.lookup_name}". '
                    "Lookup not supported on the primary key."
                )
            return result
        return super()._get_filters_from_where_node(where_node, check_only=check_only)

    def _process_filter(self, column, lookup, value, check_only=False):
        field_path = self._get_filter_field_path_for_column(column)
        if check_only:
            return None
        index_column = filter_column_for_path(self.model, field_path)
        result = self.lookups.column_lookup(index_column, lookup, value)
        if result is None:
            result = filters.orm_fallback(self.model, field_path, lookup, value, self.db_alias)
        elif index_column.scope is not None:
            result = filters.ScopedFilter(index_column.scope, column.alias, result)
        return result

    def _process_match_none(self):
        return filters.MATCH_NOTHING

    def _connect_filters(self, child_filters, connector, negated):
        return filters.connect(child_filters, connector, negated)

    def get_filter(self):
        """Conditions restricting the documents beyond the text query: the
        content type (for models below the root) and the queryset's filters.
        Child documents have no content type, so this also excludes them."""
        parts = []
        if self.model is not get_model_root(self.model):
            parts.append(wq.Term(CONTENT_TYPE, content_type_of(self.model)))
        queryset_filter = self._get_filters_from_queryset()
        if queryset_filter is not None:
            parts.append(filters.finalize(queryset_filter))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.And(parts)

    # Ordering ------------------------------------------------------------------

    def _order_by_items(self):
        query = self.queryset.query
        if query.order_by:
            return list(query.order_by), True
        if query.default_ordering and self.model._meta.ordering:
            return list(self.model._meta.ordering), False
        return [], False

    def _parse_order_item(self, item):
        if isinstance(item, OrderBy):
            if not isinstance(item.expression, F):
                raise OrderByFieldError(
                    f'Sorting search results with "{item}" is not supported by the Whoosh search backend.',
                    field_name=item,
                )
            return item.descending, item.expression.name
        if isinstance(item, F):
            return False, item.name
        if not isinstance(item, str):
            raise OrderByFieldError(
                f'Sorting search results with "{item}" is not supported.', field_name=item
            )
        if item.startswith("-"):
            return True, item[1:]
        return False, item

    def _get_order_by(self):
        """Yields ``(reverse, FilterField | PK_ORDER)``; explicit orderings on
        unindexed fields raise, Meta orderings that cannot be used are skipped."""
        if self.order_by_relevance:
            return
        items, explicit = self._order_by_items()
        for item in items:
            try:
                reverse, name = self._parse_order_item(item)
                if name == "pk" or name == self.model._meta.pk.attname or name == self.model._meta.pk.name:
                    yield reverse, PK_ORDER
                    continue
                field = self._get_filterable_field(name)
                if field is None:
                    raise OrderByFieldError(
                        f'Cannot sort search results with field "{name}". '
                        f'Please add index.FilterField("{name}") to {self.model.__name__}.search_fields.',
                        field_name=name,
                    )
                column = filter_column_for_path(self.model, [field])
                if not column.sortable:
                    raise OrderByFieldError(
                        f'Cannot sort search results by the multi-valued field "{name}".', field_name=name
                    )
            except OrderByFieldError:
                if explicit:
                    raise
                continue
            yield reverse, field

    def get_sortedby(self):
        if self.order_by_relevance:
            return None
        pk_column = pk_sort_column(self.model)
        facets = []
        for reverse, field in self._get_order_by():
            if field is PK_ORDER:
                facets.append(sorting.FieldFacet(pk_column, reverse=reverse))
            else:
                column = filter_column_for_path(self.model, [field])
                facets.append(sorting.FieldFacet(column.whoosh_name, reverse=reverse))
        if not facets:
            # Like modelsearch's other backends: newest (highest pk) first.
            return sorting.FieldFacet(pk_column, reverse=True)
        facets.append(sorting.FieldFacet(pk_column))  # stable across pages
        return sorting.MultiFacet(facets)

    # Compilation ---------------------------------------------------------------

    def check(self):
        if self.fields and self.autocomplete:
            allowed = {f.field_name for f in self.model.get_autocomplete_search_fields()}
            for name in self.fields:
                if name not in allowed:
                    raise SearchFieldError(
                        f'Cannot autocomplete with field "{name}". Please add '
                        f'index.AutocompleteField("{name}") to {self.model.__name__}.search_fields.',
                        field_name=name,
                    )
            self._get_filters_from_queryset(check_only=True)
            list(self._get_order_by())
            return
        super().check()

    def compile(self, backend, reader):
        """The Whoosh query for an open index ``reader``.

        Text clauses on terms the index does not contain are pruned, and
        filters are applied with ``Require`` (intersection without scoring,
        no materialised doc sets)."""
        translator = self.translator_class(
            backend.analysis,
            backend.synonyms,
            backend.options,
            self.get_text_columns(),
            places=getattr(backend, "places", None),
        )
        text = prune(translator.translate(self.query), reader)
        query = text
        restriction = self.get_filter()
        if restriction is not None:
            query = wq.Require(query, restriction)
        # Below the root the content-type term already excludes child docs.
        exclude_children = bool(
            self.model is get_model_root(self.model) and reader.doc_frequency(DOCTYPE, CHILD)
        )
        if exclude_children:
            query = wq.AndNot(query, wq.Term(DOCTYPE, CHILD))
        return CompiledSearch(
            query=query,
            sortedby=self.get_sortedby(),
            text=text,
            restriction=restriction,
            exclude_children=exclude_children,
        )


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    autocomplete = True
    translator_class = AutocompleteTranslator
