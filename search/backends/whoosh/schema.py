"""Index schema and the naming of index columns.

There is one Whoosh index per *root* model (the top concrete model of a
multi-table inheritance tree, as with modelsearch's Elasticsearch backend),
and each document carries the content types of its model and every indexed
ancestor, so a search on ``Book`` finds ``Novel`` documents and a search on
``Novel`` is restricted to them.

The Whoosh schema itself is model-independent: a few fixed fields plus
*dynamic* (glob) fields whose prefix gives the kind of data::

    pk            ID, stored, unique       the object's primary key (string)
    doctype       ID                       "doc" (an object) or "child"
    scope         ID                       child docs: the relation they belong to
    content_type  KEYWORD                  "app.model" of the model and its indexed parents
    nulls         KEYWORD                  filter columns that are NULL / empty on this doc
    pk_int        NUMERIC sortable         integer primary keys, for ordering
    pk_str        ID sortable              other primary keys, for ordering

    s.<col>   stemmed text        x.<col>   exact (unstemmed) text
    a.<col>   autocomplete edge n-grams
    fi.<col>  integer/bool/time   fn.<col>  float/decimal
    fd.<col>  date/datetime       fs.<col>  string        (sortable, one value)
    mi./mn./md./ms.<col>          the same kinds, several values, not sortable

``<col>`` is derived from ``search_fields`` like the Elasticsearch backend
does it: the attribute name, prefixed with ``app_model__`` when the field is
defined on a subclass of the root model, and ``relation__field`` inside
``RelatedFields``. Because the schema has no per-model fields, adding a field
to ``search_fields`` needs no schema migration, only a reindex of the data.

Filter fields reached through a to-many relation (``RelatedFields("books",
[FilterField(...)])``) are stored in *child documents* nested under their
object (Whoosh's ``writer.group()``), one per related object, so that
``filter(books__a=1, books__b=2)`` requires one book to satisfy both
conditions, as in the ORM. Deeper to-many levels below a child are flattened
into it.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from modelsearch.backends.base import get_model_root
from modelsearch.index import (
    AutocompleteField,
    Indexed,
    RelatedFields,
    SearchField,
    get_indexed_models,
)
from whoosh import fields as wf

# Fixed field names.
PK = "pk"
DOCTYPE = "doctype"
SCOPE = "scope"
CONTENT_TYPE = "content_type"
NULLS = "nulls"
PK_INT = "pk_int"
PK_STR = "pk_str"

DOC = "doc"
CHILD = "child"

STEMMED, EXACT, AUTOCOMPLETE = "s.", "x.", "a."

INTEGER_TYPES = {
    "AutoField",
    "SmallAutoField",
    "BigAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "PositiveBigIntegerField",
}

#: Django internal type -> value kind stored in the index.
KIND_BY_TYPE = {
    **dict.fromkeys(INTEGER_TYPES, "int"),
    "BooleanField": "bool",
    "NullBooleanField": "bool",
    "FloatField": "float",
    "DecimalField": "float",
    "DateField": "date",
    "DateTimeField": "datetime",
    "TimeField": "time",
    "DurationField": "duration",
}

#: Value kind -> Whoosh column family letter.
FAMILY_BY_KIND = {
    "int": "i",
    "bool": "i",
    "time": "i",
    "duration": "i",
    "float": "n",
    "date": "d",
    "datetime": "d",
    "str": "s",
}

#: Longest string stored in an ``fs.``/``ms.`` column; longer values are cut.
MAX_STRING_FILTER_LENGTH = 1000


def build_schema(analysis):
    """The (model-independent) Whoosh schema for one index."""
    schema = wf.Schema(
        **{
            PK: wf.ID(stored=True, unique=True),
            DOCTYPE: wf.ID(),
            SCOPE: wf.ID(),
            CONTENT_TYPE: wf.KEYWORD(),
            NULLS: wf.KEYWORD(),
            PK_INT: wf.NUMERIC(int, bits=64, signed=True, sortable=True),
            PK_STR: wf.ID(sortable=True),
        }
    )
    schema.add(STEMMED + "*", wf.TEXT(analyzer=analysis.stemmed_analyzer(), phrase=True), glob=True)
    schema.add(EXACT + "*", wf.TEXT(analyzer=analysis.exact_analyzer(), phrase=True), glob=True)
    autocomplete = wf.TEXT(analyzer=analysis.autocomplete_analyzer(), phrase=False)
    schema.add(AUTOCOMPLETE + "*", autocomplete, glob=True)
    for multi, prefix in ((False, "f"), (True, "m")):
        sortable = not multi
        schema.add(prefix + "i.*", wf.NUMERIC(int, bits=64, signed=True, sortable=sortable), glob=True)
        schema.add(prefix + "n.*", wf.NUMERIC(float, sortable=sortable), glob=True)
        schema.add(prefix + "d.*", wf.DATETIME(sortable=sortable), glob=True)
        schema.add(prefix + "s.*", wf.ID(sortable=sortable), glob=True)
    return schema


# --- Models -------------------------------------------------------------------


def index_name_for_model(model):
    root = get_model_root(model)
    return f"{root._meta.app_label}_{root.__name__}".lower()


def content_type_of(model):
    return f"{model._meta.app_label}.{model.__name__}".lower()


def all_content_types(model):
    """The model's content type and those of its indexed concrete ancestors."""
    result = [content_type_of(model)]
    parent = model.indexed_get_parent() if issubclass(model, Indexed) else None
    while parent is not None:
        result.append(content_type_of(parent))
        parent = parent.indexed_get_parent()
    return result


def pk_is_integer(model):
    field = get_model_root(model)._meta.pk
    while field.is_relation:
        field = field.target_field
    return field.get_internal_type() in INTEGER_TYPES


def pk_sort_column(model):
    return PK_INT if pk_is_integer(model) else PK_STR


def indexed_descendants(model):
    """Indexed models that are ``model`` or inherit from it."""
    return [m for m in get_indexed_models() if issubclass(m, model)]


def _relation_is_multi(field):
    return bool(getattr(field, "many_to_many", False) or getattr(field, "one_to_many", False))


def filter_field_is_multi(field, model):
    try:
        django_field = field.get_field(model)
    except FieldDoesNotExist:
        return False
    return _relation_is_multi(django_field)


def related_model_of(related_fields, model):
    return related_fields.get_field(model).related_model


def related_is_multi(related_fields, model):
    try:
        return _relation_is_multi(related_fields.get_field(model))
    except FieldDoesNotExist:
        return False


def base_column_name(field, model, top_level=True):
    """Column name of a search_fields entry (without the kind prefix)."""
    if isinstance(field, RelatedFields):
        name = field.field_name
    else:
        name = field.get_attname(model)
    if not top_level:
        return name
    root = get_model_root(model)
    definition_model = field.get_definition_model(model)
    if definition_model is not None and definition_model is not root:
        return f"{definition_model._meta.app_label}_{definition_model.__name__}__{name}".lower()
    return name


def value_kind(field, model):
    return KIND_BY_TYPE.get(field.get_type(model), "str")


@dataclass(frozen=True)
class TextColumn:
    name: str
    boost: float = 1.0

    @property
    def stemmed(self):
        return STEMMED + self.name

    @property
    def exact(self):
        return EXACT + self.name

    @property
    def autocomplete(self):
        return AUTOCOMPLETE + self.name


@dataclass(frozen=True)
class FilterColumn:
    """A filter column: where a FilterField's values are stored."""

    name: str
    kind: str
    multi: bool = False
    #: For values stored in child documents: the relation's column name.
    scope: str | None = None

    @property
    def whoosh_name(self):
        return ("m" if self.multi else "f") + FAMILY_BY_KIND[self.kind] + "." + self.name

    @property
    def sortable(self):
        return not self.multi and self.scope is None


def filter_column_for_path(model, field_path):
    """The column for a path of ``RelatedFields`` entries ending in a
    ``FilterField``, starting at ``model`` (as returned by modelsearch's
    ``_get_filter_field_path_for_column``)."""
    names = []
    scope = None
    multi_below_scope = False
    current = model
    for position, entry in enumerate(field_path[:-1]):
        names.append(base_column_name(entry, current, top_level=position == 0))
        if related_is_multi(entry, current):
            if scope is None:
                scope = "__".join(names)
            else:
                multi_below_scope = True
        current = related_model_of(entry, current)
    leaf = field_path[-1]
    names.append(base_column_name(leaf, current, top_level=len(field_path) == 1))
    multi = multi_below_scope or filter_field_is_multi(leaf, current)
    return FilterColumn("__".join(names), value_kind(leaf, current), multi, scope)


def _collect_text_columns(model, fields, prefix, top_level, boost_of, kinds, out):
    for field in fields:
        if isinstance(field, RelatedFields):
            try:
                related = related_model_of(field, model)
            except FieldDoesNotExist:
                continue
            name = prefix + base_column_name(field, model, top_level)
            _collect_text_columns(related, field.fields, name + "__", False, boost_of, kinds, out)
        elif isinstance(field, kinds):
            name = prefix + base_column_name(field, model, top_level)
            boost = boost_of(field)
            if name not in out or out[name] < boost:
                out[name] = boost


def _search_boost(field):
    return float(getattr(field, "boost", None) or 1.0)


def text_columns(model, field_names=None, autocomplete=False):
    """Text columns searched for a query on ``model``.

    Without ``field_names`` this is every SearchField (or AutocompleteField)
    of the model and of its indexed subclasses, including those inside
    ``RelatedFields``. With ``field_names`` it is the model's own top-level
    fields of those names.
    """
    kinds = AutocompleteField if autocomplete else SearchField
    boost_of = (lambda f: 1.0) if autocomplete else _search_boost
    out = {}
    if field_names is None:
        for indexed_model in indexed_descendants(model) or [model]:
            _collect_text_columns(
                indexed_model, indexed_model.get_search_fields(), "", True, boost_of, kinds, out
            )
    else:
        wanted = set(field_names)
        own = [f for f in model.get_search_fields() if isinstance(f, kinds) and f.field_name in wanted]
        _collect_text_columns(model, own, "", True, boost_of, kinds, out)
    return [TextColumn(name, boost) for name, boost in out.items()]


# --- Values -------------------------------------------------------------------

_EPOCH = datetime.datetime(1970, 1, 1)


def to_index_value(value, kind):
    """Convert a Python/Django value to what the Whoosh column stores.
    Returns None for NULL."""
    if value is None:
        return None
    if isinstance(value, models.Model):
        value = value.pk
    if kind in ("int", "bool"):
        return int(value)
    if kind == "float":
        return float(value)
    if kind in ("date", "datetime"):
        if isinstance(value, datetime.datetime):
            if value.tzinfo is not None:
                value = value.astimezone(datetime.UTC).replace(tzinfo=None)
            return value
        if isinstance(value, datetime.date):
            return datetime.datetime.combine(value, datetime.time.min)
        return datetime.datetime.fromisoformat(str(value))
    if kind == "time":
        if isinstance(value, str):
            value = datetime.time.fromisoformat(value)
        return ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + value.microsecond
    if kind == "duration":
        return value // datetime.timedelta(microseconds=1)
    return str(value)[:MAX_STRING_FILTER_LENGTH]


def from_index_value(value, kind):
    """Inverse of :func:`to_index_value`, used for facet keys."""
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "date":
        return value.date()
    if kind == "datetime":
        return value.replace(tzinfo=datetime.UTC) if settings.USE_TZ else value
    if kind == "time":
        seconds, micro = divmod(int(value), 1_000_000)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return datetime.time(hour, minute, second, micro)
    if kind == "duration":
        return datetime.timedelta(microseconds=int(value))
    return value
