"""Session times in the three Indonesian zones: display, conversion line and slot warnings.

Times are stored in UTC; readers see them in their own zone (request.time_zone,
set by community.middleware) with its label, and every session shows the same
moment in all three zones ("09.00 WIT = 08.00 WITA = 07.00 WIB").
"""

import zoneinfo
from dataclasses import dataclass
from datetime import time

from django.utils import dateformat
from django.utils.translation import gettext as _

from community.models import TimeZone

#: East to west, the order of the conversion line.
ZONES_EAST_TO_WEST = (TimeZone.WIT, TimeZone.WITA, TimeZone.WIB)
WORKING_DAY_START = time(8, 0)
WORKING_DAY_END = time(16, 0)
FRIDAY_PRAYER_START = time(11, 30)
FRIDAY_PRAYER_END = time(13, 30)
FRIDAY = 4


def zone_info(zone):
    return zoneinfo.ZoneInfo(zone if zone in TimeZone.values else TimeZone.WIB)


def local(moment, zone):
    return moment.astimezone(zone_info(zone))


def clock(moment, zone):
    """ "09.00": hours and minutes with a dot, as Indonesian writes them."""
    return local(moment, zone).strftime("%H.%M")


@dataclass(frozen=True)
class SessionTime:
    """A session's slot as one reader sees it."""

    start: object
    end: object
    zone: str

    @property
    def label(self):
        return TimeZone.abbreviation(self.zone)

    @property
    def local_start(self):
        return local(self.start, self.zone)

    @property
    def local_end(self):
        return local(self.end, self.zone)

    @property
    def date_text(self):
        return dateformat.format(self.local_start, "l, j F Y")

    @property
    def short_date_text(self):
        return dateformat.format(self.local_start, "j M Y")

    @property
    def clock_text(self):
        return f"{clock(self.start, self.zone)}–{clock(self.end, self.zone)} {self.label}"

    @property
    def text(self):
        return f"{self.date_text} · {self.clock_text}"

    @property
    def conversion_line(self):
        return conversion_line(self.start)


def conversion_line(moment):
    """The same moment in all three zones, east to west: "09.00 WIT = 08.00 WITA = 07.00 WIB"."""
    return " = ".join(f"{clock(moment, zone)} {TimeZone.abbreviation(zone)}" for zone in ZONES_EAST_TO_WEST)


def slot_warnings(start, end):
    """Why a slot is awkward for someone, as messages for the host; empty when it suits all three zones.

    Outside 08.00–16.00 in any zone, or overlapping Friday prayers
    (11.30–13.30 local time) in any zone.
    """
    warnings = []
    for zone in reversed(ZONES_EAST_TO_WEST):
        label = TimeZone.abbreviation(zone)
        local_start, local_end = local(start, zone), local(end, zone)
        outside = (
            local_start.time() < WORKING_DAY_START
            or local_end.date() != local_start.date()
            or local_end.time() > WORKING_DAY_END
        )
        if outside:
            warnings.append(
                _("In %(zone)s the session runs %(start)s–%(end)s, outside working hours (08.00–16.00).")
                % {"zone": label, "start": clock(start, zone), "end": clock(end, zone)}
            )
        if local_start.weekday() == FRIDAY or local_end.weekday() == FRIDAY:
            day = local_start.date() if local_start.weekday() == FRIDAY else local_end.date()
            prayer_start = local_start.replace(
                year=day.year, month=day.month, day=day.day, hour=11, minute=30, second=0, microsecond=0
            )
            prayer_end = prayer_start.replace(hour=13, minute=30)
            if local_start < prayer_end and local_end > prayer_start:
                warnings.append(
                    _("In %(zone)s the session overlaps Friday prayers (11.30–13.30).") % {"zone": label}
                )
    return warnings
