"""Saves and deletes of indexed models go through the queue, not straight to the index."""

from django.db.models.signals import post_delete, post_save
from modelsearch import index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

from . import queue


def _saved(sender, instance, **kwargs):
    if kwargs.get("raw", False):
        return
    queue.enqueue(type(instance), instance.pk)


def _deleted(sender, instance, **kwargs):
    queue.enqueue(type(instance), instance.pk)


def connect():
    """Take over from modelsearch's handlers (which index inside the request)."""
    for model in index.get_indexed_models():
        if not getattr(model, "search_auto_update", True):
            continue
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
        post_save.connect(_saved, sender=model, dispatch_uid=f"simpul.index.saved.{model._meta.label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"simpul.index.deleted.{model._meta.label}")
