"""/sesi/: every upcoming session across the forums, with filters in the URL."""

import re
from datetime import datetime

from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode

from community import page_cache
from community.models import Agency, Region
from forum.models import ForumPage

from ..context import reader_zone
from ..models import SessionMode, SessionPage
from ..timezones import zone_info

PER_PAGE = 20
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _month_range(value, zone):
    match = _MONTH.match(value or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        return None
    start = datetime(year, month, 1, tzinfo=zone_info(zone))
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=zone_info(zone))
    return start, end


# "Upcoming" moves with the clock: a listing is kept five minutes at most.
@page_cache.reader_page(
    params=("forum", "instansi", "provinsi", "bulan", "mode", "halaman"),
    depends_on=("pages", "forum"),
    timeout=5 * 60,
)
def session_list(request):
    zone = reader_zone(request)
    forums = ForumPage.objects.visible_to(request.user).order_by("title")
    sessions = SessionPage.objects.visible_to(request.user).upcoming().for_listing()
    chosen = {}
    forum_slug = request.GET.get("forum", "")[:80]
    if forum_slug:
        chosen["forum"] = forum_slug
        sessions = sessions.filter(forum__slug=forum_slug)
    agency_slug = request.GET.get("instansi", "")[:220]
    if agency_slug:
        chosen["instansi"] = agency_slug
        sessions = sessions.filter(host_agency__slug=agency_slug)
    province_code = request.GET.get("provinsi", "")[:13]
    if province_code:
        chosen["provinsi"] = province_code
        sessions = sessions.filter(
            Q(host_agency__region__code=province_code) | Q(host_agency__region__parent__code=province_code)
        )
    month = _month_range(request.GET.get("bulan", "")[:7], zone)
    if month:
        chosen["bulan"] = request.GET["bulan"][:7]
        sessions = sessions.filter(start_at__gte=month[0], start_at__lt=month[1])
    mode = request.GET.get("mode", "")
    if mode == SessionMode.ONLINE:
        chosen["mode"] = mode
        sessions = sessions.filter(mode__in=[SessionMode.ONLINE, SessionMode.HYBRID])
    elif mode == SessionMode.IN_PERSON:
        chosen["mode"] = mode
        sessions = sessions.filter(mode__in=[SessionMode.IN_PERSON, SessionMode.HYBRID])
    page = Paginator(sessions, PER_PAGE).get_page(request.GET.get("halaman"))
    upcoming_hosts = SessionPage.objects.visible_to(request.user).upcoming().exclude(host_agency=None)
    agencies = Agency.objects.filter(pk__in=upcoming_hosts.values("host_agency")).order_by("name")
    provinces = Region.objects.provinces().order_by("name")
    now = timezone.localtime(timezone.now(), zone_info(zone))
    months = []
    year, month_number = now.year, now.month
    for _ in range(12):
        months.append(f"{year}-{month_number:02d}")
        year, month_number = (year + 1, 1) if month_number == 12 else (year, month_number + 1)
    query = urlencode(chosen)
    return render(
        request,
        "forum/sessions/session_list.html",
        {
            "page_obj": page,
            "sessions": page.object_list,
            "forums": forums,
            "agencies": agencies,
            "provinces": provinces,
            "months": months,
            "modes": [
                (SessionMode.ONLINE, SessionMode.ONLINE.label),
                (SessionMode.IN_PERSON, SessionMode.IN_PERSON.label),
            ],
            "chosen": chosen,
            "filter_query": query,
        },
    )
