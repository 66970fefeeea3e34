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
    # Commas (or quotes) separate tags, never spaces alone: "pelayanan publik"
    # is one tag. The trailing comma keeps taggit's parser in comma mode.
    for name in _parse_tags(f"{tagstring}," if tagstring else ""):
        tag = normalise_tag(name)
        if tag and tag not in seen:
            seen.append(tag)
    return seen
