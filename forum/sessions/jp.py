"""JP evidence ("Catatan JP"): a member's sessions per year, the statement, verification and confirmation.

ASN need at least 20 JP (jam pelajaran) of competency development a year.
A session's JP value is set by its host; Simpul only adds them up. Every
entry has a verification code anyone can check at /sesi/verifikasi/<code>/,
and a supervisor may confirm an entry through a signed link sent by e-mail.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core import signing
from django.db.models.functions import ExtractYear
from django.urls import reverse

from .models import Attendance

YEARLY_TARGET = Decimal(20)
SUPERVISOR_SALT = "forum.sessions.supervisor-confirmation"
SUPERVISOR_LINK_MAX_AGE = 14 * 24 * 60 * 60  # two weeks


def entries_for(member, year):
    """The member's attendance and presentations in a year, oldest first (cancelled sessions left out)."""
    return list(Attendance.objects.for_member_year(member, year).filter(session__is_cancelled=False))


def years_for(member):
    years = (
        Attendance.objects.filter(member=member, session__is_cancelled=False)
        .annotate(year=ExtractYear("session__start_at"))
        .values_list("year", flat=True)
        .distinct()
    )
    return sorted(set(years), reverse=True)


@dataclass
class YearSummary:
    year: int
    entries: list

    @property
    def total(self):
        return sum((entry.session.jp_value or Decimal(0) for entry in self.entries), Decimal(0))

    @property
    def target(self):
        return YEARLY_TARGET

    @property
    def remaining(self):
        return max(YEARLY_TARGET - self.total, Decimal(0))

    @property
    def target_met(self):
        return self.total >= YEARLY_TARGET

    @property
    def percent(self):
        return min(int(self.total * 100 / YEARLY_TARGET), 100)


def verification_url(attendance):
    path = reverse("forum_sessions:verify", args=[attendance.verification_code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def format_jp(value):
    if value is None:
        return "–"
    return f"{value.normalize():f}".replace(".", ",")


def supervisor_token(attendance):
    return signing.dumps(
        {"a": attendance.pk, "e": attendance.supervisor_email.lower(), "v": attendance.verification_code},
        salt=SUPERVISOR_SALT,
        compress=True,
    )


class LinkRefused(Exception):
    """The supervisor link cannot be used; str() says why, for the reader."""


def attendance_for_token(token):
    """The entry a supervisor link is for; LinkRefused when tampered with, expired or superseded."""
    from django.utils.translation import gettext as _

    try:
        data = signing.loads(token, salt=SUPERVISOR_SALT, max_age=SUPERVISOR_LINK_MAX_AGE)
    except signing.SignatureExpired:
        raise LinkRefused(
            _("This confirmation link has expired. Ask the member to send a new one.")
        ) from None
    except signing.BadSignature:
        raise LinkRefused(
            _("This confirmation link is not valid. Use the link exactly as it was e-mailed.")
        ) from None
    attendance = (
        Attendance.objects.select_related("session__host_agency", "member__user", "member__agency")
        .filter(pk=data.get("a"), verification_code=data.get("v"))
        .first()
    )
    if attendance is None or attendance.supervisor_email.lower() != data.get("e"):
        raise LinkRefused(
            _("This confirmation link is no longer valid: the member asked someone else to confirm.")
        )
    return attendance
