"""Members flag posts once; each forum's moderators handle the flags of their forums only."""

import pytest
from django.urls import reverse

from forum.moderation.models import ActionKind, Flag, FlagStatus, ModerationAction
from tests.forum.factories import make_forum, make_reply, make_thread

from .social_fixtures import *  # noqa: F403  (fixtures)
from .social_fixtures import restrict_to_editors

pytestmark = pytest.mark.django_db

QUEUE = reverse("forum_moderation:queue")


def flag_url(post):
    return reverse("forum_moderation:flag_post", args=[post.pk])


@pytest.fixture
def answer(thread):
    """The reply by another_member in member's thread."""
    return thread.posts.get(position=2)


def test_a_member_flags_a_post_with_a_reason(member_client, member, answer):
    form = member_client.get(flag_url(answer))
    assert "Apa masalah tulisan ini?" in form.content.decode()

    response = member_client.post(flag_url(answer), {"reason": "spam", "details": "Tautan judi"}, follow=True)

    flag = Flag.objects.get()
    assert (flag.post, flag.reporter, flag.reason, flag.details) == (
        answer,
        member.profile,
        "spam",
        "Tautan judi",
    )
    assert flag.status == FlagStatus.OPEN
    assert "Terima kasih. Moderator forum akan memeriksa tulisan ini." in response.content.decode()


def test_flagging_twice_is_a_safe_no_op_with_a_message(member_client, answer):
    member_client.post(flag_url(answer), {"reason": "spam"})

    again = member_client.post(flag_url(answer), {"reason": "offensive"}, follow=True)

    assert Flag.objects.count() == 1
    assert Flag.objects.get().reason == "spam"
    assert "Anda sudah melaporkan tulisan ini." in again.content.decode()
    assert (
        "Anda sudah melaporkan tulisan ini."
        in member_client.get(flag_url(answer), follow=True).content.decode()
    )


def test_something_else_needs_details_and_the_form_keeps_what_was_typed(member_client, answer):
    response = member_client.post(flag_url(answer), {"reason": "other", "details": "\u200b  "})

    assert response.status_code == 200
    assert "Mohon jelaskan kepada moderator apa masalahnya." in response.content.decode()
    assert Flag.objects.count() == 0

    long = member_client.post(flag_url(answer), {"reason": "other", "details": "x" * 1001})
    assert Flag.objects.count() == 0
    assert "x" * 1001 in long.content.decode()  # kept in the form, not lost


def test_an_unknown_reason_is_refused(member_client, answer):
    response = member_client.post(flag_url(answer), {"reason": "<script>alert(1)</script>"})

    assert response.status_code == 200
    assert Flag.objects.count() == 0
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_nobody_flags_their_own_post(another_member_client, answer):
    assert another_member_client.post(flag_url(answer), {"reason": "spam"}).status_code == 403
    assert Flag.objects.count() == 0


def test_a_post_one_may_not_see_or_a_forged_id_cannot_be_flagged(
    member_client, another_member, forum_moderator
):
    secret = make_thread(restrict_to_editors(make_forum("Forum Rahasia")), author=another_member, replies=1)
    hidden = make_reply(make_thread(make_forum("Forum Lain", moderators=[forum_moderator])), is_hidden=True)

    for pk in [secret.posts.get(position=2).pk, hidden.pk, 999999]:
        response = member_client.post(reverse("forum_moderation:flag_post", args=[pk]), {"reason": "spam"})
        assert response.status_code == 404
    assert Flag.objects.count() == 0


def test_flagging_needs_a_signed_in_member(anonymous, answer):
    response = anonymous.post(flag_url(answer), {"reason": "spam"})
    assert response.status_code == 302
    assert Flag.objects.count() == 0


def test_each_forum_s_moderators_see_only_their_forum_s_flags(
    member_client, forum_moderator_client, other_moderator_client, answer, other_forum, another_member
):
    elsewhere = make_thread(other_forum, author=another_member, title="Antrean KTP elektronik", replies=0)
    member_client.post(flag_url(answer), {"reason": "spam", "details": "Promosi obat"})
    member_client.post(flag_url(elsewhere.posts.get()), {"reason": "off_topic", "details": "Salah forum"})

    mine = forum_moderator_client.get(QUEUE).content.decode()
    theirs = other_moderator_client.get(QUEUE).content.decode()

    assert "Promosi obat" in mine and "Salah forum" not in mine
    assert "Salah forum" in theirs and "Promosi obat" not in theirs


def test_the_queue_is_for_moderators_only(member_client, editor_client, anonymous):
    assert member_client.get(QUEUE).status_code == 403
    assert editor_client.get(QUEUE).status_code in (403, 404)
    assert anonymous.get(QUEUE).status_code == 302


def test_a_moderator_dismisses_or_handles_a_flag_and_it_is_logged(
    member_client, watcher_client, forum_moderator_client, forum_moderator, answer
):
    member_client.post(flag_url(answer), {"reason": "spam"})
    watcher_client.post(flag_url(answer), {"reason": "offensive"})
    first, second = Flag.objects.order_by("pk")

    forum_moderator_client.post(reverse("forum_moderation:flag_action", args=[first.pk, "dismiss"]))
    response = forum_moderator_client.post(
        reverse("forum_moderation:flag_action", args=[second.pk, "resolve"]),
        {"reason": "Sudah ditegur"},
        follow=True,
    )

    assert "Laporan ditandai sudah ditangani." in response.content.decode()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (FlagStatus.DISMISSED, FlagStatus.RESOLVED)
    assert second.handled_by == forum_moderator.profile
    actions = list(ModerationAction.objects.order_by("pk").values_list("action", "moderator_name", "reason"))
    assert actions == [
        (ActionKind.FLAG_DISMISSED, "rina_moderator", ""),
        (ActionKind.FLAG_RESOLVED, "rina_moderator", "Sudah ditegur"),
    ]
    assert "Tidak ada laporan terbuka" in forum_moderator_client.get(QUEUE).content.decode()

    # Closing a closed flag again changes nothing and logs nothing.
    forum_moderator_client.post(reverse("forum_moderation:flag_action", args=[second.pk, "dismiss"]))
    assert ModerationAction.objects.count() == 2


def test_a_moderator_of_another_forum_cannot_close_a_flag(member_client, other_moderator_client, answer):
    member_client.post(flag_url(answer), {"reason": "spam"})
    flag = Flag.objects.get()

    response = other_moderator_client.post(reverse("forum_moderation:flag_action", args=[flag.pk, "dismiss"]))

    assert response.status_code == 403
    flag.refresh_from_db()
    assert flag.status == FlagStatus.OPEN
    assert not ModerationAction.objects.exists()


def test_a_forged_flag_id_or_action_answers_404(forum_moderator_client, member_client, answer):
    member_client.post(flag_url(answer), {"reason": "spam"})
    flag = Flag.objects.get()

    assert (
        forum_moderator_client.post(
            reverse("forum_moderation:flag_action", args=[999999, "dismiss"])
        ).status_code
        == 404
    )
    assert (
        forum_moderator_client.post(
            reverse("forum_moderation:flag_action", args=[flag.pk, "hapus"])
        ).status_code
        == 404
    )


def test_the_thread_page_offers_flag_to_members_and_hide_to_its_moderators(
    member_client, forum_moderator_client, other_moderator_client, thread, answer
):
    hide = reverse("forum_moderation:post_action", args=[answer.pk, "hide"])

    as_member = member_client.get(thread.get_absolute_url(), follow=True).content.decode()
    as_moderator = forum_moderator_client.get(thread.get_absolute_url(), follow=True).content.decode()
    as_other = other_moderator_client.get(thread.get_absolute_url(), follow=True).content.decode()

    assert flag_url(answer) in as_member and hide not in as_member
    assert hide in as_moderator
    assert reverse("forum_moderation:thread_tools", args=[thread.pk]) in as_moderator
    assert hide not in as_other
