from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The Whoosh backend for Wagtail's search, and the site search."""

    name = "search"
    label = "simpul_search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core import checks

        from .checks import search_backend_checks
        from .models import forget_synonyms_on_change
        from .promotions import forget_promotions_on_change

        forget_synonyms_on_change()
        forget_promotions_on_change()
        checks.register(search_backend_checks, "search")
