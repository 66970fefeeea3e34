"""Turning model instances into Whoosh documents (see :mod:`.schema` for the
layout). Each object becomes one ``doctype="doc"`` document followed by its
child documents (one per related object of a to-many ``RelatedFields`` that
holds filter fields); the group is written with ``writer.group()``."""

from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.encoding import force_str
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField

from .schema import (
    AUTOCOMPLETE,
    CHILD,
    CONTENT_TYPE,
    DOC,
    DOCTYPE,
    EXACT,
    NULLS,
    PK,
    PK_INT,
    SCOPE,
    STEMMED,
    FilterColumn,
    all_content_types,
    base_column_name,
    filter_field_is_multi,
    pk_sort_column,
    related_is_multi,
    related_model_of,
    to_index_value,
    value_kind,
)


def prepare_text(value):
    """Flatten a SearchField value to text (like modelsearch's database backends)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return ", ".join(prepare_text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(prepare_text(item) for item in value.values())
    return force_str(value)


def filter_values(value, kind):
    """All index values of a FilterField value (empty list for NULL / no items)."""
    if value is None:
        return []
    if isinstance(value, (models.Manager, models.QuerySet)):
        items = [item.pk for item in value.all()]
    elif isinstance(value, (list, tuple, set)):
        items = [item.pk if isinstance(item, models.Model) else item for item in value]
    else:
        items = [value]
    converted = (to_index_value(item, kind) for item in items)
    return [item for item in converted if item is not None]


def related_objects(related_fields, obj):
    value = related_fields.get_value(obj)
    if value is None:
        return []
    if isinstance(value, (models.Manager, models.QuerySet)):
        return list(value.all())
    if callable(value):
        value = value()
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _has_filter_fields(fields):
    for field in fields:
        if isinstance(field, FilterField):
            return True
        if isinstance(field, RelatedFields) and _has_filter_fields(field.fields):
            return True
    return False


class _DocState:
    def __init__(self, **fixed):
        self.fields = dict(fixed)
        self.nulls = set()

    def add_filter(self, column, values):
        name = column.whoosh_name
        if not values:
            if name not in self.fields:
                self.nulls.add(name)
            return
        self.nulls.discard(name)
        if column.multi:
            self.fields.setdefault(name, []).extend(values)
        else:
            self.fields.setdefault(name, values[0])

    def document(self):
        doc = dict(self.fields)
        if self.nulls:
            doc[NULLS] = " ".join(sorted(self.nulls))
        return doc


class DocumentBuilder:
    """Builds the documents of one indexed model."""

    def __init__(self, model):
        self.model = model
        self.content_types = " ".join(all_content_types(model))
        self.pk_column = pk_sort_column(model)
        self.search_fields = model.get_search_fields()

    def build(self, obj):
        """Return ``[parent_doc, *child_docs]`` for ``obj``."""
        pk = force_str(obj.pk)
        parent = _DocState(**{PK: pk, DOCTYPE: DOC, CONTENT_TYPE: self.content_types})
        parent.fields[self.pk_column] = int(obj.pk) if self.pk_column == PK_INT else pk
        texts = defaultdict(list)
        autocomplete = defaultdict(list)
        children = []
        walker = _Walker(pk, texts, autocomplete, children)
        walker.walk(obj, self.model, self.search_fields, "", True, parent, None, False)

        doc = parent.document()
        for name, values in texts.items():
            text = "\n".join(v for v in values if v)
            if text:
                doc[STEMMED + name] = text
                doc[EXACT + name] = text
        for name, values in autocomplete.items():
            text = "\n".join(v for v in values if v)
            if text:
                doc[AUTOCOMPLETE + name] = text
        return [doc] + [child.document() for child in children]


class _Walker:
    def __init__(self, pk, texts, autocomplete, children):
        self.pk = pk
        self.texts = texts
        self.autocomplete = autocomplete
        self.children = children

    def walk(self, obj, model, fields, prefix, top, target, scope, multi_ctx):
        """Collect values of ``fields`` of ``obj`` (``None``: mark filters NULL)."""
        for field in fields:
            if isinstance(field, RelatedFields):
                self._related(obj, model, field, prefix, top, target, scope, multi_ctx)
                continue
            name = prefix + base_column_name(field, model, top)
            if isinstance(field, FilterField):
                multi = multi_ctx or filter_field_is_multi(field, model)
                kind = value_kind(field, model)
                column = FilterColumn(name, kind, multi, scope)
                values = [] if obj is None else filter_values(field.get_value(obj), kind)
                target.add_filter(column, values)
            elif obj is None:
                continue
            elif isinstance(field, SearchField):
                self.texts[name].append(prepare_text(field.get_value(obj)))
            elif isinstance(field, AutocompleteField):
                self.autocomplete[name].append(prepare_text(field.get_value(obj)))

    def _related(self, obj, model, field, prefix, top, target, scope, multi_ctx):
        try:
            related_model = related_model_of(field, model)
        except FieldDoesNotExist:
            return
        name = prefix + base_column_name(field, model, top)
        is_multi = related_is_multi(field, model)
        sub_objects = [] if obj is None else related_objects(field, obj)

        if is_multi and scope is None and _has_filter_fields(field.fields):
            for sub_obj in sub_objects:
                child = _DocState(**{PK: self.pk, DOCTYPE: CHILD, SCOPE: name})
                self.walk(sub_obj, related_model, field.fields, name + "__", False, child, name, False)
                self.children.append(child)
            return

        sub_multi = multi_ctx or (is_multi and scope is not None)
        if not sub_objects:
            self.walk(None, related_model, field.fields, name + "__", False, target, scope, sub_multi)
        for sub_obj in sub_objects:
            self.walk(sub_obj, related_model, field.fields, name + "__", False, target, scope, sub_multi)
