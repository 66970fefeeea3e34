"""Attendance: the check-in code during the session, the host ticking names, speakers as presenters."""

import csv
import io
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from forum.sessions.models import Attendance, AttendanceMethod, AttendanceRole, SessionSpeaker
from forum.sessions.views.attendance import CHECK_IN_ATTEMPTS
from tests.factories import UserFactory, fill_profile

from .helpers import make_session


def _running(forum=None, **fields):
    return make_session(forum, start=timezone.now() - timedelta(minutes=10), duration=120, **fields)


def _check_in(client, session, code):
    return client.post(f"/sesi/{session.pk}/hadir/", {"kode": code}, follow=True)


def test_a_member_checks_in_with_the_code_during_the_session(member_client, member, db):
    session = _running()
    response = _check_in(member_client, session, session.check_in_code)
    assert "Kehadiran Anda tercatat" in response.content.decode()
    attendance = Attendance.objects.get(session=session, member=member.profile)
    assert attendance.method == AttendanceMethod.CODE
    assert attendance.role == AttendanceRole.ATTENDEE


def test_a_wrong_code_is_refused_and_records_nothing(member_client, db):
    session = _running()
    wrong = "000000" if session.check_in_code != "000000" else "111111"
    response = _check_in(member_client, session, wrong)
    assert "Kode hadir salah" in response.content.decode()
    assert not Attendance.objects.exists()


def test_the_code_is_refused_before_the_session_and_after_it(member_client, db):
    early = make_session(start=timezone.now() + timedelta(hours=2))
    response = _check_in(member_client, early, early.check_in_code)
    assert "15 menit sebelum" in response.content.decode()
    late = make_session(start=timezone.now() - timedelta(hours=5), duration=60)
    response = _check_in(member_client, late, late.check_in_code)
    assert "sudah ditutup" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_code_is_used_once_per_member(member_client, member, db):
    session = _running()
    _check_in(member_client, session, session.check_in_code)
    response = _check_in(member_client, session, session.check_in_code)
    assert "sudah tercatat" in response.content.decode()
    assert Attendance.objects.filter(member=member.profile).count() == 1


def test_guessing_codes_is_stopped_with_a_429_and_retry_after_even_for_the_right_code(member_client, db):
    session = _running()
    wrong = "000000" if session.check_in_code != "000000" else "111111"
    for _ in range(CHECK_IN_ATTEMPTS):
        assert _check_in(member_client, session, wrong).status_code == 200
    response = member_client.post(f"/sesi/{session.pk}/hadir/", {"kode": session.check_in_code})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Terlalu banyak kode hadir yang salah" in response.content.decode()
    assert not Attendance.objects.exists()


def test_guessing_from_one_address_with_many_accounts_is_stopped_too(db, client_factory):
    session = _running()
    wrong = "000000" if session.check_in_code != "000000" else "111111"
    for _ in range(CHECK_IN_ATTEMPTS):
        client = client_factory(REMOTE_ADDR="10.1.1.1")
        client.force_login(UserFactory())
        _check_in(client, session, wrong)
    client = client_factory(REMOTE_ADDR="10.1.1.1")
    client.force_login(UserFactory())
    assert client.post(f"/sesi/{session.pk}/hadir/", {"kode": wrong}).status_code == 429


def test_the_host_sees_the_code_during_the_session_and_members_do_not(
    public_forum, forum_moderator_client, member_client
):
    session = _running(public_forum)
    assert session.check_in_code in forum_moderator_client.get(session.url).content.decode()
    assert (
        f"data-check-in-code>{session.check_in_code}" not in member_client.get(session.url).content.decode()
    )
    upcoming = make_session(public_forum, start=timezone.now() + timedelta(days=3))
    assert "data-check-in-code" not in forum_moderator_client.get(upcoming.url).content.decode()


def test_the_host_ticks_names_on_the_list_and_can_untick_them(
    public_forum, forum_moderator_client, member, member_client
):
    session = make_session(public_forum, start=timezone.now() + timedelta(days=3))
    member_client.post(f"/sesi/{session.pk}/daftar/")
    page = forum_moderator_client.get(f"/sesi/{session.pk}/peserta/")
    assert member.profile.name in page.content.decode()
    forum_moderator_client.post(f"/sesi/{session.pk}/peserta/", {"hadir": [member.profile.pk]})
    assert Attendance.objects.get(member=member.profile).method == AttendanceMethod.HOST
    forum_moderator_client.post(f"/sesi/{session.pk}/peserta/", {})
    assert not Attendance.objects.exists()


def test_unticking_never_removes_a_check_in_by_code(
    public_forum, forum_moderator_client, member_client, member
):
    session = _running(public_forum)
    _check_in(member_client, session, session.check_in_code)
    forum_moderator_client.post(f"/sesi/{session.pk}/peserta/", {})
    assert Attendance.objects.filter(member=member.profile, method=AttendanceMethod.CODE).exists()


def test_ticking_a_name_not_on_the_list_or_junk_changes_nothing(
    public_forum, forum_moderator_client, another_member
):
    session = _running(public_forum)
    response = forum_moderator_client.post(
        f"/sesi/{session.pk}/peserta/", {"hadir": [another_member.profile.pk, "abc", "9" * 40]}
    )
    assert response.status_code == 302
    assert not Attendance.objects.exists()


def test_only_the_forums_hosts_see_the_list(
    public_forum, member_client, other_moderator_client, editor_client
):
    session = _running(public_forum)
    assert member_client.get(f"/sesi/{session.pk}/peserta/").status_code == 404
    assert other_moderator_client.get(f"/sesi/{session.pk}/peserta.csv").status_code == 404
    assert editor_client.get(f"/sesi/{session.pk}/peserta/").status_code == 200


def test_the_host_exports_the_list_as_csv(
    public_forum, forum_moderator_client, member, member_client, another_member
):
    fill_profile(member, display_name="=Siti Rahma")
    session = make_session(public_forum, start=timezone.now() + timedelta(days=3), capacity=1)
    member_client.post(f"/sesi/{session.pk}/daftar/")
    another_client = type(member_client)()
    another_client.force_login(another_member)
    another_client.post(f"/sesi/{session.pk}/daftar/")
    response = forum_moderator_client.get(f"/sesi/{session.pk}/peserta.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Nama", "Nama pengguna"]
    by_username = {row[1]: row for row in rows[1:]}
    assert by_username["siti"][0] == "'=Siti Rahma"  # never a formula
    assert by_username["siti"][4] == "Terdaftar"
    assert by_username["budi"][4] == "Dalam daftar tunggu"


def test_speakers_who_are_members_are_recorded_as_presenters_once_the_session_is_over(db, member):
    make_session(
        start=timezone.now() - timedelta(hours=3),
        duration=60,
        speakers=[
            SessionSpeaker(member=member.profile),
            SessionSpeaker(guest_name="dr. Ani", guest_agency="Unhas"),
        ],
    )
    assert Attendance.objects.get(member=member.profile).role == AttendanceRole.PRESENTER


def test_speakers_of_a_session_that_just_ended_become_presenters_when_the_command_runs(db, member):
    session = make_session(
        start=timezone.now() + timedelta(days=1), speakers=[SessionSpeaker(member=member.profile)]
    )
    assert not Attendance.objects.exists()
    type(session).objects.filter(pk=session.pk).update(
        start_at=timezone.now() - timedelta(hours=3), end_at=timezone.now() - timedelta(hours=1)
    )
    call_command("send_session_reminders", verbosity=0)
    attendance = Attendance.objects.get(member=member.profile)
    assert (attendance.role, attendance.method) == (AttendanceRole.PRESENTER, AttendanceMethod.SPEAKER)
