"""What the site search learns from community data: agencies' acronyms and the names of places.

Both are read by the search backend at query time through settings (the
backend never imports a model): ``SIMPUL_SEARCH_SYNONYM_SOURCES`` lists
:func:`agency_synonyms`, and the backend's ``PLACES`` option names
:func:`place_names`. Nobody types them into the synonym list: an agency
added in the admin is searchable by its acronym and its name within the
backend's refresh interval.
"""

import re

from django.core.cache import cache
from django.db.models import F, Value
from django.db.models.functions import Concat, Replace, Trim

from .models.agencies import Agency
from .models.regions import Region

_REGION_PREFIX = re.compile(r"^(kabupaten|kota|kab\.?|provinsi)\s+", re.IGNORECASE)
_PLACES_KEY = "search:place-names"
_PLACES_SECONDS = 10 * 60


def agency_synonyms():
    """``(acronym, name)`` pairs of every agency that has an acronym, as values_list
    querysets: the full name ("Badan Pendapatan Daerah Kota Makassar"), and the
    name and acronym without the region ("Bapenda" = "Badan Pendapatan Daerah"),
    which is how most people write them."""
    with_acronym = Agency.objects.exclude(acronym="")
    regional = with_acronym.exclude(region=None)
    region_name = Concat(Value(" "), F("region__name"))
    region_core = Concat(
        Value(" "),
        Replace(Replace(F("region__name"), Value("Kabupaten "), Value("")), Value("Kota "), Value("")),
    )
    return [
        with_acronym.values_list("acronym", "name"),
        regional.annotate(
            short_acronym=Trim(Replace(F("acronym"), region_core, Value(""))),
            # "... Provinsi DKI Jakarta" first, then "... Kota Makassar".
            short_name=Trim(
                Replace(
                    Replace(F("name"), Concat(Value(" Provinsi"), region_name), Value("")),
                    region_name,
                    Value(""),
                )
            ),
        ).values_list("short_acronym", "short_name"),
    ]


def place_names():
    """``{place name: [names of the province it lies in]}`` for every province,
    regency and city: "kabupaten sorong", "sorong" -> ["papua barat daya"];
    a province maps to nothing broader. Kept in the cache until a region changes."""
    found = cache.get(_PLACES_KEY)
    if found is None:
        found = _read_place_names()
        cache.set(_PLACES_KEY, found, _PLACES_SECONDS)
    return found


def forget_place_names(**kwargs):
    """Receiver of a region's save or delete (community/signals.py)."""
    cache.delete(_PLACES_KEY)


def _read_place_names():
    places, provinces = {}, []
    for name, province in Region.objects.values_list("name", "parent__name"):
        if province is None:
            provinces.append(name)
        broader = [province.lower()] if province else []
        full = " ".join(name.split()).lower()
        for key in {full, _REGION_PREFIX.sub("", full)}:
            if key:
                places.setdefault(key, [])
                places[key].extend(b for b in broader if b not in places[key])
    # "DKI Jakarta", "DI Yogyakarta": also the city's own name.
    for name in provinces:
        short = re.sub(r"^(dki|di|daerah istimewa|daerah khusus ibukota)\s+", "", name.lower())
        places.setdefault(short, [])
    return places
