"""Related content found through the index: "more like this" for any searchable object."""

import logging

from .engine_errors import SEARCH_UNAVAILABLE
from .site_search import clean_query, searchable_models

logger = logging.getLogger(__name__)
RELATED_LIMIT = 5


def related_items(obj, user, *, limit=RELATED_LIMIT):
    """Up to ``limit`` visible objects of any searchable type that share obj's words."""
    text = clean_query(obj.search_related_text())
    if not text:
        return []
    found = []
    try:
        for model in searchable_models():
            scope = model.search_scope(user)
            if isinstance(obj, model):
                scope = scope.exclude(pk=obj.pk)
            found.extend(scope.search(text, operator="or").annotate_score("_score")[:limit])
    except SEARCH_UNAVAILABLE as error:
        logger.warning("Related content unavailable: %s", error)
        return []
    found.sort(key=lambda item: item._score or 0.0, reverse=True)
    return found[:limit]


def related_audience(user):
    """Who sees the same related content as `user` (see SearchableMixin.search_audience); None: nobody."""
    audiences = [model.search_audience(user) for model in searchable_models()]
    if any(audience is None for audience in audiences):
        return None
    return ",".join(audiences)


def related_links(obj, user, *, limit=RELATED_LIMIT):
    """[{"url", "title"}] of related_items(): what the page shows, small enough to keep in a cache."""
    return [{"url": item.url, "title": item.title} for item in related_items(obj, user, limit=limit)]
