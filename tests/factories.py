"""Factories for Simpul's models: focused test data, never the demo content.

Provinces come from migration 0002 (look them up with `province(code)`);
regencies and cities exist only when a test makes one with `RegencyFactory`.
Profiles are created by a signal with every user: fill them with
`fill_profile(user, ...)`.
"""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from community.models import Agency, AgencyLevel, Region, RegionKind

PASSWORD = "kata-sandi-uji-123"


def province(code):
    """One of the 38 provinces loaded by migration, e.g. "31" DKI Jakarta, "91" Papua."""
    return Region.objects.get(code=code, kind=RegionKind.PROVINCE)


class RegencyFactory(DjangoModelFactory):
    """A kabupaten (or, with kind=RegionKind.CITY, a kota) inside a province."""

    class Meta:
        model = Region
        django_get_or_create = ["code"]

    parent = factory.LazyFunction(lambda: province("31"))
    code = factory.Sequence(lambda n: f"99.{n:02d}")
    name = factory.Sequence(lambda n: f"Kabupaten Uji {n}")
    kind = RegionKind.REGENCY
    time_zone = factory.LazyAttribute(lambda region: region.parent.time_zone)


class AgencyFactory(DjangoModelFactory):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"Dinas Uji Coba {n}")
    acronym = ""
    level = AgencyLevel.PROVINCE
    region = factory.LazyFunction(lambda: province("31"))


class UserFactory(DjangoModelFactory):
    """An active user whose primary e-mail address is verified, ready to sign in."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"anggota{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@instansi.go.id")
    password = factory.django.Password(PASSWORD)
    is_active = True

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        # allauth refuses to sign in an unverified address (mandatory verification).
        if create and user.email:
            EmailAddress.objects.update_or_create(
                user=user,
                email=user.email,
                defaults={"verified": extracted is not False, "primary": True},
            )


def fill_profile(user, *, expertise=(), **fields):
    """Set profile fields (display_name, agency, region, position, ...) and expertise tags."""
    profile = user.profile
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save()
    if expertise:
        profile.expertise.set(list(expertise))
    return profile


def member_with_profile(*, expertise=(), **fields):
    """A new member whose profile is filled in, e.g. member_with_profile(display_name="Sri")."""
    user_fields = {key: fields.pop(key) for key in ("username", "email", "is_active") if key in fields}
    user = UserFactory(**user_fields)
    fill_profile(user, expertise=expertise, **fields)
    return user
