"""What /forum/ and a forum page show: forums with their counts, a forum's threads with filters.

Counts come from the denormalised fields forum.services keeps; the rows of a
listing come with one query each (no per-row queries). Works for Wagtail's
previews too: a draft forum's moderators and tags are modelcluster fake
querysets, so only .all() is asked of them.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from taggit.models import Tag

from community.permissions import is_member

from ..models import ForumPage, Thread

THREADS_PER_PAGE = 25
MAX_FILTER_LENGTH = 100


def forum_rows(user, index):
    """The forums under ``index`` this user may see, in the editors' order, with the latest thread."""
    if index.pk is None:
        return []
    visible_threads = Thread.objects.visible_to(user).filter(forum_id=OuterRef("pk"), is_hidden=False)
    forums = list(
        ForumPage.objects.visible_to(user)
        .child_of(index)
        .select_related("host_agency")
        .annotate(
            latest_thread_id=Subquery(visible_threads.order_by("-last_activity_at", "-pk").values("pk")[:1])
        )
        .order_by("path")
    )
    latest_ids = [forum.latest_thread_id for forum in forums if forum.latest_thread_id]
    latest = Thread.objects.in_bulk(latest_ids) if latest_ids else {}
    for forum in forums:
        forum.latest_thread = latest.get(forum.latest_thread_id)
        if forum.latest_thread is not None:
            forum.latest_thread.forum = forum
    return forums


@dataclass
class ThreadFilters:
    """The forum page's filters, read from the URL; each one narrows the others."""

    tag: str = ""
    unanswered: bool = False
    solved: bool = False
    mine: bool = False

    @classmethod
    def from_query(cls, query):
        def flag(name):
            return query.get(name, "") in {"1", "ya", "on", "true"}

        tag = (query.get("tag", "") or "")[:MAX_FILTER_LENGTH].strip()
        return cls(tag=tag, unanswered=flag("belum_dijawab"), solved=flag("selesai"), mine=flag("saya"))

    def apply(self, threads, user):
        if self.tag:
            threads = threads.filter(tags__slug=self.tag)
        if self.unanswered:
            threads = threads.unanswered()
        if self.solved:
            threads = threads.solved()
        if self.mine:
            threads = threads.started_by(user.profile) if is_member(user) else threads.none()
        return threads

    def query_string(self, **changes):
        """The URL query for these filters, with some changed (for links that toggle one)."""
        from django.utils.http import urlencode

        values = {
            "tag": self.tag,
            "belum_dijawab": self.unanswered,
            "selesai": self.solved,
            "saya": self.mine,
        }
        values.update(changes)
        return urlencode({key: ("1" if value is True else value) for key, value in values.items() if value})

    @property
    def active(self):
        return bool(self.tag or self.unanswered or self.solved or self.mine)


def thread_page(user, forum, query):
    """(filters, page of threads) for a forum page; pinned first, then latest activity."""
    filters = ThreadFilters.from_query(query)
    if forum.pk is None:
        threads = Thread.objects.none()
    else:
        threads = filters.apply(Thread.objects.visible_to(user).filter(forum_id=forum.pk), user).for_listing()
    paginator = Paginator(threads, THREADS_PER_PAGE)
    page = paginator.get_page(query.get("halaman"))
    for thread in page.object_list:
        thread.forum = forum
    return filters, page


def forum_tags(forum, *, limit=20):
    """Tags used by this forum's visible threads, most used first (for the tag filter)."""
    from django.db.models import Count

    if forum.pk is None:
        return []
    return list(
        Tag.objects.filter(
            forum_taggedthread_items__content_object__forum_id=forum.pk,
            forum_taggedthread_items__content_object__is_hidden=False,
        )
        .annotate(uses=Count("forum_taggedthread_items"))
        .order_by("-uses", "name")[:limit]
    )
