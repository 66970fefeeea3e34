"""Admin wiring: agencies (and regions, read mostly) as Wagtail snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Agency, Region


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "site"
    menu_label = _("Agency")
    list_display = ["name", "acronym", "level", "region"]
    list_filter = ["level"]
    search_fields = ["name", "acronym"]
    ordering = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    menu_label = _("Region")
    list_display = ["code", "name", "kind", "time_zone"]
    list_filter = ["kind", "time_zone"]
    search_fields = ["name", "code"]
    ordering = ["code"]


class CommunityViewSetGroup(SnippetViewSetGroup):
    items = (AgencyViewSet, RegionViewSet)
    menu_icon = "group"
    menu_label = _("Community")
    menu_name = "community"


register_snippet(CommunityViewSetGroup)
