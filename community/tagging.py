"""Tag normalisation: one tag per idea, whatever the case, spacing or punctuation.

``parse_tags`` is TAGGIT_TAGS_FROM_STRING, so every tag field goes through it:
the submission form, the profile form, Wagtail's admin tag fields (taggit's
TagField parses with it) and ``import_practices``. It

- folds case and spacing: "Pelayanan  Publik" and "pelayanan publik" are one tag;
- joins tags that differ only in punctuation, i.e. share a slug, to the one
  already stored ("pelayanan-publik" joins "pelayanan publik"), so taggit
  never has to invent "pelayanan-publik_1";
- refuses a tag without a letter or digit (``">`` left over from markup):
  its slug would be empty and the tag's address could not be built.

``ensure_tag_slug`` (a pre_save receiver in signals.py) is the safety net for
tags made in code without parsing: such a tag gets a stable ``tag-…`` slug.
"""

import hashlib
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from taggit.utils import _parse_tags

MAX_TAG_LENGTH = 50
_SPACES = re.compile(r"\s+")
# taggit appends "_1", "_2"... when a slug is taken; "_1" alone is no slug.
_TAGGIT_SUFFIX = re.compile(r"_\d+$")


def normalise_tag(name):
    return _SPACES.sub(" ", name).strip().lower()


def tag_slug(name):
    """The slug taggit gives a tag of this name."""
    return Tag().slugify(name)


def is_usable_slug(slug):
    return any(character.isalnum() for character in slug or "")


def fallback_tag_slug(name):
    """A stable, URL-safe slug for a tag whose name gives none."""
    return "tag-" + hashlib.sha256(name.encode()).hexdigest()[:10]


def parse_tags(tagstring):
    by_slug = {}
    unusable = []
    # Commas (or quotes) separate tags, never spaces alone: "pelayanan publik"
    # is one tag. The trailing comma keeps taggit's parser in comma mode.
    for name in _parse_tags(f"{tagstring}," if tagstring else ""):
        tag = normalise_tag(name)
        if not tag:
            continue
        slug = tag_slug(tag)
        if not is_usable_slug(slug):
            unusable.append(tag)
        else:
            by_slug.setdefault(slug, tag)
    if unusable:
        raise ValidationError(
            _("A tag needs at least one letter or digit: %(tags)s."),
            code="tag_without_letters",
            params={"tags": ", ".join(f"“{tag}”" for tag in unusable)},
        )
    if not by_slug:
        return []
    stored = dict(Tag.objects.filter(slug__in=list(by_slug)).values_list("slug", "name"))
    names = []
    for slug, tag in by_slug.items():
        name = stored.get(slug, tag)
        if name.lower() not in {n.lower() for n in names}:
            names.append(name)
    return names


def ensure_tag_slug(sender, instance, **kwargs):
    """Give a tag whose slug has no letter or digit a safe one before it is stored."""
    if not is_usable_slug(_TAGGIT_SUFFIX.sub("", instance.slug or "")):
        instance.slug = fallback_tag_slug(instance.name)
