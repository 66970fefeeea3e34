"""Which tags a reader may know about: those on something the reader may see.

A tag is only as public as what carries it. A tag used only on a draft, a
practice in review or a members-only practice must not be suggested to, or
have a page for, a reader who cannot see that practice: its name alone can
give away work that is not published.

Each kind of tagged content registers a *tag source*: a function
``(user) -> queryset of tagged-item rows the user may see`` (rows with a
``tag_id``). Practices and member expertise are registered here; the forum
registers its threads the same way when they carry tags, and every tag
listing (suggestions, tag pages, tag feeds, facets) follows.
"""

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from taggit.models import Tag

from .members import MemberProfile, TaggedExpertise
from .practices import PracticePage, TaggedPractice

_TAG_SOURCES = {}


def register_tag_source(name, tagged_items_for):
    """Make ``tagged_items_for(user)`` (tagged-item rows the user may see) count as visible tags."""
    _TAG_SOURCES[name] = tagged_items_for


def _visible_practice_taggings(user):
    return TaggedPractice.objects.filter(
        content_object__in=PracticePage.objects.visible_to(user).values("pk")
    )


def _visible_expertise_taggings(user):
    # Profiles of active members are public pages (/anggota/<username>/), expertise included.
    return TaggedExpertise.objects.filter(content_object__in=MemberProfile.objects.active().values("pk"))


register_tag_source("practices", _visible_practice_taggings)
register_tag_source("expertise", _visible_expertise_taggings)


def visible_tags(user, *, sources=None):
    """Tags on at least one thing ``user`` may see (optionally only from the named sources)."""
    tags = Tag.objects.none()
    for name, tagged_items_for in _TAG_SOURCES.items():
        if sources is None or name in sources:
            tags = tags | Tag.objects.filter(pk__in=tagged_items_for(user).values("tag_id"))
    return tags


def with_visible_uses(tags, user):
    """Annotate ``uses``: how many things ``user`` may see carry each tag (hidden uses do not count)."""
    total = Value(0, output_field=IntegerField())
    for tagged_items_for in _TAG_SOURCES.values():
        uses = (
            tagged_items_for(user)
            .filter(tag_id=OuterRef("pk"))
            .order_by()
            .values("tag_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        total = total + Coalesce(Subquery(uses, output_field=IntegerField()), 0)
    return tags.annotate(uses=total)
