"""The version of cached related-content lists: changed by every save or delete that can change access."""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

_KEY = "forum:related:version"


def related_version():
    version = cache.get(_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(_KEY, version, None)
    return version


def _bump(**kwargs):
    cache.set(_KEY, uuid.uuid4().hex, None)


def connect():
    from wagtail.models import PageViewRestriction

    from community.models import PracticePage

    from ..models import ForumPage, Thread

    for model in (Thread, ForumPage, PracticePage, PageViewRestriction):
        post_save.connect(_bump, sender=model, dispatch_uid=f"forum.related.{model.__name__}.save")
        post_delete.connect(_bump, sender=model, dispatch_uid=f"forum.related.{model.__name__}.delete")
