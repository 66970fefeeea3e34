"""Tag normalisation: one tag per idea, whatever the case or spacing.

Used as TAGGIT_TAGS_FROM_STRING so "Pelayanan  Publik" and "pelayanan publik"
become the same tag.
"""

import re

from taggit.utils import _parse_tags

MAX_TAG_LENGTH = 50
_SPACES = re.compile(r"\s+")


def normalise_tag(name):
    return _SPACES.sub(" ", name).strip().lower()


def parse_tags(tagstring):
    seen = []
    for name in _parse_tags(tagstring):
        tag = normalise_tag(name)
        if tag and tag not in seen:
            seen.append(tag)
    return seen
