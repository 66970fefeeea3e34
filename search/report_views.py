"""The editors' search report: what people look for, and what finds nothing."""

import datetime

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone

from .models import QueryOutcome
from .params import parse_int

REPORT_DAYS_CHOICES = (7, 30, 90, 365)
REPORT_ROWS = 50


def can_read_search_report(user):
    return user.is_authenticated and user.has_perm("wagtailsearchpromotions.add_searchpromotion")


def search_report(request):
    if not can_read_search_report(request.user):
        raise PermissionDenied
    days = parse_int(request.GET.get("hari"))
    days = days if days in REPORT_DAYS_CHOICES else 30
    since = timezone.localdate() - datetime.timedelta(days=days)
    outcomes = QueryOutcome.objects.since(since)
    return render(
        request,
        "search/admin/search_report.html",
        {
            "days": days,
            "day_choices": REPORT_DAYS_CHOICES,
            "top_queries": outcomes.top_queries()[:REPORT_ROWS],
            "zero_result_queries": outcomes.zero_result_queries()[:REPORT_ROWS],
        },
    )
