"""Atom and RSS feeds of new practices: overall, per tag, per region.

Built on Django's syndication framework. Feeds only ever list practices an
anonymous reader may see: members-only, draft and in-review pages never
appear, whoever fetches the feed.

A feed reader renders an item's description (Atom ``<summary type="html">``,
RSS ``<description>``) as HTML, while what members write there is plain
text. ``TextDescriptionFeed`` is the one way our feeds fill it: the text is
escaped and its paragraphs wrapped, so the reader shows the text and runs
nothing. Titles, authors and categories are text in both formats and are
XML-escaped by Django's feed generator; in RSS, which cannot say that they
are text, ``TextRssFeed`` also escapes their markup (see there).
"""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import linebreaks
from django.utils.translation import gettext as _

from .models import PracticePage, Region
from .models.tags import visible_tags

FEED_SIZE = 30


def _markup_escaped(text):
    # Only < and >: no tag can start, and a title with "&" still reads right in both kinds of reader.
    return text.replace("<", "&lt;").replace(">", "&gt;") if text else text


class TextRssFeed(Rss201rev2Feed):
    """RSS 2.0 whose titles, authors and categories stay text in readers that render them as HTML.

    Atom marks these elements type="text"; RSS has no way to, and many
    readers treat an item's <title> as HTML. What members wrote there
    ("<script>...") is escaped once more, so such a reader shows it as
    typed and one that reads text shows the text with its "<" spelled out.
    """

    def __init__(self, title, link, description, *args, categories=None, **kwargs):
        categories = [_markup_escaped(str(category)) for category in categories or ()]
        super().__init__(
            _markup_escaped(title), link, _markup_escaped(description), *args, categories=categories, **kwargs
        )

    def add_item(self, title, link, description, *args, author_name=None, categories=(), **kwargs):
        super().add_item(
            _markup_escaped(title),
            link,
            description,
            *args,
            author_name=_markup_escaped(author_name),
            categories=[_markup_escaped(str(category)) for category in categories or ()],
            **kwargs,
        )


class TextDescriptionFeed(Feed):
    """A feed whose item descriptions are plain text: subclasses give item_text(item)."""

    feed_type = TextRssFeed

    def item_text(self, item):
        raise NotImplementedError

    def item_description(self, item):
        # The HTML a reader renders: escaped text in paragraphs, never the member's markup.
        return linebreaks(self.item_text(item) or "", autoescape=True)


class PracticeFeed(TextDescriptionFeed):
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

    def item_text(self, item):
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
        # Feeds are for anonymous readers: a tag only on hidden practices stays secret.
        return get_object_or_404(visible_tags(AnonymousUser()), slug=slug)

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
