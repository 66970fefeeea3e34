"""Moderation decisions, built on forum.permissions (which owns the forum-wide rules)."""

from forum.permissions import (
    can_flag_post as _can_flag_post,
)
from forum.permissions import (
    can_moderate_forum,
    can_move_thread,
    can_read_moderation_log,
    can_view_post,
    is_forum_moderator,
    moderated_forum_ids,
)

__all__ = [
    "can_flag_post",
    "can_handle_flag",
    "can_hide_post",
    "can_lock_thread",
    "can_move_thread",
    "can_pin_thread",
    "can_read_moderation_log",
    "can_view_moderation_queue",
    "queue_forum_ids",
]


def can_flag_post(user, post):
    """Members flag posts they can read (not their own, not deleted ones)."""
    return _can_flag_post(user, post) and can_view_post(user, post)


def can_hide_post(user, post):
    return can_moderate_forum(user, post.thread.forum)


def can_lock_thread(user, thread):
    return can_moderate_forum(user, thread.forum)


def can_pin_thread(user, thread):
    return can_moderate_forum(user, thread.forum)


def can_handle_flag(user, flag):
    return can_moderate_forum(user, flag.post.thread.forum)


def queue_forum_ids(user):
    """The forums whose flags this user handles: the ones they moderate (editors are not moderators)."""
    ids = moderated_forum_ids(user)
    if ids is None:  # an editor: moderates only the forums that list them
        from forum.models import ForumPage

        return {forum.pk for forum in ForumPage.objects.all() if is_forum_moderator(user, forum)}
    return ids


def can_view_moderation_queue(user):
    return bool(queue_forum_ids(user))
