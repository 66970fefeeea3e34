"""Who is told what: replies, new threads, mentions, reactions and solutions.

Notifications reach only members who may read what they are about, never the
member who did it, and one new post tells one member once.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from forum import services
from forum.moderation import services as moderation
from forum.notifications import services as notifications
from forum.notifications.kinds import NotificationKind
from forum.notifications.models import Notification
from tests.factories import UserFactory
from tests.forum.factories import make_forum, make_reply, make_thread

from .social_fixtures import *  # noqa: F403  (fixtures)
from .social_fixtures import restrict_to_editors

pytestmark = pytest.mark.django_db


def kinds_for(user):
    return sorted(Notification.objects.filter(recipient=user.profile).values_list("kind", flat=True))


def test_a_reply_in_a_watched_thread_tells_the_watcher_and_not_the_one_who_replied(
    thread, watcher, another_member, on_commit
):
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        post = make_reply(thread, author=another_member, body="Kami juga memakai formulir manual.")

    notification = Notification.objects.get(recipient=watcher.profile)
    assert notification.kind == NotificationKind.REPLY
    assert notification.post == post
    assert notification.message == f"budi membalas di “{thread.title}”"
    assert kinds_for(another_member) == []


def test_starting_a_thread_watches_it_so_its_author_hears_about_replies(
    public_forum, member, watcher, on_commit
):
    thread = make_thread(public_forum, author=member, title="Jadwal posyandu saat libur")

    with on_commit():
        make_reply(thread, author=watcher)

    assert kinds_for(member) == [NotificationKind.REPLY]
    # ...and replying watched it for the one who replied.
    assert notifications.is_watching(member=watcher.profile, thread=thread)


def test_a_member_who_stopped_watching_hears_nothing(thread, member, watcher, on_commit):
    notifications.unwatch(member=member.profile, thread=thread)

    with on_commit():
        make_reply(thread, author=watcher)

    assert kinds_for(member) == []


def test_a_new_thread_tells_watchers_of_the_forum_and_of_its_tags_once_each(
    public_forum, member, watcher, another_member, on_commit
):
    make_thread(public_forum, author=member, tags=["stunting"])
    tag = Tag.objects.get(name="stunting")
    notifications.watch(member=watcher.profile, forum=public_forum)
    notifications.watch(member=watcher.profile, tag=tag)
    notifications.watch(member=another_member.profile, tag=tag)

    with on_commit():
        make_thread(public_forum, author=member, title="Data gizi balita", tags=["stunting"])

    assert kinds_for(watcher) == [NotificationKind.NEW_THREAD_IN_FORUM]
    assert kinds_for(another_member) == [NotificationKind.NEW_THREAD_WITH_TAG]
    assert Notification.objects.get(recipient=watcher.profile).message == (
        "siti memulai “Data gizi balita” di Forum Kesehatan"
    )


def test_a_mention_tells_the_member_and_outranks_the_reply_notice(thread, another_member, watcher, on_commit):
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        make_reply(thread, author=another_member, body="@wati bagaimana menurut Anda?")

    assert kinds_for(watcher) == [NotificationKind.MENTION]
    assert (
        Notification.objects.get(recipient=watcher.profile).message
        == f"budi menyebut Anda di “{thread.title}”"
    )


def test_a_thousand_mentions_notify_a_bounded_number_of_members(thread, another_member, on_commit):
    names = [
        UserFactory(username=f"sebut{n}").username for n in range(notifications.MAX_MENTION_NOTIFICATIONS + 5)
    ]
    body = " ".join(f"@{names[n % len(names)]}" for n in range(1000))

    with on_commit():
        make_reply(thread, author=another_member, body=body)

    mentioned = Notification.objects.filter(kind=NotificationKind.MENTION).count()
    assert 0 < mentioned <= notifications.MAX_MENTION_NOTIFICATIONS


def test_mentioning_an_unknown_member_notifies_nobody(thread, another_member, on_commit):
    with on_commit():
        make_reply(thread, author=another_member, body="@tidakada_orangnya tolong dicek")

    assert not Notification.objects.filter(kind=NotificationKind.MENTION).exists()


def test_finding_a_post_helpful_and_marking_it_the_solution_tell_its_author(
    thread, member, watcher, on_commit
):
    answer = make_reply(thread, author=watcher, body="Validasi silang dengan data dukcapil.")

    with on_commit():
        services.toggle_reaction(member=member.profile, post=answer)
        services.mark_solution(by=member.profile, thread=thread, post=answer)

    assert kinds_for(watcher) == sorted([NotificationKind.REACTION, NotificationKind.SOLUTION])
    solution = Notification.objects.get(recipient=watcher.profile, kind=NotificationKind.SOLUTION)
    assert solution.message == f"siti menandai balasan Anda di “{thread.title}” sebagai solusi"


def test_taking_a_reaction_back_and_giving_it_again_tells_the_author_once(
    thread, member, another_member, on_commit
):
    answer = thread.posts.get(position=2)

    with on_commit():
        for _ in range(3):
            services.toggle_reaction(member=member.profile, post=answer)

    assert kinds_for(another_member) == [NotificationKind.REACTION]


def test_nobody_hears_about_a_post_in_a_forum_they_may_not_read(member, watcher, on_commit):
    secret = restrict_to_editors(make_forum("Forum Rahasia"))
    notifications.watch(member=watcher.profile, forum=secret)

    with on_commit():
        make_thread(secret, author=member, title="Anggaran yang belum diumumkan")

    assert kinds_for(watcher) == []


def test_a_members_only_forum_tells_members_but_not_a_deactivated_account(
    member, watcher, members_forum, on_commit
):
    gone = UserFactory(username="pensiun")
    for user in (watcher, gone):
        notifications.watch(member=user.profile, forum=members_forum)
    gone.is_active = False
    gone.save()

    with on_commit():
        make_thread(members_forum, author=member, title="Kenaikan pangkat reguler")

    assert kinds_for(watcher) == [NotificationKind.NEW_THREAD_IN_FORUM]
    assert kinds_for(gone) == []


def test_a_post_hidden_before_the_notifications_go_out_tells_no_one(
    thread, another_member, watcher, forum_moderator, on_commit
):
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        post = make_reply(thread, author=another_member, body="Iklan pinjaman online @wati")
        moderation.hide_post(moderator=forum_moderator.profile, post=post, reason="Spam")

    assert kinds_for(watcher) == []
    # The author hears about the moderation of their post.
    assert kinds_for(another_member) == [NotificationKind.POST_HIDDEN]


def test_a_notification_about_a_post_hidden_later_leaves_the_list_and_the_count(
    thread, another_member, watcher, forum_moderator, on_commit
):
    notifications.watch(member=watcher.profile, thread=thread)
    with on_commit():
        post = make_reply(thread, author=another_member)
    assert Notification.objects.for_member(watcher).count() == 1

    with on_commit():
        moderation.hide_post(moderator=forum_moderator.profile, post=post, reason="Data pribadi")

    assert Notification.objects.for_member(watcher).count() == 0
    assert Notification.objects.filter(recipient=watcher.profile, read_at__isnull=True).count() == 0


def test_a_notification_about_a_deleted_post_leaves_the_list(thread, another_member, watcher, on_commit):
    notifications.watch(member=watcher.profile, thread=thread)
    with on_commit():
        post = make_reply(thread, author=another_member)

    services.delete_post(by=another_member.profile, post=post)

    assert Notification.objects.for_member(watcher).count() == 0
    assert Notification.objects.filter(recipient=watcher.profile, read_at__isnull=True).count() == 0


def test_the_forum_s_moderator_watching_still_hears_of_a_hidden_reply_which_others_do_not(
    thread, another_member, watcher, forum_moderator, on_commit
):
    for user in (watcher, forum_moderator):
        notifications.watch(member=user.profile, thread=thread)

    with on_commit():
        post = make_reply(thread, author=another_member, body="Perlu ditinjau moderator", is_hidden=True)
        notifications.deliver(
            kind=NotificationKind.REPLY,
            recipients=[watcher.profile, forum_moderator.profile],
            thread=thread,
            post=post,
            actor=another_member.profile,
        )

    assert kinds_for(watcher) == []
    assert kinds_for(forum_moderator) == [NotificationKind.REPLY]


def queries_to_tell_watchers(forum, author, count, on_commit):
    watchers = [UserFactory(username=f"pengamat{count}_{n}") for n in range(count)]
    for user in watchers:
        notifications.watch(member=user.profile, forum=forum)
    with CaptureQueriesContext(connection) as queries, on_commit():
        make_thread(forum, author=author, title=f"Diskusi untuk {count} pengamat")
    assert Notification.objects.filter(recipient__user__in=watchers).count() == count
    return len(queries.captured_queries)


def test_telling_a_forum_s_watchers_costs_the_same_queries_for_5_or_25_of_them(member, on_commit):
    few = queries_to_tell_watchers(make_forum("Forum Kecil"), member, 5, on_commit)
    many = queries_to_tell_watchers(make_forum("Forum Ramai"), member, 25, on_commit)

    assert many == few
