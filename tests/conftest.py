"""Shared fixtures for every test folder (community, forum, search, browser).

- roles: `member`, `editor`, `moderator` (groups from migration 0003_roles; every
  new user joins "Anggota"), signed in as `member_client`, `editor_client`,
  `moderator_client`; `anonymous` is a reader who is not signed in
- `password` (every factory user's), `client_factory` (more clients, e.g. from
  another address), `home_page` (from migration 0004), `search_backend`
  (the configured backend, emptied), `mailoutbox` (safe in any argument order)
- autouse: an empty cache (rate limits) and Indonesian active for each test

Data comes from tests/factories.py, never from the demo content.
"""

import os

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from modelsearch.backends import get_search_backend

from community.models import HomePage
from community.roles import EDITORS, MODERATORS
from tests.factories import PASSWORD, UserFactory


def pytest_collection_modifyitems(config, items):
    """On a search backend other than Whoosh (SIMPUL_SEARCH_BACKEND=postgres, make test's
    PostgreSQL pass of tests/search), skip what it cannot do, saying what is missing."""
    from search.features import backend_features

    backend = get_search_backend()
    available = backend_features(backend)
    name = type(backend).__module__
    for item in items:
        marker = item.get_closest_marker("search_features")
        missing = sorted(set(marker.args) - available) if marker else []
        if missing:
            reason = f"{name} lacks {', '.join(missing)} (search/features.py)"
            item.add_marker(pytest.mark.skip(reason=reason))
        elif item.get_closest_marker("whoosh_index") and not name.startswith("search.backends.whoosh"):
            item.add_marker(pytest.mark.skip(reason=f"about the Whoosh index; the backend is {name}"))


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Give each pytest process its own SQLite test file.

    config.settings.test names one fixed file in the temp directory; two
    suites running at once (the browser tests, a second checkout) would
    otherwise create and drop each other's database.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    test_name = database.get("TEST", {}).get("NAME")
    if database["ENGINE"] == "django.db.backends.sqlite3" and test_name and test_name != ":memory:":
        root, extension = os.path.splitext(str(test_name))
        database["TEST"]["NAME"] = f"{root}-{os.getpid()}{extension}"


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate limits (allauth) and cached pages live in the cache: start each test afresh."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def indonesian_by_default(settings):
    """Each test starts in the site's default language.

    Django keeps the active language per thread after a request, so a test
    that chose English would otherwise leave it active for the next one.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def password():
    """The password every factory-made user signs in with."""
    return PASSWORD


@pytest.fixture
def member(db):
    return UserFactory(username="siti", email="siti@dinkes.go.id")


@pytest.fixture
def editor(db):
    user = UserFactory(username="eko_editor", email="eko@simpul.go.id")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def moderator(db):
    user = UserFactory(username="maya_moderator", email="maya@simpul.go.id")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def anonymous(client):
    """A reader who has not signed in."""
    return client


@pytest.fixture
def client_factory():
    """Make more test clients, e.g. one from another address: client_factory(REMOTE_ADDR="10.0.0.2")."""
    return Client


def _signed_in(user):
    signed_in = Client()
    signed_in.force_login(user)
    return signed_in


@pytest.fixture
def member_client(member):
    return _signed_in(member)


@pytest.fixture
def editor_client(editor):
    return _signed_in(editor)


@pytest.fixture
def moderator_client(moderator):
    return _signed_in(moderator)


@pytest.fixture
def search_backend(db):
    """The configured search backend (settings.WAGTAILSEARCH_BACKENDS), with empty indexes.

    A test's rows are rolled back but its index documents are not, and the
    next test may reuse the same primary keys: start and end empty.
    """
    backend = get_search_backend()
    backend.reset_indexes()
    yield backend
    backend.reset_indexes()


@pytest.fixture
def home_page(db):
    """The site's HomePage, created by migration 0004_home_page."""
    return HomePage.objects.get()


@pytest.fixture
def mailoutbox(db, mailoutbox):
    """pytest-django's outbox, taken after the database is set up.

    Setting up `db` runs Django's TestCase set-up, which replaces
    `mail.outbox` with a new list; asking for the outbox before the
    database (e.g. `def test_x(client, mailoutbox, db)`) would otherwise
    hand the test a list nothing is ever sent to.
    """
    return mailoutbox
