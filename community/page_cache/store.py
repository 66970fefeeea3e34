"""Versions of content groups, and a cache that never raises.

A version is an opaque token kept in the cache under ``simpul:version:<group>``.
A group whose token is missing (never set, evicted, cache flushed) gets a
new one, which invalidates whatever was built with the old one: losing a
version can only cause a miss, never a stale page.
"""

import contextvars
import logging
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger(__name__)

ALL = "all"
PAGE_ENTRIES = "page-entries"  # renewed by forget_pages(): rendered pages only, not remembered values
KNOWN_GROUPS = ("pages", "members", "forum", "sessions")
VERSION_PREFIX = "simpul:version:"
VALUE_PREFIX = "simpul:value:"
DEFAULT_TIMEOUT = 10 * 60


def cache_alias():
    return getattr(settings, "SIMPUL_PAGE_CACHE_ALIAS", "default")


def default_timeout():
    return getattr(settings, "SIMPUL_PAGE_CACHE_TIMEOUT", DEFAULT_TIMEOUT)


class SafeCache:
    """The configured cache, except that every failure is logged and reads as a miss."""

    def _cache(self):
        return caches[cache_alias()]

    def _failed(self, operation, error):
        logger.warning("Page cache unavailable (%s): %s", operation, error)

    def get_many(self, keys):
        try:
            return self._cache().get_many(keys)
        except Exception as error:  # noqa: BLE001 - any backend error means "no cache"
            self._failed("get_many", error)
            return None

    def get(self, key):
        try:
            return self._cache().get(key)
        except Exception as error:  # noqa: BLE001
            self._failed("get", error)
            return None

    def set(self, key, value, timeout=None):
        try:
            self._cache().set(key, value, timeout)
            return True
        except Exception as error:  # noqa: BLE001
            self._failed("set", error)
            return False

    def add(self, key, value, timeout=None):
        try:
            return self._cache().add(key, value, timeout)
        except Exception as error:  # noqa: BLE001
            self._failed("add", error)
            return False

    def incr(self, key):
        """The key's new value, or None if it is missing or the cache is down."""
        try:
            return self._cache().incr(key)
        except ValueError:
            return None
        except Exception as error:  # noqa: BLE001
            self._failed("incr", error)
            return None

    def set_many(self, values, timeout=None):
        try:
            self._cache().set_many(values, timeout)
            return True
        except Exception as error:  # noqa: BLE001
            self._failed("set_many", error)
            return False


safe_cache = SafeCache()

# Versions and remembered values already read while serving this request:
# each is read from the cache once per request (the middleware opens and
# closes the memo; outside a request nothing is memoised).
_request_memo = contextvars.ContextVar("simpul_page_cache_memo", default=None)


def begin_request():
    return _request_memo.set({})


def end_request(token):
    _request_memo.reset(token)


def _new_token():
    return secrets.token_hex(6)


def _groups(depends_on):
    return tuple(sorted({ALL, *depends_on}))


def current_versions(groups):
    """{group: token} for `groups` (plus "all"), creating tokens that are missing; None if the cache is down."""
    groups = _groups(groups)
    memo = _request_memo.get()
    if memo is not None and ("versions", groups) in memo:
        return memo["versions", groups]
    found = safe_cache.get_many([VERSION_PREFIX + group for group in groups])
    if found is None:
        return None
    versions, missing = {}, {}
    for group in groups:
        token = found.get(VERSION_PREFIX + group)
        if token is None:
            token = missing[VERSION_PREFIX + group] = _new_token()
        versions[group] = token
    if missing and not safe_cache.set_many(missing, timeout=None):
        return None
    if memo is not None:
        memo["versions", groups] = versions
    return versions


def _renew(groups):
    memo = _request_memo.get()
    if memo is not None:
        memo.clear()
    safe_cache.set_many({VERSION_PREFIX + group: _new_token() for group in groups}, timeout=None)


def bump(*groups):
    """Content in `groups` changed (every group if none is named): cached pages and values showing it expire.

    Renewed at once and again when the current transaction commits, so a
    page rendered from not yet committed data in between is not kept.
    """
    groups = groups or (ALL,)
    _renew(groups)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _renew(groups))


def forget_pages():
    """Expire every rendered page but keep remembered values (benchmarks measure uncached pages with it)."""
    _renew([PAGE_ENTRIES])


def remember(name, build, *, depends_on=(), timeout=None):
    """`build()`'s value, kept in the cache until a group in `depends_on` changes (or `timeout` seconds).

    The value must pickle. If the cache is down, `build()` runs every time.
    """
    versions = current_versions(depends_on)
    if versions is None:
        return build()
    memo = _request_memo.get()
    if memo is not None and ("value", name) in memo:
        return memo["value", name]
    key = VALUE_PREFIX + name
    stored = safe_cache.get(key)
    if stored is not None and stored[0] == versions:
        value = stored[1]
    else:
        value = build()
        safe_cache.set(key, (versions, value), timeout or default_timeout())
    if memo is not None:
        memo["value", name] = value
    return value
