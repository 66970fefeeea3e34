"""/cari/: the site search page, and its suggestions endpoint."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.models import PageViewRestriction

from .engine_errors import SEARCH_UNAVAILABLE
from .models import QueryOutcome
from .params import parse_page
from .promotions import promotions_for
from .site_search import (
    FACET_KEYS,
    FACET_PARAMS,
    PAGE_SIZE,
    SORT_RELEVANCE,
    SORTS,
    SearchFilters,
    SiteSearch,
    clean_query,
    searchable_models,
)

MAX_SUGGESTIONS = 8
#: ``?persis=1``: search the query exactly as typed, without correcting its spelling.
EXACT_PARAM = "persis"
FACET_TITLES = {
    "type": _("Type"),
    "when": _("When"),
    "agency": _("Agency"),
    "province": _("Province"),
    "tag": _("Tag"),
    "year": _("Year"),
    "urusan": _("Government affair"),
    "forum": _("Forum"),
    "solved": _("Solved"),
}


def _link(params, **changes):
    """``?a=1&b=2``: every name and value URL-encoded; empty values left out."""
    merged = {**params, **changes}
    return "?" + urlencode({key: value for key, value in merged.items() if value})


def _facet_groups(outcome, base):
    """Facets as link lists: choosing an option sets it, choosing it again clears it."""
    groups = []
    for key in ("type", *FACET_KEYS):
        options = []
        for option in outcome.facets.get(key, []):
            value = "" if option.selected else option.value
            options.append({"option": option, "url": _link(base, **{FACET_PARAMS[key]: value})})
        if options:
            groups.append({"key": key, "title": FACET_TITLES[key], "options": options})
    return groups


def _link_params(query, filters, sort):
    """What links on the page carry: the query, the parsed facet choices and
    the sort -- never a parameter name or value copied from the request."""
    params = {"q": query, **filters.as_params()}
    if sort != SORT_RELEVANCE:
        params["urutan"] = sort
    return params


def _may_list(page, user):
    """May this reader see the promoted page in a listing? As the site search decides for its own hits."""
    model = page.specific_class
    if model is not None and hasattr(model, "search_scope"):
        return model.search_scope(user).filter(pk=page.pk).exists()
    if not page.live:
        return False
    restrictions = page.get_view_restrictions()
    if user.is_authenticated:
        restrictions = restrictions.exclude(restriction_type=PageViewRestriction.LOGIN)
    return not restrictions.exists()


def _editors_picks(query, user):
    picks = []
    for promotion in promotions_for(query):
        if promotion.page_id and _may_list(promotion.page, user):
            picks.append(
                {
                    "url": promotion.page.url,
                    "title": promotion.page.title,
                    "description": promotion.description,
                }
            )
        elif promotion.external_link_url:
            picks.append(
                {
                    "url": promotion.external_link_url,
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return picks


@never_cache
def site_search(request):
    raw_query = request.GET.get("q", "")
    filters = SearchFilters.from_querydict(request.GET)
    sort = request.GET.get("urutan", SORT_RELEVANCE)
    sort = sort if sort in SORTS else SORT_RELEVANCE
    exact = request.GET.get(EXACT_PARAM) == "1"
    outcome = SiteSearch(request.user).run(
        raw_query, filters, sort=sort, page=parse_page(request.GET.get("halaman")), exact=exact
    )
    picks = []
    typed = outcome.corrected_from or outcome.query
    if outcome.query and not outcome.unavailable:
        if outcome.page == 1 and not any(filters.for_model().values()) and not filters.type:
            # The editors' report shows what readers typed, and whether that found anything.
            QueryOutcome.record(typed, result_count=outcome.total)
        picks = _editors_picks(typed, request.user)
    base = _link_params(outcome.query, filters, sort)
    if exact:
        base[EXACT_PARAM] = "1"  # paging and sorting keep the query as typed
    return render(
        request,
        "search/search_page.html",
        {
            "outcome": outcome,
            "query": outcome.query,
            "raw_query": raw_query[:500],
            "query_was_shortened": len(" ".join(raw_query.split())) > len(typed) and bool(raw_query.strip()),
            "filters": filters,
            "sort": sort,
            "sort_links": {choice: _link(base, urutan=choice) for choice in SORTS},
            "suggestion": outcome.suggestion,
            "corrected_from": outcome.corrected_from,
            "exact_link": _link(_link_params(outcome.corrected_from, filters, sort), **{EXACT_PARAM: "1"})
            if outcome.corrected_from
            else "",
            "suggestion_link": _link(_link_params(outcome.suggestion, filters, sort))
            if outcome.suggestion
            else "",
            "picks": picks,
            "facet_groups": _facet_groups(outcome, base),
            "hidden_params": {key: value for key, value in base.items() if key not in ("q", EXACT_PARAM)},
            "query_string": _link(base)[1:],
            "page": Paginator(range(outcome.total), PAGE_SIZE).get_page(outcome.page)
            if outcome.total
            else None,
        },
    )


def suggestions(request):
    """Titles that complete what the reader is typing (JSON, for the search box)."""
    query = clean_query(request.GET.get("q", ""))[:50]
    titles = []
    if len(query) >= 2:
        for model in searchable_models():
            try:
                for obj in model.search_scope(request.user).autocomplete(query)[:MAX_SUGGESTIONS]:
                    titles.append({"title": str(obj), "url": obj.url})
            except SEARCH_UNAVAILABLE:
                break
    return JsonResponse({"suggestions": titles[:MAX_SUGGESTIONS]})
