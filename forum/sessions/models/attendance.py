"""Who registered for a session, who attended or presented, and what they were told.

Attendance is a member's JP evidence: each record carries a verification
code that anyone may check at a public URL, and may be confirmed by the
member's supervisor through a signed link.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

VERIFICATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=RegistrationStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.REGISTERED)

    def waiting(self):
        return self.filter(status=RegistrationStatus.WAITING).order_by("registered_at", "pk")


class Registration(models.Model):
    """A member's place at a session, or on its waiting list (first come, first served)."""

    session = models.ForeignKey(
        "forum_sessions.SessionPage", on_delete=models.CASCADE, related_name="registrations"
    )
    member = models.ForeignKey(
        "community.MemberProfile", on_delete=models.CASCADE, related_name="session_registrations"
    )
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices)
    # When the member last joined (re-registering after cancelling goes to the back of the queue).
    registered_at = models.DateTimeField(_("registered at"))
    updated_at = models.DateTimeField(auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(fields=["session", "member"], name="one_registration_per_member")
        ]
        indexes = [models.Index(fields=["session", "status", "registered_at"], name="registration_queue")]

    def __str__(self):
        return f"{self.member} @ {self.session_id} ({self.status})"


class AttendanceRole(models.TextChoices):
    ATTENDEE = "attendee", _("Participant")
    PRESENTER = "presenter", _("Presenter")


class AttendanceMethod(models.TextChoices):
    CODE = "code", _("Check-in code")
    HOST = "host", _("Ticked by the host")
    SPEAKER = "speaker", _("Listed as speaker")


def new_verification_code():
    return "".join(secrets.choice(VERIFICATION_ALPHABET) for _ in range(10))


class AttendanceQuerySet(models.QuerySet):
    def for_member_year(self, member, year):
        return (
            self.filter(member=member, session__start_at__year=year)
            .select_related("session", "session__host_agency")
            .order_by("session__start_at", "pk")
        )


class Attendance(models.Model):
    """A member attended (or presented at) a session: one JP entry."""

    session = models.ForeignKey(
        "forum_sessions.SessionPage", on_delete=models.CASCADE, related_name="attendances"
    )
    member = models.ForeignKey(
        "community.MemberProfile", on_delete=models.CASCADE, related_name="session_attendances"
    )
    role = models.CharField(
        _("role"), max_length=10, choices=AttendanceRole.choices, default=AttendanceRole.ATTENDEE
    )
    method = models.CharField(_("recorded by"), max_length=10, choices=AttendanceMethod.choices)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    verification_code = models.CharField(
        _("verification code"), max_length=10, unique=True, default=new_verification_code, editable=False
    )
    supervisor_email = models.EmailField(_("supervisor's e-mail"), max_length=254, blank=True)
    supervisor_requested_at = models.DateTimeField(_("confirmation requested at"), null=True, blank=True)
    supervisor_name = models.CharField(_("supervisor's name"), max_length=150, blank=True)
    supervisor_confirmed_at = models.DateTimeField(_("confirmed by the supervisor at"), null=True, blank=True)

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "member"], name="one_attendance_per_member")
        ]
        indexes = [models.Index(fields=["member", "session"], name="attendance_by_member")]

    def __str__(self):
        return f"{self.member} @ {self.session_id} ({self.role})"

    @property
    def jp_value(self):
        return self.session.jp_value

    @property
    def is_confirmed(self):
        return self.supervisor_confirmed_at is not None


class NoticeKind(models.TextChoices):
    DAY_BEFORE = "day", _("Reminder a day before")
    HOUR_BEFORE = "hour", _("Reminder an hour before")
    RECORDING = "recording", _("Recording published")
    MINUTES = "minutes", _("Minutes published")
    CHANGED = "changed", _("Session moved")
    CANCELLED = "cancelled", _("Session cancelled")


class SentNotice(models.Model):
    """An e-mail sent about a session, so that each goes out once (per schedule version)."""

    session = models.ForeignKey(
        "forum_sessions.SessionPage", on_delete=models.CASCADE, related_name="sent_notices"
    )
    member = models.ForeignKey("community.MemberProfile", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=NoticeKind.choices)
    # The session's calendar SEQUENCE when sent: a moved session reminds again.
    sequence = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sent notice")
        verbose_name_plural = _("sent notices")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "member", "kind", "sequence"], name="one_notice_per_version"
            )
        ]

    def __str__(self):
        return f"{self.kind} → {self.member_id} @ {self.session_id}"
