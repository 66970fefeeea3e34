"""Indonesia's provinces and their regencies/cities, with their time zones."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeZone(models.TextChoices):
    WIB = "Asia/Jakarta", _("WIB (Waktu Indonesia Barat)")
    WITA = "Asia/Makassar", _("WITA (Waktu Indonesia Tengah)")
    WIT = "Asia/Jayapura", _("WIT (Waktu Indonesia Timur)")

    @classmethod
    def abbreviation(cls, value):
        return {cls.WIB: "WIB", cls.WITA: "WITA", cls.WIT: "WIT"}.get(value, value)


class RegionKind(models.TextChoices):
    PROVINCE = "provinsi", _("Provinsi")
    REGENCY = "kabupaten", _("Kabupaten")
    CITY = "kota", _("Kota")


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

    code = models.CharField(_("kode wilayah"), max_length=13, unique=True)
    name = models.CharField(_("nama"), max_length=100)
    kind = models.CharField(_("jenis"), max_length=10, choices=RegionKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("provinsi"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    time_zone = models.CharField(_("zona waktu"), max_length=32, choices=TimeZone.choices)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")

    def __str__(self):
        return self.name

    @property
    def province(self):
        return self.parent if self.parent_id else self

    @property
    def time_zone_abbreviation(self):
        return TimeZone.abbreviation(self.time_zone)
