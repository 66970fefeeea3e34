"""Who is told what: replies, new threads, mentions, reactions and solutions.

Notifications reach only members who may read what they are about, are never
sent to the member who did it, and one post tells one member once.
"""

import pytest
from taggit.models import Tag

from forum import signals
from forum.models import Post, Reaction
from forum.moderation import services as moderation
from forum.notifications import services as notifications
from forum.notifications.kinds import NotificationKind
from forum.notifications.models import Notification
from tests.factories import UserFactory

from .social_fixtures import *  # noqa: F403  (fixtures)
from .social_fixtures import make_forum, reply, restrict_to_editors, start_thread

pytestmark = pytest.mark.django_db


def kinds_for(user):
    return list(Notification.objects.filter(recipient=user.profile).values_list("kind", flat=True))


def test_a_reply_in_a_watched_thread_tells_the_watcher_and_not_the_one_who_replied(
    thread, watcher, author, on_commit
):
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        post = reply(author, thread)

    notification = Notification.objects.get(recipient=watcher.profile)
    assert notification.kind == NotificationKind.REPLY
    assert notification.post == post
    assert notification.message == f"budi membalas di “{thread.title}”"
    assert kinds_for(author) == []


def test_the_thread_author_hears_about_replies_because_starting_a_thread_watches_it(
    thread, author, watcher, on_commit
):
    with on_commit():
        reply(watcher, thread)

    assert kinds_for(author) == [NotificationKind.REPLY]
    # ...and replying watched it for the one who replied.
    assert notifications.is_watching(member=watcher.profile, thread=thread)


def test_a_member_who_stopped_watching_hears_nothing(thread, author, watcher, on_commit):
    notifications.unwatch(member=author.profile, thread=thread)

    with on_commit():
        reply(watcher, thread)

    assert kinds_for(author) == []


def test_a_new_thread_tells_watchers_of_the_forum_and_of_its_tags_once_each(
    health_forum, author, watcher, member, on_commit
):
    notifications.watch(member=watcher.profile, forum=health_forum)
    with on_commit():
        start_thread(author, health_forum, title="Pelatihan kader posyandu", tags=["stunting"])
    tag = Tag.objects.get(name="stunting")
    notifications.watch(member=member.profile, tag=tag)
    notifications.watch(member=watcher.profile, tag=tag)

    with on_commit():
        start_thread(author, health_forum, title="Data gizi balita", tags=["stunting"])

    assert kinds_for(watcher) == [NotificationKind.NEW_THREAD_IN_FORUM] * 2
    assert kinds_for(member) == [NotificationKind.NEW_THREAD_WITH_TAG]


def test_a_mention_tells_the_member_and_outranks_the_reply_notice(thread, author, watcher, on_commit):
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        post = reply(author, thread, body="@wati bagaimana menurut Anda?")
        signals.members_mentioned.send(sender=Post, post=post, profiles=[watcher.profile])

    assert kinds_for(watcher) == [NotificationKind.MENTION]
    assert Notification.objects.get(recipient=watcher.profile).message.startswith("budi menyebut Anda")


def test_a_thousand_mentions_notify_a_bounded_number_of_members(thread, author, on_commit):
    mentioned = [
        UserFactory(username=f"anggota_sebut_{n}").profile
        for n in range(notifications.MAX_MENTION_NOTIFICATIONS + 5)
    ]
    names = [profile for profile in mentioned for _ in range(40)]  # a thousand @-names

    with on_commit():
        post = reply(author, thread, body="Halo semua")
        signals.members_mentioned.send(sender=Post, post=post, profiles=names)

    assert len(names) >= 1000
    assert (
        Notification.objects.filter(kind=NotificationKind.MENTION).count()
        == notifications.MAX_MENTION_NOTIFICATIONS
    )


def test_finding_a_post_helpful_and_marking_a_solution_tell_its_author(thread, author, watcher, on_commit):
    with on_commit():
        answer = reply(watcher, thread)
    Reaction.objects.create(post=answer, member=author.profile)

    with on_commit():
        signals.reaction_added.send(sender=Post, post=answer, member=author.profile)
        signals.solution_marked.send(sender=type(thread), thread=thread, post=answer, by=author.profile)

    assert sorted(kinds_for(watcher)) == sorted([NotificationKind.REACTION, NotificationKind.SOLUTION])
    messages = {n.kind: n.message for n in Notification.objects.filter(recipient=watcher.profile)}
    assert (
        messages[NotificationKind.SOLUTION]
        == f"budi menandai balasan Anda di “{thread.title}” sebagai solusi"
    )


def test_nobody_hears_about_a_post_in_a_forum_they_may_not_read(author, watcher, editor, on_commit):
    secret = restrict_to_editors(make_forum("Forum Rahasia", slug="rahasia"))
    notifications.watch(member=watcher.profile, forum=secret)

    with on_commit():
        start_thread(author, secret, title="Anggaran yang belum diumumkan")

    assert kinds_for(watcher) == []


def test_a_members_only_forum_tells_members_but_not_a_deactivated_account(
    author, watcher, members_forum, on_commit
):
    gone = UserFactory(username="pensiun")
    for user in (watcher, gone):
        notifications.watch(member=user.profile, forum=members_forum)
    gone.is_active = False
    gone.save()

    with on_commit():
        start_thread(author, members_forum, title="Kenaikan pangkat reguler")

    assert kinds_for(watcher) == [NotificationKind.NEW_THREAD_IN_FORUM]
    assert kinds_for(gone) == []


def test_a_post_hidden_before_the_notifications_go_out_tells_no_one(
    thread, author, watcher, moderator_user, on_commit
):
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        post = reply(author, thread, body="Iklan pinjaman online")
        moderation.hide_post(moderator=moderator_user.profile, post=post, reason="Spam")

    assert kinds_for(watcher) == []
    # The author is told about the moderation, not about their own post.
    assert kinds_for(author) == [NotificationKind.POST_HIDDEN]


def test_a_notification_about_a_post_hidden_later_leaves_the_list_and_the_count(
    thread, author, watcher, moderator_user, on_commit
):
    notifications.watch(member=watcher.profile, thread=thread)
    with on_commit():
        post = reply(author, thread)
    assert Notification.objects.for_member(watcher).count() == 1

    with on_commit():
        moderation.hide_post(moderator=moderator_user.profile, post=post, reason="Data pribadi")

    assert Notification.objects.for_member(watcher).count() == 0
    assert Notification.objects.filter(recipient=watcher.profile, read_at__isnull=True).count() == 0
    # The forum's moderator, who may still read hidden posts, keeps seeing it if told.
    assert Notification.objects.for_member(author).filter(kind=NotificationKind.POST_HIDDEN).count() == 1
