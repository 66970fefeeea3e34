"""Atom and RSS feeds of sharing sessions: all of them, per forum, per tag.

Feed readers fetch without a session, so a feed only ever carries what an
anonymous reader may see (``SessionPage.objects.visible_to(AnonymousUser())``):
no drafts, no session behind a view restriction, nothing from a members-only
forum, whose feed answers 404 as an unknown forum does. An item is a session
as announced: newest announcement first, its time in WIB with the line in all
three zones, its state (a cancelled session says so in its title).

Descriptions are plain text escaped by ``community.feeds.TextDescriptionFeed``.
"""

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from community.feeds import TextDescriptionFeed
from community.models import TimeZone
from community.models.tags import visible_tags
from forum.models import ForumPage

from .models import SessionPage, TaggedSession

FEED_SIZE = 30


def _public_sessions():
    return SessionPage.objects.visible_to(AnonymousUser())


class SessionFeed(TextDescriptionFeed):
    """Sessions newly announced across the public forums."""

    def title(self, obj=None):
        return _("Simpul: sharing sessions")

    def link(self, obj=None):
        return reverse("forum_sessions:list")

    def description(self, obj=None):
        return _("Sharing sessions announced on Simpul, with their time in WIB, WITA and WIT.")

    def sessions(self, obj=None):
        return _public_sessions()

    def items(self, obj=None):
        sessions = self.sessions(obj).for_listing().prefetch_related("tags")
        return list(sessions.order_by("-first_published_at", "-pk")[:FEED_SIZE])

    def item_title(self, item):
        if item.is_cancelled:
            return _("Cancelled: %(title)s") % {"title": item.title}
        return item.title

    def item_text(self, item):
        when = item.time_for(TimeZone.WIB)
        lines = [item.theme, f"{when.text} ({when.conversion_line})"]
        if item.host_agency_id:
            lines.append(_("Host: %(agency)s") % {"agency": item.host_agency})
        lines.append(item.get_mode_display() + (f" · {item.location}" if item.location else ""))
        if item.is_cancelled and item.cancellation_note:
            lines.append(item.cancellation_note)
        if item.summary:
            lines.append(item.summary)
        return "\n\n".join(lines)

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return str(item.host_agency) if item.host_agency_id else None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class ForumSessionFeed(SessionFeed):
    """Sessions of one public forum."""

    def get_object(self, request, forum_slug):
        return get_object_or_404(ForumPage.objects.visible_to(AnonymousUser()), slug=forum_slug)

    def title(self, obj=None):
        return _("Simpul: sharing sessions of %(forum)s") % {"forum": obj.title}

    def link(self, obj=None):
        return obj.url

    def sessions(self, obj=None):
        return super().sessions().filter(forum=obj)


class TagSessionFeed(SessionFeed):
    """Sessions with one tag, across the public forums."""

    def get_object(self, request, slug):
        # A tag only on hidden content stays secret, as on the practices' tag feed.
        return get_object_or_404(visible_tags(AnonymousUser()), slug=slug)

    def title(self, obj=None):
        return _("Simpul: sharing sessions tagged “%(tag)s”") % {"tag": obj.name}

    def link(self, obj=None):
        return reverse("community:tag", args=[obj.slug])

    def sessions(self, obj=None):
        tagged = TaggedSession.objects.filter(tag_id=obj.pk).values("content_object_id")
        return super().sessions().filter(pk__in=tagged)


class AtomSessionFeed(SessionFeed):
    feed_type = Atom1Feed
    subtitle = SessionFeed.description


class AtomForumSessionFeed(ForumSessionFeed):
    feed_type = Atom1Feed
    subtitle = SessionFeed.description


class AtomTagSessionFeed(TagSessionFeed):
    feed_type = Atom1Feed
    subtitle = SessionFeed.description
