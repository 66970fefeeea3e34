"""Forums: one Wagtail page per community of practice, under /forum/."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from community.page_cache import CachedPage


class ForumVisibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")


class TaggedForum(TaggedItemBase):
    content_object = ParentalKey("forum.ForumPage", on_delete=models.CASCADE, related_name="tagged_items")


class ForumQuerySet(PageQuerySet):
    def visible_to(self, user):
        """Live forums this user may read: members-only forums for signed-in members.

        Pages restricted by password or to particular groups stay out for
        everyone, as practices do.
        """
        from community.permissions import is_member
        from community.restrictions import restricted_paths

        forums = self.live()
        if not is_member(user):
            forums = forums.filter(visibility=ForumVisibility.PUBLIC)
        # The restrictions are read once per publish (community.restrictions), not joined per query.
        for path in restricted_paths(user):
            forums = forums.exclude(path__startswith=path)
        return forums


ForumManager = PageManager.from_queryset(ForumQuerySet)


def visible_forum_ids(user):
    """Ids of the forums ForumPage.objects.visible_to(user) lists, kept until pages change.

    What a reader may see depends only on whether they are signed in and a
    member (community.restrictions), so that is the key. Forums are few; a
    thread query or search filters on this list instead of a subquery.
    """
    from community.page_cache import remember
    from community.permissions import is_member

    signed_in = bool(user and user.is_authenticated)
    audience = f"{int(signed_in)}{int(is_member(user))}"
    return remember(
        f"visible-forum-ids:{audience}",
        lambda: list(ForumPage.objects.visible_to(user).values_list("pk", flat=True)),
        depends_on=("pages",),
    )


class ForumIndexPage(CachedPage, Page):
    """/forum/: every forum the reader may see, with its counts and latest activity."""

    # Anonymous readers see public forums only; their counts and latest threads change with the forum.
    page_cache_depends_on = ("pages", "forum")
    page_cache_route_children = True  # a few forums: /forum/<slug>/ found with one query

    intro = RichTextField(_("introduction"), blank=True, max_length=2000)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["community.HomePage"]
    subpage_types = ["forum.ForumPage"]
    max_count = 1

    class Meta:
        verbose_name = _("forum index")

    def get_context(self, request, *args, **kwargs):
        from ..forums.listing import forum_rows

        context = super().get_context(request, *args, **kwargs)
        context["forums"] = forum_rows(request.user, self)
        return context


class ForumPage(CachedPage, Page):
    """A community of practice, e.g. "Forum Kesehatan" hosted by a Dinas Kesehatan.

    Editors create and order forums in the admin; members start threads in
    them; the moderators named here look after them.
    """

    # The filters and the page number are the whole of what changes the listing (forum.forums.listing).
    page_cache_params = ("tag", "belum_dijawab", "selesai", "saya", "halaman")
    page_cache_depends_on = ("pages", "forum", "members")

    @property
    def page_cache_child_models(self):
        from forum.sessions.models import SessionPage

        return (SessionPage,)  # its only children: a session page found with one query

    description = models.TextField(_("description"), max_length=600)
    rules = RichTextField(_("rules"), blank=True, max_length=4000)
    host_agency = models.ForeignKey(
        "community.Agency",
        verbose_name=_("host agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_forums",
    )
    moderators = ParentalManyToManyField(
        "community.MemberProfile", verbose_name=_("moderators"), blank=True, related_name="moderated_forums"
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=ForumVisibility.choices, default=ForumVisibility.PUBLIC
    )
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=TaggedForum, blank=True)
    # Kept by forum.services when threads and posts change, so listings never count.
    thread_count = models.PositiveIntegerField(_("threads"), default=0, editable=False)
    post_count = models.PositiveIntegerField(_("posts"), default=0, editable=False)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True, editable=False)

    objects = ForumManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        FieldPanel("rules"),
        MultiFieldPanel(
            [
                FieldPanel("host_agency"),
                FieldPanel("moderators"),
                FieldPanel("visibility"),
                FieldPanel("tags"),
            ],
            heading=_("Host, moderators and access"),
        ),
    ]

    parent_page_types = ["forum.ForumIndexPage"]
    subpage_types = ["forum_sessions.SessionPage"]

    class Meta:
        verbose_name = _("forum")
        verbose_name_plural = _("forums")

    @property
    def is_members_only(self):
        return self.visibility == ForumVisibility.MEMBERS

    def serve(self, request, *args, **kwargs):
        from django.http import Http404

        from ..permissions import can_view_forum

        # A members-only forum does not exist for anonymous readers. (Previews
        # of drafts are served too; the admin already decided who sees them.)
        if not getattr(request, "is_preview", False) and not can_view_forum(request.user, self):
            raise Http404
        if self.is_members_only:
            from community import page_cache

            page_cache.skip(request)  # never stored, even if a reader got this far
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..forums.listing import forum_tags, thread_page
        from ..permissions import can_start_thread

        context = super().get_context(request, *args, **kwargs)
        filters, threads = thread_page(request.user, self, request.GET)
        context.update(
            filters=filters,
            threads=threads,
            query_string=filters.query_string(),
            # .all() and select_related only: in a preview these are modelcluster's fake querysets.
            moderators=list(self.moderators.all().select_related("user")),
            forum_tags=forum_tags(self),
            page_tags=list(self.tags.all()),
            can_start_thread=can_start_thread(request.user, self),
        )
        return context
