"""Forum fixtures: a public and a members-only forum, each with its moderator, and a thread.

- `forum_index` (/forum/, from migration forum 0003)
- `forum_moderator`: a member who moderates `public_forum` (and only that one);
  `other_moderator` moderates `other_forum` only; clients signed in as each
- `public_forum`, `members_forum` (members only, moderated by forum_moderator too), `other_forum`
- `another_member` (+ `another_member_client`): a second ordinary member
- `thread`: a question by `member` in `public_forum` with one reply by `another_member`
Roles from tests/conftest.py (`member`, `editor`, their clients, `anonymous`) apply.
"""

import pytest
from django.test import Client

from tests.factories import UserFactory
from tests.forum.factories import forum_index as _forum_index
from tests.forum.factories import make_forum, make_reply, make_thread


def _client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def forum_index(db):
    return _forum_index()


@pytest.fixture
def another_member(db):
    return UserFactory(username="budi", email="budi@disdukcapil.go.id")


@pytest.fixture
def another_member_client(another_member):
    return _client_for(another_member)


@pytest.fixture
def forum_moderator(db):
    return UserFactory(username="rina_moderator", email="rina@dinkes.go.id")


@pytest.fixture
def forum_moderator_client(forum_moderator):
    return _client_for(forum_moderator)


@pytest.fixture
def other_moderator(db):
    return UserFactory(username="agus_moderator", email="agus@bkd.go.id")


@pytest.fixture
def other_moderator_client(other_moderator):
    return _client_for(other_moderator)


@pytest.fixture
def public_forum(forum_moderator):
    return make_forum("Forum Kesehatan", slug="kesehatan", moderators=[forum_moderator])


@pytest.fixture
def members_forum(forum_moderator):
    return make_forum(
        "Forum Kepegawaian", slug="kepegawaian", members_only=True, moderators=[forum_moderator]
    )


@pytest.fixture
def other_forum(other_moderator):
    return make_forum("Forum Kependudukan", slug="kependudukan", moderators=[other_moderator])


@pytest.fixture
def thread(public_forum, member, another_member):
    thread = make_thread(
        public_forum,
        author=member,
        title="Bagaimana cara validasi data stunting?",
        body="Kami kesulitan memvalidasi data **stunting** dari posyandu.",
        tags=["stunting"],
    )
    make_reply(thread, author=another_member, body="Kami memakai e-PPGBM dan validasi bulanan.")
    return type(thread).objects.select_related("forum").get(pk=thread.pk)
