"""How a view or a Wagtail page joins the anonymous page cache.

`declare()` says, while a request is served, that this response is a reader
page: which query parameters change it (all others are dropped before the
view sees them, so they can neither bypass nor fill the cache) and which
content groups it shows. The middleware stores the response if it may.
"""

import functools
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.http import urlencode

MAX_VALUE_LENGTH = 200


@dataclass(frozen=True)
class Declaration:
    params: tuple
    depends_on: tuple
    count_view: tuple | None
    query: str
    timeout: int | None = None


def canonical_query(querydict, params):
    """The allowed parameters, one (the last) value each, in a fixed order; empty or over-long values dropped."""
    items = []
    for name in sorted(set(params)):
        value = querydict.get(name)
        if value and len(value) <= MAX_VALUE_LENGTH:
            items.append((name, value))
    return urlencode(items)


def declare(request, *, params=(), depends_on=(), count_view=None, timeout=None):
    """This request renders a reader page; for a cacheable reader, keep only `params` in its query string.

    count_view: (model label, pk) whose view counter a cache hit counts, as
    the page's own serve() would have. timeout: seconds the page may be kept
    at most (less than the default when it changes with the clock).
    """
    query = request.META.get("QUERY_STRING", "")
    if getattr(request, "page_cache_candidate", False):
        query = canonical_query(request.GET, params)
        if query != request.META.get("QUERY_STRING", ""):
            request.META["QUERY_STRING"] = query
            request.GET = QueryDict(query)
    request.page_cache_declaration = Declaration(tuple(params), tuple(depends_on), count_view, query, timeout)


def skip(request):
    """Do not store this response (it shows something not every anonymous reader may see)."""
    request.page_cache_skip = True


def reader_page(*, params=(), depends_on=(), timeout=None):
    """Decorator for a Django view (or a callable such as a Feed) whose anonymous GETs may be cached."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            declare(request, params=params, depends_on=depends_on, timeout=timeout)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


class CachedPage:
    """Mixin for a Wagtail Page whose anonymous views may be cached.

    Wagtail has already refused drafts and pages restricted to this reader
    before serve() runs; pages under any view restriction are not stored
    all the same, so a password form or a page made private later never
    lingers in the cache.
    """

    page_cache_params = ()
    page_cache_depends_on = ("pages",)
    page_cache_counts_views = False
    #: Route to children through a cached {slug: page} map (for parents with a few children).
    page_cache_route_children = False
    #: Specific models tried first when routing to a child: one query instead of two.
    page_cache_child_models = ()

    def page_cache_timeout(self):
        """Seconds this page may be kept at most; None for the default (it changes only with content)."""
        return None

    def get_view_restrictions(self):
        from ..routing import view_restrictions_of

        restrictions = view_restrictions_of(self)
        return super().get_view_restrictions() if restrictions is None else restrictions

    def route(self, request, path_components):
        if path_components:
            child = self._cached_child(path_components[0])
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _cached_child(self, slug):
        from ..routing import child_from_cache

        if self.page_cache_route_children:
            return child_from_cache(self, slug)
        for model in self.page_cache_child_models:
            child = model.objects.child_of(self).filter(slug=slug).first()
            if child is not None:
                return child
        return None

    def serve(self, request, *args, **kwargs):
        if not getattr(request, "is_preview", False):
            declare(
                request,
                params=self.page_cache_params,
                depends_on=self.page_cache_depends_on,
                count_view=(self._meta.label_lower, self.pk) if self.page_cache_counts_views else None,
                timeout=self.page_cache_timeout(),
            )
            from ..restrictions import is_restricted_path

            if is_restricted_path(self.path):
                skip(request)
        return super().serve(request, *args, **kwargs)
