"""Page view counters, counted in memory and written in batches.

An UPDATE on every read made each practice view a write (and, on SQLite, a
lock). Views are added up per process and written at most every
SIMPUL_VIEW_COUNT_FLUSH_SECONDS (30 by default; 0 writes at once, as the
tests do), one UPDATE per page viewed, so "most viewed" stays meaningful
within that delay. Counts of a process that is killed before it writes are
lost; a process that exits normally writes them (atexit).
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F

logger = logging.getLogger(__name__)
DEFAULT_FLUSH_SECONDS = 30

_lock = threading.Lock()
_pending = Counter()
_last_flush = time.monotonic()


def _flush_seconds():
    return getattr(settings, "SIMPUL_VIEW_COUNT_FLUSH_SECONDS", DEFAULT_FLUSH_SECONDS)


def count_view(model_label, pk):
    """One more view of the object `pk` of `model_label` (e.g. "community.practicepage")."""
    with _lock:
        _pending[model_label, pk] += 1
    flush_if_due()


def flush_if_due():
    if _pending and time.monotonic() - _last_flush >= _flush_seconds():
        flush()


def flush():
    """Write the views counted so far; on a database error keep them for the next flush."""
    global _last_flush
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    if not batch:
        return
    try:
        with transaction.atomic():
            for (label, pk), views in sorted(batch.items()):
                model = apps.get_model(label)
                model._base_manager.filter(pk=pk).update(view_count=F("view_count") + views)
    except DatabaseError as error:
        logger.warning("View counts not written yet: %s", error)
        with _lock:
            _pending.update(batch)


def _flush_at_exit():
    try:
        flush()
    except Exception:  # noqa: BLE001 - the interpreter is going away; nothing to report to
        logger.exception("View counts lost at exit")


atexit.register(_flush_at_exit)
