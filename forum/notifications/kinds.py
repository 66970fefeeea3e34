"""What a notification is about: its kinds, and for each the message and the target.

Misago-style: the kind is stored as a short string; the registry says how a
kind reads ("Budi membalas di ...") and where clicking it leads. Adding a
kind means adding it to NotificationKind and registering it below, nothing else.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    REPLY = "reply", _("Reply in a watched thread")
    NEW_THREAD_IN_FORUM = "forum_thread", _("New thread in a watched forum")
    NEW_THREAD_WITH_TAG = "tag_thread", _("New thread with a watched tag")
    MENTION = "mention", _("Mention")
    REACTION = "reaction", _("Found helpful")
    SOLUTION = "solution", _("Marked as the solution")
    POST_HIDDEN = "post_hidden", _("Post hidden by a moderator")
    POST_UNHIDDEN = "post_unhidden", _("Post shown again by a moderator")
    THREAD_LOCKED = "thread_locked", _("Thread locked")
    THREAD_UNLOCKED = "thread_unlocked", _("Thread unlocked")
    THREAD_PINNED = "thread_pinned", _("Thread pinned")
    THREAD_UNPINNED = "thread_unpinned", _("Thread unpinned")
    THREAD_MOVED = "thread_moved", _("Thread moved")


@dataclass(frozen=True)
class KindSpec:
    #: "%(actor)s replied in %(thread)s": how the notification reads.
    message: Callable[[], str]
    #: Whether the notification points at a post the reader must be able to read
    #: (replies, mentions...); moderation notices point at the thread instead,
    #: because the post they are about may now be hidden from its own author.
    needs_readable_post: bool = True
    #: Moderation notices: about the reader's own post, from a moderator.
    is_moderation: bool = False


def _spec(message, **options):
    return KindSpec(message=message, **options)


REGISTRY: dict[str, KindSpec] = {
    NotificationKind.REPLY: _spec(lambda: gettext("%(actor)s replied in “%(thread)s”")),
    NotificationKind.NEW_THREAD_IN_FORUM: _spec(
        lambda: gettext("%(actor)s started “%(thread)s” in %(forum)s")
    ),
    NotificationKind.NEW_THREAD_WITH_TAG: _spec(
        lambda: gettext("%(actor)s started “%(thread)s”, tagged with a topic you follow")
    ),
    NotificationKind.MENTION: _spec(lambda: gettext("%(actor)s mentioned you in “%(thread)s”")),
    NotificationKind.REACTION: _spec(lambda: gettext("%(actor)s found your post in “%(thread)s” helpful")),
    NotificationKind.SOLUTION: _spec(
        lambda: gettext("%(actor)s marked your reply in “%(thread)s” as the solution")
    ),
    NotificationKind.POST_HIDDEN: _spec(
        lambda: gettext("A moderator hid your post in “%(thread)s”"),
        needs_readable_post=False,
        is_moderation=True,
    ),
    NotificationKind.POST_UNHIDDEN: _spec(
        lambda: gettext("A moderator showed your post in “%(thread)s” again"),
        needs_readable_post=False,
        is_moderation=True,
    ),
    NotificationKind.THREAD_LOCKED: _spec(
        lambda: gettext("A moderator locked your thread “%(thread)s”"),
        needs_readable_post=False,
        is_moderation=True,
    ),
    NotificationKind.THREAD_UNLOCKED: _spec(
        lambda: gettext("A moderator unlocked your thread “%(thread)s”"),
        needs_readable_post=False,
        is_moderation=True,
    ),
    NotificationKind.THREAD_PINNED: _spec(
        lambda: gettext("A moderator pinned your thread “%(thread)s”"),
        needs_readable_post=False,
        is_moderation=True,
    ),
    NotificationKind.THREAD_UNPINNED: _spec(
        lambda: gettext("A moderator unpinned your thread “%(thread)s”"),
        needs_readable_post=False,
        is_moderation=True,
    ),
    NotificationKind.THREAD_MOVED: _spec(
        lambda: gettext("A moderator moved your thread “%(thread)s” to %(forum)s"),
        needs_readable_post=False,
        is_moderation=True,
    ),
}

MODERATION_KINDS = frozenset(kind for kind, spec in REGISTRY.items() if spec.is_moderation)
POST_KINDS = frozenset(kind for kind, spec in REGISTRY.items() if spec.needs_readable_post)


def spec_for(kind) -> KindSpec:
    return REGISTRY[kind]
