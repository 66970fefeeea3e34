"""The versions of what is cached about the forum, changed by every save or delete that can change it.

Two versions move together: this module's own, for related-content lists,
and the page cache's "forum" group (community.page_cache), which versions
every anonymous page that shows forum content (the home page's discussions,
tag pages, practice pages) and values kept with ``remember(...,
depends_on=("forum",))``. A new reply creates a Post; moderation saves the
post or thread; a move or a change of forum saves the thread or the page.
"""

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
    from community import page_cache

    cache.set(_KEY, uuid.uuid4().hex, None)
    page_cache.bump("forum")


def connect():
    from wagtail.models import PageViewRestriction

    from community.models import PracticePage

    from ..models import ForumPage, Post, Thread

    for model in (Thread, Post, ForumPage, PracticePage, PageViewRestriction):
        post_save.connect(_bump, sender=model, dispatch_uid=f"forum.related.{model.__name__}.save")
        post_delete.connect(_bump, sender=model, dispatch_uid=f"forum.related.{model.__name__}.delete")
