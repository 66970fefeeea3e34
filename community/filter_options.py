"""Option lists of the filter forms (agencies, provinces, expertise), built once per change.

A select of every agency is a query and hundreds of model instances per
page; the lists are kept in the page cache's value store instead and
rebuilt when agencies, regions or members change. The fields keep their
querysets for validation, which reads one row only when a filter is set.
"""

from .models import Agency, Region
from .page_cache import remember


def agency_options():
    return remember("options:agencies", lambda: [(a.pk, str(a)) for a in Agency.objects.all()])


def province_options():
    return remember(
        "options:provinces", lambda: [(r.pk, r.name) for r in Region.objects.provinces().order_by("code")]
    )


def expertise_options(queryset):
    """(slug, name) of the tags in `queryset` (the directory field's own), kept until members change."""
    return remember(
        "options:expertise", lambda: list(queryset.values_list("slug", "name")), depends_on=("members",)
    )


def use_options(field, options):
    """Show `options` in a ModelChoiceField instead of iterating its queryset."""
    field.choices = [("", field.empty_label), *options]
