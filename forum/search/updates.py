"""Keeping threads' search documents current.

A thread's document carries its posts' text (see forum.search.documents), so
it is rewritten whenever one of its posts is created, edited, hidden,
unhidden or deleted, and when the thread itself changes (moved, hidden,
solved, retitled). Thread saves are queued by search.indexing's signal
handlers (Thread is ``index.Indexed``); services that change rows with
``queryset.update()`` send forum.signals, and moderation saves posts, so
both are listened to here.

Changes go through the indexing queue (search.indexing): recorded in the
transaction that makes them (a rolled-back reply never reaches the index,
a committed one is never lost), written to the index after the commit,
once per thread however many of its posts changed.
"""

import contextlib
import logging

from django.db.models.signals import post_delete, post_save

from search.indexing import queue

from .. import signals

logger = logging.getLogger(__name__)

_paused = 0


@contextlib.contextmanager
def paused():
    """Write no thread documents while the block runs (bulk loads index once at the end themselves)."""
    global _paused
    _paused += 1
    try:
        yield
    finally:
        _paused -= 1


def reindex_thread_later(thread_id):
    """Queue this thread's document for rewriting, in the current transaction (see search.indexing).

    The queue keeps one entry per thread however many of its posts change,
    and is drained once the transaction commits; a rolled-back reply takes
    its entry with it.
    """
    if thread_id is None or _paused:
        return
    from ..models import Thread

    queue.enqueue(Thread, thread_id, drain_after_commit=True)


def _post_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    reindex_thread_later(instance.thread_id)


def _thread_of(**kwargs):
    thread = kwargs.get("thread")
    if thread is not None:
        return thread.pk
    post = kwargs.get("post")
    return post.thread_id if post is not None else None


def _forum_event(sender, **kwargs):
    reindex_thread_later(_thread_of(**kwargs))


def connect():
    from ..models import Post

    post_save.connect(_post_changed, sender=Post, dispatch_uid="forum.search.post_saved")
    post_delete.connect(_post_changed, sender=Post, dispatch_uid="forum.search.post_deleted")
    for signal in (
        signals.thread_created,
        signals.reply_created,
        signals.post_edited,
        signals.post_deleted,
        signals.solution_marked,
    ):
        signal.connect(_forum_event, dispatch_uid=f"forum.search.{id(signal)}")
