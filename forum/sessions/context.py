"""What the session page, the forum page, the thread page and the home page show about sessions.

Other apps' templates reach these through the template tags in
forum/sessions/templatetags/forum_sessions.py (forum pages, thread pages)
and the community.sections registry (home page), never by importing.
"""

from django.db.models import Count
from django.utils import timezone

from community.models import TimeZone
from community.page_cache import remember
from community.permissions import is_member
from community.sections import Section

from . import permissions
from .models import Attendance, Registration, RegistrationStatus, SessionPage

FORUM_UPCOMING = 5
FORUM_PAST = 5
HOME_SESSIONS = 4


def reader_zone(request):
    return getattr(request, "time_zone", None) or TimeZone.WIB


def session_page_context(session, request):
    user = request.user
    now = timezone.now()
    zone = reader_zone(request)
    registration = attendance = None
    counts = {}
    # A session being created (the admin's preview) has no registrations yet.
    if session.pk is not None:
        if is_member(user):
            registration = Registration.objects.filter(session=session, member=user.profile).active().first()
            attendance = Attendance.objects.filter(session=session, member=user.profile).first()
        counts = {
            status: count
            for status, count in Registration.objects.filter(session=session)
            .active()
            .values_list("status")
            .annotate(count=Count("pk"))
        }
    taken = counts.get(RegistrationStatus.REGISTERED, 0)
    is_host = session.pk is not None and permissions.can_host_session(user, session)
    return {
        "when": session.time_for(zone),
        "state": session.state(now),
        "state_label": session.state_label(now),
        "speakers": list(session.speakers.select_related("member__user", "member__agency")),
        "materials": list(session.materials.select_related("document")),
        "registration": registration,
        "attendance": attendance,
        "registered_count": taken,
        "waiting_count": counts.get(RegistrationStatus.WAITING, 0),
        "places_left": None if session.capacity is None else max(session.capacity - taken, 0),
        "can_register": session.pk is not None
        and permissions.can_register_for_session(user, session)
        and registration is None,
        "can_check_in": session.pk is not None
        and permissions.can_check_in(user, session)
        and attendance is None,
        "can_see_meeting_link": permissions.can_see_meeting_link(user, session),
        "is_host": is_host,
        "show_check_in_code": is_host and session.is_check_in_open(now),
        "thread": session.thread if session.thread_id else None,
    }


def sessions_for_forum(forum, user, now=None):
    """A forum page's sessions: {"upcoming": [...], "past": [...]} that this user may see."""
    if forum.pk is None:  # a forum being created (the admin's preview) has no sessions yet
        return {"upcoming": [], "past": []}
    now = now or timezone.now()
    sessions = SessionPage.objects.visible_to(user).filter(forum=forum).for_listing()
    return {
        "upcoming": list(sessions.upcoming(now)[:FORUM_UPCOMING]),
        "past": list(sessions.past(now)[:FORUM_PAST]),
    }


def session_for_thread(thread, user=None):
    """The session whose discussion this thread is, or None (also when ``user`` may not list it:
    a session behind a password or a group restriction keeps its time and state to itself).

    Most threads are not a session's: the ids of those that are are kept
    until pages change, so an ordinary thread page pays no query for this.
    """
    thread_ids = remember(
        "session-thread-ids",
        lambda: set(SessionPage.objects.live().exclude(thread=None).values_list("thread_id", flat=True)),
        depends_on=("pages",),
    )
    if thread.pk not in thread_ids:
        return None
    sessions = SessionPage.objects.live() if user is None else SessionPage.objects.visible_to(user)
    return sessions.filter(thread=thread).select_related("host_agency").first()


def home_section(request):
    """The next sessions on the home page (a community.sections provider), or None when there are none."""
    audience = "members" if is_member(request.user) else "public"
    sessions = remember(
        f"home-sessions:{audience}",
        lambda: list(
            SessionPage.objects.visible_to(request.user)
            .not_cancelled()
            .upcoming()
            .for_listing()[:HOME_SESSIONS]
        ),
        depends_on=("pages", "forum"),
        timeout=15 * 60,  # "upcoming" moves with the clock, not only with changes
    )
    if not sessions:
        return None
    return Section("forum/sessions/_home_sessions.html", {"sessions": sessions}, order=10)
