"""Repair tags stored before tags needed a letter or digit (issue 7, defect 2).

A tag such as ``">`` (markup left in a tag field) was stored with an empty
slug, or ``_1`` for the second one, and every page listing it failed to
build its address. Such a tag carries no meaning and the forms now refuse
it: it is removed (its taggings go with it). A tag whose name does make a
slug but whose stored slug is unusable gets its slug made again.

The rules are copied here rather than imported, so that the migration keeps
doing what it did when community/tagging.py changes.
"""

import re

from django.conf import settings
from django.db import migrations
from django.utils.text import slugify

TAGGIT_SUFFIX = re.compile(r"_\d+$")


def _slugify(name):
    if getattr(settings, "TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING", False):
        from unidecode import unidecode

        return slugify(unidecode(name))
    return slugify(name, allow_unicode=True)


def _usable(slug):
    return any(character.isalnum() for character in TAGGIT_SUFFIX.sub("", slug or ""))


def repair_tag_slugs(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    meaningless, to_reslug = [], []
    for pk, name, slug in Tag.objects.values_list("pk", "name", "slug").iterator():
        if not _usable(_slugify(name)):
            meaningless.append(pk)
        elif not _usable(slug):
            to_reslug.append(pk)
    Tag.objects.filter(pk__in=meaningless).delete()
    for tag in Tag.objects.filter(pk__in=to_reslug):
        base = _slugify(tag.name)[:90]
        candidate, number = base, 1
        while Tag.objects.filter(slug=candidate).exclude(pk=tag.pk).exists():
            candidate, number = f"{base}_{number}", number + 1
        tag.slug = candidate
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0008_agency_slug_optional"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(repair_tag_slugs, migrations.RunPython.noop)]
