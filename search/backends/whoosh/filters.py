"""Translation of queryset filters (Django lookups) into Whoosh queries.

Every supported lookup runs inside the index:

* ``exact``, ``in`` (lists, iterables, subqueries), ``isnull``,
  ``gt/gte/lt/lte``, ``range``, ``year`` lookups (via modelsearch),
  ``startswith``/``prefix`` on string columns;
* primary-key lookups (``pk``, ``id``, ``pk__in=queryset``, the ``*_ptr_id``
  columns of multi-table inheritance) on the always-indexed ``pk`` field,
  even without a ``FilterField("id")``;
* lookups through ``RelatedFields``; those crossing a to-many relation are
  matched against child documents, grouped per joined table alias so that
  ``filter(books__a=1, books__b=2)`` needs one book to satisfy both.

Subquery values (``__in=queryset``, ``=Subquery(...)``) are evaluated with
one SQL query each, as in modelsearch's Elasticsearch backend.

**ORM fallback (last resort):** lookups Whoosh cannot express
(``contains``, ``icontains``, ``iexact``, ``endswith``, ``regex`` ..., or an
expression as the value) are resolved by asking the database for the matching
primary keys of the queryset's model, which become a ``pk`` filter. This is
logged at INFO level, and costs one query plus a clause per matching pk.

String comparisons are case-sensitive (PostgreSQL semantics), whatever the
database backend does.
"""

import logging
from dataclasses import dataclass

from django.db.models import Model, Subquery
from django.db.models.expressions import Expression
from django.db.models.sql import Query
from django.db.models.sql.constants import MULTI, SINGLE
from whoosh import query as wq

from .schema import DOC, DOCTYPE, NULLS, PK, PK_INT, PK_STR, SCOPE, to_index_value

logger = logging.getLogger(__name__)

#: A query no document matches (Whoosh's NullQuery vanishes inside And/Or).
MATCH_NOTHING = wq.Term(DOCTYPE, "-nothing-")

RANGE_LOOKUPS = {"gt": (False, True), "gte": (False, False), "lt": (True, True), "lte": (True, False)}


@dataclass(frozen=True)
class ScopedFilter:
    """A condition on the child documents of one relation (and one SQL alias)."""

    scope: str
    alias: str
    query: object


def nested(scoped):
    # Materialised (ConstantScoreQuery): Whoosh's NestedParent matcher does
    # not support being skipped through lazily inside an intersection.
    query = wq.NestedParent(wq.Term(DOCTYPE, DOC), wq.And([wq.Term(SCOPE, scoped.scope), scoped.query]))
    return wq.ConstantScoreQuery(query, score=0.0)


def finalize(node):
    """Turn a (possibly scoped) filter node into a plain Whoosh query."""
    if isinstance(node, ScopedFilter):
        return nested(node)
    return node


def connect(filters, connector, negated):
    """Combine child filters of a Django WhereNode."""
    if not filters:
        return MATCH_NOTHING if negated else None
    combine = wq.And if connector == "AND" else wq.Or

    groups = {}
    plain = []
    for node in filters:
        if isinstance(node, ScopedFilter):
            groups.setdefault((node.scope, node.alias), []).append(node.query)
        else:
            plain.append(node)

    merged = [
        ScopedFilter(scope, alias, queries[0] if len(queries) == 1 else combine(queries))
        for (scope, alias), queries in groups.items()
    ]
    if not plain and len(merged) == 1 and not negated:
        # Keep it scoped so that an enclosing AND can merge it further.
        return merged[0]

    parts = plain + [nested(node) for node in merged]
    result = parts[0] if len(parts) == 1 else combine(parts)
    return wq.Not(result) if negated else result


def evaluate_subquery(value, db_alias, single):
    query = value.query if isinstance(value, Subquery) else value
    compiler = query.get_compiler(db_alias)
    if single:
        row = compiler.execute_sql(result_type=SINGLE)
        return row[0] if row else None
    return [row[0] for chunk in compiler.execute_sql(result_type=MULTI) for row in chunk]


def _is_subquery(value):
    return isinstance(value, (Query, Subquery))


def _pk_value(value):
    return value.pk if isinstance(value, Model) else value


class LookupTranslator:
    """Builds Whoosh queries for single lookups on index columns."""

    def __init__(self, db_alias):
        self.db_alias = db_alias

    def column_lookup(self, column, lookup, value):
        """Query for ``column`` (a :class:`~.schema.FilterColumn`), or None
        when the lookup cannot be expressed in the index."""
        name = column.whoosh_name
        kind = column.kind

        if lookup == "isnull":
            query = wq.Term(NULLS, name)
            return query if value else wq.Not(query)

        if isinstance(value, Expression) and not isinstance(value, Subquery):
            return None

        if lookup == "exact":
            if _is_subquery(value):
                value = evaluate_subquery(value, self.db_alias, single=True)
            if value is None:
                return wq.Term(NULLS, name)
            return wq.Term(name, to_index_value(_pk_value(value), kind))

        if lookup == "in":
            values = self._values(value)
            terms = [wq.Term(name, to_index_value(v, kind)) for v in values if v is not None]
            return wq.Or(terms) if terms else MATCH_NOTHING

        if lookup in RANGE_LOOKUPS:
            is_upper, exclusive = RANGE_LOOKUPS[lookup]
            bound = to_index_value(_pk_value(value), kind)
            if is_upper:
                return self._range(name, kind, None, bound, False, exclusive)
            return self._range(name, kind, bound, None, exclusive, False)

        if lookup == "range":
            lower, upper = (to_index_value(_pk_value(v), kind) for v in value)
            return self._range(name, kind, lower, upper, False, False)

        if lookup in ("startswith", "prefix") and kind == "str":
            return wq.Prefix(name, str(value))

        return None

    def pk_lookup(self, lookup, value, integer_pk):
        """Query on the primary key of the documents."""
        if isinstance(value, Expression) and not isinstance(value, Subquery):
            return None
        if lookup == "exact":
            if _is_subquery(value):
                value = evaluate_subquery(value, self.db_alias, single=True)
            if value is None:
                return MATCH_NOTHING
            return wq.Term(PK, str(_pk_value(value)))
        if lookup == "in":
            terms = [wq.Term(PK, str(v)) for v in self._values(value) if v is not None]
            return wq.Or(terms) if terms else MATCH_NOTHING
        if lookup == "isnull":
            return MATCH_NOTHING if value else None
        kind = "int" if integer_pk else "str"
        name = PK_INT if integer_pk else PK_STR
        if lookup in RANGE_LOOKUPS:
            is_upper, exclusive = RANGE_LOOKUPS[lookup]
            bound = to_index_value(_pk_value(value), kind)
            if is_upper:
                return self._range(name, kind, None, bound, False, exclusive)
            return self._range(name, kind, bound, None, exclusive, False)
        if lookup == "range":
            lower, upper = (to_index_value(_pk_value(v), kind) for v in value)
            return self._range(name, kind, lower, upper, False, False)
        return None

    def _values(self, value):
        if _is_subquery(value):
            return evaluate_subquery(value, self.db_alias, single=False)
        return [_pk_value(v) for v in value]

    @staticmethod
    def _range(name, kind, start, end, startexcl, endexcl):
        if kind == "str":
            return wq.TermRange(name, start, end, startexcl=startexcl, endexcl=endexcl)
        if kind in ("date", "datetime"):
            return wq.DateRange(name, start, end, startexcl=startexcl, endexcl=endexcl)
        return wq.NumericRange(name, start, end, startexcl=startexcl, endexcl=endexcl)


def orm_fallback(model, field_path, lookup, value, db_alias):
    """Last resort: ask the database which objects match, filter on their pks."""
    path = "__".join([entry.field_name for entry in field_path] + [lookup])
    logger.info("Whoosh backend: lookup %s on %s resolved through the ORM", path, model.__name__)
    pks = model._base_manager.using(db_alias).filter(**{path: value}).values_list("pk", flat=True)
    terms = [wq.Term(PK, str(pk)) for pk in pks]
    return wq.Or(terms) if terms else MATCH_NOTHING
