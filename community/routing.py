"""Wagtail's per-request lookups, answered from the cache.

Serving a page, Wagtail finds the site for the host (a query), the root
page's specific object (a query), each level's child (two queries: the page
and its specific row) and the view restrictions of the page and its
ancestors (two queries). These helpers answer the same questions from
values kept until the next publish, move or restriction change.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site

from .page_cache import remember
from .restrictions import is_restricted_path, view_restrictions


def _site_for(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific  # kept with it: no query for the root either
    return site


def preload_site(request):
    """Set what Site.find_for_request(request) returns, from the cache, before Wagtail asks."""
    if hasattr(request, "_wagtail_site"):
        return
    try:
        hostname = split_domain_port(request.get_host())[0]
    except DisallowedHost:
        return  # let Django refuse the host as usual
    request._wagtail_site = remember(
        f"site:{hostname}:{request.get_port()}", lambda: _site_for(request), depends_on=("pages",)
    )


def _any_alias_pages():
    return remember(
        "pages-with-aliases",
        lambda: Page.objects.filter(alias_of__isnull=False).exists(),
        depends_on=("pages",),
    )


def view_restrictions_of(page):
    """What page.get_view_restrictions() returns, without a query when nothing restricts the page."""
    if not view_restrictions():
        return PageViewRestriction.objects.none()
    if not page.alias_of_id and not _any_alias_pages() and not is_restricted_path(page.path):
        return PageViewRestriction.objects.none()
    return None  # ask Wagtail


def child_from_cache(parent, slug):
    """The specific child page of `parent` with `slug`, in one query; None when unknown."""
    children = remember(
        f"children:{parent.pk}",
        lambda: {child.slug: (child.content_type_id, child.pk) for child in parent.get_children()},
        depends_on=("pages",),
    )
    if slug not in children:
        return None
    content_type_id, pk = children[slug]
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.filter(pk=pk).first() if model else None
