"""The versions of what is cached about the forum, changed by every save or delete that can change it.

Two versions move together: this module's own, for related-content lists,
and the page cache's "forum" group (community.page_cache), which versions
every anonymous page that shows forum content (the home page's discussions,
tag pages, practice pages) and values kept with ``remember(...,
depends_on=("forum",))``. A new reply creates a Post; moderation saves the
post or thread; a move or a change of forum saves the thread or the page.
"""

import logging
import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

_KEY = "forum:related:version"
logger = logging.getLogger(__name__)


def related_version():
    """The related-content version; None when the cache is down (then nothing is kept)."""
    try:
        version = cache.get(_KEY)
        if version is None:
            version = uuid.uuid4().hex
            cache.set(_KEY, version, None)
    except Exception:  # noqa: BLE001 - any backend error means "no cache"
        logger.warning("Forum cache unavailable: related content computed uncached")
        return None
    return version


def forum_changed():
    """Something readers see in the forum changed without a save of a thread or post (an update())."""
    from community import page_cache

    try:
        cache.set(_KEY, uuid.uuid4().hex, None)
    except Exception:  # noqa: BLE001 - a cache that is down holds nothing stale
        logger.warning("Forum cache unavailable: related-content version not renewed")
    page_cache.bump("forum")


def _bump(**kwargs):
    forum_changed()


def connect():
    from wagtail.models import PageViewRestriction

    from community.models import PracticePage

    from ..models import ForumPage, Post, Reaction, Thread
    from ..moderation.models import ModerationAction

    # Moderation changes posts and threads with update() (no save signal), but every
    # action writes its log record; reactions change the names under a post.
    for model in (Thread, Post, ForumPage, PracticePage, PageViewRestriction, Reaction, ModerationAction):
        post_save.connect(_bump, sender=model, dispatch_uid=f"forum.related.{model.__name__}.save")
        post_delete.connect(_bump, sender=model, dispatch_uid=f"forum.related.{model.__name__}.delete")
