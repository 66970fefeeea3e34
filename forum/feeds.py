"""Atom and RSS feeds of the forum: new threads per forum and per tag, new posts per thread.

Feeds are read by feed readers without a session, so they only ever carry
what an anonymous reader may see: public forums, threads that are not
hidden, posts that are neither hidden nor deleted
(``visible_to(AnonymousUser())`` and ``.readable()``). A members-only forum,
a hidden thread or a thread in a members-only forum answers 404.

Descriptions are plain text, HTML-escaped: feed readers render an item's
description as HTML, so a post that says "<script>" must arrive as the
text "&lt;script&gt;", never as markup. RSS titles, authors and categories
are escaped the same way (community.feeds.TextRssFeed); Atom says they are text.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from taggit.models import Tag

from community.feeds import TextRssFeed

from .models import ForumPage, Post, Thread
from .text import plain_text

FEED_SIZE = 30
DESCRIPTION_WORDS = 80


def _anonymous():
    return AnonymousUser()


def _public_threads():
    return Thread.objects.visible_to(_anonymous()).filter(is_hidden=False)


class _ThreadItems:
    """Items are threads: their opening post as the description."""

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        opening = getattr(item, "opening_html", None)
        return escape(plain_text(opening, words=DESCRIPTION_WORDS))

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.last_activity_at

    def item_author_name(self, item):
        return item.author.name if item.author_id else None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]

    def _with_opening_posts(self, threads):
        threads = list(threads.select_related("author__user", "forum").prefetch_related("tags")[:FEED_SIZE])
        openings = dict(
            Post.objects.filter(thread__in=threads, position=1)
            .readable()
            .values_list("thread_id", "body_html")
        )
        for thread in threads:
            thread.opening_html = openings.get(thread.pk, "")
        return threads


class ForumThreadFeed(_ThreadItems, Feed):
    """New threads in one public forum."""

    feed_type = TextRssFeed

    def get_object(self, request, forum_slug):
        return get_object_or_404(ForumPage.objects.visible_to(_anonymous()), slug=forum_slug)

    def title(self, obj):
        return _("Simpul: new discussions in %(forum)s") % {"forum": obj.title}

    def link(self, obj):
        return obj.url

    def description(self, obj):
        return obj.description

    def items(self, obj):
        return self._with_opening_posts(_public_threads().filter(forum=obj).order_by("-created_at", "-pk"))


class TagThreadFeed(_ThreadItems, Feed):
    """New threads with one tag, across public forums."""

    feed_type = TextRssFeed

    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj):
        return _("Simpul: discussions tagged “%(tag)s”") % {"tag": obj.name}

    def link(self, obj):
        return reverse("community:tag", args=[obj.slug])

    def description(self, obj):
        return _("New forum discussions on Simpul with this tag.")

    def items(self, obj):
        threads = _public_threads().filter(tags__id=obj.pk).order_by("-created_at", "-pk")
        return self._with_opening_posts(threads)


class ThreadPostFeed(Feed):
    """New posts in one public thread."""

    feed_type = TextRssFeed

    def get_object(self, request, thread_pk, forum_slug=None, slug=None):
        thread = get_object_or_404(_public_threads().select_related("forum"), pk=thread_pk)
        if forum_slug is not None and thread.forum.slug != forum_slug:
            raise Http404
        return thread

    def title(self, obj):
        return _("Simpul: replies to “%(thread)s”") % {"thread": obj.title}

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return _("New posts in this forum discussion on Simpul.")

    def items(self, obj):
        posts = Post.objects.visible_to(_anonymous()).readable().filter(thread=obj)
        return list(posts.select_related("author__user").order_by("-position")[:FEED_SIZE])

    def item_title(self, item):
        name = item.author.name if item.author_id else _("A former member")
        return _("%(name)s, post #%(position)s") % {"name": name, "position": item.position}

    def item_description(self, item):
        return escape(plain_text(item.body_html, words=DESCRIPTION_WORDS))

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.edited_at or item.created_at

    def item_author_name(self, item):
        return item.author.name if item.author_id else None


class AtomForumThreadFeed(ForumThreadFeed):
    feed_type = Atom1Feed
    subtitle = ForumThreadFeed.description


class AtomTagThreadFeed(TagThreadFeed):
    feed_type = Atom1Feed
    subtitle = TagThreadFeed.description


class AtomThreadPostFeed(ThreadPostFeed):
    feed_type = Atom1Feed
    subtitle = ThreadPostFeed.description
