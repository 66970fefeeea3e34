"""Admin wiring: agencies and regions as snippets, the editors' practice list, rich-text handlers."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import rich_text
from .models import Agency, GovernmentAffair, PracticePage, Region


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


class StaleReviewFilter(django_filters.BooleanFilter):
    """Practices whose "last reviewed" date is more than a year old (or unset)."""

    def filter(self, queryset, value):
        if value is True:
            return queryset.filter(pk__in=PracticePage.objects.stale().values("pk"))
        if value is False:
            return queryset.exclude(pk__in=PracticePage.objects.stale().values("pk"))
        return queryset


class PracticeFilterSet(PageFilterSet):
    needs_review = StaleReviewFilter(label=_("Not reviewed for over a year"))
    is_featured = django_filters.BooleanFilter(label=_("Featured on the home page"))
    government_affair = django_filters.ChoiceFilter(
        label=_("Government affair"), choices=GovernmentAffair.choices
    )

    class Meta:
        model = PracticePage
        fields = []


class PracticeListingViewSet(PageListingViewSet):
    """All practices in one flat list, with the review-due filter editors use."""

    model = PracticePage
    icon = "doc-full-inverse"
    menu_label = _("Best practices")
    menu_order = 150
    add_to_admin_menu = True
    name = "practices"
    filterset_class = PracticeFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("last_reviewed", label=_("Last reviewed"), sort_key="last_reviewed"),
        Column("view_count", label=_("Views"), sort_key="view_count"),
    ]


@hooks.register("register_admin_viewset")
def register_practice_listing():
    return PracticeListingViewSet()


# After Wagtail's own registrations (order 0), which these replace.
@hooks.register("register_rich_text_features", order=100)
def tolerate_bad_ids_in_rich_text(features):
    """Rich text whose raw content holds an id that is not a number renders as text (rich_text.py)."""
    features.register_link_type(rich_text.PageLinkHandler)
    features.register_link_type(rich_text.DocumentLinkHandler)
    features.register_embed_type(rich_text.ImageEmbedHandler)
    features.register_converter_rule("contentstate", "link", rich_text.CONTENTSTATE_LINK_RULE)
    features.register_converter_rule("contentstate", "image", rich_text.CONTENTSTATE_IMAGE_RULE)
