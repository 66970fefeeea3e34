"""Watching and being told: subscriptions, and turning an event into notifications.

`deliver` is where privacy is decided at send time: a member is told about a
post only if forum.permissions lets them read it now. The in-app list checks
again when it is shown (NotificationQuerySet.for_member), and e-mails check
again when they are sent.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from community.models import EmailDigest
from forum.permissions import can_view_post, can_view_thread

from .kinds import NotificationKind, spec_for
from .models import Notification, Subscription

#: At most this many members are told about one post's mentions; the rest of
#: a 1,000-name post is ignored (the author is not a broadcast list).
MAX_MENTION_NOTIFICATIONS = 20

# A reply or new thread that also mentions the member reads as a mention.
_MENTION_OUTRANKS = {
    NotificationKind.REPLY,
    NotificationKind.NEW_THREAD_IN_FORUM,
    NotificationKind.NEW_THREAD_WITH_TAG,
}


_NEW_POST_KINDS = {*_MENTION_OUTRANKS, NotificationKind.MENTION}


# --- Watching -----------------------------------------------------------------


def _target(*, thread=None, forum=None, tag=None):
    targets = {"thread": thread, "forum": forum, "tag": tag}
    given = {name: value for name, value in targets.items() if value is not None}
    if len(given) != 1:
        raise ValueError("Watch exactly one of thread, forum or tag.")
    return given


def watch(*, member, thread=None, forum=None, tag=None) -> Subscription:
    """Start watching (idempotent: watching twice keeps one subscription)."""
    target = _target(thread=thread, forum=forum, tag=tag)
    try:
        with transaction.atomic():
            subscription, _ = Subscription.objects.get_or_create(member=member, **target)
    except IntegrityError:  # the same click twice at once
        subscription = Subscription.objects.get(member=member, **target)
    return subscription


def unwatch(*, member, thread=None, forum=None, tag=None) -> bool:
    """Stop watching; False if the member was not watching."""
    deleted, _ = Subscription.objects.filter(
        member=member, **_target(thread=thread, forum=forum, tag=tag)
    ).delete()
    return bool(deleted)


def is_watching(*, member, thread=None, forum=None, tag=None) -> bool:
    return Subscription.objects.filter(member=member, **_target(thread=thread, forum=forum, tag=tag)).exists()


# --- Preferences ----------------------------------------------------------------


def wants_each_email(profile) -> bool:
    """E-mail per event: notifications on, no digest chosen."""
    return profile.email_notifications and profile.email_digest == EmailDigest.NEVER


def wants_digest(profile, period) -> bool:
    return profile.email_notifications and profile.email_digest == period


# --- Delivering -----------------------------------------------------------------


def _may_see(profile, *, kind, thread, post):
    user = profile.user
    if not user.is_active:
        return False
    if spec_for(kind).needs_readable_post:
        return post is not None and not post.is_deleted and can_view_post(user, post)
    return can_view_thread(user, thread)


class _Audience:
    """Answers "may this member see it?" for many members with a handful of queries.

    forum.permissions gives every active member who neither edits nor
    moderates this forum the same view (members-only forums for all members,
    hidden posts for nobody among them), so one of them is asked for all;
    editors and this forum's moderators, who may see more, are asked one by one.
    """

    def __init__(self, candidates, *, kind, thread, post):
        from django.contrib.auth import get_user_model

        from community.roles import EDITORS

        self.kind, self.thread, self.post = kind, thread, post
        user_ids = [profile.user_id for profile in candidates]
        editors = (
            get_user_model()
            .objects.filter(pk__in=user_ids, groups__name=EDITORS)
            .values_list("pk", flat=True)
        )
        moderators = thread.forum.moderators.filter(user_id__in=user_ids).values_list("user_id", flat=True)
        self.special = {*editors, *moderators}
        self.plain_answer = None

    def may_see(self, profile):
        if not profile.user.is_active:
            return False
        if profile.user_id in self.special:
            return _may_see(profile, kind=self.kind, thread=self.thread, post=self.post)
        if self.plain_answer is None:
            self.plain_answer = _may_see(profile, kind=self.kind, thread=self.thread, post=self.post)
        return self.plain_answer


def _already_told(kind, candidates, *, post, actor):
    """{recipient id: kind} of earlier notifications that make this one a repeat.

    A new post (reply, new thread, mention) tells a member once, whichever way
    they follow it; a reaction or solution is not repeated for the same post
    and actor (taking a reaction back and giving it again).
    """
    if post is None or not spec_for(kind).needs_readable_post:
        return {}
    ids = [profile.pk for profile in candidates]
    earlier = Notification.objects.filter(post=post, recipient__in=ids)
    if kind in _NEW_POST_KINDS:
        earlier = earlier.filter(kind__in=_NEW_POST_KINDS)
    else:
        earlier = earlier.filter(kind=kind, actor=actor)
    return dict(earlier.values_list("recipient_id", "kind"))


def deliver(*, kind, recipients, thread, post=None, actor=None, reason="") -> list[Notification]:
    """Notify each recipient who may see what it is about; returns the new notifications.

    The actor is never told about their own doing, and a member is told about
    one post once (a mention outranks a reply notice for the same post).
    """
    seen = set()
    candidates = []
    for profile in recipients:
        if profile.pk in seen or (actor is not None and profile.pk == actor.pk):
            continue
        seen.add(profile.pk)
        candidates.append(profile)
    if not candidates:
        return []

    already = _already_told(kind, candidates, post=post, actor=actor)
    audience = _Audience(candidates, kind=kind, thread=thread, post=post)
    fresh = []
    for profile in candidates:
        if not audience.may_see(profile):
            continue
        if profile.pk in already:
            if kind == NotificationKind.MENTION and already[profile.pk] in _MENTION_OUTRANKS:
                Notification.objects.filter(post=post, recipient=profile, kind=already[profile.pk]).update(
                    kind=kind
                )
            continue
        fresh.append(
            Notification(
                recipient=profile,
                kind=kind,
                actor=actor,
                forum=thread.forum,
                thread=thread,
                post=post,
                reason=reason[:500],
            )
        )
    created = Notification.objects.bulk_create(fresh)
    _email_each(created)
    return created


def _email_each(notifications):
    from .tasks import send_notification_email

    ids = [notification.pk for notification in notifications if wants_each_email(notification.recipient)]
    for notification_id in ids:
        transaction.on_commit(
            lambda notification_id=notification_id: send_notification_email.enqueue(notification_id)
        )


# --- Reading ----------------------------------------------------------------------


def mark_read(*, user, notification_ids=None) -> int:
    """Mark some (or, with None, all) of a member's notifications read."""
    notifications = Notification.objects.filter(recipient=user.profile, read_at__isnull=True)
    if notification_ids is not None:
        notifications = notifications.filter(pk__in=notification_ids)
    return notifications.update(read_at=timezone.now())


def unread_count(user) -> int:
    return Notification.objects.for_member(user).unread().count()


def retire_notifications_about(post) -> int:
    """A post was hidden or deleted: its unread notices stop counting in the header.

    The list already leaves them out (it checks visibility when shown); this
    keeps the header's single COUNT honest. Moderation notices to the author stay.
    """
    from .kinds import POST_KINDS

    return Notification.objects.filter(post=post, kind__in=POST_KINDS, read_at__isnull=True).update(
        read_at=timezone.now()
    )
