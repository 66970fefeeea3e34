"""Registering and cancelling: capacity, the waiting list, refusals that change nothing."""

from datetime import timedelta

from django.utils import timezone

from forum.sessions.models import Registration, RegistrationStatus
from tests.factories import UserFactory

from .helpers import make_session


def _register(client, session):
    return client.post(f"/sesi/{session.pk}/daftar/", follow=True)


def _signed_in(client_factory, user):
    client = client_factory()
    client.force_login(user)
    return client


def test_a_member_registers_and_the_page_says_so(member_client, member, db):
    session = make_session()
    response = _register(member_client, session)
    assert "Anda terdaftar" in response.content.decode()
    assert (
        Registration.objects.get(session=session, member=member.profile).status
        == RegistrationStatus.REGISTERED
    )


def test_registering_twice_is_refused_and_keeps_one_registration(member_client, member, db):
    session = make_session()
    _register(member_client, session)
    response = _register(member_client, session)
    assert "sudah terdaftar" in response.content.decode()
    assert Registration.objects.filter(session=session).count() == 1


def test_past_capacity_members_join_the_waiting_list_and_a_cancellation_promotes_the_first(
    db, client_factory, mailoutbox, django_capture_on_commit_callbacks
):
    session = make_session(capacity=2)
    users = [UserFactory() for _ in range(4)]
    clients = [_signed_in(client_factory, user) for user in users]
    for client in clients:
        _register(client, session)
    statuses = [Registration.objects.get(session=session, member=user.profile).status for user in users]
    assert statuses == ["registered", "registered", "waiting", "waiting"]
    assert "daftar tunggu" in clients[3].get(session.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        clients[0].post(f"/sesi/{session.pk}/batal/")
    statuses = [Registration.objects.get(session=session, member=user.profile).status for user in users]
    assert statuses == ["cancelled", "registered", "registered", "waiting"]
    assert [message.to for message in mailoutbox] == [[users[2].email]]
    assert "daftar tunggu" in mailoutbox[0].body


def test_a_waiting_member_who_cancels_promotes_nobody(db, client_factory):
    session = make_session(capacity=1)
    first, second, third = UserFactory(), UserFactory(), UserFactory()
    for user in (first, second, third):
        _register(_signed_in(client_factory, user), session)
    _signed_in(client_factory, second).post(f"/sesi/{session.pk}/batal/")
    assert Registration.objects.get(member=third.profile).status == RegistrationStatus.WAITING


def test_a_member_who_cancelled_may_register_again_at_the_back_of_the_queue(db, client_factory):
    session = make_session(capacity=1)
    first, second = UserFactory(), UserFactory()
    first_client, second_client = _signed_in(client_factory, first), _signed_in(client_factory, second)
    _register(first_client, session)
    first_client.post(f"/sesi/{session.pk}/batal/")
    _register(second_client, session)
    _register(first_client, session)
    assert Registration.objects.get(member=second.profile).status == RegistrationStatus.REGISTERED
    assert Registration.objects.get(member=first.profile).status == RegistrationStatus.WAITING


def test_registering_for_a_finished_session_is_refused(member_client, db):
    session = make_session(start=timezone.now() - timedelta(days=2))
    response = _register(member_client, session)
    assert "Pendaftaran ditutup" in response.content.decode()
    assert not Registration.objects.exists()


def test_registering_for_a_cancelled_session_is_refused(member_client, db):
    session = make_session(is_cancelled=True)
    _register(member_client, session)
    assert not Registration.objects.exists()


def test_cancelling_without_a_registration_says_so(member_client, db):
    session = make_session()
    response = member_client.post(f"/sesi/{session.pk}/batal/", follow=True)
    assert "belum terdaftar" in response.content.decode()


def test_an_anonymous_reader_is_sent_to_sign_in_and_nothing_is_registered(anonymous, db):
    session = make_session()
    response = anonymous.post(f"/sesi/{session.pk}/daftar/")
    assert response.status_code == 302
    assert "/akun/" in response["Location"]
    assert not Registration.objects.exists()


def test_registering_needs_a_post(member_client, db):
    session = make_session()
    assert member_client.get(f"/sesi/{session.pk}/daftar/").status_code == 405


def test_a_session_in_a_members_only_forum_is_a_404_for_anonymous_readers(anonymous, db, members_forum):
    session = make_session(members_forum)
    assert anonymous.get(session.url).status_code == 404
    assert anonymous.get(f"/sesi/{session.pk}/kalender.ics").status_code == 404


def test_the_meeting_link_shows_to_signed_in_members_only(anonymous, member_client, db):
    session = make_session(meeting_url="https://zoom.example/j/123")
    assert "zoom.example" not in anonymous.get(session.url).content.decode()
    assert "zoom.example" in member_client.get(session.url).content.decode()
