"""Member profiles: who a member is, where they work and what they know."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from .regions import TimeZone

DEFAULT_TIME_ZONE = TimeZone.WIB


class EmailDigest(models.TextChoices):
    NEVER = "never", _("Never")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class TaggedExpertise(TaggedItemBase):
    content_object = ParentalKey(
        "community.MemberProfile", on_delete=models.CASCADE, related_name="tagged_expertise"
    )


class MemberProfileQuerySet(models.QuerySet):
    def active(self):
        return self.filter(user__is_active=True)

    def for_directory(self):
        """Profiles shown in the directory, with what each card needs."""
        return (
            self.active()
            .select_related("user", "agency", "region", "region__parent")
            .prefetch_related("expertise")
            .order_by("display_name", "user__username")
        )

    def filter_directory(self, *, agency=None, region=None, tag=None, query=None):
        profiles = self
        if agency:
            profiles = profiles.filter(agency=agency)
        if region:
            profiles = profiles.filter(models.Q(region=region) | models.Q(region__parent=region))
        if tag:
            profiles = profiles.filter(expertise__slug=tag.slug)
        if query:
            profiles = profiles.filter(
                models.Q(display_name__icontains=query)
                | models.Q(user__username__icontains=query)
                | models.Q(position__icontains=query)
                | models.Q(unit__icontains=query)
                | models.Q(expertise__name__icontains=query)
            )
        return profiles.distinct()

    def province_count(self):
        """How many provinces the members come from."""
        return (
            self.exclude(region=None)
            .annotate(province_id=Coalesce("region__parent_id", "region_id"))
            .values("province_id")
            .distinct()
            .count()
        )


class MemberProfile(ClusterableModel):
    """The public face of a member: agency, position, region and expertise.

    Created with the user account; a partner (university, NGO) has no ASN
    agency and is flagged as such.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    agency = models.ForeignKey(
        "community.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    unit = models.CharField(_("work unit"), max_length=150, blank=True)
    position = models.CharField(_("position"), max_length=150, blank=True)
    region = models.ForeignKey(
        "community.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=32,
        choices=TimeZone.choices,
        blank=True,
        help_text=_("Leave empty to follow your region's time zone."),
    )
    expertise = TaggableManager(
        verbose_name=_("expertise"),
        through=TaggedExpertise,
        blank=True,
        help_text=_("Separate with commas, e.g.: stunting, SAKIP, public service."),
    )
    bio = models.TextField(_("short bio"), max_length=500, blank=True)
    is_partner = models.BooleanField(
        _("partner (non-ASN)"),
        default=False,
        help_text=_("A member from a university or NGO, without an ASN agency."),
    )
    partner_organisation = models.CharField(_("partner organisation"), max_length=150, blank=True)
    email_notifications = models.BooleanField(_("send notifications by e-mail"), default=True)
    email_digest = models.CharField(
        _("e-mail digest"), max_length=10, choices=EmailDigest.choices, default=EmailDigest.WEEKLY
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MemberProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.display_name or self.user.get_full_name() or self.user.username

    @property
    def effective_time_zone(self):
        """The member's own zone, else their region's, else WIB."""
        if self.time_zone:
            return self.time_zone
        if self.region_id:
            return self.region.time_zone
        return DEFAULT_TIME_ZONE

    @property
    def time_zone_abbreviation(self):
        return TimeZone.abbreviation(self.effective_time_zone)

    @property
    def affiliation(self):
        if self.is_partner:
            return self.partner_organisation
        return str(self.agency) if self.agency_id else ""

    def get_absolute_url(self):
        return reverse("community:profile", args=[self.user.username])
