"""Forum events (forum.signals) turned into subscriptions and queued notifications.

Watching the thread one starts or replies to happens at once, inside the
posting transaction; telling others is queued for after the commit, so a
rolled-back post never notifies anyone.
"""

from django.db import transaction
from django.dispatch import receiver

from forum import signals

from . import services, tasks
from .kinds import NotificationKind


def _after_commit(task, *args):
    transaction.on_commit(lambda: task.enqueue(*args))


@receiver(signals.thread_created, dispatch_uid="forum_notifications.thread_created")
def on_thread_created(sender, thread, post, **kwargs):
    if post.author_id:
        services.watch(member=post.author, thread=thread)
    _after_commit(tasks.notify_new_thread, post.pk)


@receiver(signals.reply_created, dispatch_uid="forum_notifications.reply_created")
def on_reply_created(sender, post, **kwargs):
    if post.author_id:
        services.watch(member=post.author, thread=post.thread)
    _after_commit(tasks.notify_reply, post.pk)


@receiver(signals.members_mentioned, dispatch_uid="forum_notifications.members_mentioned")
def on_members_mentioned(sender, post, profiles, **kwargs):
    # Bounded here as well as in the task: a queue row never carries 1,000 ids.
    ids = []
    for profile in profiles:
        if profile.pk not in ids:
            ids.append(profile.pk)
        if len(ids) >= services.MAX_MENTION_NOTIFICATIONS:
            break
    if ids:
        _after_commit(tasks.notify_about_post, NotificationKind.MENTION.value, post.pk, ids, post.author_id)


@receiver(signals.reaction_added, dispatch_uid="forum_notifications.reaction_added")
def on_reaction_added(sender, post, member, **kwargs):
    if post.author_id:
        _after_commit(
            tasks.notify_about_post, NotificationKind.REACTION.value, post.pk, [post.author_id], member.pk
        )


@receiver(signals.solution_marked, dispatch_uid="forum_notifications.solution_marked")
def on_solution_marked(sender, thread, post, by, **kwargs):
    if post.author_id:
        actor_id = by.pk if by is not None else None
        _after_commit(
            tasks.notify_about_post, NotificationKind.SOLUTION.value, post.pk, [post.author_id], actor_id
        )


@receiver(signals.post_deleted, dispatch_uid="forum_notifications.post_deleted")
def on_post_deleted(sender, post, **kwargs):
    services.retire_notifications_about(post)
