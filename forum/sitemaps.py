"""The sitemap's forum part: threads anyone may read, and no members-only forum page.

Wagtail's page sitemap leaves out pages behind a view restriction, but a
members-only forum is a field on the page (ForumPage.visibility), so the
page sitemap used at /sitemap.xml (``PublicPageSitemap``) leaves those
forums out as well, with the pages under them (their sharing sessions).
Sessions of public forums are pages, listed by Wagtail's sitemap with the
rest.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from .models import ForumPage, ForumVisibility, Thread

THREADS_PER_SITEMAP = 5000


class PublicPageSitemap(WagtailSitemap):
    def items(self):
        # A members-only forum and every page under it (its sessions): the forum's
        # path is a prefix of theirs.
        members_only = ForumPage.objects.filter(visibility=ForumVisibility.MEMBERS).values_list(
            "path", flat=True
        )
        items = super().items()
        for path in members_only:
            items = items.exclude(path__startswith=path)
        return items


class ThreadSitemap(Sitemap):
    limit = THREADS_PER_SITEMAP
    changefreq = "daily"

    def items(self):
        return (
            Thread.objects.visible_to(AnonymousUser())
            .filter(is_hidden=False)
            .select_related("forum")
            .order_by("pk")
        )

    def location(self, item):
        return item.get_absolute_url()

    def lastmod(self, item):
        return item.last_activity_at


SITEMAPS = {"wagtail": PublicPageSitemap, "forum": ThreadSitemap}
