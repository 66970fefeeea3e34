"""Places where other apps add sections to community pages, without community importing them.

community never imports forum (DESIGN.md). An app that has something to
show on a community page (the forum's active discussions on the home page,
threads on a tag page, a member's answers on their profile) registers a
provider here from its AppConfig.ready(); community's views ask the
registry and render whatever the providers return.

A provider is ``provider(request, **about) -> Section | None`` where
``about`` is what the place is about (``tag=`` for a tag page, ``profile=``
for a profile, ``practice=`` for a practice page, ``profiles=`` and
``tag=`` for the directory). It must apply the reader's access rules
itself: it is given the request for that.

Tag counters (``register_tag_counter``) add to "popular tags": a counter is
``counter() -> {tag id: uses}`` over content everyone may see.
"""

from collections import Counter
from dataclasses import dataclass, field

HOME = "home"
TAG_PAGE = "tag_page"
PROFILE = "profile"
PRACTICE_PAGE = "practice_page"
#: Directory providers return a Section whose ``context["by_profile"]`` maps profile ids to a list of
#: (label, count) notes shown on each member card, e.g. accepted solutions per tag.
DIRECTORY = "directory"
PLACES = (HOME, TAG_PAGE, PROFILE, PRACTICE_PAGE, DIRECTORY)


@dataclass
class Section:
    """A piece of a page: a template and what it needs."""

    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


_providers = {place: [] for place in PLACES}
_tag_counters = []


def register(place, provider):
    if place not in _providers:
        raise ValueError(f"Unknown section place {place!r}; one of {PLACES}")
    if provider not in _providers[place]:
        _providers[place].append(provider)


def sections_for(place, request, **about):
    """The sections every registered provider has for this place, in order."""
    found = []
    for provider in _providers[place]:
        section = provider(request, **about)
        if section is not None:
            found.append(section)
    return sorted(found, key=lambda section: section.order)


def register_tag_counter(counter):
    if counter not in _tag_counters:
        _tag_counters.append(counter)


def extra_tag_uses():
    """{tag id: uses} summed over every registered counter."""
    total = Counter()
    for counter in _tag_counters:
        total.update(counter())
    return total
