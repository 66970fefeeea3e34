"""Keeping threads' search documents current.

A thread's document carries its posts' text (see forum.search.documents), so
it is rewritten whenever one of its posts is created, edited, hidden,
unhidden or deleted, and when the thread itself changes (moved, hidden,
solved, retitled). Thread saves are indexed by modelsearch's own signal
handlers (Thread is ``index.Indexed``); services that change rows with
``queryset.update()`` send forum.signals, and moderation saves posts, so
both are listened to here.

Writes wait for the transaction to commit (a rolled-back reply never
reaches the index) and happen once per thread per transaction, however
many of its posts changed.
"""

import contextlib
import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelsearch import index

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
    """Rewrite this thread's document once the current transaction commits (once per transaction)."""
    if thread_id is None or _paused:
        return
    connection = transaction.get_connection()
    # Django drops the callbacks of a rolled-back transaction itself, so
    # looking at what is queued (rather than keeping our own set) cannot
    # leave a thread marked as pending forever.
    for _savepoints, queued, _robust in connection.run_on_commit:
        if getattr(queued, "forum_thread_id", None) == thread_id and not queued.has_run:
            return

    def reindex():
        reindex.has_run = True
        _reindex(thread_id)

    reindex.forum_thread_id = thread_id
    reindex.has_run = False
    transaction.on_commit(reindex, robust=True)


def _reindex(thread_id):
    from ..models import Thread

    thread = Thread.get_indexed_objects().filter(pk=thread_id).first()
    if thread is None:
        return  # deleted meanwhile: modelsearch's post_delete handler removed it
    index.insert_or_update_object(thread)


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
