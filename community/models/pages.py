"""The home page: an editable introduction and the sections that fill it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..page_cache import CachedPage, remember
from ..sections import HOME, sections_for
from .agencies import Agency
from .members import MemberProfile
from .practices import PracticePage, popular_tags, practice_index_url


def site_stats():
    """Members, agencies and provinces represented; counted again only when members or agencies change."""
    return remember(
        "site-stats",
        lambda: {
            "members": MemberProfile.objects.active().count(),
            "agencies": Agency.objects.count(),
            "provinces": MemberProfile.objects.active().province_count(),
        },
        depends_on=("members",),
    )


class HomePage(CachedPage, Page):
    """Simpul's front door.

    Editors write the introduction; every other section appears only once
    content for it exists (featured practices, upcoming sessions, recent
    discussions arrive with their apps).
    """

    intro_heading = models.CharField(_("welcome heading"), max_length=150, blank=True)
    intro = RichTextField(_("introduction"), blank=True, max_length=4000)

    content_panels = [*Page.content_panels, FieldPanel("intro_heading"), FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    page_cache_depends_on = ("pages", "members", "forum")
    page_cache_route_children = True

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        practices = PracticePage.objects.visible_to(request.user).for_listing()
        context["featured_practices"] = list(
            practices.filter(is_featured=True).order_by("-first_published_at")[:4]
        )
        context["latest_practices"] = list(practices.order_by("-first_published_at")[:6])
        context["popular_tags"] = popular_tags(limit=20)
        context["sections"] = sections_for(HOME, request)
        context["practice_index_url"] = practice_index_url()
        context["newest_members"] = list(MemberProfile.objects.for_directory().order_by("-created_at")[:6])
        context["stats"] = site_stats()
        return context
