"""Abuse limits: at most N requests per client per period, then 429 with Retry-After.

One small mechanism for every limit Simpul sets itself (search, and the
forum's posting, flags and check-in codes); sign-in lockout is django-axes'
and sign-up is allauth's, and both answer through `too_many_requests` below,
so every limit looks the same to a reader: HTTP 429, a Retry-After header
and the Indonesian page templates/429.html (JSON for a JSON request).

Use it on a view::

    from community.throttle import throttle

    @throttle("search", rate="60/m", key="ip")
    def site_search(request): ...

    @throttle("forum-post", rate="10/h", key="user", methods=("POST",))
    def reply(request, ...): ...

- ``scope``: a name for the limit; requests count per (scope, client).
- ``rate``: ``"N/s"``, ``"N/m"``, ``"N/h"`` or ``"N/d"``, optionally with a
  number of units (``"5/10m"``). settings.SIMPUL_THROTTLE_RATES
  (``{"search": "120/m"}``) overrides a scope's rate without a code change.
- ``key``: ``"ip"`` (the client's address, behind settings.TRUSTED_PROXY_COUNT
  proxies), ``"user"`` (the signed-in member; anonymous readers count by
  address), or a callable ``key(request) -> str``.
- ``methods``: only these methods count (default: all).

Or, for a view of an app that must not import community (search), list it
by URL name in settings.SIMPUL_THROTTLED_VIEWS, read by ThrottleMiddleware::

    SIMPUL_THROTTLED_VIEWS = {
        "search:search": {"scope": "search", "rate": "120/m", "key": "ip"},
        "forum:thread_new": {"scope": "forum-thread", "rate": "5/h", "key": "user", "methods": ["POST"]},
    }

Or call ``check(request, scope, rate=..., key=...)`` inside a view where only
some requests should count (e.g. a wrong check-in code): it returns the 429
response to send, or None.

Counting uses fixed windows in Django's default cache (``cache.add`` then
``cache.incr``): exact on Redis, Memcached and the local-memory cache, close
enough on the file cache for an abuse limit. settings.SIMPUL_THROTTLE_ENABLED =
False switches every limit off (e.g. for a load test).

Why not django-ratelimit: it answers with a bare 403 (or an exception) and
knows nothing of Retry-After; this is the part we need, in 100 lines.
"""

import functools
import math
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


def parse_rate(rate):
    """``"60/m"`` -> (60, 60); ``"5/10m"`` -> (5, 600)."""
    match = _RATE.match(rate)
    if not match:
        raise ValueError(f"Not a rate: {rate!r} (use e.g. '60/m', '5/10m', '100/d')")
    count, units, period = match.groups()
    return int(count), int(units or 1) * _PERIODS[period]


def client_ip(request):
    """The client's address: X-Forwarded-For as seen by the last trusted proxy, else REMOTE_ADDR."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _identity(request, key):
    if callable(key):
        return str(key(request))
    if key == "user":
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return f"user:{user.pk}"
        return f"ip:{client_ip(request)}"
    if key == "ip":
        return f"ip:{client_ip(request)}"
    raise ValueError(f"Unknown throttle key {key!r}: use 'ip', 'user' or a callable")


def too_many_requests(request, *, retry_after, exception=None):
    """The one answer every limit gives: 429, Retry-After in seconds, the Indonesian page."""
    retry_after = max(1, math.ceil(retry_after))
    message = _("You have sent too many requests in a short time. Please wait a while and try again.")
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse({"error": message, "retry_after": retry_after}, status=429)
    else:
        minutes = math.ceil(retry_after / 60)
        response = render(
            request, "429.html", {"retry_after": retry_after, "retry_minutes": minutes}, status=429
        )
    response["Retry-After"] = str(retry_after)
    return response


def check(request, scope, *, rate, key="ip"):
    """Count this request; return the 429 response if the client is over the limit, else None."""
    if not getattr(settings, "SIMPUL_THROTTLE_ENABLED", True):
        return None
    rate = getattr(settings, "SIMPUL_THROTTLE_RATES", {}).get(scope, rate)
    limit, period = parse_rate(rate)
    now = time.time()
    window = int(now // period)
    cache_key = f"throttle:{scope}:{_identity(request, key)}:{window}"
    cache.add(cache_key, 0, timeout=period + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=period + 1)
        count = 1
    if count <= limit:
        return None
    return too_many_requests(request, retry_after=(window + 1) * period - now)


def throttle(scope, *, rate, key="ip", methods=None):
    """Decorate a view: over `rate` requests (see the module docstring), answer 429."""
    parse_rate(rate)  # a typo fails at import, not on the first request
    counted = {method.upper() for method in methods} if methods else None

    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if counted is None or request.method in counted:
                refused = check(request, scope, rate=rate, key=key)
                if refused is not None:
                    return refused
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


class ThrottleMiddleware:
    """Applies settings.SIMPUL_THROTTLED_VIEWS (see the module docstring) by URL name."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.limits = dict(getattr(settings, "SIMPUL_THROTTLED_VIEWS", {}))
        for limit in self.limits.values():
            parse_rate(limit["rate"])

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        limit = self.limits.get(match.view_name if match else "")
        if limit is None:
            return None
        methods = limit.get("methods")
        if methods and request.method not in {method.upper() for method in methods}:
            return None
        return check(request, limit["scope"], rate=limit["rate"], key=limit.get("key", "ip"))


def _longest_allauth_period(action):
    rates = getattr(settings, "ACCOUNT_RATE_LIMITS", {}).get(action) or ""
    periods = []
    for part in str(rates).split(","):
        # allauth's form: "5/h/ip", "10/5m/key".
        amount_period = "/".join(part.strip().split("/")[:2])
        try:
            periods.append(parse_rate(amount_period)[1])
        except ValueError:
            continue
    return max(periods, default=60)


_ALLAUTH_ACTIONS = {
    "account_signup": "signup",
    "account_login": "login_failed",
    "account_reset_password": "reset_password",
    "account_email": "manage_email",
    "account_confirm_email": "confirm_email",
    "account_email_verification_sent": "confirm_email",
}


def allauth_too_many_requests(request, exception=None):
    """config.urls.handler429, which allauth calls when one of ACCOUNT_RATE_LIMITS is reached.

    allauth does not say when the limit lifts; Retry-After is the longest
    period of the action's limits, the latest moment it surely has.
    """
    match = getattr(request, "resolver_match", None)
    action = _ALLAUTH_ACTIONS.get(match.url_name if match else "", "")
    return too_many_requests(request, retry_after=_longest_allauth_period(action))


def axes_lockout(request, original_response, credentials):
    """settings.AXES_LOCKOUT_CALLABLE: axes' lockout page, as a 429 with Retry-After."""
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    cool_off_seconds = int(cool_off.total_seconds()) if cool_off else 3600
    response = render(
        request,
        settings.AXES_LOCKOUT_TEMPLATE,
        {"retry_minutes": math.ceil(cool_off_seconds / 60)},
        status=429,
    )
    response["Retry-After"] = str(cool_off_seconds)
    return response
