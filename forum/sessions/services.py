"""Registering, checking in and recording attendance: where several rows change together.

Each function is keyword-only, runs in one transaction, and raises
SessionError (with an Indonesian message for the reader) when it refuses,
having changed nothing.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    Attendance,
    AttendanceMethod,
    AttendanceRole,
    Registration,
    RegistrationStatus,
    SessionPage,
)


class SessionError(Exception):
    """A refused request; str(error) is the message for the member."""


def _locked(session):
    # Serialise registrations for one session (capacity and the queue).
    return SessionPage.objects.select_for_update().only("pk", "capacity").get(pk=session.pk)


@transaction.atomic
def register(*, member, session, now=None) -> Registration:
    """A place at the session, or a place on the waiting list when it is full."""
    from .models import SessionState

    now = now or timezone.now()
    if session.state(now) != SessionState.UPCOMING:
        raise SessionError(_("Registration is closed: this session has started, finished or been cancelled."))
    locked = _locked(session)
    existing = Registration.objects.filter(session=locked, member=member).first()
    if existing and existing.status != RegistrationStatus.CANCELLED:
        raise SessionError(_("You are already registered for this session."))
    taken = Registration.objects.filter(session=locked).confirmed().count()
    full = locked.capacity is not None and taken >= locked.capacity
    status = RegistrationStatus.WAITING if full else RegistrationStatus.REGISTERED
    if existing:
        existing.status, existing.registered_at = status, now
        existing.save(update_fields=["status", "registered_at", "updated_at"])
        return existing
    return Registration.objects.create(session=locked, member=member, status=status, registered_at=now)


@transaction.atomic
def cancel_registration(*, member, session) -> Registration | None:
    """Give up a place; the first on the waiting list takes it. Returns the promoted registration."""
    locked = _locked(session)
    registration = Registration.objects.filter(session=locked, member=member).active().first()
    if registration is None:
        raise SessionError(_("You are not registered for this session."))
    freed_a_place = registration.status == RegistrationStatus.REGISTERED
    registration.status = RegistrationStatus.CANCELLED
    registration.save(update_fields=["status", "updated_at"])
    if not freed_a_place:
        return None
    promoted = Registration.objects.filter(session=locked).waiting().first()
    if promoted is not None:
        promoted.status = RegistrationStatus.REGISTERED
        promoted.save(update_fields=["status", "updated_at"])
        transaction.on_commit(lambda: _tell_promoted(promoted.pk))
    return promoted


def _tell_promoted(registration_pk):
    from .notices import send_promoted_notice

    send_promoted_notice(registration_pk)


def _record(*, session, member, method, role=AttendanceRole.ATTENDEE) -> Attendance:
    try:
        with transaction.atomic():
            return Attendance.objects.create(session=session, member=member, method=method, role=role)
    except IntegrityError:
        raise SessionError(_("Your attendance at this session is already recorded.")) from None


def check_in(*, member, session, code, now=None) -> Attendance:
    """Record attendance by the code the host shows during the session."""
    now = now or timezone.now()
    if session.is_cancelled:
        raise SessionError(_("This session was cancelled."))
    opens, closes = session.check_in_window()
    if now < opens:
        raise SessionError(_("Check-in opens 15 minutes before the session starts."))
    if now > closes:
        raise SessionError(_("Check-in has closed: the code was valid only during the session."))
    if Attendance.objects.filter(session=session, member=member).exists():
        raise SessionError(_("Your attendance at this session is already recorded."))
    if (code or "").strip() != session.check_in_code:
        raise SessionError(_("That check-in code is wrong. Check the code the host shows and try again."))
    return _record(session=session, member=member, method=AttendanceMethod.CODE)


@transaction.atomic
def tick_attendance(*, session, members, present=True) -> int:
    """The host ticks (or unticks) names on the list; presenters keep their record. Returns how many changed."""
    changed = 0
    for member in members:
        if present:
            _, created = Attendance.objects.get_or_create(
                session=session, member=member, defaults={"method": AttendanceMethod.HOST}
            )
            changed += created
        else:
            deleted, _ = Attendance.objects.filter(
                session=session, member=member, method=AttendanceMethod.HOST
            ).delete()
            changed += deleted
    return changed


@transaction.atomic
def record_presenters(*, session) -> int:
    """Speakers who are members are recorded as presenters (once the session has taken place)."""
    changed = 0
    for speaker in session.speakers.exclude(member=None).select_related("member"):
        attendance, created = Attendance.objects.get_or_create(
            session=session,
            member=speaker.member,
            defaults={"method": AttendanceMethod.SPEAKER, "role": AttendanceRole.PRESENTER},
        )
        if not created and attendance.role != AttendanceRole.PRESENTER:
            attendance.role = AttendanceRole.PRESENTER
            attendance.save(update_fields=["role"])
        changed += 1
    return changed


def ensure_discussion_thread(session):
    """The session's thread in its forum: created once, when the session is first published."""
    from forum.services import create_thread

    if session.thread_id or session.forum_id is None:
        return session.thread
    author = _thread_author(session)
    body = _(
        "Discussion thread for the sharing session “%(theme)s”. Ask your questions before the session "
        "and continue the discussion afterwards."
    ) % {"theme": session.theme}
    with transaction.atomic():
        thread = create_thread(author=author, forum=session.forum, title=session.title[:200], body=body)
        SessionPage.objects.filter(pk=session.pk).update(thread=thread)
    session.thread = thread
    return thread


def _thread_author(session):
    owner = session.owner
    profile = getattr(owner, "profile", None) if owner else None
    if profile is not None:
        return profile
    return session.forum.moderators.first()


def record_finished_presenters(now=None) -> int:
    """Speakers of sessions that have taken place become presenters (run with the reminders)."""
    now = now or timezone.now()
    finished = (
        SessionPage.objects.live().not_cancelled().filter(end_at__lte=now, speakers__member__isnull=False)
    )
    already = Attendance.objects.filter(role=AttendanceRole.PRESENTER).values("session_id")
    total = 0
    for session in finished.exclude(pk__in=already).distinct():
        total += record_presenters(session=session)
    return total
