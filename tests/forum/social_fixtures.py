"""Fixtures and helpers for the notification and moderation tests (forum-social).

Built on the forum's own fixtures (tests/forum/conftest.py: `public_forum`
moderated by `forum_moderator`, `other_forum` by `other_moderator`,
`members_forum`, `thread` by `member` with a reply by `another_member`) and
factories (tests/forum/factories.py), which post through forum.services, so
the forum's signals drive the notifications as on the site.

Star-imported by tests/forum/test_notifications_*.py and test_moderation_*.py
for the fixtures; import the helpers by name.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from community.models import EmailDigest
from community.roles import EDITORS
from tests.factories import UserFactory, fill_profile

__all__ = ["on_commit", "watcher", "watcher_client"]


def restrict_to_editors(forum):
    """Only the Editors group may open this forum (Wagtail's page privacy)."""
    restriction = PageViewRestriction.objects.create(page=forum, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=EDITORS))
    return forum


def prefers(user, *, digest=EmailDigest.NEVER, email=True):
    """Set the member's e-mail preference: per event (digest "never"), a digest, or none."""
    fill_profile(user, email_notifications=email, email_digest=digest)
    user.profile.refresh_from_db()
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what was queued for after the commit (the notifications) at the end of the block.

    Tests run inside a transaction that never commits; the forum queues its
    notifications with transaction.on_commit, so tests run them explicitly:
    `with on_commit(): make_reply(...)`.
    """

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def watcher(db):
    """A third member, who follows things."""
    return UserFactory(username="wati", email="wati@dinkes.go.id")


@pytest.fixture
def watcher_client(watcher):
    return client_for(watcher)
