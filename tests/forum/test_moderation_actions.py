"""Moderators hide and show posts, lock, pin and move threads: only in their forums, always logged, author told."""

import pytest
from django.urls import reverse

from forum.models import ForumPage, Post, Thread
from forum.moderation.models import ActionKind, Flag, FlagStatus, ModerationAction
from forum.notifications.kinds import NotificationKind
from forum.notifications.models import Notification
from tests.forum.factories import make_reply, make_thread

from .social_fixtures import *  # noqa: F403  (fixtures)
from .social_fixtures import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def answer(thread):
    return thread.posts.get(position=2)


def post_action(post, action):
    return reverse("forum_moderation:post_action", args=[post.pk, action])


def tools(thread):
    return reverse("forum_moderation:thread_tools", args=[thread.pk])


def told(user):
    return list(
        Notification.objects.filter(recipient=user.profile).order_by("pk").values_list("kind", "reason")
    )


def test_a_moderator_hides_a_post_others_no_longer_see_it_and_its_author_is_told(
    forum_moderator_client, another_member, member_client, anonymous, thread, answer, on_commit
):
    member_client.post(reverse("forum_moderation:flag_post", args=[answer.pk]), {"reason": "spam"})

    with on_commit():
        response = forum_moderator_client.post(
            post_action(answer, "hide"), {"reason": "Promosi berulang"}, follow=True
        )

    assert "Tulisan disembunyikan." in response.content.decode()
    answer.refresh_from_db()
    assert answer.is_hidden
    for reader in (member_client, anonymous):
        page = reader.get(thread.get_absolute_url(), follow=True).content.decode()
        assert "Kami memakai e-PPGBM" not in page
    assert (
        "Kami memakai e-PPGBM"
        in forum_moderator_client.get(thread.get_absolute_url(), follow=True).content.decode()
    )
    log = ModerationAction.objects.get()
    assert (log.action, log.moderator_name, log.reason, log.post, log.thread) == (
        ActionKind.POST_HIDDEN,
        "rina_moderator",
        "Promosi berulang",
        answer,
        thread,
    )
    assert Flag.objects.get().status == FlagStatus.RESOLVED
    assert told(another_member) == [(NotificationKind.POST_HIDDEN, "Promosi berulang")]
    message = Notification.objects.get(recipient=another_member.profile).message
    assert message == f"Moderator menyembunyikan tulisan Anda di “{thread.title}”"
    # The author sees the notice in their list (it points at the thread, which they may read).
    assert message in client_for(another_member).get(reverse("forum_notifications:list")).content.decode()


def test_a_moderator_shows_a_hidden_post_again(
    forum_moderator_client, another_member, member_client, thread, on_commit
):
    hidden = make_reply(thread, author=another_member, body="Teks yang sempat disembunyikan", is_hidden=True)

    with on_commit():
        forum_moderator_client.post(post_action(hidden, "unhide"), {"reason": "Keliru, bukan spam"})

    hidden.refresh_from_db()
    assert not hidden.is_hidden
    assert (
        "Teks yang sempat disembunyikan"
        in member_client.get(thread.get_absolute_url(), follow=True).content.decode()
    )
    assert ModerationAction.objects.get().action == ActionKind.POST_UNHIDDEN
    assert told(another_member) == [(NotificationKind.POST_UNHIDDEN, "Keliru, bukan spam")]


def test_hiding_needs_a_reason_and_changes_nothing_without_one(forum_moderator_client, answer):
    response = forum_moderator_client.post(post_action(answer, "hide"), {"reason": " \u200b "}, follow=True)

    assert "Mohon tuliskan alasannya" in response.content.decode()
    answer.refresh_from_db()
    assert not answer.is_hidden
    assert not ModerationAction.objects.exists()


def test_hiding_a_hidden_post_again_is_a_no_op(forum_moderator_client, answer):
    forum_moderator_client.post(post_action(answer, "hide"), {"reason": "Spam"})
    response = forum_moderator_client.post(post_action(answer, "hide"), {"reason": "Spam"}, follow=True)

    assert "Tulisan itu sudah disembunyikan." in response.content.decode()
    assert ModerationAction.objects.count() == 1


@pytest.mark.parametrize("who", ["other_moderator_client", "member_client", "editor_client"])
def test_only_this_forum_s_moderators_may_hide_its_posts(request, who, answer):
    client = request.getfixturevalue(who)

    response = client.post(post_action(answer, "hide"), {"reason": "Spam"})

    assert response.status_code == 403
    answer.refresh_from_db()
    assert not answer.is_hidden
    assert not ModerationAction.objects.exists()


def test_a_forged_post_id_or_action_answers_404_and_anonymous_is_sent_to_sign_in(
    forum_moderator_client, anonymous, answer
):
    assert (
        forum_moderator_client.post(post_action(Post(pk=999999), "hide"), {"reason": "x"}).status_code == 404
    )
    assert forum_moderator_client.post(post_action(answer, "hapus"), {"reason": "x"}).status_code == 404
    assert forum_moderator_client.get(post_action(answer, "hide")).status_code == 405
    assert anonymous.post(post_action(answer, "hide"), {"reason": "x"}).status_code == 302
    answer.refresh_from_db()
    assert not answer.is_hidden


@pytest.mark.parametrize(
    ("action", "undo", "field", "done", "undone"),
    [
        ("lock", "unlock", "is_locked", NotificationKind.THREAD_LOCKED, NotificationKind.THREAD_UNLOCKED),
        ("pin", "unpin", "is_pinned", NotificationKind.THREAD_PINNED, NotificationKind.THREAD_UNPINNED),
    ],
)
def test_a_moderator_locks_or_pins_a_thread_and_back(
    forum_moderator_client, member, thread, on_commit, action, undo, field, done, undone
):
    with on_commit():
        response = forum_moderator_client.post(
            tools(thread), {"action": action, "reason": "Sudah terjawab"}, follow=True
        )
    assert "Selesai: diskusi sudah diperbarui." in response.content.decode()
    assert getattr(Thread.objects.get(pk=thread.pk), field) is True

    with on_commit():
        forum_moderator_client.post(tools(thread), {"action": undo, "reason": "Dibuka lagi"})
    assert getattr(Thread.objects.get(pk=thread.pk), field) is False

    # The log's actions and the notices share their names.
    assert list(ModerationAction.objects.order_by("pk").values_list("action", "reason")) == [
        (done.value, "Sudah terjawab"),
        (undone.value, "Dibuka lagi"),
    ]
    assert told(member)[-2:] == [(done.value, "Sudah terjawab"), (undone.value, "Dibuka lagi")]


def test_a_locked_thread_takes_no_replies_from_members(forum_moderator_client, another_member_client, thread):
    forum_moderator_client.post(tools(thread), {"action": "lock", "reason": "Selesai"})

    response = another_member_client.post(reverse("forum:reply", args=[thread.pk]), {"body": "Satu lagi"})

    assert response.status_code == 403
    assert thread.posts.count() == 2


def test_locking_twice_or_an_unknown_action_changes_nothing(forum_moderator_client, thread):
    forum_moderator_client.post(tools(thread), {"action": "lock", "reason": "Selesai"})
    again = forum_moderator_client.post(tools(thread), {"action": "lock", "reason": "Selesai"}, follow=True)
    unknown = forum_moderator_client.post(tools(thread), {"action": "hapus-semua", "reason": "?"})

    assert "Tidak ada yang berubah" in again.content.decode()
    assert unknown.status_code == 400
    assert "Tindakan tidak dikenal." in unknown.content.decode()
    assert ModerationAction.objects.count() == 1


def test_moving_a_thread_keeps_both_forums_counts_right(
    forum_moderator_client, member, thread, public_forum, members_forum, on_commit
):
    make_thread(members_forum, author=member, replies=1)
    before = {
        f.pk: (f.thread_count, f.post_count)
        for f in ForumPage.objects.filter(pk__in=[public_forum.pk, members_forum.pk])
    }
    assert before[public_forum.pk] == (1, 2)

    with on_commit():
        response = forum_moderator_client.post(
            tools(thread),
            {"action": "move", "target": members_forum.pk, "reason": "Topik kepegawaian"},
            follow=True,
        )

    assert "Diskusi dipindahkan ke Forum Kepegawaian." in response.content.decode()
    thread.refresh_from_db()
    assert thread.forum_id == members_forum.pk
    source, target = ForumPage.objects.get(pk=public_forum.pk), ForumPage.objects.get(pk=members_forum.pk)
    assert (source.thread_count, source.post_count) == (0, 0)
    assert (target.thread_count, target.post_count) == (2, 4)
    assert target.last_activity_at >= thread.last_activity_at
    log = ModerationAction.objects.get()
    assert (log.action, log.details, log.reason) == (
        ActionKind.THREAD_MOVED,
        "Forum Kesehatan → Forum Kepegawaian",
        "Topik kepegawaian",
    )
    assert told(member) == [(NotificationKind.THREAD_MOVED, "Topik kepegawaian")]
    assert Notification.objects.get(recipient=member.profile).message == (
        f"Moderator memindahkan diskusi Anda “{thread.title}” ke Forum Kepegawaian"
    )
    assert client_for(member).get(thread.get_absolute_url(), follow=True).status_code == 200


def test_moving_to_a_forum_one_does_not_moderate_is_refused(
    forum_moderator_client, thread, other_forum, public_forum
):
    response = forum_moderator_client.post(
        tools(thread), {"action": "move", "target": other_forum.pk, "reason": "Pindah"}
    )

    assert response.status_code == 400
    assert "Anda hanya dapat memindahkan diskusi ke forum yang Anda moderasi." in response.content.decode()
    thread.refresh_from_db()
    assert thread.forum_id == public_forum.pk
    assert ForumPage.objects.get(pk=other_forum.pk).thread_count == 0
    assert not ModerationAction.objects.exists()


def test_moving_needs_a_reason_and_keeps_the_choice(
    forum_moderator_client, thread, members_forum, public_forum
):
    response = forum_moderator_client.post(
        tools(thread), {"action": "move", "target": members_forum.pk, "reason": ""}
    )

    assert response.status_code == 400
    assert "Mohon tuliskan alasannya" in response.content.decode()
    assert f'value="{members_forum.pk}" selected' in response.content.decode()
    thread.refresh_from_db()
    assert thread.forum_id == public_forum.pk


@pytest.mark.parametrize("who", ["other_moderator_client", "member_client", "editor_client"])
def test_only_this_forum_s_moderators_reach_its_thread_tools(request, who, thread):
    client = request.getfixturevalue(who)

    assert client.get(tools(thread)).status_code == 403
    assert client.post(tools(thread), {"action": "lock", "reason": "x"}).status_code == 403
    assert not Thread.objects.get(pk=thread.pk).is_locked


def test_thread_tools_for_a_thread_one_may_not_see_answer_404(
    other_moderator_client, anonymous, members_forum, member
):
    hidden = make_thread(members_forum, author=member, is_hidden=True)

    assert other_moderator_client.get(tools(hidden)).status_code == 404
    assert (
        other_moderator_client.get(reverse("forum_moderation:thread_tools", args=[999999])).status_code == 404
    )
    assert anonymous.get(tools(hidden)).status_code == 302
