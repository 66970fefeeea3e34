"""SQLite as the embedded default: WAL, a busy timeout, immediate transactions.

The contention tests run the site in a live server (one thread per request,
each with its own connection to the test database, which is a real file:
config.settings.test) and have 20 members send a form at once (profiles three times
over). A practice submission reads then writes inside one transaction (the
index page, the page tree, the revision, the workflow): with SQLite's default
deferred transactions, in WAL mode, such a transaction that read before
another writer committed cannot upgrade to writing and fails with "database
is locked" at once, whatever the busy timeout. CONTENDED_FORMS is a registry:
the forum's reply form is one more line.
"""

import logging
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.crypto import get_random_string

from community.models import GovernmentAffair, MemberProfile, PracticePage
from config.settings import base as base_settings
from tests.factories import AgencyFactory, UserFactory

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's own settings: the PostgreSQL pass has nothing to check here",
)

MEMBERS = 20


def _pragma(name):
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_the_database_is_a_file_in_write_ahead_log_mode():
    assert connection.settings_dict["NAME"] not in ("", ":memory:")
    assert "mode=memory" not in str(connection.settings_dict["NAME"])
    assert _pragma("journal_mode") == "wal"
    assert _pragma("synchronous") == 1  # NORMAL: safe with WAL, one fsync per checkpoint


@pytest.mark.django_db
def test_a_busy_database_is_waited_for_rather_than_refused_at_once():
    assert _pragma("busy_timeout") == 20_000


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_transactions_take_the_write_lock_when_they_begin():
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        MemberProfile.objects.count()

    assert queries.captured_queries[0]["sql"] == "BEGIN IMMEDIATE"


def _cookies(user):
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    # Any 32 letters and digits make a CSRF secret; the form sends the same.
    csrf_secret = get_random_string(32)
    return f"{settings.SESSION_COOKIE_NAME}={session}; {settings.CSRF_COOKIE_NAME}={csrf_secret}", csrf_secret


def _profile_form(user, agency, round_number):
    return {
        "display_name": f"Anggota {user.username} putaran {round_number}",
        "agency": agency.pk,
        "region": agency.region_id,
        "position": "Analis Kebijakan",
        "bio": "Menyimpan profil bersamaan.",
        "expertise_text": f"konkurensi, putaran {round_number}, {user.username}",
        "time_zone": "",
        "email_notifications": "on",
        "email_digest": "weekly",
    }


def _practice_form(user, agency, round_number):
    return {
        "title": f"Praktik serentak {user.username} {round_number}",
        "summary": "Dikirim bersamaan oleh dua puluh anggota.",
        "body": "## Cara kerja\n\nSemua anggota menekan tombol kirim pada saat yang sama.",
        "agency": agency.pk,
        "region": agency.region_id,
        "government_affair": GovernmentAffair.PLANNING,
        "tags": f"konkurensi, {user.username}",
        "status": "berjalan",
    }


# (name, form URL, form data for (user, agency, round), rounds, where a saved form redirects to).
# Three rounds of submissions: with tasks (search indexing) run inside the
# transaction, as django-tasks' ImmediateBackend does, this run met "database
# is locked"; community.task_backends runs them after the commit.
def _reply_form(user, agency, round_number):
    return {"body": f"Balasan serentak {user.username} putaran {round_number}."}


def _thread_to_reply_to():
    from tests.forum.factories import make_forum, make_thread

    forum = make_forum("Forum Serentak", slug="serentak")
    thread = make_thread(forum, title="Semua membalas sekaligus")
    return f"/forum/diskusi/{thread.pk}/balas/"


def _session_register_form(user, agency, round_number):
    return {}


def _session_to_register_for():
    from tests.forum.factories import make_forum
    from tests.forum.sessions.helpers import make_session

    forum = make_forum("Forum Sesi Serentak", slug="sesi-serentak")
    session = make_session(forum, theme="Sesi yang diperebutkan", capacity=10)
    return session.url, f"/sesi/{session.pk}/daftar/"  # the form is on the session page


CONTENDED_FORMS = [
    ("profile edit", "/akun/profil/", _profile_form, 3, "/anggota/"),
    ("practice submission", "/praktik-baik/kirim/", _practice_form, 3, "/praktik-baik/kiriman-saya/"),
    ("forum reply", _thread_to_reply_to, _reply_form, 3, "/forum/"),
    ("session registration", _session_to_register_for, _session_register_form, 1, "/sesi-serentak/"),
]


def _send_form(base_url, user, agency, path, form_data, rounds, barrier, outcomes):
    cookie, token = _cookies(user)
    page, path = path if isinstance(path, tuple) else (path, path)
    url = f"{base_url}{path}"
    # Every URL here is the live server's own http:// address.
    form_request = urllib.request.Request(f"{base_url}{page}", headers={"Cookie": cookie})  # noqa: S310
    form_page = urllib.request.urlopen(form_request, timeout=60).read()  # noqa: S310
    assert b'name="csrfmiddlewaretoken"' in form_page
    barrier.wait(timeout=60)
    for round_number in range(rounds):
        data = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, **form_data(user, agency, round_number)}
        ).encode()
        request = urllib.request.Request(url, data=data, headers={"Cookie": cookie, "Referer": url})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310
                outcomes.append((user.username, response.status, response.geturl()))
        except urllib.error.HTTPError as error:
            outcomes.append((user.username, error.code, error.read().decode(errors="replace")[:500]))


@pytest.mark.usefixtures("search_backend")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    ("name", "path", "form_data", "rounds", "saved_at"),
    CONTENDED_FORMS,
    ids=[entry[0] for entry in CONTENDED_FORMS],
)
def test_twenty_members_sending_a_form_at_once_never_meet_a_locked_database(
    live_server, caplog, settings, name, path, form_data, rounds, saved_at
):
    settings.TASKS = base_settings.TASKS  # indexing after commit, as the site runs
    settings.SIMPUL_FORUM_NEW_ACCOUNT_DAYS = 0  # 20 new accounts may reply three times each
    if callable(path):
        path = path()
    agency = AgencyFactory(name="Dinas Kependudukan Uji")
    users = [UserFactory(username=f"serentak{n:02d}") for n in range(MEMBERS)]
    barrier = threading.Barrier(MEMBERS)
    outcomes = []
    threads = [
        threading.Thread(
            target=_send_form,
            args=(live_server.url, user, agency, path, form_data, rounds, barrier, outcomes),
        )
        for user in users
    ]
    with caplog.at_level(logging.ERROR):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)

    failures = [outcome for outcome in outcomes if outcome[1] != 200 or saved_at not in outcome[2]]
    assert failures == []
    assert len(outcomes) == MEMBERS * rounds
    assert "database is locked" not in caplog.text
    if name == "forum reply":
        from forum.models import Post

        assert Post.objects.filter(author__user__in=users).count() == MEMBERS * rounds
    elif name == "session registration":
        from forum.sessions.models import Registration

        registrations = Registration.objects.filter(member__user__in=users)
        assert registrations.count() == MEMBERS
        assert registrations.confirmed().count() == 10  # the capacity; the rest wait
    elif name == "profile edit":
        saved = MemberProfile.objects.filter(user__in=users)
        assert sorted(saved.values_list("display_name", flat=True)) == [
            f"Anggota {user.username} putaran {rounds - 1}" for user in users
        ]
    else:
        assert PracticePage.objects.filter(owner__in=users).count() == MEMBERS * rounds
