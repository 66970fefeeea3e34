"""Admin wiring for search: synonyms as snippets, and the search report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import report_views
from .models import SpellingVariant, Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_admin_menu = False
    list_display = ["term", "equivalents"]
    search_fields = ["term", "equivalents"]


register_snippet(SynonymViewSet)


class SpellingVariantViewSet(SnippetViewSet):
    model = SpellingVariant
    icon = "search"
    menu_label = _("Spelling variants")
    add_to_admin_menu = False
    list_display = ["variant", "standard"]
    search_fields = ["variant", "standard"]


register_snippet(SpellingVariantViewSet)


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("laporan-pencarian/", report_views.search_report, name="simpul_search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report_views.can_read_search_report(request.user)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Search report"), reverse("simpul_search_report"), icon_name="search", order=1350
    )
