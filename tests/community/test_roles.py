"""The three roles: members on the front end, editors in the admin, moderators on forums."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from community.models import MemberProfile
from community.roles import EDITOR_PAGE_PERMISSIONS, EDITORS, MEMBERS, MODERATORS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_three_role_groups_exist():
    assert set(
        Group.objects.filter(name__in=[MEMBERS, EDITORS, MODERATORS]).values_list("name", flat=True)
    ) == {
        "Anggota",
        "Editors",
        "Moderators",
    }


def test_a_new_account_gets_a_profile_and_joins_the_members_group():
    user = UserFactory(username="budi", first_name="Budi", last_name="Santoso")

    assert MemberProfile.objects.filter(user=user).exists()
    assert user.profile.display_name == "Budi Santoso"
    assert list(user.groups.values_list("name", flat=True)) == [MEMBERS]


def test_saving_an_account_again_does_not_create_a_second_profile():
    user = UserFactory()

    user.first_name = "Rina"
    user.save()

    assert MemberProfile.objects.filter(user=user).count() == 1


def test_editors_may_publish_pages_anywhere_in_the_tree():
    editors = Group.objects.get(name=EDITORS)
    root = Page.get_first_root_node()

    granted = set(
        GroupPagePermission.objects.filter(group=editors, page=root).values_list(
            "permission__codename", flat=True
        )
    )

    assert "publish_page" in granted
    assert set(EDITOR_PAGE_PERMISSIONS) <= granted


def test_an_editor_can_publish_the_home_page(editor, home_page):
    assert home_page.permissions_for_user(editor).can_publish()


def test_members_and_moderators_cannot_publish_pages(member, moderator, home_page):
    assert not home_page.permissions_for_user(member).can_publish()
    assert not home_page.permissions_for_user(moderator).can_publish()
    assert not home_page.permissions_for_user(moderator).can_edit()


def test_an_editor_reaches_the_admin_dashboard(editor_client):
    response = editor_client.get("/admin/")

    assert response.status_code == 200
    assert "Dasbor" in response.content.decode()


@pytest.mark.parametrize("role_client", ["member_client", "moderator_client", "anonymous"])
def test_members_moderators_and_readers_are_sent_to_the_admin_login_instead_of_the_dashboard(
    role_client, request
):
    client = request.getfixturevalue(role_client)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("role_client", ["member_client", "moderator_client"])
def test_members_and_moderators_cannot_open_the_page_editor(role_client, request, home_page):
    client = request.getfixturevalue(role_client)

    response = client.get(f"/admin/pages/{home_page.pk}/edit/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_header_shows_the_admin_link_to_editors_only(editor_client, member_client):
    assert 'href="/admin/"' in editor_client.get("/").content.decode()
    assert 'href="/admin/"' not in member_client.get("/").content.decode()


def test_the_admin_link_follows_a_change_of_group_or_permission_at_once(member, member_client):
    from django.contrib.auth.models import Permission

    assert 'href="/admin/"' not in member_client.get("/").text  # remembered: no admin access
    member.groups.add(Group.objects.get(name=EDITORS))
    assert 'href="/admin/"' in member_client.get("/").text
    member.groups.clear()
    assert 'href="/admin/"' not in member_client.get("/").text
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    member.user_permissions.add(access)
    assert 'href="/admin/"' in member_client.get("/").text
    member.user_permissions.remove(access)
    assert 'href="/admin/"' not in member_client.get("/").text


def test_a_superuser_sees_the_admin_link_without_any_group(admin_user, client):
    client.force_login(admin_user)
    assert 'href="/admin/"' in client.get("/").text
