"""Drift between the database (the source of truth) and the index.

``check_drift`` compares primary keys: objects that should be indexed but are
not (``missing``) and documents whose object is gone or no longer indexable
(``extra``). ``repair`` re-indexes the missing objects (as their most
specific indexed model) and deletes the extra documents. Content that changed
without being re-indexed is not detected by a pk comparison; ``repair(...,
reindex_all=True)`` re-indexes every object in scope for that.
"""

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.encoding import force_str
from modelsearch.index import class_is_indexed
from whoosh import query as wq

from .schema import CONTENT_TYPE, DOC, DOCTYPE, PK, content_type_of, indexed_descendants

CHUNK_SIZE = 500


@dataclass
class DriftReport:
    model: type
    missing: set = field(default_factory=set)
    extra: set = field(default_factory=set)

    @property
    def ok(self):
        return not self.missing and not self.extra

    def __str__(self):
        return f"{self.model._meta.label}: {len(self.missing)} missing, {len(self.extra)} extra"


def _split(model_or_queryset):
    if isinstance(model_or_queryset, QuerySet):
        return model_or_queryset.model, model_or_queryset
    return model_or_queryset, None


def _most_specific_first(models):
    # Subclasses before their parents, so an object is indexed with its most
    # specific model (as get_indexed_instance() would).
    return sorted(models, key=lambda m: len(m._meta.get_parent_list()), reverse=True)


def expected_pks(model, queryset=None):
    """pks of objects that should have a document answering searches on ``model``."""
    scope = None if queryset is None else {force_str(pk) for pk in queryset.values_list("pk", flat=True)}
    result = set()
    for indexed_model in indexed_descendants(model):
        pks = {force_str(pk) for pk in indexed_model.get_indexed_objects().values_list("pk", flat=True)}
        result |= pks if scope is None else pks & scope
    return result


def indexed_pks(index, model, scope=None):
    """pks with a document for ``model``. An index never built (no objects
    were ever saved) holds none; an unreadable one raises IndexUnavailable."""
    if not index.store.exists():
        return set()
    query = wq.And([wq.Term(DOCTYPE, DOC), wq.Term(CONTENT_TYPE, content_type_of(model))])
    with index.searcher() as searcher:
        pks = {searcher.stored_fields(docnum)[PK] for docnum in searcher.docs_for_query(query)}
    return pks if scope is None else pks & scope


def check_drift(backend, model_or_queryset):
    model, queryset = _split(model_or_queryset)
    if not class_is_indexed(model):
        return DriftReport(model)
    index = backend.get_index_for_model(model)
    expected = expected_pks(model, queryset)
    scope = None if queryset is None else {force_str(pk) for pk in queryset.values_list("pk", flat=True)}
    indexed = indexed_pks(index, model, scope)
    return DriftReport(model, missing=expected - indexed, extra=indexed - expected)


def repair(backend, model_or_queryset, report=None, reindex_all=False):
    """Fix the drift found by :func:`check_drift` (run now if not given)."""
    model, queryset = _split(model_or_queryset)
    if report is None:
        report = check_drift(backend, model_or_queryset)
    index = backend.get_index_for_model(model)
    if reindex_all:
        to_index = expected_pks(model, queryset)
    else:
        to_index = set(report.missing)
    remaining = set(to_index)
    for indexed_model in _most_specific_first(indexed_descendants(model)):
        if not remaining:
            break
        pks = sorted(remaining)
        for start in range(0, len(pks), CHUNK_SIZE):
            chunk = list(indexed_model.get_indexed_objects().filter(pk__in=pks[start : start + CHUNK_SIZE]))
            if chunk:
                index.add_items(indexed_model, chunk)
                remaining -= {force_str(obj.pk) for obj in chunk}
    if report.extra:
        index.delete_pks(sorted(report.extra))
    return report
