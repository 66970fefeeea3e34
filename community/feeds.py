"""Atom and RSS feeds of new practices: overall, per tag, per region.

Built on Django's syndication framework. Feeds only ever list practices an
anonymous reader may see: members-only, draft and in-review pages never
appear, whoever fetches the feed.
"""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from taggit.models import Tag

from .models import PracticePage, Region

FEED_SIZE = 30


class PracticeFeed(Feed):
    def title(self, obj=None):
        return _("Simpul: new best practices")

    def link(self, obj=None):
        return "/praktik-baik/"

    def description(self, obj=None):
        return _("Best practices newly published on Simpul.")

    def practices(self, obj=None):
        return PracticePage.objects.visible_to(AnonymousUser()).for_listing()

    def items(self, obj=None):
        practices = list(self.practices(obj).order_by("-first_published_at")[:FEED_SIZE])
        # Wagtail keeps the site root paths on the object it is given: read them once per feed.
        site_roots = SimpleNamespace()
        for practice in practices:
            practice.feed_link = practice.get_full_url(site_roots) or practice.url
        return practices

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return getattr(item, "feed_link", None) or item.full_url or item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return str(item.agency) if item.agency_id else None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class AtomPracticeFeed(PracticeFeed):
    feed_type = Atom1Feed
    subtitle = PracticeFeed.description


class TagPracticeFeed(PracticeFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj=None):
        return _("Simpul: best practices tagged “%(tag)s”") % {"tag": obj.name}

    def link(self, obj=None):
        return reverse("community:tag", args=[obj.slug])

    def practices(self, obj=None):
        return super().practices().filter(tags__slug=obj.slug)


class RegionPracticeFeed(PracticeFeed):
    def get_object(self, request, code):
        return get_object_or_404(Region, code=code)

    def title(self, obj=None):
        return _("Simpul: best practices from %(region)s") % {"region": obj.name}

    def link(self, obj=None):
        return f"/praktik-baik/?wilayah={obj.province.pk}"

    def practices(self, obj=None):
        return super().practices().filter(region__in=[obj, *obj.children.all()])


class AtomTagPracticeFeed(TagPracticeFeed):
    feed_type = Atom1Feed
    subtitle = PracticeFeed.description


class AtomRegionPracticeFeed(RegionPracticeFeed):
    feed_type = Atom1Feed
    subtitle = PracticeFeed.description
