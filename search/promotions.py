"""Editors' picks (Wagtail's search promotions) shown above the results of /cari/.

Few queries are ever promoted, so the site search asks the database only
for those: the promoted query strings are read in one query and kept in the
cache until a promotion or a promoted query is saved or deleted.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

_KEY = "search:promoted-queries"
_SECONDS = 10 * 60


def promoted_queries():
    """The set of query strings (lowercase) that have at least one promotion."""
    found = cache.get(_KEY)
    if found is None:
        found = set(SearchPromotion.objects.values_list("query__query_string", flat=True))
        cache.set(_KEY, found, _SECONDS)
    return found


def promotions_for(query_string):
    """The promotions of a query, in the editors' order: no database query for one never promoted."""
    query_string = query_string.lower()
    if query_string not in promoted_queries():
        return []
    return list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )


def _forget(**kwargs):
    cache.delete(_KEY)


def forget_promotions_on_change():
    """Connect the receivers that forget the kept query strings (SearchConfig.ready)."""
    for model in (SearchPromotion, Query):
        label = model._meta.label
        post_save.connect(_forget, sender=model, dispatch_uid=f"search_promotions_saved_{label}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"search_promotions_deleted_{label}")
