"""Slow work, through django-tasks: fan-out of an event and the e-mails.

Immediate in dev and tests (settings.TASKS); in production a database queue
(django-tasks-db) that `manage.py db_worker` works through. Tasks take ids,
never objects, and look everything up again when they run: what was visible
when the event happened may have been hidden since.
"""

from django.db.models import Q
from django_tasks import task

from community.models import MemberProfile

from . import emails, services
from .kinds import NotificationKind
from .models import Notification, Subscription


def _post(post_id):
    from forum.models import Post

    return Post.objects.select_related("thread__forum", "author__user").filter(pk=post_id).first()


def _profiles(ids):
    return MemberProfile.objects.filter(pk__in=ids).select_related("user")


def _watchers(**target):
    return _profiles(Subscription.objects.filter(**target).values("member_id"))


@task()
def notify_new_thread(post_id):
    """Watchers of the forum, then watchers of the thread's tags."""
    post = _post(post_id)
    if post is None:
        return
    thread = post.thread
    services.deliver(
        kind=NotificationKind.NEW_THREAD_IN_FORUM,
        recipients=_watchers(forum=thread.forum),
        thread=thread,
        post=post,
        actor=post.author,
    )
    tag_ids = list(thread.tags.values_list("pk", flat=True))
    if tag_ids:
        services.deliver(
            kind=NotificationKind.NEW_THREAD_WITH_TAG,
            recipients=_watchers(tag_id__in=tag_ids),
            thread=thread,
            post=post,
            actor=post.author,
        )


@task()
def notify_reply(post_id):
    post = _post(post_id)
    if post is None:
        return
    services.deliver(
        kind=NotificationKind.REPLY,
        recipients=_watchers(thread=post.thread),
        thread=post.thread,
        post=post,
        actor=post.author,
    )


@task()
def notify_about_post(kind, post_id, recipient_ids, actor_id=None, reason=""):
    """Mentions, reactions, solutions, moderation notices: given recipients, one post."""
    post = _post(post_id)
    if post is None:
        return
    if kind == NotificationKind.MENTION:
        recipient_ids = list(recipient_ids)[: services.MAX_MENTION_NOTIFICATIONS]
    actor = MemberProfile.objects.filter(pk=actor_id).first() if actor_id else None
    services.deliver(
        kind=kind,
        recipients=_profiles(recipient_ids),
        thread=post.thread,
        post=post,
        actor=actor,
        reason=reason,
    )


@task()
def notify_about_thread(kind, thread_id, recipient_ids, actor_id=None, reason=""):
    """Moderation notices about a whole thread (locked, pinned, moved)."""
    from forum.models import Thread

    thread = Thread.objects.select_related("forum").filter(pk=thread_id).first()
    if thread is None:
        return
    actor = MemberProfile.objects.filter(pk=actor_id).first() if actor_id else None
    services.deliver(
        kind=kind, recipients=_profiles(recipient_ids), thread=thread, actor=actor, reason=reason
    )


@task()
def send_notification_email(notification_id):
    """One notification by e-mail, if the member still wants it and may still see it."""
    notification = (
        Notification.objects.select_related("recipient__user", "thread__forum", "actor__user", "post")
        .filter(pk=notification_id, emailed_at__isnull=True, read_at__isnull=True)
        .first()
    )
    if notification is None or not services.wants_each_email(notification.recipient):
        return
    user = notification.recipient.user
    if not Notification.objects.for_member(user).filter(pk=notification.pk).exists():
        return
    emails.send_one(notification)


@task()
def send_digest(profile_id, period):
    """A member's unread, not yet e-mailed notifications in one message; none: no e-mail."""
    profile = MemberProfile.objects.select_related("user").filter(pk=profile_id).first()
    if profile is None or not profile.user.is_active or not services.wants_digest(profile, period):
        return
    pending = list(
        Notification.objects.for_member(profile.user).unread().filter(emailed_at__isnull=True).for_list()[:50]
    )
    if pending:
        emails.send_digest(profile, pending, period)


def digest_recipient_ids(period):
    """Members who chose this digest and have something unread and not yet e-mailed."""
    return (
        Notification.objects.filter(
            Q(read_at__isnull=True) & Q(emailed_at__isnull=True),
            recipient__email_notifications=True,
            recipient__email_digest=period,
            recipient__user__is_active=True,
        )
        .values_list("recipient_id", flat=True)
        .distinct()
    )
