"""Government agencies (instansi) that members belong to."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelsearch import index
from modelsearch.queryset import SearchableQuerySetMixin
from wagtail.admin.panels import FieldPanel


class AgencyLevel(models.TextChoices):
    CENTRAL = "pusat", _("Central")
    PROVINCE = "provinsi", _("Province")
    REGENCY = "kabupaten", _("Regency")
    CITY = "kota", _("City")


class AgencyQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Agencies, searchable by name and acronym: `Agency.objects.search("BKPSDM")`."""


class Agency(index.Indexed, models.Model):
    """An instansi: a ministry, a provincial office or a district's dinas.

    Editors keep the list as Wagtail snippets; members pick theirs on their
    profile, and the directory and (later) practices filter by it.
    """

    name = models.CharField(_("agency name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(
        _("slug"),
        max_length=220,
        unique=True,
        blank=True,
        help_text=_("Leave empty to make one from the acronym and region."),
    )
    level = models.CharField(_("level"), max_length=10, choices=AgencyLevel.choices)
    region = models.ForeignKey(
        "community.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agencies",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    objects = AgencyQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("slug"),
        FieldPanel("level"),
        FieldPanel("region"),
        FieldPanel("parent"),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("acronym", boost=3),
        index.AutocompleteField("name"),
        index.AutocompleteField("acronym"),
        index.FilterField("level"),
        index.FilterField("region"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        constraints = [
            models.UniqueConstraint(fields=["name", "region"], name="unique_agency_name_per_region"),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        base = slugify(self.acronym or self.name)[:200] or "instansi"
        if self.region_id:
            base = f"{base}-{slugify(self.region.name)}"[:200]
        slug, n = base, 2
        while Agency.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug
