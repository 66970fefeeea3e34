"""Reminders a day and an hour before (each once), and news to everyone registered."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from forum.sessions.models import NoticeKind, SentNotice
from tests.factories import UserFactory

from .helpers import make_session, republish


@pytest.fixture
def publish_change(django_capture_on_commit_callbacks):
    """The host edits and publishes; the e-mails leave once that is committed (transaction.on_commit)."""

    def publish(session, **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return republish(session, **changes)

    return publish


def _register(client_factory, session, user):
    client = client_factory()
    client.force_login(user)
    client.post(f"/sesi/{session.pk}/daftar/")


def _reminders():
    call_command("send_session_reminders", verbosity=0)


def test_registered_members_get_the_day_before_reminder_once(db, client_factory, mailoutbox):
    session = make_session(start=timezone.now() + timedelta(hours=20))
    users = [UserFactory(), UserFactory()]
    for user in users:
        _register(client_factory, session, user)
    _reminders()
    _reminders()
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted(user.email for user in users)
    assert all(mail.subject.startswith("Besok") for mail in mailoutbox)
    assert "WIT = " in mailoutbox[0].body
    assert SentNotice.objects.filter(kind=NoticeKind.DAY_BEFORE).count() == 2


def test_the_hour_before_reminder_follows_and_is_sent_once(db, client_factory, mailoutbox, member):
    session = make_session(start=timezone.now() + timedelta(hours=20))
    _register(client_factory, session, member)
    _reminders()
    type(session).objects.filter(pk=session.pk).update(
        start_at=timezone.now() + timedelta(minutes=45), end_at=timezone.now() + timedelta(minutes=165)
    )
    _reminders()
    _reminders()
    assert [mail.subject.split(":")[0] for mail in mailoutbox] == ["Besok", "Satu jam lagi"]


def test_sessions_far_ahead_or_cancelled_send_no_reminder(db, client_factory, mailoutbox, member):
    far = make_session(start=timezone.now() + timedelta(days=3))
    cancelled = make_session(start=timezone.now() + timedelta(hours=5))
    _register(client_factory, far, member)
    _register(client_factory, cancelled, member)
    type(cancelled).objects.filter(pk=cancelled.pk).update(is_cancelled=True)
    _reminders()
    assert not mailoutbox


def test_the_waiting_list_gets_no_reminder(db, client_factory, mailoutbox):
    session = make_session(start=timezone.now() + timedelta(hours=20), capacity=1)
    first, second = UserFactory(), UserFactory()
    _register(client_factory, session, first)
    _register(client_factory, session, second)
    _reminders()
    assert [mail.to for mail in mailoutbox] == [[first.email]]


def test_moving_a_session_tells_everyone_registered_and_reminds_again(
    publish_change, db, client_factory, mailoutbox, member
):
    session = make_session(start=timezone.now() + timedelta(hours=20))
    _register(client_factory, session, member)
    _reminders()
    session = publish_change(session, start_at=session.start_at + timedelta(hours=2))
    assert [mail.subject.split(":")[0] for mail in mailoutbox] == ["Besok", "Jadwal berubah"]
    _reminders()
    assert len(mailoutbox) == 3  # the new time is reminded once more


def test_cancelling_tells_everyone_registered_once(publish_change, db, client_factory, mailoutbox):
    session = make_session(start=timezone.now() + timedelta(days=4), capacity=1)
    first, second = UserFactory(), UserFactory()
    _register(client_factory, session, first)
    _register(client_factory, session, second)
    session = publish_change(session, is_cancelled=True, cancellation_note="Narasumber berhalangan")
    publish_change(session, summary="Catatan")
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted([first.email, second.email])
    assert all(mail.subject.startswith("Dibatalkan") for mail in mailoutbox)
    assert "Narasumber berhalangan" in mailoutbox[0].body


def test_publishing_the_recording_and_the_minutes_tells_participants_once(
    publish_change, db, client_factory, mailoutbox, member
):
    session = make_session(start=timezone.now() + timedelta(days=1))
    _register(client_factory, session, member)
    session = publish_change(session, recording_url="https://video.example/rekaman")
    session = publish_change(session, minutes="<p>Notulen rapat.</p>")
    publish_change(session, minutes="<p>Notulen rapat, diperbaiki.</p>")
    assert [mail.subject.split(":")[0] for mail in mailoutbox] == ["Rekaman tersedia", "Notulen tersedia"]
