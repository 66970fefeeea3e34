"""Fixtures for the notification and moderation tests (forum-social).

Star-imported by tests/forum/test_notifications_*.py and test_moderation_*.py.
Forums are real Wagtail pages under /forum/; threads and replies are written
through forum.services, so the forum's own signals drive the notifications.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from community.models import EmailDigest, HomePage
from community.roles import EDITORS
from forum import services
from forum.models import ForumIndexPage, ForumPage, ForumVisibility
from tests.factories import UserFactory, fill_profile


def forum_index():
    index = ForumIndexPage.objects.first()
    if index is None:
        index = HomePage.objects.get().add_child(instance=ForumIndexPage(title="Forum", slug="forum"))
    return index


def make_forum(title, *, slug, visibility=ForumVisibility.PUBLIC, moderators=()):
    forum = ForumPage(title=title, slug=slug, description=f"Forum {title}", visibility=visibility)
    forum_index().add_child(instance=forum)
    if moderators:
        forum.moderators.set([user.profile for user in moderators])
        forum.save()
    return forum


def restrict_to_editors(forum):
    restriction = PageViewRestriction.objects.create(page=forum, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=EDITORS))
    return forum


def start_thread(
    author, forum, title="Cara input data stunting di e-PPGBM", body="Bagaimana caranya?", tags=()
):
    return services.create_thread(author=author.profile, forum=forum, title=title, body=body, tags=tags)


def reply(author, thread, body="Saya biasanya memulai dari data posyandu."):
    return services.reply(author=author.profile, thread=thread, body=body)


def prefers(user, *, digest=EmailDigest.NEVER, email=True):
    """Set the member's e-mail preference: per event (digest never), a digest, or none."""
    fill_profile(user, email_notifications=email, email_digest=digest)
    user.profile.refresh_from_db()
    return user


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what is queued for after the commit (notifications) at the end of the block.

    Tests run inside a transaction that never commits; the forum queues its
    notifications with transaction.on_commit, so tests run them explicitly.
    """

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def moderator_user(db):
    """A member who moderates the "kesehatan" forum (and only it)."""
    return UserFactory(username="maya_mod", email="maya.mod@dinkes.go.id")


@pytest.fixture
def other_moderator(db):
    """A member who moderates the "kependudukan" forum only."""
    return UserFactory(username="rudi_mod", email="rudi.mod@disdukcapil.go.id")


@pytest.fixture
def author(db):
    return UserFactory(username="budi", email="budi@puskesmas.go.id")


@pytest.fixture
def watcher(db):
    return UserFactory(username="wati", email="wati@dinkes.go.id")


@pytest.fixture
def health_forum(db, moderator_user):
    return make_forum("Forum Kesehatan", slug="kesehatan", moderators=[moderator_user])


@pytest.fixture
def population_forum(db, other_moderator):
    return make_forum("Forum Kependudukan", slug="kependudukan", moderators=[other_moderator])


@pytest.fixture
def members_forum(db, moderator_user):
    return make_forum(
        "Forum Kepegawaian",
        slug="kepegawaian",
        visibility=ForumVisibility.MEMBERS,
        moderators=[moderator_user],
    )


@pytest.fixture
def thread(author, health_forum, on_commit):
    with on_commit():
        return start_thread(author, health_forum)


def signed_in(client_factory, user):
    client = client_factory()
    client.force_login(user)
    return client
