"""Load the demo data into the database, safely and more than once.

Each `load_*` function creates what is missing and leaves what exists alone
(natural keys: an agency's slug, or its name and region; a user's username;
a practice's title and agency), so running the seed again creates nothing
new and never resets a password, a profile or a practice a demo user has
since edited. Each returns a `Loaded` report.

    from community.demo import loader
    loader.seed_all()            # everything, in order
    loader.load_agencies()       # or one part (regions must exist)
"""

import io
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import PageLogEntry

from community.importing import (
    ImportOptions,
    Outcome,
    PracticeImport,
    find_existing,
    parse_file,
    search_index_deferred,
)
from community.models import (
    Agency,
    MemberProfile,
    PracticeCollectionItem,
    PracticeCollectionPage,
    PracticeIndexPage,
    PracticePage,
    Region,
    Replication,
)
from community.tagging import normalise_tag

from . import agencies as agency_data
from . import members as member_data
from . import practices as practice_data

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
    note: str = ""

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


def find_profile(username):
    profile = MemberProfile.objects.filter(user__username=username).select_related("user").first()
    if profile is None:
        raise DemoDataError(f"Anggota tidak ditemukan: {username}. Jalankan load_members dulu.")
    return profile


def practice_options(entry):
    """ImportOptions for one entry of practices.PRACTICES."""
    authors = [find_profile(username) for username in entry["authors"]]
    today = timezone.localdate()
    reviewed = entry.get("reviewed_days_ago")
    return ImportOptions(
        government_affair=entry["urusan"],
        agency=find_agency(entry["agency"]),
        region=find_region(entry["province"], entry.get("regency")),
        tags=[normalise_tag(tag) for tag in entry["tags"]],
        authors=authors,
        publish=entry.get("published_days_ago") is not None,
        status=entry["status"],
        started_on=entry.get("started_on"),
        last_reviewed=None if reviewed is None else today - timedelta(days=reviewed),
        is_featured=entry.get("is_featured", False),
        contact_name=authors[0].display_name,
        contact_email=authors[0].user.email,
        outcomes=entry.get("outcomes", ()),
    )


def load_practices(entries=None, parent=None):
    """Import the demo practices from their text files, through the same importer as import_practices.

    A practice whose title its agency already uses is left alone. New ones
    get publication dates spread over the past two years (the importer
    publishes them "now"), so "newest first" means something.
    """
    entries = practice_data.PRACTICES if entries is None else entries
    parent = parent or PracticeIndexPage.objects.get()
    now = timezone.now()
    report = Loaded("Praktik baik")
    with search_index_deferred() as created:
        for entry in entries:
            run = PracticeImport(practice_options(entry), parent=parent)
            result = run.import_file(practice_data.TEXTS_DIR / entry["file"])
            if result.outcome == Outcome.FAILED:
                raise DemoDataError(f"Praktik demo {entry['file']} tidak bisa dimuat: {result.message}")
            if result.outcome == Outcome.IMPORTED:
                _backdate(result.page, entry, now)
                created.append(result.page)
            report.objects.append(result.page)
    report.created = len(created)
    live = sum(1 for page in report.objects if page.live)
    report.note = f"{live} terbit, {report.total - live} draf"
    return report


def _backdate(page, entry, now):
    days_ago = entry.get("published_days_ago")
    # A different minute for each practice, so no two share a timestamp.
    moment = now - timedelta(days=days_ago or 2, hours=2, minutes=len(entry["file"]) + 7 * len(entry["tags"]))
    fields = {"latest_revision_created_at": moment, "view_count": entry.get("view_count", 0)}
    if days_ago is not None:
        fields.update(first_published_at=moment, last_published_at=moment)
    PracticePage.objects.filter(pk=page.pk).update(**fields)
    page.revisions.update(created_at=moment)
    PageLogEntry.objects.filter(page=page).update(timestamp=moment)
    page.refresh_from_db()


def find_practice(file_name):
    """The demo practice imported from `file_name` (its title and agency name it)."""
    entry = next((e for e in practice_data.PRACTICES if e["file"] == file_name), None)
    if entry is None:
        raise DemoDataError(f"Praktik demo tidak dikenal: {file_name}.")
    parsed = parse_file(practice_data.TEXTS_DIR / file_name)
    practice = find_existing(parsed.title, find_agency(entry["agency"]))
    if practice is None:
        raise DemoDataError(f"Praktik belum dimuat: {parsed.title}. Jalankan load_practices dulu.")
    return practice


def load_replications(entries=None):
    """Record which demo agencies replicated which demo practices."""
    entries = practice_data.REPLICATIONS if entries is None else entries
    report = Loaded("Replikasi")
    for entry in entries:
        replication, created = Replication.objects.get_or_create(
            practice=find_practice(entry["practice"]),
            agency=find_agency(entry["agency"]),
            defaults={
                "member": find_profile(entry["member"]),
                "note": entry["note"],
                "status": entry["status"],
            },
        )
        report.objects.append(replication)
        report.created += created
    return report


def load_collections(entries=None, related=None):
    """Editors' curated collections and related-practice links (idempotent)."""
    entries = practice_data.COLLECTIONS if entries is None else entries
    related = practice_data.RELATED if related is None else related
    index = PracticeIndexPage.objects.get()
    report = Loaded("Koleksi")
    for entry in entries:
        collection = PracticeCollectionPage.objects.child_of(index).filter(slug=entry["slug"]).first()
        if collection is None:
            collection = PracticeCollectionPage(
                title=entry["title"], slug=entry["slug"], intro=entry["intro"]
            )
            for practice_file in entry["practices"]:
                collection.items.add(PracticeCollectionItem(practice=find_practice(practice_file)))
            index.add_child(instance=collection)
            collection.save_revision().publish()
            report.created += 1
        report.objects.append(collection)
    for first, second in related:
        a, b = find_practice(first), find_practice(second)
        if not a.related_practices.filter(pk=b.pk).exists():
            a.related_practices.add(b)
            a.save()
        if not b.related_practices.filter(pk=a.pk).exists():
            b.related_practices.add(a)
            b.save()
    return report


def seed_all():
    """Load everything in order, in one transaction; returns the reports."""
    with transaction.atomic():
        return [
            load_regions(),
            load_agencies(),
            load_members(),
            load_staff_accounts(),
            load_practices(),
            load_replications(),
            load_collections(),
        ]


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
