"""E-mails about a session: reminders, published recording/minutes, moves and cancellations.

Each e-mail to each member goes out once: a SentNotice row is written with
it (per calendar SEQUENCE, so a moved session reminds again). Sending runs
in django-tasks (forum.sessions.tasks); `manage.py send_session_reminders`
finds the reminders that are due.
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import NoticeKind, Registration, RegistrationStatus, SentNotice, SessionPage

DAY = timedelta(hours=24)
HOUR = timedelta(hours=1)


def one_line(text):
    """A subject line: Django refuses a header with a line break, so a title that has one would stop the e-mail."""
    return " ".join(str(text).split())


def _subject(kind, session):
    theme = session.theme
    subjects = {
        NoticeKind.DAY_BEFORE: _("Tomorrow: %(theme)s"),
        NoticeKind.HOUR_BEFORE: _("In one hour: %(theme)s"),
        NoticeKind.RECORDING: _("Recording published: %(theme)s"),
        NoticeKind.MINUTES: _("Minutes published: %(theme)s"),
        NoticeKind.CHANGED: _("Schedule changed: %(theme)s"),
        NoticeKind.CANCELLED: _("Cancelled: %(theme)s"),
    }
    return one_line(subjects[kind] % {"theme": theme})


def absolute_url(session):
    url = session.get_url() or "/"
    if url.startswith("http"):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def recipients(session, kind):
    """Who hears about it: reminders go to those with a place; news to the waiting list too."""
    registrations = Registration.objects.filter(session=session).select_related(
        "member__user", "member__region"
    )
    if kind in (NoticeKind.DAY_BEFORE, NoticeKind.HOUR_BEFORE):
        registrations = registrations.filter(status=RegistrationStatus.REGISTERED)
    else:
        registrations = registrations.active()
    members = [registration.member for registration in registrations]
    if kind in (NoticeKind.RECORDING, NoticeKind.MINUTES):
        # Those who attended without registering want the recording too.
        seen = {member.pk for member in members}
        for attendance in session.attendances.select_related("member__user", "member__region"):
            if attendance.member.pk not in seen:
                members.append(attendance.member)
                seen.add(attendance.member.pk)
    return [member for member in members if member.user.is_active and member.user.email]


def send_notice(session, kind) -> int:
    """Send one kind of e-mail to everyone concerned who has not had it yet. Returns how many went out."""
    sent = 0
    for member in recipients(session, kind):
        try:
            with transaction.atomic():
                SentNotice.objects.create(
                    session=session, member=member, kind=kind, sequence=session.sequence
                )
                _send(session, member, kind)
        except IntegrityError:
            continue  # already told
        sent += 1
    return sent


def _send(session, member, kind):
    with translation.override(settings.LANGUAGE_CODE):
        when = session.time_for(member.effective_time_zone)
        context = {
            "session": session,
            "member": member,
            "kind": kind,
            "when": when,
            "url": absolute_url(session),
        }
        body = render_to_string("forum/sessions/email/notice.txt", context)
        send_mail(_subject(kind, session), body, None, [member.user.email])


def send_promoted_notice(registration_pk):
    registration = Registration.objects.select_related("member__user", "session").get(pk=registration_pk)
    member, session = registration.member, registration.session
    if not member.user.email:
        return
    with translation.override(settings.LANGUAGE_CODE):
        when = session.time_for(member.effective_time_zone)
        body = render_to_string(
            "forum/sessions/email/promoted.txt",
            {
                "session": session,
                "member": member,
                "when": when,
                "url": absolute_url(session),
            },
        )
        send_mail(
            one_line(_("You have a place: %(theme)s") % {"theme": session.theme}),
            body,
            None,
            [member.user.email],
        )


def due_reminders(now=None):
    """(session, kind) pairs whose reminder is due now: a day before, and an hour before."""
    now = now or timezone.now()
    sessions = SessionPage.objects.live().not_cancelled().filter(start_at__gt=now, start_at__lte=now + DAY)
    due = []
    for session in sessions.order_by("start_at"):
        if session.start_at - now <= HOUR:
            due.append((session, NoticeKind.HOUR_BEFORE))
        else:
            due.append((session, NoticeKind.DAY_BEFORE))
    return due


def send_due_reminders(now=None) -> int:
    return sum(send_notice(session, kind) for session, kind in due_reminders(now))
