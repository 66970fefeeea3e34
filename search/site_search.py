"""One query across every searchable content type, ranked together.

The models taking part are listed in settings.SIMPUL_SEARCH_MODELS; each
declares how it takes part (see ``SearchableMixin`` in search/searchable.py):
what a given user may see (``search_scope``), which facets it offers, how a
facet choice filters it, and what a hit shows. This module knows none of
our models by name.

Every engine call goes through Wagtail's search layer (``queryset.search``),
so filters, facets, counts and slicing run inside the index; only the
objects of the page shown are loaded from the database.
"""

import logging
import re
from dataclasses import dataclass, field, replace

from django.apps import apps
from django.conf import settings
from modelsearch.query import PlainText

from .engine_errors import SEARCH_UNAVAILABLE
from .features import SPELLING, SYNONYMS, features, reader_notices
from .highlight import highlight
from .params import parse_id, parse_int

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 24
PAGE_SIZE = 10
#: A query finding fewer results than this is tried again with its spelling corrected,
#: then (several words) widened to results with only some of its words, shown after those.
TOO_FEW = 3
FACET_SIZE = 12
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

SORT_RELEVANCE = "relevan"
SORT_NEWEST = "terbaru"
SORTS = (SORT_RELEVANCE, SORT_NEWEST)
FACET_KEYS = ("when", "agency", "province", "tag", "year", "urusan", "forum", "solved")
#: Facet key -> the query-string parameter that carries it.
FACET_PARAMS = {
    "type": "jenis",
    "when": "waktu",
    "agency": "instansi",
    "province": "wilayah",
    "tag": "tag",
    "year": "tahun",
    "urusan": "urusan",
    "forum": "forum",
    "solved": "selesai",
}


def clean_query(raw):
    """A query safe to hand to the engine: no control characters, bounded."""
    text = _CONTROL.sub(" ", raw or "")
    text = " ".join(text.split())[:MAX_QUERY_LENGTH]
    words = text.split(" ")
    return " ".join(words[:MAX_QUERY_WORDS]).strip()


def searchable_models():
    return [apps.get_model(label) for label in getattr(settings, "SIMPUL_SEARCH_MODELS", [])]


MIN_YEAR, MAX_YEAR = 1900, 2200


def _text(data, name, length):
    return (data.get(name) or "")[:length]


@dataclass
class SearchFilters:
    """The facet choices of a request, parsed: ids and the year are ints or None.

    Anything that is not an ASCII-digit id within the database's range
    ("²", "abc", 25 digits) is no choice at all (search/params.py).
    """

    type: str = ""
    when: str = ""
    agency: int | None = None
    province: int | None = None
    tag: int | None = None
    year: int | None = None
    urusan: str = ""
    forum: int | None = None
    solved: str = ""

    @classmethod
    def from_querydict(cls, data):
        return cls(
            type=_text(data, "jenis", 40),
            when=_text(data, "waktu", 20),
            agency=parse_id(data.get("instansi")),
            province=parse_id(data.get("wilayah")),
            tag=parse_id(data.get("tag")),
            year=parse_int(data.get("tahun"), MIN_YEAR, MAX_YEAR),
            urusan=_text(data, "urusan", 40),
            forum=parse_id(data.get("forum")),
            solved=_text(data, "selesai", 10),
        )

    def for_model(self):
        """The choices made, for a model's ``apply_search_filters``."""
        return {key: getattr(self, key) for key in FACET_KEYS if getattr(self, key) not in (None, "")}

    def is_selected(self, key, value):
        chosen = getattr(self, key)
        return chosen not in (None, "") and str(chosen) == str(value)

    def as_params(self):
        """The choices as query-string parameters (names from FACET_PARAMS)."""
        params = {"jenis": self.type} if self.type else {}
        for key, value in self.for_model().items():
            params[FACET_PARAMS[key]] = str(value)
        return params


@dataclass
class SearchHit:
    object: object
    type_label: str
    score: float
    snippet: str
    url: str = ""


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchOutcome:
    query: str
    hits: list = field(default_factory=list)
    total: int = 0
    page: int = 1
    page_count: int = 0
    facets: dict = field(default_factory=dict)
    unavailable: bool = False
    #: What the reader typed, when ``query`` is its spelling correction.
    corrected_from: str = ""
    #: A correction not applied ("did you mean"): asked for the exact query, or it finds no more.
    suggestion: str = ""
    #: Widened: too few results had every word, so results with some of them follow.
    widened: bool = False
    #: Nothing found, and the backend lacks what might have found something (search/features.py):
    #: what the reader is told about it.
    limits: list = field(default_factory=list)

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.page_count


class WidenedQuery(PlainText):
    """A query whose every word found too little, asked again with fewer words
    required: our backend asks half as many as before and still ranks documents
    with more of them first; other backends read it as any word ("or")."""

    widened = True

    def __init__(self, query_string):
        super().__init__(query_string, operator="or")


#: Prefix of the facet counts a choice facet is read from (see _counted_fields).
_CHOICE_SOURCE = "choice:"


def _counted_fields(model):
    """{key: FilterField} whose counts one engine pass brings: the facets, and the
    source fields of choice facets (``choice:<key>``)."""
    fields = dict(model.search_facet_fields)
    for key, name in model.search_choice_sources.items():
        fields[_CHOICE_SOURCE + key] = name
    return fields


def _facet_keys(model):
    return set(model.search_facet_fields) | set(model.search_choice_facets)


def _offered_choices(models, filters):
    """The filters without choice-facet values no model offers (``?waktu=xyz`` is no choice at all)."""
    for key in {key for model in models for key in model.search_choice_facets}:
        value = getattr(filters, key)
        if value and not any(value in model.search_choice_facets.get(key, ()) for model in models):
            filters = replace(filters, **{key: ""})
    return filters


def _type_key(model):
    """The type facet's value: a model's own short key (search_type_key, e.g. "sesi") or its model name."""
    return getattr(model, "search_type_key", "") or model._meta.model_name


class SiteSearch:
    """``backend``: the alias in WAGTAILSEARCH_BACKENDS to search with (the bench
    compares backends through this same path)."""

    def __init__(self, user, models=None, backend="default", with_facets=True):
        self.user = user
        self.models = models if models is not None else searchable_models()
        self.backend = backend
        self.with_facets = with_facets

    def _scoped(self, model, filters):
        queryset = model.search_scope(self.user)
        return model.apply_search_filters(queryset, **filters.for_model())

    def _search(self, model, query, filters, sort, widened=False, annotations=None):
        queryset = self._scoped(model, filters)
        if annotations:
            queryset = queryset.annotate(**annotations)
        if sort == SORT_NEWEST:
            queryset = queryset.order_by(f"-{model.search_date_field}")
            return queryset.search(query, order_by_relevance=False, backend=self.backend).annotate_score(
                "_score"
            )
        query = WidenedQuery(query) if widened else query
        return queryset.search(query, backend=self.backend).annotate_score("_score")

    def run(self, raw_query, filters=None, *, sort=SORT_RELEVANCE, page=1, exact=False):
        """Search; when the query finds (almost) nothing and a spelling correction
        exists, the outcome is that of the corrected query (``corrected_from``
        says what was typed), unless ``exact`` asks for the query as typed."""
        query = clean_query(raw_query)
        filters = _offered_choices(self.models, filters or SearchFilters())
        sort = sort if sort in SORTS else SORT_RELEVANCE
        outcome = SearchOutcome(query=query, page=max(page, 1))
        if not query:
            return outcome
        try:
            self._run(outcome, filters, sort)
            if outcome.total < TOO_FEW:
                self._correct(outcome, filters, sort, exact)
            if outcome.total < TOO_FEW and sort == SORT_RELEVANCE and not exact:
                self._widen(outcome, filters, sort)
            if not outcome.total:
                outcome.limits = reader_notices({SPELLING, SYNONYMS} - features(self.backend))
        except SEARCH_UNAVAILABLE as error:  # the index is missing, corrupt or locked, or the cluster is down
            logger.warning("Search index unavailable: %s", error)
            outcome.unavailable = True
            outcome.hits, outcome.total = [], 0
        return outcome

    def _correct(self, outcome, filters, sort, exact):
        """Typos correct themselves: show the corrected query's results if they are more."""
        suggestion = spelling_suggestion(outcome.query, self.user, self.models, backend=self.backend)
        if not suggestion:
            return
        if exact:
            outcome.suggestion = suggestion
            return
        corrected = SearchOutcome(query=suggestion, page=outcome.page)
        self._run(corrected, filters, sort)
        if corrected.total > outcome.total:
            corrected.corrected_from = outcome.query
            outcome.__dict__.update(corrected.__dict__)
        else:
            outcome.suggestion = suggestion

    def _widen(self, outcome, filters, sort):
        """Too few results with every word: add those with some, ranked below them
        (the backend ranks documents by how many of the words they have first)."""
        if len(outcome.query.split()) < 2:
            return
        widened = replace(outcome, widened=True)  # keeps the correction and its notice
        self._run(widened, filters, sort)
        if widened.total > outcome.total:
            outcome.__dict__.update(widened.__dict__)

    def _models_for(self, filters):
        # A facet choice a type does not have (a forum for a practice) leaves that type out.
        chosen = set(filters.for_model())
        return [
            m
            for m in self.models
            if (not filters.type or _type_key(m) == filters.type) and chosen <= _facet_keys(m)
        ]

    def _summary(self, model, outcome, filters, sort):
        """(count, the hits up to this page's end, {facet key: {value: count}}) of one model's
        search: one engine search where the backend offers it, one per part otherwise."""
        end = outcome.page * PAGE_SIZE
        results = self._search(model, outcome.query, filters, sort, outcome.widened)
        fields = _counted_fields(model) if self.with_facets else {}
        if getattr(results, "supports_summary", False):
            total, hits, by_field = results[:end].summary(list(fields.values()))
        else:
            total = results.count()
            hits = list(results[:end]) if total else []
            by_field = {}
            for name in fields.values() if total else ():
                by_field[name] = self._counted(model, outcome, filters, sort, results, name)
        facets = {key: by_field.get(name, {}) for key, name in fields.items()}
        return total, hits, facets

    def _counted(self, model, outcome, filters, sort, results, name):
        """A facet's counts on a backend that counts them in the database: a value
        computed by a method is annotated first (``search_facet_expressions``)."""
        expression = model.search_facet_expressions.get(name)
        if expression is not None:
            annotations = {name: expression}
            results = self._search(model, outcome.query, filters, sort, outcome.widened, annotations)
        return results.facet(name)

    def _run(self, outcome, filters, sort):
        end = outcome.page * PAGE_SIZE
        counts, candidates, facet_counts = {}, [], {}
        for model in self._models_for(filters):
            total, hits, facets = self._summary(model, outcome, filters, sort)
            counts[model] = total
            candidates.extend(hits)
            facet_counts[model] = facets
        outcome.total = sum(counts.values())
        outcome.page_count = max((outcome.total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
        if outcome.page > outcome.page_count:
            # Asked past the end: show the last page (its hits need a longer slice).
            outcome.page = outcome.page_count
            return self._run(outcome, filters, sort)
        if sort == SORT_NEWEST:
            candidates.sort(key=lambda obj: getattr(obj, type(obj).search_date_field) or 0, reverse=True)
        else:
            candidates.sort(key=lambda obj: obj._score or 0.0, reverse=True)
        shown = candidates[end - PAGE_SIZE : end]
        outcome.hits = []
        links = _result_links(shown, outcome.query, self.user)
        for obj in shown:
            url, text = links[id(obj)]
            outcome.hits.append(
                SearchHit(
                    object=obj,
                    type_label=str(type(obj)._meta.verbose_name),
                    score=obj._score or 0.0,
                    snippet=highlight(text, outcome.query),
                    url=url,
                )
            )
        outcome.facets = self._facets(outcome.query, filters, counts, facet_counts)

    def _facets(self, query, filters, counts, facet_counts):
        facets = {"type": []}
        for model, count in counts.items():
            selected = filters.type == _type_key(model)
            if count or selected:  # a choice that leads to nothing is no choice
                facets["type"].append(
                    FacetOption(_type_key(model), str(model._meta.verbose_name_plural), count, selected)
                )
        merged = {key: {} for key in FACET_KEYS}
        for model, by_key in facet_counts.items():
            for key, values in by_key.items():
                if key.startswith(_CHOICE_SOURCE):
                    continue
                for value, count in values.items():
                    if value is None:
                        continue
                    merged[key][str(value)] = merged[key].get(str(value), 0) + count
            if not counts.get(model) and not any(getattr(filters, key) for key in model.search_choice_facets):
                continue  # nothing of this type matches: no choice to count
            for key, values in model.search_choice_facets.items():
                # Every value is offered, the chosen one included, so a reader can switch between them.
                source = _CHOICE_SOURCE + key
                if source in by_key and not getattr(filters, key):
                    # None chosen: read from the source field's counts of this same pass.
                    for stored, count in by_key[source].items():
                        value = model.search_choice_for(key, stored)
                        if value in values:
                            merged[key][value] = merged[key].get(value, 0) + count
                    continue
                # A choice is chosen (the others are counted without it): one count per choice.
                for value in values:
                    count = (
                        self._scoped(model, replace(filters, **{key: value}))
                        .search(query, backend=self.backend)
                        .count()
                    )
                    if count:
                        merged[key][value] = merged[key].get(value, 0) + count
        for key in FACET_KEYS:
            labels = _facet_labels(self.models, key, list(merged[key]))
            options = [
                FacetOption(value, labels.get(value, value), count, filters.is_selected(key, value))
                for value, count in sorted(merged[key].items(), key=lambda item: (-item[1], item[0]))
                if value in labels
            ]
            facets[key] = options[:FACET_SIZE]
        return facets


def _result_links(shown, query, user):
    """{id(hit): (url, snippet source)}: each type's hits looked up together."""
    by_type = {}
    for obj in shown:
        by_type.setdefault(type(obj), []).append(obj)
    links = {}
    for model, objects in by_type.items():
        for obj, link in zip(objects, model.search_result_links(objects, query, user), strict=True):
            links[id(obj)] = link
    return links


def _facet_labels(models, key, values):
    """{value: label}: a value is labelled by the first model that knows it (a tag or an
    agency means the same thing in every type), so each kind is looked up once."""
    labels = {}
    for model in models:
        if key not in _facet_keys(model):
            continue
        unknown = [value for value in values if value not in labels]
        if not unknown:
            break
        labels.update(model.search_facet_labels(key, unknown))
    return labels


def spelling_suggestion(query, user, models=None, backend="default"):
    """A corrected query if the engine can offer one ("did you mean").

    Words are suggested only from what this user may see: the engine counts
    terms in the visible scope of each model, never in drafts or private pages.
    """
    from wagtail.search.backends import get_search_backend

    suggest = getattr(get_search_backend(backend), "suggest_spelling", None)
    if not query or suggest is None:
        return ""
    models = models if models is not None else searchable_models()
    try:
        suggestion = suggest(query, [model.search_scope(user) for model in models])
    except SEARCH_UNAVAILABLE:
        return ""
    return suggestion if suggestion and suggestion != query else ""


__all__ = ["SearchFilters", "SiteSearch", "clean_query", "spelling_suggestion"]
