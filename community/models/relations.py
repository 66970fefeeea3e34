"""Relations of a page that may have been rebuilt from a revision.

When Wagtail shows a draft (view_draft, the edit view's preview, a
workflow task's preview, a revision), it rebuilds the page from the
revision's JSON. Its ParentalManyToManyField, ParentalKey and
ClusterTaggableManager relations are then modelcluster ``FakeQuerySet``s:
in-memory lists that know ``filter()`` and ``order_by()`` but none of our
queryset methods (``visible_to``, ``for_listing``...), and a page that was
never saved has no primary key for a reverse relation to use.

Page code therefore never calls custom queryset methods on a relation
manager: it asks the real queryset for the objects the relation holds,
with ``through_queryset``, which works on a live page and on a draft alike.
"""

from modelcluster.queryset import FakeQuerySet


def related_pks(relation):
    """The primary keys a relation holds, as a subquery (live page) or a list (revision)."""
    objects = relation.all()
    if isinstance(objects, FakeQuerySet):
        return [obj.pk for obj in objects if obj.pk is not None]
    return objects.values("pk")


def through_queryset(queryset, relation):
    """The objects of ``relation``, loaded through ``queryset`` so its methods are available.

    e.g. ``through_queryset(PracticePage.objects.visible_to(user), page.related_practices)``.
    """
    return queryset.filter(pk__in=related_pks(relation))


def reverse_related(queryset, instance, field_name):
    """Rows of ``queryset`` pointing at ``instance`` through ``field_name``; none for an unsaved page.

    A reverse foreign key (replications of a practice) is not part of a
    revision: a preview shows what is stored, and a page being created has none.
    """
    if instance.pk is None:
        return queryset.none()
    return queryset.filter(**{field_name: instance.pk})
