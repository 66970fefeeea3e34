"""Catatan JP: a member's own record, its CSV and PDF, public verification, supervisor confirmation."""

import csv
import re
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from community.permissions import is_member

from .. import jp, permissions
from ..context import reader_zone
from ..models import Attendance
from ..notices import one_line
from ..statement import row_for, statement_pdf
from .common import csv_cell, refusal

_CODE = re.compile(r"^[A-Z0-9]{10}$")
#: How soon a member may ask for another confirmation e-mail for the same entry.
RESEND_AFTER = timedelta(minutes=10)


def _own_profile(request):
    if not is_member(request.user):
        raise Http404(_("Only members have a JP record."))
    return request.user.profile


MIN_YEAR, MAX_YEAR = 2000, 2100


def _year(request, default):
    value = request.GET.get("tahun", "")
    if value.isdigit() and len(value) == 4 and MIN_YEAR <= int(value) <= MAX_YEAR:
        return int(value)
    return default


def _check_year(year):
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404(_("No JP record for that year."))


def _summary(member, year):
    return jp.YearSummary(year=year, entries=jp.entries_for(member, year))


class SupervisorForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Supervisor's e-mail"), max_length=254)


@login_required
def jp_record(request):
    member = _own_profile(request)
    zone = reader_zone(request)
    this_year = timezone.localtime(timezone.now()).year
    years = jp.years_for(member)
    year = _year(request, years[0] if years else this_year)
    summary = _summary(member, year)
    return render(
        request,
        "forum/sessions/jp_record.html",
        {
            "member": member,
            "summary": summary,
            "rows": [(entry, row_for(entry, zone)) for entry in summary.entries],
            "years": sorted(set(years) | {this_year}, reverse=True),
            "year": year,
            "supervisor_form": SupervisorForm(),
        },
    )


@login_required
def jp_csv(request, year):
    _check_year(year)
    member = _own_profile(request)
    zone = reader_zone(request)
    summary = _summary(member, year)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="catatan-jp-{year}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Date"),
            _("Host agency"),
            _("Theme"),
            _("Role"),
            _("Minutes"),
            _("JP"),
            _("Verification code"),
            _("Supervisor"),
        ]
    )
    for entry in summary.entries:
        row = row_for(entry, zone)
        writer.writerow(
            [
                row["date"],
                csv_cell(row["host"]),
                csv_cell(row["theme"]),
                row["role"],
                row["duration"],
                row["jp"],
                row["code"],
                csv_cell(row["confirmed"]),
            ]
        )
    writer.writerow([_("Total"), "", "", "", "", jp.format_jp(summary.total), "", ""])
    return response


@login_required
def jp_pdf(request, year):
    _check_year(year)
    member = _own_profile(request)
    summary = _summary(member, year)
    response = HttpResponse(
        statement_pdf(member, summary, reader_zone(request)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="pernyataan-jp-{year}.pdf"'
    return response


@login_required
@require_POST
def request_confirmation(request, pk):
    member = _own_profile(request)
    attendance = Attendance.objects.select_related("session").filter(pk=pk, member=member).first()
    if attendance is None or not permissions.can_request_confirmation(request.user, attendance):
        raise Http404(_("Entry not found."))
    back = (
        reverse("forum_sessions:jp_record") + f"?tahun={timezone.localtime(attendance.session.start_at).year}"
    )
    form = SupervisorForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write your supervisor's e-mail address, e.g. atasan@instansi.go.id."))
        return redirect(back)
    now = timezone.now()
    if attendance.is_confirmed:
        messages.info(request, _("This entry is already confirmed."))
        return redirect(back)
    if attendance.supervisor_requested_at and now - attendance.supervisor_requested_at < RESEND_AFTER:
        messages.error(
            request,
            _("A confirmation e-mail was sent a moment ago. Wait ten minutes before sending another."),
        )
        return redirect(back)
    attendance.supervisor_email = form.cleaned_data["email"]
    attendance.supervisor_requested_at = now
    attendance.save(update_fields=["supervisor_email", "supervisor_requested_at"])
    link = request.build_absolute_uri(
        reverse("forum_sessions:confirm", args=[jp.supervisor_token(attendance)])
    )
    body = render_to_string(
        "forum/sessions/email/supervisor.txt",
        {
            "attendance": attendance,
            "member": member,
            "link": link,
            "days": jp.SUPERVISOR_LINK_MAX_AGE // 86400,
        },
    )
    send_mail(
        one_line(_("Please confirm %(name)s's attendance") % {"name": member.name}),
        body,
        None,
        [attendance.supervisor_email],
    )
    messages.success(request, _("We e-mailed your supervisor a confirmation link."))
    return redirect(back)


def verify(request, code=None):
    """Public: anyone holding a statement checks an entry's facts by its code."""
    code = (code or request.GET.get("kode", "")).strip().upper()[:20]
    if not code:
        return render(request, "forum/sessions/verify.html", {"attendance": None, "code": ""})
    attendance = None
    if _CODE.match(code):
        attendance = (
            Attendance.objects.select_related("session__host_agency", "member__user", "member__agency")
            .filter(verification_code=code, session__is_cancelled=False)
            .first()
        )
    if attendance is None:
        return refusal(
            request,
            _(
                "Verification code %(code)s is not known. Check it against the statement: it has ten letters and digits."
            )
            % {"code": code},
            status=404,
            title=_("Code not found"),
        )
    return render(
        request,
        "forum/sessions/verify.html",
        {"attendance": attendance, "code": code, "row": row_for(attendance, reader_zone(request))},
    )


def confirm(request, token):
    """The supervisor's signed link: no account needed; GET shows, POST confirms."""
    try:
        attendance = jp.attendance_for_token(token[:1000])
    except jp.LinkRefused as refused:
        return refusal(request, str(refused), status=400, title=_("Link cannot be used"))
    zone = reader_zone(request)
    error = ""
    if request.method == "POST" and not attendance.is_confirmed:
        name = " ".join(request.POST.get("nama", "").split())
        if not name or len(name) > 150:
            error = _("Write your name (at most 150 characters) so the statement shows who confirmed.")
        else:
            attendance.supervisor_name = name
            attendance.supervisor_confirmed_at = timezone.now()
            attendance.save(update_fields=["supervisor_name", "supervisor_confirmed_at"])
            messages.success(request, _("Thank you: the entry is confirmed."))
            return redirect(request.path)
    return render(
        request,
        "forum/sessions/confirm.html",
        {
            "attendance": attendance,
            "row": row_for(attendance, zone),
            "error": error,
            "name": request.POST.get("nama", "")[:150],
        },
        status=400 if error else 200,
    )
