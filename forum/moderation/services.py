"""Moderation: flags, hiding, locking, pinning and moving, each logged and told to the author.

Keyword-only functions; the views have checked permissions (forum.moderation.permissions)
before calling. Each action that changes nothing (hiding a hidden post, flagging
twice) is a no-op that returns False and writes no log.
"""

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.db.models.functions import Greatest
from django.utils import timezone

from forum.models import ForumPage, Thread
from forum.notifications import services as notification_services
from forum.notifications.kinds import NotificationKind
from forum.notifications.tasks import notify_about_post, notify_about_thread

from .models import ActionKind, Flag, FlagStatus, ModerationAction


def _log(*, moderator, action, thread, post=None, reason="", details=""):
    subject = thread.title if post is None else f"{thread.title} #{post.position}"
    return ModerationAction.objects.create(
        moderator=moderator,
        moderator_name=moderator.name[:150],
        action=action,
        forum_id=thread.forum_id,
        thread=thread,
        post=post,
        subject=subject[:300],
        reason=reason[:500],
        details=details[:300],
    )


def _tell_post_author(kind, post, moderator, reason):
    if post.author_id:
        args = (kind.value, post.pk, [post.author_id], moderator.pk, reason)
        transaction.on_commit(lambda: notify_about_post.enqueue(*args))


def _tell_thread_author(kind, thread, moderator, reason):
    if thread.author_id:
        args = (kind.value, thread.pk, [thread.author_id], moderator.pk, reason)
        transaction.on_commit(lambda: notify_about_thread.enqueue(*args))


# --- Flags --------------------------------------------------------------------------


def flag_post(*, reporter, post, reason, details="") -> tuple[Flag, bool]:
    """Flag a post once; a second flag by the same member changes nothing (created=False)."""
    try:
        with transaction.atomic():
            return Flag.objects.get_or_create(
                post=post, reporter=reporter, defaults={"reason": reason, "details": details}
            )
    except IntegrityError:  # the same flag twice at once
        return Flag.objects.get(post=post, reporter=reporter), False


def _close_flags(flags, *, moderator, status):
    return flags.filter(status=FlagStatus.OPEN).update(
        status=status, handled_by=moderator, handled_at=timezone.now()
    )


@transaction.atomic
def resolve_flag(*, moderator, flag, dismiss=False, reason="") -> bool:
    """Close an open flag: handled (something was done) or dismissed (nothing to do)."""
    status = FlagStatus.DISMISSED if dismiss else FlagStatus.RESOLVED
    if not _close_flags(Flag.objects.filter(pk=flag.pk), moderator=moderator, status=status):
        return False
    post = flag.post
    _log(
        moderator=moderator,
        action=ActionKind.FLAG_DISMISSED if dismiss else ActionKind.FLAG_RESOLVED,
        thread=post.thread,
        post=post,
        reason=reason,
        details=flag.get_reason_display(),
    )
    return True


# --- Posts --------------------------------------------------------------------------


@transaction.atomic
def hide_post(*, moderator, post, reason) -> bool:
    """Hide a post from everyone but its forum's moderators; its open flags count as handled."""
    if not type(post).objects.filter(pk=post.pk, is_hidden=False).update(is_hidden=True):
        return False
    post.is_hidden = True
    _log(moderator=moderator, action=ActionKind.POST_HIDDEN, thread=post.thread, post=post, reason=reason)
    _close_flags(post.flags.all(), moderator=moderator, status=FlagStatus.RESOLVED)
    notification_services.retire_notifications_about(post)
    _tell_post_author(NotificationKind.POST_HIDDEN, post, moderator, reason)
    return True


@transaction.atomic
def unhide_post(*, moderator, post, reason) -> bool:
    if not type(post).objects.filter(pk=post.pk, is_hidden=True).update(is_hidden=False):
        return False
    post.is_hidden = False
    _log(moderator=moderator, action=ActionKind.POST_UNHIDDEN, thread=post.thread, post=post, reason=reason)
    _tell_post_author(NotificationKind.POST_UNHIDDEN, post, moderator, reason)
    return True


# --- Threads ------------------------------------------------------------------------

_FLAG_CHANGES = {
    # (field, new value): (log action, notification kind)
    ("is_locked", True): (ActionKind.THREAD_LOCKED, NotificationKind.THREAD_LOCKED),
    ("is_locked", False): (ActionKind.THREAD_UNLOCKED, NotificationKind.THREAD_UNLOCKED),
    ("is_pinned", True): (ActionKind.THREAD_PINNED, NotificationKind.THREAD_PINNED),
    ("is_pinned", False): (ActionKind.THREAD_UNPINNED, NotificationKind.THREAD_UNPINNED),
}


@transaction.atomic
def _set_thread_flag(*, moderator, thread, field, value, reason):
    changed = Thread.objects.filter(pk=thread.pk).exclude(**{field: value}).update(**{field: value})
    if not changed:
        return False
    setattr(thread, field, value)
    action, kind = _FLAG_CHANGES[(field, value)]
    _log(moderator=moderator, action=action, thread=thread, reason=reason)
    _tell_thread_author(kind, thread, moderator, reason)
    return True


def lock_thread(*, moderator, thread, reason) -> bool:
    return _set_thread_flag(moderator=moderator, thread=thread, field="is_locked", value=True, reason=reason)


def unlock_thread(*, moderator, thread, reason) -> bool:
    return _set_thread_flag(moderator=moderator, thread=thread, field="is_locked", value=False, reason=reason)


def pin_thread(*, moderator, thread, reason) -> bool:
    return _set_thread_flag(moderator=moderator, thread=thread, field="is_pinned", value=True, reason=reason)


def unpin_thread(*, moderator, thread, reason) -> bool:
    return _set_thread_flag(moderator=moderator, thread=thread, field="is_pinned", value=False, reason=reason)


def _refresh_last_activity(forum_id):
    latest = Thread.objects.filter(forum_id=forum_id).aggregate(latest=Max("last_activity_at"))["latest"]
    ForumPage.objects.filter(pk=forum_id).update(last_activity_at=latest)


@transaction.atomic
def move_thread(*, moderator, thread, target_forum, reason) -> bool:
    """Move a thread to another forum; both forums' thread and post counts follow."""
    locked = Thread.objects.select_for_update().select_related("forum").get(pk=thread.pk)
    source = locked.forum
    if source.pk == target_forum.pk:
        return False
    # forum.services adds one post to the forum's count with each post it adds
    # to the thread (the opening post and each reply), so this is what the
    # thread contributes.
    posts = locked.reply_count + 1
    Thread.objects.filter(pk=locked.pk).update(forum=target_forum)
    ForumPage.objects.filter(pk=source.pk).update(
        thread_count=Greatest(F("thread_count") - 1, 0), post_count=Greatest(F("post_count") - posts, 0)
    )
    ForumPage.objects.filter(pk=target_forum.pk).update(
        thread_count=F("thread_count") + 1, post_count=F("post_count") + posts
    )
    _refresh_last_activity(source.pk)
    _refresh_last_activity(target_forum.pk)
    thread.forum = target_forum
    _log(
        moderator=moderator,
        action=ActionKind.THREAD_MOVED,
        thread=thread,
        reason=reason,
        details=f"{source.title} → {target_forum.title}"[:300],
    )
    _tell_thread_author(NotificationKind.THREAD_MOVED, thread, moderator, reason)
    return True
