"""Registering, cancelling, checking in, and the host's attendee list (with CSV)."""

import csv
import time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.permissions import is_member

from .. import permissions, services
from ..context import reader_zone
from ..models import Attendance, AttendanceRole, Registration, RegistrationStatus
from ..timezones import local
from .common import csv_cell, get_session_or_404, refusal

#: Wrong check-in codes allowed per member and session (and per address) in the window below.
CHECK_IN_ATTEMPTS = 5
CHECK_IN_WINDOW_SECONDS = 10 * 60


def _member_or_403(request):
    if not is_member(request.user):
        raise Http404(_("Only members can do this."))
    return request.user.profile


@login_required
@require_POST
def register(request, pk):
    session = get_session_or_404(request, pk)
    member = _member_or_403(request)
    try:
        registration = services.register(member=member, session=session)
    except services.SessionError as error:
        messages.error(request, str(error))
    else:
        if registration.status == RegistrationStatus.WAITING:
            messages.warning(
                request,
                _(
                    "The session is full: you are on the waiting list. We will e-mail you if a place frees up."
                ),
            )
        else:
            messages.success(request, _("You are registered. See you at the session!"))
    return redirect(session.url)


@login_required
@require_POST
def cancel(request, pk):
    session = get_session_or_404(request, pk)
    member = _member_or_403(request)
    try:
        services.cancel_registration(member=member, session=session)
    except services.SessionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(session.url)


def _attempt_keys(request, session):
    address = request.META.get("REMOTE_ADDR", "")
    return [f"sesi-hadir:{session.pk}:member:{request.user.pk}", f"sesi-hadir:{session.pk}:ip:{address}"]


def _retry_after(keys):
    """Seconds until another code may be tried, or 0 when attempts remain."""
    now = time.time()
    waits = []
    for key in keys:
        record = cache.get(key)
        if record and record["count"] >= CHECK_IN_ATTEMPTS:
            waits.append(max(int(record["until"] - now), 1))
    return max(waits, default=0)


def _count_failure(keys):
    now = time.time()
    for key in keys:
        record = cache.get(key) or {"count": 0, "until": now + CHECK_IN_WINDOW_SECONDS}
        record["count"] += 1
        cache.set(key, record, timeout=max(int(record["until"] - now), 1))


@login_required
@require_POST
def check_in(request, pk):
    session = get_session_or_404(request, pk)
    member = _member_or_403(request)
    keys = _attempt_keys(request, session)
    wait = _retry_after(keys)
    if wait:
        minutes = max(wait // 60, 1)
        return refusal(
            request,
            _("Too many wrong check-in codes. Wait %(minutes)d minutes and try again.")
            % {"minutes": minutes},
            status=429,
            title=_("Too many attempts"),
            headers={"Retry-After": str(wait)},
        )
    code = request.POST.get("kode", "")[:20]
    try:
        services.check_in(member=member, session=session, code=code)
    except services.SessionError as error:
        if code.strip() != session.check_in_code:
            _count_failure(keys)
        messages.error(request, str(error))
        return redirect(session.url + "#hadir")
    messages.success(request, _("Your attendance is recorded. It appears in your JP record."))
    return redirect(session.url)


def _host_session_or_404(request, pk):
    session = get_session_or_404(request, pk)
    if not permissions.can_host_session(request.user, session):
        raise Http404(_("Session not found."))
    return session


def _attendee_rows(session):
    registrations = (
        Registration.objects.filter(session=session)
        .active()
        .select_related("member__user", "member__agency")
        .order_by("status", "registered_at", "pk")
    )
    attendance = {row.member_id: row for row in Attendance.objects.filter(session=session)}
    rows = [
        {"member": r.member, "registration": r, "attendance": attendance.pop(r.member_id, None)}
        for r in registrations
    ]
    # Present without registering (a code, or a speaker).
    extra = Attendance.objects.filter(pk__in=[row.pk for row in attendance.values()]).select_related(
        "member__user", "member__agency"
    )
    rows += [{"member": row.member, "registration": None, "attendance": row} for row in extra]
    return rows


@login_required
def attendees(request, pk):
    session = _host_session_or_404(request, pk)
    if request.method == "POST":
        present_ids = set()
        for value in request.POST.getlist("hadir")[:2000]:
            if value.isdigit() and len(value) < 18:
                present_ids.add(int(value))
        rows = _attendee_rows(session)
        listed = {row["member"].pk: row["member"] for row in rows}
        to_tick = [listed[pk] for pk in present_ids if pk in listed]
        to_untick = [member for pk, member in listed.items() if pk not in present_ids]
        services.tick_attendance(session=session, members=to_tick, present=True)
        services.tick_attendance(session=session, members=to_untick, present=False)
        messages.success(request, _("Attendance saved."))
        return redirect("forum_sessions:attendees", pk=session.pk)
    zone = reader_zone(request)
    return render(
        request,
        "forum/sessions/attendees.html",
        {
            "session": session,
            "rows": _attendee_rows(session),
            "when": session.time_for(zone),
            "show_check_in_code": session.is_check_in_open(),
            "presenter": AttendanceRole.PRESENTER,
        },
    )


@login_required
def attendees_csv(request, pk):
    session = _host_session_or_404(request, pk)
    zone = reader_zone(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="peserta-sesi-{session.pk}.csv"'
    response.write("\ufeff")  # Excel reads UTF-8 with a BOM
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Name"),
            _("Username"),
            _("Agency"),
            _("Position"),
            _("Registration"),
            _("Registered at"),
            _("Attendance"),
            _("Role"),
        ]
    )
    for row in _attendee_rows(session):
        member, registration, attendance = row["member"], row["registration"], row["attendance"]
        writer.writerow(
            [
                csv_cell(member.name),
                csv_cell(member.user.username),
                csv_cell(member.affiliation),
                csv_cell(member.position),
                registration.get_status_display() if registration else "",
                local(registration.registered_at, zone).strftime("%Y-%m-%d %H.%M") if registration else "",
                attendance.get_method_display() if attendance else _("absent"),
                attendance.get_role_display() if attendance else "",
            ]
        )
    return response
