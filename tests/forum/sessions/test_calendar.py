"""iCal: feeds for all sessions and per forum, one .ics per session; UIDs, SEQUENCE and cancellation."""

from datetime import UTC, timedelta

from django.utils import timezone
from icalendar import Calendar

from .helpers import make_session, republish, utc


def _events(response):
    assert response["Content-Type"].startswith("text/calendar")
    return [component for component in Calendar.from_ical(response.content).walk("VEVENT")]


def test_a_session_ics_has_the_time_in_utc_a_stable_uid_and_the_conversion_line(anonymous, db):
    session = make_session(start=utc(2030, 3, 12, 2, 0), duration=90, location="Aula Dinkes")
    (event,) = _events(anonymous.get(f"/sesi/{session.pk}/kalender.ics"))
    assert event.decoded("dtstart") == utc(2030, 3, 12, 2, 0)
    assert event.decoded("dtstart").tzinfo is not None
    assert event.decoded("dtend") == utc(2030, 3, 12, 3, 30)
    assert str(event["uid"]) == f"sesi-{session.pk}@simpul.sesi"
    assert str(event["status"]) == "CONFIRMED"
    assert "11.00 WIT = 10.00 WITA = 09.00 WIB" in str(event["description"])
    assert str(event["location"]) == "Aula Dinkes"
    assert "zoom" not in str(event.get("description", ""))


def test_moving_a_session_bumps_its_sequence_and_keeps_its_uid(anonymous, db):
    session = make_session(start=utc(2030, 3, 12, 2, 0))
    (before,) = _events(anonymous.get(f"/sesi/{session.pk}/kalender.ics"))
    republish(session, summary="Ringkasan baru")  # not a schedule change
    (unchanged,) = _events(anonymous.get(f"/sesi/{session.pk}/kalender.ics"))
    assert unchanged["sequence"] == before["sequence"]
    republish(session, start_at=utc(2030, 3, 13, 2, 0))
    (after,) = _events(anonymous.get(f"/sesi/{session.pk}/kalender.ics"))
    assert after["uid"] == before["uid"]
    assert after["sequence"] == before["sequence"] + 1
    assert after.decoded("dtstart") == utc(2030, 3, 13, 2, 0)


def test_a_cancelled_session_stays_in_the_feed_as_cancelled(anonymous, db):
    session = make_session(start=timezone.now() + timedelta(days=5))
    republish(session, is_cancelled=True, cancellation_note="Narasumber berhalangan")
    events = _events(anonymous.get("/sesi/kalender.ics"))
    (event,) = [event for event in events if str(event["uid"]) == f"sesi-{session.pk}@simpul.sesi"]
    assert str(event["status"]) == "CANCELLED"
    assert event["sequence"] == 1


def test_the_forum_feed_has_only_that_forums_sessions(anonymous, public_forum, other_forum):
    mine = make_session(public_forum, start=timezone.now() + timedelta(days=5))
    make_session(other_forum, start=timezone.now() + timedelta(days=6))
    events = _events(anonymous.get(f"/sesi/forum/{public_forum.slug}/kalender.ics"))
    assert [str(event["uid"]) for event in events] == [f"sesi-{mine.pk}@simpul.sesi"]


def test_members_only_sessions_never_reach_an_anonymous_feed(anonymous, members_forum, member_client):
    hidden = make_session(members_forum, start=timezone.now() + timedelta(days=5))
    uids = [str(event["uid"]) for event in _events(anonymous.get("/sesi/kalender.ics"))]
    assert f"sesi-{hidden.pk}@simpul.sesi" not in uids
    assert anonymous.get(f"/sesi/forum/{members_forum.slug}/kalender.ics").status_code == 404
    uids = [str(event["uid"]) for event in _events(member_client.get("/sesi/kalender.ics"))]
    assert f"sesi-{hidden.pk}@simpul.sesi" in uids


def test_a_draft_session_is_in_no_feed(anonymous, db):
    draft = make_session(start=timezone.now() + timedelta(days=5), publish=False)
    assert anonymous.get(f"/sesi/{draft.pk}/kalender.ics").status_code == 404
    assert not _events(anonymous.get("/sesi/kalender.ics"))


def test_times_are_written_in_utc(anonymous, db):
    session = make_session(start=utc(2030, 3, 12, 2, 0))
    body = anonymous.get(f"/sesi/{session.pk}/kalender.ics").content.decode()
    assert "DTSTART:20300312T020000Z" in body
    assert utc(2030, 1, 1, 0, 0).tzinfo is UTC
