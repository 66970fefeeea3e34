"""Indonesia's provinces and their regencies/cities, with their time zones."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeZone(models.TextChoices):
    WIB = "Asia/Jakarta", _("WIB (Western Indonesia Time)")
    WITA = "Asia/Makassar", _("WITA (Central Indonesia Time)")
    WIT = "Asia/Jayapura", _("WIT (Eastern Indonesia Time)")

    @classmethod
    def abbreviation(cls, value):
        return {cls.WIB: "WIB", cls.WITA: "WITA", cls.WIT: "WIT"}.get(value, value)


class RegionKind(models.TextChoices):
    PROVINCE = "provinsi", _("Province")
    REGENCY = "kabupaten", _("Regency")
    CITY = "kota", _("City")


class RegionQuerySet(models.QuerySet):
    def provinces(self):
        return self.filter(kind=RegionKind.PROVINCE)

    def in_province(self, province):
        return self.filter(models.Q(pk=province.pk) | models.Q(parent=province))


class Region(models.Model):
    """A province (with its official Kemendagri code) or a regency/city in it.

    Provinces are loaded by a migration; regencies and cities come from
    `manage.py import_regions`. A regency inherits its province's time zone.
    """

    code = models.CharField(_("region code"), max_length=13, unique=True)
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=RegionKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    time_zone = models.CharField(_("time zone"), max_length=32, choices=TimeZone.choices)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    @property
    def province(self):
        return self.parent if self.parent_id else self

    @property
    def time_zone_abbreviation(self):
        return TimeZone.abbreviation(self.time_zone)
