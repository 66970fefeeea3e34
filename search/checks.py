"""System checks of the configured search backend (``manage.py check``, every start);
registered by SearchConfig.ready."""

from django.conf import settings
from django.core import checks
from django.db import connection

from .features import ALL, features


def search_backend_checks(app_configs, **kwargs):
    """An error for a backend that cannot work here; a note of what a working one leaves out."""
    path = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if ".database.postgres" in path and connection.vendor != "postgresql":
        return [
            checks.Error(
                "The PostgreSQL search backend needs the database on PostgreSQL.",
                hint="Set DATABASE_URL to a PostgreSQL database, or leave SIMPUL_SEARCH_BACKEND unset (Whoosh).",
                id="simpul_search.E001",
            )
        ]
    try:
        missing = ALL - features()
    except Exception as error:  # a backend that cannot even be built (a missing client library)
        return [checks.Error(f"The search backend {path} cannot be used: {error}", id="simpul_search.E002")]
    if not missing:
        return []
    return [
        checks.Info(
            f"The search backend {path} leaves out: {', '.join(sorted(missing))}.",
            hint="The site search works without them and tells readers when it matters (search/features.py).",
            id="simpul_search.I001",
        )
    ]
