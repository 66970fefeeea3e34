"""iCalendar (RFC 5545) for sessions, with the icalendar library.

Times are written in UTC (DTSTART:...Z), which every calendar converts to
its own zone. UIDs never change; SEQUENCE follows SessionPage.sequence, so a
moved or cancelled session (STATUS:CANCELLED) updates subscribed calendars.
"""

from datetime import UTC

from django.utils import timezone
from icalendar import Calendar, Event, vText

from .notices import absolute_url
from .timezones import conversion_line

UID_DOMAIN = "simpul.sesi"


def session_uid(session):
    return f"sesi-{session.pk}@{UID_DOMAIN}"


def _event(session):
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", session.last_published_at or timezone.now())
    if session.latest_revision_created_at:
        event.add("last-modified", session.latest_revision_created_at)
    event.add("dtstart", session.start_at.astimezone(UTC))
    event.add("dtend", session.end_at.astimezone(UTC))
    event.add("summary", session.title)
    lines = [session.theme, conversion_line(session.start_at)]
    if session.host_agency_id:
        lines.append(session.host_name)
    if session.summary:
        lines.append(session.summary)
    if session.is_cancelled and session.cancellation_note:
        lines.append(session.cancellation_note)
    event.add("description", "\n".join(lines))
    if session.location:
        event.add("location", session.location)
    event.add("url", absolute_url(session))
    event.add("sequence", session.sequence)
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    return event


def calendar_for(sessions, *, name):
    calendar = Calendar()
    calendar.add("prodid", "-//Simpul//Sesi Berbagi//ID")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # An X- property is written as given unless it is typed: as text, a line break in a
    # title is escaped instead of starting a property (or an event) of the title's making.
    calendar.add("x-wr-calname", vText(name))
    for session in sessions:
        calendar.add_component(_event(session))
    return calendar.to_ical()
