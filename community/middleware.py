"""Show every time in the reader's own zone (WIB, WITA or WIT)."""

import zoneinfo

from django.utils import timezone

from .models import TimeZone

TIME_ZONE_COOKIE = "simpul_tz"
_ALLOWED = set(TimeZone.values)


def time_zone_for(request):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        profile = getattr(user, "profile", None)
        if profile is not None:
            return profile.effective_time_zone
    chosen = request.COOKIES.get(TIME_ZONE_COOKIE)
    return chosen if chosen in _ALLOWED else TimeZone.WIB


class MemberTimezoneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = time_zone_for(request)
        request.time_zone = zone
        timezone.activate(zoneinfo.ZoneInfo(zone))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
