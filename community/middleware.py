"""Per-request language and time zone: Indonesian first, each reader's own zone."""

import zoneinfo

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import timezone, translation

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


class IndonesianFirstLocaleMiddleware(LocaleMiddleware):
    """Indonesian unless the reader chose otherwise.

    Many ASN browse with an English-language browser; Django's default would
    follow Accept-Language. Here only an explicit choice (the language cookie
    set by the footer's language form) switches away from Indonesian.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class SimpulCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with a looser policy for the Wagtail admin only.

    The public site gets settings.CONTENT_SECURITY_POLICY (no inline scripts
    or styles). Wagtail's admin still writes inline scripts and styles, so
    the paths in settings.SIMPUL_ADMIN_CSP_PATH_PREFIXES get
    settings.SIMPUL_ADMIN_CONTENT_SECURITY_POLICY instead. A view's own
    @csp_update/@csp_replace still apply on top.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(tuple(settings.SIMPUL_ADMIN_CSP_PATH_PREFIXES)):
            parts.config = settings.SIMPUL_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
