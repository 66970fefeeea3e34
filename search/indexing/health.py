"""``/kesehatan/``: is the site able to keep its search index current?

For load balancers and operators: 200 when the database answers, every
index opens, its directory is writable with room to grow and the indexing
queue is not falling behind; 503 with the reasons otherwise. The page never
shows content, paths or error texts (only their kind), and is never cached.
"""

import os
import shutil

from django.conf import settings
from django.db import DatabaseError
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from modelsearch.index import get_indexed_models
from wagtail.search.backends import get_search_backend

from ..models import PendingIndexUpdate

#: The queue is "behind" when its oldest change waits longer than this.
MAX_QUEUE_AGE_SECONDS = 30
#: Below this much free space the index cannot be trusted to take writes.
MIN_FREE_BYTES = 64 * 1024 * 1024


def _queue_state():
    pending = PendingIndexUpdate.objects.order_by("enqueued_at")
    count = pending.count()
    oldest = pending.values_list("enqueued_at", "last_error").first()
    age = (timezone.now() - oldest[0]).total_seconds() if oldest else 0.0
    error = (oldest[1] or "").split(":", 1)[0] if oldest else ""
    return {"pending": count, "oldest_seconds": round(age, 1), "last_error": error}


def _cluster_state(backend, client):
    """An OpenSearch/Elasticsearch cluster answers a ping, or search is unreachable."""
    try:
        reachable = client.ping()
    except Exception:  # noqa: BLE001 - any failure to reach the cluster is the fault reported
        reachable = False
    return {"backend": type(backend).__name__, "problems": [] if reachable else ["search_unreachable"]}


def _index_state(backend):
    client = getattr(backend, "es", None)  # modelsearch's OpenSearch and Elasticsearch backends
    if client is not None:
        return _cluster_state(backend, client)
    get_store = getattr(backend, "get_store", None)
    if get_store is None:
        return {"backend": type(backend).__name__, "problems": []}
    problems = []
    names = sorted({backend.get_index_for_model(model).name for model in get_indexed_models()})
    for name in names:
        store = get_store(name)
        try:
            with store.searcher():
                pass
        except Exception:  # noqa: BLE001 - any failure to open is the fault reported
            problems.append(f"index_unreadable:{name}")
    path = backend.options.path
    if not os.access(path, os.W_OK):
        problems.append("index_not_writable")
    else:
        try:
            if shutil.disk_usage(path).free < getattr(
                settings, "SIMPUL_HEALTH_MIN_FREE_BYTES", MIN_FREE_BYTES
            ):
                problems.append("index_disk_full")
        except OSError:
            problems.append("index_disk_unknown")
    return {"backend": type(backend).__name__, "indexes": len(names), "problems": problems}


def health():
    """{"ok": bool, "problems": [...], ...} — what ``/kesehatan/`` shows."""
    problems = []
    try:
        queue = _queue_state()
    except DatabaseError:
        return {"ok": False, "problems": ["database"]}
    if queue["oldest_seconds"] > MAX_QUEUE_AGE_SECONDS:
        problems.append("index_queue_behind")
    if queue["last_error"]:
        problems.append("index_write_failed")
    index = _index_state(get_search_backend())
    problems += index["problems"]
    return {"ok": not problems, "problems": problems, "queue": queue, "search": {"backend": index["backend"]}}


@never_cache
def health_view(request):
    state = health()
    return JsonResponse(state, status=200 if state["ok"] else 503)
