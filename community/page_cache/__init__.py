"""The anonymous page cache, and values that only change when content is published.

Readers who are not signed in get the same page for the same URL, language
and time zone, so such pages are rendered once and served from Django's cache
(`CACHES["default"]`: a file cache by default, Redis or Memcached in
production) until something they show changes. Nothing is ever deleted:
every entry records the *versions* of the content groups it depends on, and
`bump(*groups)` gives those groups new versions, so older entries stop
matching and expire by themselves.

Groups: "pages" (anything published, unpublished, moved or restricted in
Wagtail, replications), "members" (profiles, expertise, group memberships),
"forum" (threads, replies, moderation), "sessions" (registrations). Every entry also depends on the implicit group "all",
which `bump()` without arguments renews (tags, agencies, regions).

How a view joins (one line each):

- a Django view: ``@page_cache.reader_page(params=("halaman",), depends_on=("forum",))``
- a Wagtail page: inherit ``page_cache.CachedPage`` and set ``page_cache_params``
  and ``page_cache_depends_on`` on the class
- after a change that readers see: ``page_cache.bump("forum")``

Only anonymous GET/HEAD requests without a session or pending messages are
looked up or stored (community.page_cache.middleware), and only complete
200 responses that set no cookie and used no CSRF token are stored. A cache
that fails is logged and skipped: pages are then rendered as if uncached.
"""

from .store import bump, current_versions, remember, safe_cache
from .views import CachedPage, declare, reader_page, skip

__all__ = [
    "CachedPage",
    "bump",
    "current_versions",
    "declare",
    "reader_page",
    "remember",
    "safe_cache",
    "skip",
]
