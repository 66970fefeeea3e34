"""Threads and posts: the conversation inside a forum.

A thread is a question or a topic; its opening post is the post at
position 1, and replies follow in order. Posts are Markdown rendered once on
save through community.markdown (nh3), so pages only ever show sanitised HTML.
Counts and "last activity" are denormalised here and kept by forum.services.
"""

import hashlib

from django.db import models
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from ..attachments import attachment_storage
from ..search.documents import SearchableThreadQuerySetMixin, ThreadSearchMixin

MAX_TITLE_LENGTH = 200
MAX_POST_LENGTH = 20_000
POSTS_PER_PAGE = 20


class TaggedThread(TaggedItemBase):
    """Threads share the tag space of practices (taggit's Tag)."""

    content_object = models.ForeignKey("forum.Thread", on_delete=models.CASCADE, related_name="tagged_items")


def _threads_of_restricted_sessions(user):
    """Ids of the discussion threads of sessions behind a view restriction ``user`` has not passed.

    A session with a password or a group restriction of its own keeps its
    discussion (titled like the session) out of every listing, feed and
    search too. The restrictions are read once per publish; when there are
    none, no query is made.
    """
    from community.page_cache import remember
    from community.restrictions import restricted_paths

    paths = restricted_paths(user)
    if not paths:
        return []

    def build():
        from django.apps import apps

        sessions = apps.get_model("forum_sessions", "SessionPage").objects.exclude(thread=None)
        condition = models.Q()
        for path in paths:
            condition |= models.Q(path__startswith=path)
        return list(sessions.filter(condition).values_list("thread_id", flat=True))

    # Keyed by the restricted paths themselves: a new or lifted restriction is a new key.
    key = hashlib.sha256("|".join(sorted(paths)).encode()).hexdigest()[:24]
    return remember(f"restricted-session-threads:{key}", build, depends_on=("pages",))


def is_thread_of_restricted_session(user, thread):
    return thread.pk in _threads_of_restricted_sessions(user)


class ThreadQuerySet(SearchableThreadQuerySetMixin, models.QuerySet):
    def visible_to(self, user):
        """Threads this user may read: in forums they may see, hidden ones for that forum's moderators."""
        from ..permissions import moderated_forum_ids
        from .forums import visible_forum_ids

        # A list of ids, not a subquery: the search index filters on it without asking the database.
        threads = self.filter(forum_id__in=visible_forum_ids(user))
        hidden_with_session = _threads_of_restricted_sessions(user)
        if hidden_with_session:
            threads = threads.exclude(pk__in=hidden_with_session)
        moderated = moderated_forum_ids(user)
        if moderated is None:  # editors see everything
            return threads
        return threads.filter(models.Q(is_hidden=False) | models.Q(forum_id__in=moderated))

    def for_forum(self, forum):
        return self.filter(forum=forum)

    def for_listing(self):
        """What a thread row shows, loaded with it: pinned first, then the latest activity."""
        return (
            self.select_related("forum", "author__user", "last_post__author__user")
            .prefetch_related("tags")
            .order_by("-is_pinned", "-last_activity_at", "-pk")
        )

    def unanswered(self):
        return self.filter(reply_count=0)

    def solved(self):
        return self.filter(solution__isnull=False)

    def started_by(self, profile):
        return self.filter(author=profile)


class Thread(ThreadSearchMixin, models.Model):
    """A question or topic in a forum, with its posts."""

    forum = models.ForeignKey(
        "forum.ForumPage", verbose_name=_("forum"), on_delete=models.CASCADE, related_name="threads"
    )
    title = models.CharField(_("title"), max_length=MAX_TITLE_LENGTH)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False, blank=True)
    author = models.ForeignKey(
        "community.MemberProfile",
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="threads",
    )
    tags = TaggableManager(verbose_name=_("tags"), through=TaggedThread, blank=True)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    last_activity_at = models.DateTimeField(_("last activity"), db_index=True)
    reply_count = models.PositiveIntegerField(_("replies"), default=0)
    view_count = models.PositiveIntegerField(_("views"), default=0)
    last_post = models.ForeignKey(
        "forum.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    solution = models.ForeignKey(
        "forum.Post",
        verbose_name=_("accepted solution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Knowledge capture: the practice page an editor drafted from this thread.
    practice = models.ForeignKey(
        "community.PracticePage",
        verbose_name=_("captured as practice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_threads",
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        ordering = ["-is_pinned", "-last_activity_at", "-pk"]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        indexes = [models.Index(fields=["forum", "is_pinned", "last_activity_at"], name="thread_listing")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:80] or "diskusi"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("forum:thread", args=[self.forum.slug, self.pk, self.slug])

    @property
    def is_solved(self):
        return self.solution_id is not None


class PostQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Posts this user may read: in threads they may read; hidden posts for moderators only.

        Deleted posts stay in the list (as a "post dihapus" placeholder, the
        template shows no text); use .readable() to leave them out entirely.
        """
        from ..permissions import moderated_forum_ids

        posts = self.filter(thread__in=Thread.objects.visible_to(user).values("pk"))
        moderated = moderated_forum_ids(user)
        if moderated is None:
            return posts
        return posts.filter(models.Q(is_hidden=False) | models.Q(thread__forum_id__in=moderated))

    def readable(self):
        """Posts whose text anyone who sees them may read: neither hidden nor deleted."""
        return self.filter(is_hidden=False, is_deleted=False)

    def in_order(self):
        return self.order_by("position")


class Post(models.Model):
    """One message in a thread: the opening post (position 1) or a reply."""

    thread = models.ForeignKey(
        Thread, verbose_name=_("thread"), on_delete=models.CASCADE, related_name="posts"
    )
    position = models.PositiveIntegerField(_("position"), editable=False)
    author = models.ForeignKey(
        "community.MemberProfile",
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_posts",
    )
    body_markdown = models.TextField(_("text"), max_length=MAX_POST_LENGTH)
    body_html = models.TextField(editable=False, blank=True)
    reply_to = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    is_deleted = models.BooleanField(_("deleted"), default=False)
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)
    reaction_count = models.PositiveIntegerField(_("found helpful"), default=0, editable=False)
    # The form's one-time token: a second submission of the same form (a
    # double-click, a resent request) finds this post instead of adding one.
    submission_token = models.CharField(max_length=40, blank=True, default="", editable=False)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["thread", "position"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        constraints = [
            models.UniqueConstraint(fields=["thread", "position"], name="one_post_per_position"),
            models.UniqueConstraint(
                fields=["author", "submission_token"],
                condition=~models.Q(submission_token=""),
                name="one_post_per_submission",
            ),
        ]

    def __str__(self):
        return f"{self.thread} #{self.position}"

    def get_absolute_url(self):
        """The short permalink, /p/<id>/, which redirects to the right page of the thread."""
        return reverse("forum:post_permalink", args=[self.pk])

    @property
    def html(self):
        """The post's text as HTML: body_html comes only from forum.markdown (nh3), never raw input."""
        return mark_safe(self.body_html)  # noqa: S308  # nosec B308 B703: rendered by forum.markdown, nh3-sanitised

    @property
    def is_opening_post(self):
        return self.position == 1

    @property
    def page_number(self):
        """The page of the thread this post is on."""
        return (self.position - 1) // POSTS_PER_PAGE + 1

    @property
    def anchor(self):
        return f"post-{self.position}"


class PostRevision(models.Model):
    """An earlier text of a post, kept when its author edits it."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body_markdown = models.TextField(max_length=MAX_POST_LENGTH)
    edited_by = models.ForeignKey(
        "community.MemberProfile", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("post revision")
        verbose_name_plural = _("post revisions")

    def __str__(self):
        return f"{self.post} ({self.created_at:%Y-%m-%d %H:%M})"


class Reaction(models.Model):
    """ "Bermanfaat": a member found a post helpful (once per post, can be taken back)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    member = models.ForeignKey("community.MemberProfile", on_delete=models.CASCADE, related_name="reactions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")
        constraints = [models.UniqueConstraint(fields=["post", "member"], name="one_reaction_per_member")]

    def __str__(self):
        return f"{self.member} → {self.post}"


def attachment_path(instance, filename):
    # The stored name is ours, never the uploader's (kept in original_name).
    return f"forum/{instance.sha256[:2]}/{instance.sha256}{instance.extension}"


class PostAttachment(models.Model):
    """An image or PDF attached to a post, checked for type and size on upload."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, storage=attachment_storage, max_length=200)
    original_name = models.CharField(_("file name"), max_length=150)
    content_type = models.CharField(max_length=60)
    extension = models.CharField(max_length=8)
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name

    def get_absolute_url(self):
        return reverse("forum:attachment", args=[self.pk, self.download_name])

    @property
    def is_image(self):
        return self.content_type.startswith("image/")

    @property
    def download_name(self):
        """A URL-safe name for the download link (the view ignores it; the file is found by id)."""
        stem = self.original_name.rsplit(".", 1)[0]
        return f"{slugify(stem)[:60] or 'lampiran'}{self.extension}"


class ThreadReadState(models.Model):
    """How far a member has read a thread, to take them to the first unread post."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_states")
    member = models.ForeignKey("community.MemberProfile", on_delete=models.CASCADE, related_name="+")
    last_read_position = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["thread", "member"], name="one_read_state_per_member")]

    def __str__(self):
        return f"{self.member} read {self.thread} to #{self.last_read_position}"
