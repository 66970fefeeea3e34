"""Load the demo data into the database, safely and more than once.

Each `load_*` function creates what is missing and leaves what exists alone
(natural keys: an agency's slug, or its name and region; a user's username),
so running the seed again creates nothing new and never resets a password or
a profile a demo user has since edited. Each returns a `Loaded` report.

    from community.demo import loader
    loader.seed_all()            # everything, in order
    loader.load_agencies()       # or one part (regions must exist)
"""

import io
from dataclasses import dataclass, field
from pathlib import Path

from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction

from community.models import Agency, MemberProfile, Region
from community.tagging import normalise_tag

from . import agencies as agency_data
from . import members as member_data

PROFILE_FIELDS = [
    "display_name",
    "unit",
    "position",
    "time_zone",
    "bio",
    "is_partner",
    "partner_organisation",
    "email_digest",
    "email_notifications",
]


@dataclass
class Loaded:
    """What one loader did: the objects it covers and how many were new."""

    label: str
    objects: list = field(default_factory=list)
    created: int = 0

    @property
    def total(self):
        return len(self.objects)

    @property
    def existing(self):
        return self.total - self.created


class DemoDataError(Exception):
    """The demo data refers to something that is not in the database."""


def regencies_csv_path():
    return Path(apps.get_app_config("community").path) / "data" / "regencies.csv"


def load_regions():
    """Import the regencies and cities (kabupaten/kota) the demo refers to."""
    before = Region.objects.exclude(parent=None).count()
    output = io.StringIO()
    call_command("import_regions", str(regencies_csv_path()), stdout=output, stderr=output)
    regencies = list(Region.objects.exclude(parent=None))
    return Loaded("Kabupaten/kota", regencies, created=len(regencies) - before)


def find_region(province, regency=None):
    """The province named `province`, or the regency/city `regency` inside it."""
    try:
        province_region = Region.objects.provinces().get(name=province)
        if not regency:
            return province_region
        return Region.objects.get(parent=province_region, name=regency)
    except Region.DoesNotExist as error:
        where = f"{regency}, {province}" if regency else province
        raise DemoDataError(f"Wilayah tidak ditemukan: {where}. Jalankan import_regions dulu.") from error


def load_agencies(entries=None):
    """Create the demo agencies; parents must come before their children."""
    entries = agency_data.AGENCIES if entries is None else entries
    by_slug, report = {}, Loaded("Instansi")
    for entry in entries:
        agency, created = _get_or_create_agency(entry, by_slug)
        by_slug[entry["slug"]] = agency
        report.objects.append(agency)
        report.created += created
    return report


def _get_or_create_agency(entry, by_slug):
    region = find_region(entry["province"], entry.get("regency"))
    existing = (
        Agency.objects.filter(slug=entry["slug"]).first()
        or Agency.objects.filter(name=entry["name"], region=region).first()
    )
    if existing:
        return existing, False
    parent = by_slug.get(entry.get("parent")) or find_agency(entry.get("parent"))
    agency = Agency.objects.create(
        slug=entry["slug"],
        name=entry["name"],
        acronym=entry.get("acronym", ""),
        level=entry["level"],
        region=region,
        parent=parent,
    )
    return agency, True


def find_agency(slug):
    """The agency with this slug (None for no slug); the demo's agencies must be loaded."""
    if not slug:
        return None
    agency = Agency.objects.filter(slug=slug).first()
    if agency is None:
        entry = next((e for e in agency_data.AGENCIES if e["slug"] == slug), None)
        if entry is not None:
            region = find_region(entry["province"], entry.get("regency"))
            agency = Agency.objects.filter(name=entry["name"], region=region).first()
    if agency is None:
        raise DemoDataError(f"Instansi tidak ditemukan: {slug}. Jalankan load_agencies dulu.")
    return agency


def demo_email(entry):
    return entry.get("email") or f"{entry['username']}@{member_data.EMAIL_DOMAIN}"


def load_member(entry, password_hash):
    """Create one account with a verified e-mail and a full profile.

    `password_hash` comes from make_password(). Returns (user, created); an
    existing username is left exactly as it is, password included.
    """
    User = get_user_model()
    user = User.objects.filter(username=entry["username"]).first()
    if user is not None:
        return user, False
    email = User.objects.normalize_email(demo_email(entry))
    user = User.objects.create(
        username=User.normalize_username(entry["username"]),
        email=email,
        password=password_hash,
        first_name=entry.get("first_name", ""),
        last_name=entry.get("last_name", ""),
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    _fill_profile(user, entry)
    return user, True


def _fill_profile(user, entry):
    # The post_save signal has created the profile already; fill it in.
    profile, _ = MemberProfile.objects.get_or_create(user=user)
    for name in PROFILE_FIELDS:
        if name in entry:
            setattr(profile, name, entry[name])
    profile.agency = find_agency(entry.get("agency"))
    profile.region = find_region(entry["province"], entry.get("regency"))
    profile.full_clean(exclude=["user", "expertise"])
    profile.save()
    profile.expertise.set([normalise_tag(tag) for tag in entry.get("expertise", [])])
    return profile


def load_members(entries=None, password=member_data.MEMBER_PASSWORD):
    """Create the demo members, all sharing the demo password."""
    entries = member_data.MEMBERS if entries is None else entries
    # One hash for the one shared (and published) demo password: hashing is
    # deliberately slow, and 25 hashes of the same string would take seconds.
    password_hash = make_password(password)
    report = Loaded("Anggota")
    for entry in entries:
        user, created = load_member(entry, password_hash)
        report.objects.append(user)
        report.created += created
    return report


def load_staff_accounts(entries=None):
    """Create the editor and moderator accounts and put them in their groups."""
    entries = member_data.STAFF_ACCOUNTS if entries is None else entries
    report = Loaded("Akun staf")
    for entry in entries:
        user, created = load_member(entry, make_password(entry["password"]))
        # The role is what makes the account an editor or moderator: make
        # sure it holds even if the account existed already.
        user.groups.add(Group.objects.get(name=entry["group"]))
        report.objects.append(user)
        report.created += created
    return report


def seed_all():
    """Load everything in order, in one transaction; returns the reports."""
    with transaction.atomic():
        return [load_regions(), load_agencies(), load_members(), load_staff_accounts()]


ROLE_DESCRIPTIONS = {"Editors": "Editor, bisa masuk ke /admin/", "Moderators": "Moderator"}


def demo_logins():
    """(username, password, description) for each demo log-in to print."""
    logins = [
        (entry["username"], entry["password"], ROLE_DESCRIPTIONS.get(entry["group"], entry["group"]))
        for entry in member_data.STAFF_ACCOUNTS
    ]
    first_member = member_data.MEMBERS[0]["username"]
    logins.append(("(anggota)", member_data.MEMBER_PASSWORD, f"mis. {first_member}"))
    return logins
