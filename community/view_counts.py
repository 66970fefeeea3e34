"""Page view counters, counted in memory and written in batches.

An UPDATE on every read made each practice view a write (and, on SQLite, a
lock). Views are added up per process and written at most every
SIMPUL_VIEW_COUNT_FLUSH_SECONDS (30 by default; 0 writes at once, as the
tests do), one UPDATE per page viewed, so "most viewed" stays meaningful
within that delay (search/batched_counts.py).
"""

from django.apps import apps
from django.db.models import F

from search.batched_counts import BatchedCounts


def _write(batch):
    for (label, pk), amounts in sorted(batch.items()):
        model = apps.get_model(label)
        model._base_manager.filter(pk=pk).update(view_count=F("view_count") + amounts["views"])


_views = BatchedCounts("View counts", _write, setting="SIMPUL_VIEW_COUNT_FLUSH_SECONDS")


def count_view(model_label, pk):
    """One more view of the object `pk` of `model_label` (e.g. "community.practicepage")."""
    _views.add((model_label, pk), views=1)


def flush_if_due():
    _views.flush_if_due()


def flush():
    """Write the views counted so far; on a database error keep them for the next flush."""
    _views.flush()
