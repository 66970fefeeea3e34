"""The moderation log in the Wagtail admin: editors read every action; nobody edits or deletes one."""

import pytest
from django.urls import reverse

from forum.moderation import services as moderation
from forum.moderation.models import ModerationAction

from .social_fixtures import *  # noqa: F403  (fixtures)

pytestmark = pytest.mark.django_db

LOG = "/admin/snippets/forum_moderation/moderationaction/"


@pytest.fixture
def logged_actions(thread, forum_moderator, members_forum):
    answer = thread.posts.get(position=2)
    moderator = forum_moderator.profile
    moderation.hide_post(moderator=moderator, post=answer, reason="Promosi obat herbal")
    moderation.lock_thread(moderator=moderator, thread=thread, reason="Sudah terjawab tuntas")
    moderation.move_thread(
        moderator=moderator, thread=thread, target_forum=members_forum, reason="Lebih cocok"
    )
    return list(ModerationAction.objects.order_by("pk"))


def test_editors_read_every_moderation_action_in_the_admin_in_indonesian(editor_client, logged_actions):
    response = editor_client.get(LOG)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Log moderasi" in html
    for text in ["Promosi obat herbal", "Sudah terjawab tuntas", "Lebih cocok", "rina_moderator"]:
        assert text in html
    for label in ["Menyembunyikan tulisan", "Mengunci diskusi", "Memindahkan diskusi"]:
        assert label in html


def test_an_editor_inspects_one_record_who_what_when_why(editor_client, logged_actions):
    moved = logged_actions[-1]

    response = editor_client.get(f"{LOG}inspect/{moved.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Forum Kesehatan → Forum Kepegawaian" in html
    assert "Lebih cocok" in html
    assert "rina_moderator" in html


def test_the_log_cannot_be_added_to_changed_or_deleted_through_the_admin(editor_client, logged_actions):
    record = logged_actions[0]

    assert editor_client.get(f"{LOG}add/").status_code in (302, 403, 404)
    assert editor_client.get(f"{LOG}edit/{record.pk}/").status_code in (302, 403, 404)
    assert editor_client.post(f"{LOG}delete/{record.pk}/").status_code in (302, 403, 404)
    assert ModerationAction.objects.filter(pk=record.pk, reason="Promosi obat herbal").exists()
    assert f"{LOG}add/" not in editor_client.get(LOG).content.decode()


@pytest.mark.parametrize("who", ["member_client", "forum_moderator_client"])
def test_members_and_moderators_do_not_reach_the_log(request, who, logged_actions):
    response = request.getfixturevalue(who).get(LOG)

    assert response.status_code in (302, 403)
    assert "Promosi obat herbal" not in response.content.decode()


def test_the_admin_menu_shows_editors_the_log(editor_client, logged_actions):
    assert LOG in editor_client.get(reverse("wagtailadmin_home")).content.decode()
