"""Related content through the search index: discussions for a practice, practices and threads for a thread.

Each list is one engine search ("or" of the object's title and tag words)
inside the reader's scope (``search_scope(user)``), so it never offers
what the reader may not see.
"""

import logging

from django.apps import apps

from search.engine_errors import SEARCH_UNAVAILABLE
from search.related import RELATED_LIMIT
from search.site_search import clean_query

logger = logging.getLogger(__name__)


def _search(model, user, text, *, exclude_pk=None, limit=RELATED_LIMIT):
    text = clean_query(text)
    if not text:
        return []
    scope = model.search_scope(user)
    if model is apps.get_model("forum", "Thread"):
        scope = scope.filter(is_hidden=False)
    if exclude_pk is not None:
        scope = scope.exclude(pk=exclude_pk)
    try:
        return list(scope.search(text, operator="or")[:limit])
    except SEARCH_UNAVAILABLE as error:
        logger.warning("Related content unavailable: %s", error)
        return []


def related_threads_for(obj, user, *, limit=RELATED_LIMIT):
    Thread = apps.get_model("forum", "Thread")
    exclude = obj.pk if isinstance(obj, Thread) else None
    return _search(Thread, user, obj.search_related_text(), exclude_pk=exclude, limit=limit)


def related_practices_for(thread, user, *, limit=RELATED_LIMIT):
    PracticePage = apps.get_model("community", "PracticePage")
    return _search(PracticePage, user, thread.search_related_text(), limit=limit)
