"""Serve anonymous reader pages from the cache; store the ones that may be shared.

Sits last in MIDDLEWARE, so every other middleware treats a cached page
exactly as a rendered one (headers, cookies, language, security) and only
the URL routing and the view are skipped.
"""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from search import batched_counts

from .. import view_counts
from ..routing import preload_site
from .store import (
    ALL,
    KNOWN_GROUPS,
    PAGE_ENTRIES,
    VERSION_PREFIX,
    begin_request,
    default_timeout,
    end_request,
    safe_cache,
)
from .views import canonical_query

ENTRY_PREFIX = "simpul:page:"
POLICY_PREFIX = "simpul:policy:"
VARIANTS_PREFIX = "simpul:variants:"
#: How many query-string variants of one path are stored per cache lifetime; the rest are rendered.
DEFAULT_MAX_VARIANTS = 100
SHAREABLE_VARY = {"cookie", "accept-language", "accept-encoding"}
KEPT_HEADERS = {"content-type", "content-language", "x-frame-options", "link", "last-modified"}


def _hash(*parts):
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _is_candidate(request):
    """Anonymous, a plain read, nothing personal on the way: no session, no pending messages."""
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _entry_key(request, query):
    return ENTRY_PREFIX + _hash(
        request.get_host(),
        request.path,
        query,
        getattr(request, "LANGUAGE_CODE", ""),
        getattr(request, "time_zone", ""),
    )


def _policy_key(request):
    return POLICY_PREFIX + _hash(request.get_host(), request.path)


def _within_variant_budget(request, versions, timeout):
    """May one more query-string variant of this path be stored?

    Allowed parameters with free values (a text query, a tag slug, a page
    number) could otherwise fill the cache with one entry per random value,
    pushing out the pages readers actually share. The budget is per path and
    per content version (a change that expires the entries opens a new one),
    so re-storing popular variants after a change does not use it up. Past
    the budget a variant is still served, rendered as an uncached page.
    """
    limit = getattr(settings, "SIMPUL_PAGE_CACHE_MAX_VARIANTS", DEFAULT_MAX_VARIANTS)
    version = ",".join(f"{group}={token}" for group, token in sorted(versions.items()))
    key = VARIANTS_PREFIX + _hash(request.get_host(), request.path, version)
    safe_cache.add(key, 0, timeout)
    count = safe_cache.incr(key)
    return count is not None and count <= limit


def _storable(request, response, declaration):
    if getattr(request, "page_cache_skip", False) or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a cookie or a CSRF token belongs to one reader
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and getattr(messages, "_queued_messages", None):
        return False
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False  # signed in during this request
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return vary <= SHAREABLE_VARY


def _shared_headers(response):
    patch_vary_headers(response, ("Cookie",))
    patch_cache_control(
        response, public=True, max_age=getattr(settings, "SIMPUL_PAGE_CACHE_BROWSER_MAX_AGE", 0)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = begin_request()
        try:
            return self._serve(request)
        finally:
            end_request(token)
            batched_counts.flush_all_if_due()  # view counts, the search log

    def _enabled(self):
        return getattr(settings, "SIMPUL_PAGE_CACHE_ENABLED", True)

    def _serve(self, request):
        candidate = self._enabled() and _is_candidate(request)
        request.page_cache_candidate = candidate
        if candidate:
            hit = self._lookup(request)
            if hit is not None:
                return hit
        preload_site(request)
        response = self.get_response(request)
        declaration = getattr(request, "page_cache_declaration", None)
        if declaration is None:
            return response
        if candidate and _storable(request, response, declaration):
            self._store(request, response, declaration)
            _shared_headers(response)
            response["X-Simpul-Cache"] = "miss"
        else:
            # A member's page (their header, their forms) or one that may not be shared.
            patch_cache_control(response, private=True, no_cache=True)
        return response

    def _lookup(self, request):
        raw_query = request.META.get("QUERY_STRING", "")
        version_keys = [VERSION_PREFIX + group for group in (ALL, PAGE_ENTRIES, *KNOWN_GROUPS)]
        keys = [*version_keys, _policy_key(request)] if raw_query else version_keys
        found = safe_cache.get_many(keys)
        if not found:
            return None
        if raw_query:
            params = found.get(_policy_key(request))
            if params is None:
                return None  # this page has not told yet which parameters it reads
            query = canonical_query(request.GET, params)
        else:
            query = ""
        entry = safe_cache.get(_entry_key(request, query))
        if not entry:
            return None
        versions = entry["versions"]
        missing = [VERSION_PREFIX + group for group in versions if VERSION_PREFIX + group not in found]
        if missing:
            found.update(safe_cache.get_many(missing) or {})
        if any(found.get(VERSION_PREFIX + group) != token for group, token in versions.items()):
            return None
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        _shared_headers(response)
        response["X-Simpul-Cache"] = "hit"
        if entry["count_view"]:
            view_counts.count_view(*entry["count_view"])
        return response

    def _store(self, request, response, declaration):
        from .store import current_versions

        versions = current_versions((*declaration.depends_on, PAGE_ENTRIES))
        if versions is None:
            return
        entry = {
            "versions": versions,
            "status": response.status_code,
            "content": response.content,
            "headers": [(name, value) for name, value in response.items() if name.lower() in KEPT_HEADERS],
            "count_view": declaration.count_view,
        }
        timeout = default_timeout()
        if declaration.timeout is not None:
            if declaration.timeout <= 0:
                return
            timeout = min(timeout, declaration.timeout)
        if declaration.query and not _within_variant_budget(request, versions, default_timeout()):
            return
        safe_cache.set_many(
            {_entry_key(request, declaration.query): entry, _policy_key(request): declaration.params},
            timeout,
        )
