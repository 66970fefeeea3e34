"""Labels for site-search facet values that are community things.

Shared by every searchable model (practices now, forum content later), so
a facet value means the same thing whichever type it came from.
"""

from taggit.models import Tag

from search.params import parse_id

from .models.agencies import Agency
from .models.regions import Region


def _ids(values):
    return [number for number in map(parse_id, values) if number is not None]


def facet_labels(key, values, *, affair_choices=()):
    if key == "agency":
        return {str(a.pk): a.name for a in Agency.objects.filter(pk__in=_ids(values))}
    if key == "province":
        return {str(r.pk): r.name for r in Region.objects.filter(pk__in=_ids(values))}
    if key == "tag":
        return {str(t.pk): t.name for t in Tag.objects.filter(pk__in=_ids(values))}
    if key == "year":
        return {str(v): str(v) for v in values}
    if key == "urusan":
        return {value: str(label) for value, label in affair_choices if value in values}
    return {}


def province_and_children_ids(province_id):
    province_id = parse_id(province_id)
    if province_id is None:
        return []
    return [province_id, *Region.objects.filter(parent_id=province_id).values_list("pk", flat=True)]
