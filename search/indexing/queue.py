"""The indexing queue: record changes in the writer's transaction, drain them in batches."""

import logging
import threading
import uuid

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.encoding import force_str
from modelsearch.backends import get_search_backends_with_name
from modelsearch.index import class_is_indexed

from ..models import PendingIndexUpdate

logger = logging.getLogger(__name__)

#: Changes handled in one index commit per model.
BATCH_SIZE = 500
#: How long a drain in a web request waits for the index's write lock.
LOCK_WAIT_SECONDS = 0.5
#: Batches one drain handles before it lets go (a drain always ends by itself).
MAX_BATCHES = 20


def enqueue(model, pk, *, drain_after_commit=False):
    """Record that the object ``model``/``pk`` must be re-indexed (or removed), then ask for a drain.

    Call inside the transaction that changes it: the row commits, or rolls
    back, with the change. Several changes to one object leave one row. The
    drain is a task, so the TASKS backend decides when it runs (after the
    commit on the site, on the worker in production); ``drain_after_commit``
    asks for it only once the transaction commits, whatever the backend
    (the forum: a thread's document never shows a reply that may roll back).
    """
    if pk is None or not class_is_indexed(model):
        return
    PendingIndexUpdate.objects.bulk_create(
        [
            PendingIndexUpdate(
                model_label=model._meta.label_lower,
                object_pk=force_str(pk),
                change=uuid.uuid4().hex,
                enqueued_at=timezone.now(),
            )
        ],
        update_conflicts=True,
        unique_fields=["model_label", "object_pk"],
        update_fields=["change", "enqueued_at"],
    )
    if drain_after_commit:
        _request_drain_after_commit()
    else:
        request_drain()


def request_drain():
    from .tasks import drain_search_queue

    drain_search_queue.enqueue()


def _request_drain_after_commit():
    # A drain that finds its work already done costs one query.
    transaction.on_commit(request_drain, robust=True)


class DrainResult:
    def __init__(self):
        self.indexed = 0
        self.removed = 0
        self.failed = 0
        self.error = ""

    @property
    def ok(self):
        return not self.failed

    def __repr__(self):
        return f"<DrainResult indexed={self.indexed} removed={self.removed} failed={self.failed}>"


def drain(*, lock_wait=LOCK_WAIT_SECONDS, batch_size=BATCH_SIZE, max_batches=MAX_BATCHES):
    """Index what the queue holds, oldest first, in batches; return a :class:`DrainResult`.

    Never raises for an index fault: the entries stay queued with the error
    recorded, and the caller (or a retry) drains again later.
    """
    result = DrainResult()
    for _batch in range(max_batches):
        entries = list(PendingIndexUpdate.objects.order_by("enqueued_at", "pk")[:batch_size])
        if not entries:
            break
        done, error = _index_batch(entries, lock_wait, result)
        if done:
            _forget(done)
        if error:
            result.failed = len(entries) - len(done)
            result.error = error
            _record_failure([entry for entry in entries if entry not in done], error)
            break
    return result


def _index_batch(entries, lock_wait, result):
    """Index ``entries`` grouped by model. Returns (entries handled, error text or "")."""
    from ..backends.whoosh.storage import lock_wait as whoosh_lock_wait

    by_model = {}
    for entry in entries:
        by_model.setdefault(entry.model_label, []).append(entry)
    done = []
    for label, model_entries in by_model.items():
        try:
            model = apps.get_model(label)
        except LookupError:
            done.extend(model_entries)  # a model that no longer exists has nothing to index
            continue
        try:
            with whoosh_lock_wait(lock_wait):
                indexed, removed = _index_model(model, [entry.object_pk for entry in model_entries])
        except DatabaseError:
            raise
        except Exception as error:  # noqa: BLE001 - any index fault leaves the entries queued
            logger.warning("Search index update of %d %s deferred: %s", len(model_entries), label, error)
            return done, f"{type(error).__name__}: {error}"[:500]
        result.indexed += indexed
        result.removed += removed
        done.extend(model_entries)
    return done, ""


def _index_model(model, pks):
    present = {force_str(obj.pk): obj for obj in model.get_indexed_objects().filter(pk__in=pks)}
    by_type = {}
    for obj in present.values():
        indexed = obj.get_indexed_instance()
        if indexed is not None:
            by_type.setdefault(type(indexed), []).append(indexed)
    gone = [pk for pk in pks if pk not in present]
    for _name, backend in get_search_backends_with_name(with_auto_update=True):
        for indexed_model, objects in by_type.items():
            backend.get_index_for_model(indexed_model).add_items(indexed_model, objects)
        if gone:
            index = backend.get_index_for_model(model)
            if hasattr(index, "delete_pks"):
                index.delete_pks(gone)
            else:
                for pk in gone:
                    index.delete_item(model(pk=pk))
    return sum(len(objects) for objects in by_type.values()), len(gone)


def _forget(entries):
    # Only the changes this drain saw: a change queued meanwhile keeps its row. One DELETE.
    seen = Q()
    for entry in entries:
        seen |= Q(pk=entry.pk, change=entry.change)
    PendingIndexUpdate.objects.filter(seen).delete()


def _record_failure(entries, error):
    from django.db.models import F

    PendingIndexUpdate.objects.filter(pk__in=[entry.pk for entry in entries]).update(
        attempts=F("attempts") + 1, last_error=error
    )


# Retries in this process ---------------------------------------------------

_retry_lock = threading.Lock()
_retry_timer = None


def drain_or_retry():
    """Drain now; if the index refused, try again in the background until it accepts.

    The retry thread is the single-server default's safety net (``make run``,
    gunicorn on one machine); a deployment with a database worker also runs
    ``manage.py search_index drain --follow`` (see README).
    """
    try:
        result = drain()
    except DatabaseError:
        logger.warning("Search queue not drained: database busy", exc_info=True)
        result = None
    if (result is None or not result.ok) and getattr(settings, "SIMPUL_SEARCH_QUEUE_RETRY", True):
        schedule_retry()
    return result


def schedule_retry(delay=1.0, attempt=1):
    global _retry_timer
    with _retry_lock:
        if _retry_timer is not None and _retry_timer.is_alive():
            return
        _retry_timer = threading.Timer(delay, _retry, args=(attempt,))
        _retry_timer.daemon = True
        _retry_timer.start()


def _retry(attempt):
    global _retry_timer
    from django.db import connection

    try:
        result = drain()
    except DatabaseError:
        result = None
    finally:
        connection.close()
    with _retry_lock:
        _retry_timer = None
    if (result is None or not result.ok) and attempt < 600:
        schedule_retry(delay=min(1.0 * (1.5 ** min(attempt, 8)), 5.0), attempt=attempt + 1)


def pending_count():
    return PendingIndexUpdate.objects.count()
