"""The home page: an editable introduction and the sections that fill it."""

from django.conf import settings
from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .agencies import Agency
from .members import MemberProfile
from .practices import PracticeIndexPage, PracticePage, popular_practice_tags


class HomePage(Page):
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

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        practices = PracticePage.objects.visible_to(request.user).for_listing()
        context["featured_practices"] = practices.filter(is_featured=True).order_by("-first_published_at")[:4]
        context["latest_practices"] = practices.order_by("-first_published_at")[:6]
        context["popular_tags"] = popular_practice_tags(limit=20)
        context["practice_index"] = PracticeIndexPage.objects.live().first()
        context["newest_members"] = MemberProfile.objects.for_directory().order_by("-created_at")[:6]
        context["stats"] = {
            "members": MemberProfile.objects.active().count(),
            "agencies": Agency.objects.count(),
            "provinces": MemberProfile.objects.active().province_count(),
        }
        context["home_sections"] = home_sections(request)
        return context


def home_sections(request):
    """Sections other apps add to the home page, without community importing them.

    settings.SIMPUL_HOME_SECTIONS lists dotted paths of callables taking the
    request and returning None (nothing to show) or a dict with "template"
    and that template's context.
    """
    sections = []
    for path in getattr(settings, "SIMPUL_HOME_SECTIONS", []):
        section = import_string(path)(request)
        if section:
            sections.append(section)
    return sections
