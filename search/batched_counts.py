"""Counters added up in memory and written to the database in batches.

A write on every read makes each page view (or search) a write, and on
SQLite a lock. A :class:`BatchedCounts` adds amounts up per process and
hands them to its ``write`` function at most every ``flush_seconds`` (read
from a setting; 0 writes at once, as the tests do), in one transaction.
Counts of a process killed before it writes are lost; a process that exits
normally writes them (atexit). A database error keeps them for the next
flush.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, transaction

logger = logging.getLogger(__name__)
_all = []


def flush_all_if_due():
    """Write every batch whose time has come (after each request: community/page_cache)."""
    for counts in list(_all):
        counts.flush_if_due()


def flush_all():
    for counts in list(_all):
        counts.flush()


class BatchedCounts:
    """``write(batch)`` receives ``{key: Counter of amounts}`` and writes it."""

    def __init__(self, name, write, *, setting, default_seconds=30):
        self.name = name
        self.write = write
        self.setting = setting
        self.default_seconds = default_seconds
        self._lock = threading.Lock()
        self._pending = {}
        self._last_flush = time.monotonic()
        atexit.register(self._flush_at_exit)
        _all.append(self)

    def flush_seconds(self):
        return getattr(settings, self.setting, self.default_seconds)

    def add(self, key, **amounts):
        with self._lock:
            self._pending.setdefault(key, Counter()).update(amounts)
        self.flush_if_due()

    def flush_if_due(self):
        if self._pending and time.monotonic() - self._last_flush >= self.flush_seconds():
            self.flush()

    def flush(self):
        with self._lock:
            batch, self._pending = self._pending, {}
            self._last_flush = time.monotonic()
        if not batch:
            return
        try:
            with transaction.atomic():
                self.write(batch)
        except DatabaseError as error:
            logger.warning("%s not written yet: %s", self.name, error)
            with self._lock:
                for key, amounts in batch.items():
                    self._pending.setdefault(key, Counter()).update(amounts)

    def _flush_at_exit(self):
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - the interpreter is going away; nothing to report to
            logger.exception("%s lost at exit", self.name)
