"""Server time and SQL queries of the sharing-session pages; prints figures, asserts nothing.

    python bench/sessions.py [--sessions 1000] [--attendance 20000] [--members 1000] [--requests 30]
                             [--sizes 100,1000] [--served-requests 30] [--no-served]

Builds a throwaway database (bench/benchsite.py) with generated members and
three forums, then grows the sessions in place through ``--sizes`` (the last
is ``--sessions``): monthly-ish sessions from two years back to a year ahead,
each with a host agency, two speakers (a member and a guest), one to three
tags, two materials, registrations for the upcoming ones (one in ten full,
with a waiting list) and attendance records for the past ones, so that at
the largest size there are ``--attendance`` attendance records. Pages are
created with ``add_child`` (Wagtail's tree and URL paths) as live pages
without revisions; registrations and attendance are bulk-inserted; nothing
is indexed for search (neither page reads the index).

At each size it requests, through Django's test client (in process, page
cache off, as bench/pages.py does), the session list (/sesi/, page 2 and
filtered by province), the busiest session's page (anonymous, a registered
member, its host) and the host's attendee list, the same two for the
quietest upcoming session (a query per registration would show between
them), the past session with the most attendance, a member's JP record and
a forum page with its sessions,
next to the bare Django view (/_bench/bare/, bench/urls.py) measured in the
same run as the yardstick. It prints p50/p95 and SQL queries at the largest
size, then the query count of every page at each size with a ``tumbuh?``
column: a page that loads something per session or per attendance record
shows ``YA``. Then, unless ``--no-served``, it serves the anonymous pages
through gunicorn, cold and cached, as bench/pages.py does (bench/served.py).
"""

import argparse
import datetime
import random
import sys

import benchsite
import served
from pages import measure, signed_in_client

THEMES = [
    "Validasi data stunting dari posyandu", "Manajemen talenta ASN di daerah", "Satu Data Indonesia tingkat provinsi",
    "Layanan kesehatan bergerak di kampung", "Jemput bola akta kelahiran", "Rujukan terintegrasi puskesmas",
    "Pelatihan jarak jauh untuk ASN", "Tanda tangan elektronik di desa", "Pengaduan masyarakat lewat WhatsApp",
    "Perencanaan anggaran berbasis kinerja",
]  # fmt: skip
SESSION_TAGS = ["stunting", "posyandu", "kepegawaian", "spbe", "satu data", "adminduk", "pelayanan publik"]
FULL_EVERY = 10
CAPACITY = 40


def build_forums():
    from forum.models import ForumIndexPage, ForumPage

    index = ForumIndexPage.objects.get()
    forums = []
    for slug, title in (
        ("kesehatan", "Forum Kesehatan"),
        ("kepegawaian", "Forum Kepegawaian"),
        ("transformasi-digital", "Forum Transformasi Digital"),
    ):
        forum = ForumPage(title=title, slug=slug, description=f"Ruang diskusi {title}.", live=True)
        index.add_child(instance=forum)
        forums.append(forum)
    return forums


def materials():
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    return [
        Document.objects.create(
            title=f"Bahan paparan {n}", file=ContentFile(b"%PDF-1.4 " * 300, name=f"bahan-{n}.pdf")
        )
        for n in (1, 2)
    ]


def grow_sessions(total, forums, documents, *, seed=2026):
    """Add generated sessions until there are `total`; the same ones, in the same order, at every size."""
    from django.utils import timezone
    from taggit.models import Tag

    from community.importing import search_index_deferred
    from community.models import Agency, MemberProfile
    from forum.sessions.models import SessionMaterial, SessionMode, SessionPage, SessionSpeaker, TaggedSession

    existing = SessionPage.objects.count()
    if existing >= total:
        return []
    rng = random.Random(seed + existing)
    agencies = list(Agency.objects.order_by("pk"))
    profiles = list(MemberProfile.objects.order_by("pk").values_list("pk", flat=True))
    tags = [
        Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-")})[0]
        for name in SESSION_TAGS
    ]
    # Spread over three years, two years back to one ahead, whatever the size.
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    first = now - datetime.timedelta(days=730)
    step = datetime.timedelta(days=1095) / max(total, 1)
    created = []
    with search_index_deferred(SessionPage):  # neither measured page reads the search index
        for number in range(existing + 1, total + 1):
            start = (first + step * number).replace(hour=2 + number % 4, minute=0)
            forum = forums[number % len(forums)]
            duration = rng.choice([90, 120, 150])
            session = SessionPage(
                title=f"Sesi Berbagi {number}: {THEMES[number % len(THEMES)]}",
                slug=f"sesi-{number}",
                theme=THEMES[number % len(THEMES)],
                summary="Berbagi praktik baik antarinstansi, tanya jawab, dan rencana tindak lanjut.",
                start_at=start,
                duration_minutes=duration,
                host_agency=agencies[number % len(agencies)],
                agenda="<p>Pembukaan</p><p>Paparan narasumber</p><p>Diskusi</p>",
                mode=rng.choice(list(SessionMode)),
                meeting_url="https://rapat.example.go.id/sesi",
                location="Aula Dinas",
                capacity=CAPACITY if number % FULL_EVERY == 0 else None,
                minutes="<p>Peserta sepakat memperbarui data setiap bulan.</p>" if start < now else "",
                jp_value=min(2, duration // 60),
                live=True,
                first_published_at=start - datetime.timedelta(days=30),
                last_published_at=start - datetime.timedelta(days=30),
            )
            forum.add_child(instance=session)
            created.append(session)
        SessionSpeaker.objects.bulk_create(
            speaker
            for session in created
            for speaker in (
                SessionSpeaker(
                    page=session, member_id=profiles[session.pk % len(profiles)], topic="Pengalaman"
                ),
                SessionSpeaker(
                    page=session, guest_name="Dr. Wahyu Setiawan", guest_agency="LAN RI", sort_order=1
                ),
            )
        )
        SessionMaterial.objects.bulk_create(
            SessionMaterial(page=session, document=document, sort_order=n)
            for session in created
            for n, document in enumerate(documents)
        )
        TaggedSession.objects.bulk_create(
            TaggedSession(content_object=session, tag=tag)
            for session in created
            for tag in rng.sample(tags, rng.randint(1, 3))
        )
    return created


def grow_attendance(total_attendance, *, seed=2026):
    """Registrations for upcoming sessions and attendance for past ones, up to `total_attendance` records."""
    from django.utils import timezone

    from community.models import MemberProfile
    from forum.sessions.models import (
        Attendance,
        AttendanceMethod,
        Registration,
        RegistrationStatus,
        SessionPage,
    )

    now = timezone.now()
    profiles = list(MemberProfile.objects.order_by("pk").values_list("pk", flat=True))
    rng = random.Random(seed)
    past = list(
        SessionPage.objects.filter(end_at__lte=now)
        .exclude(attendances__isnull=False)
        .values_list("pk", flat=True)
    )
    have = Attendance.objects.count()
    wanted = max(total_attendance - have, 0)
    rows = []
    for n, session_pk in enumerate(past):
        share = wanted // max(len(past) - n, 1)
        members = rng.sample(profiles, min(share, len(profiles)))
        rows.extend(
            Attendance(session_id=session_pk, member_id=m, method=AttendanceMethod.CODE) for m in members
        )
        wanted -= len(members)
    Attendance.objects.bulk_create(rows, batch_size=5000)
    upcoming = SessionPage.objects.filter(end_at__gt=now).exclude(registrations__isnull=False)
    registrations = []
    for session_pk, capacity in upcoming.values_list("pk", "capacity"):
        count = capacity + 15 if capacity else rng.randint(5, 30)
        for position, member in enumerate(rng.sample(profiles, min(count, len(profiles)))):
            full = capacity is not None and position >= capacity
            registrations.append(
                Registration(
                    session_id=session_pk,
                    member_id=member,
                    status=RegistrationStatus.WAITING if full else RegistrationStatus.REGISTERED,
                    registered_at=now - datetime.timedelta(minutes=position),
                )
            )
    Registration.objects.bulk_create(registrations, batch_size=5000)


def pages_to_measure():
    """(label, path, client) at this size: the busiest sessions, the same kind of reader at every size."""
    from django.db.models import Count
    from django.test import Client
    from django.utils import timezone

    from forum.models import ForumPage
    from forum.sessions.models import Attendance, Registration, RegistrationStatus, SessionPage

    anonymous = Client()
    now = timezone.now()
    # The upcoming session with the longest queue (a full one with its waiting list).
    busy = (
        SessionPage.objects.filter(end_at__gt=now)
        .annotate(n=Count("registrations"))
        .order_by("-n", "pk")
        .first()
    )
    # And the one with the shortest: the same page with 5 registrations instead of 55 (per-row queries show).
    quiet = (
        SessionPage.objects.filter(end_at__gt=now, capacity=None)
        .annotate(n=Count("registrations"))
        .order_by("n", "pk")
        .first()
    )
    registered = (
        Registration.objects.filter(session=busy, status=RegistrationStatus.REGISTERED).first().member
    )
    # The past session with the most attendance records, and the member with the most JP entries.
    attended = (
        SessionPage.objects.filter(end_at__lte=now)
        .annotate(n=Count("attendances"))
        .order_by("-n", "pk")
        .first()
    )
    jp_member = (
        Attendance.objects.values("member").annotate(n=Count("pk")).order_by("-n", "member").first()["member"]
    )
    from community.models import MemberProfile

    jp_user = MemberProfile.objects.get(pk=jp_member).user
    host = _host_of(busy.forum)
    province = busy.host_agency.region.parent or busy.host_agency.region
    member_client, host_client = signed_in_client(registered.user), signed_in_client(host)
    return [
        ("view kosong (patokan)", served.BARE_PATH, anonymous),
        ("daftar sesi /sesi/", "/sesi/", anonymous),
        ("daftar sesi, halaman 2", "/sesi/?halaman=2", anonymous),
        ("daftar sesi ?provinsi=", f"/sesi/?provinsi={province.code}", anonymous),
        ("daftar sesi (masuk)", "/sesi/", member_client),
        ("halaman sesi penuh", busy.url, anonymous),
        ("halaman sesi (terdaftar)", busy.url, member_client),
        ("halaman sesi (tuan rumah)", busy.url, host_client),
        ("halaman sesi sepi (tuan rumah)", quiet.url, _host_client(quiet.forum, host_client)),
        ("sesi lalu (hadir terbanyak)", attended.url, anonymous),
        ("daftar peserta (tuan rumah)", f"/sesi/{busy.pk}/peserta/", host_client),
        ("daftar peserta, sesi sepi", f"/sesi/{quiet.pk}/peserta/", _host_client(quiet.forum, host_client)),
        ("catatan JP (anggota)", f"/sesi/catatan-jp/?tahun={now.year - 1}", signed_in_client(jp_user)),
        ("forum (sesi mendatang/lalu)", ForumPage.objects.get(pk=busy.forum_id).url, anonymous),
    ]


def _host_client(forum, client):
    """The host's client, made a moderator of this forum as well."""
    _host_of(forum)
    return client


def _host_of(forum):
    """A member who moderates the forum: the host sees the check-in code and the attendee list."""
    from community.models import MemberProfile
    from forum.models import ForumPage

    profile = MemberProfile.objects.order_by("-pk").select_related("user").first()
    forum = ForumPage.objects.get(pk=forum.pk)
    if not forum.moderators.filter(pk=profile.pk).exists():
        forum.moderators.add(profile)
        forum.save()  # a ParentalManyToManyField is written when its page is saved
    return profile.user


def counts():
    from forum.sessions.models import Attendance, Registration, SessionPage

    return SessionPage.objects.count(), Attendance.objects.count(), Registration.objects.count()


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=1000, help="sessions at the largest size (1000)")
    parser.add_argument("--attendance", type=int, default=20_000, help="attendance records then (20000)")
    parser.add_argument("--members", type=int, default=1000, help="generated members (1000)")
    parser.add_argument("--requests", type=int, default=30, help="requests per page (30)")
    parser.add_argument(
        "--sizes", default="100,1000", help="session counts compared for query growth (100,1000)"
    )
    parser.add_argument(
        "--served-requests", type=int, default=30, help="sequential requests per served page (30)"
    )
    parser.add_argument("--no-served", action="store_true", help="skip the gunicorn table")
    options = parser.parse_args()
    sizes = sorted({*(int(size) for size in options.sizes.split(",")), options.sessions})
    sizes = [size for size in sizes if size <= options.sessions]

    workdir = benchsite.start()
    served.page_cache_off_in_process()
    print(f"Basis data sementara: {workdir}")
    benchsite.grow_members(options.members)
    forums, documents = build_forums(), materials()

    rows_by_size = {}
    for size in sizes:
        grow_sessions(size, forums, documents)
        # Attendance grows with the sessions: 20 records per session at the default sizes.
        grow_attendance(options.attendance * size // options.sessions)
        sessions, attendance, registrations = counts()
        print(f"{sessions} sesi, {attendance} catatan hadir, {registrations} pendaftaran")
        sys.stdout.flush()
        rows_by_size[size] = {
            label: (path, measure(client, path, options.requests))
            for label, path, client in pages_to_measure()
        }

    biggest = rows_by_size[sizes[-1]]
    sessions, attendance, registrations = counts()
    bare = biggest["view kosong (patokan)"][1]
    print(
        f"\nSesi berbagi — {sessions} sesi, {attendance} catatan hadir, {registrations} pendaftaran, "
        f"{options.members} anggota; {options.requests} permintaan per halaman "
        "(Django test client, in-process, SQLite, tanpa tembolok halaman)\n"
    )
    header = f"{'halaman':<30} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'×polos':>7} {'query':>6} {'KB':>6}"
    print(header)
    print("-" * len(header))
    for label, (_path, row) in biggest.items():
        print(
            f"{label:<30} {row['status']:>6} {row['p50']:>8.1f} {row['p95']:>8.1f} "
            f"{row['p50'] / bare['p50']:>7.1f} {row['queries']:>6} {row['kb']:>6.1f}"
        )
    print("\n×polos = p50 halaman dibagi p50 tampilan Django polos yang diukur pada putaran yang sama.")

    print(
        "\nMenurut jumlah sesi (catatan hadir tumbuh bersama): query SQL per permintaan (harus tetap sama):\n"
    )
    header = f"{'halaman':<30} " + " ".join(f"{f'{size} sesi':>10}" for size in sizes) + f" {'tumbuh?':>8}"
    print(header)
    print("-" * len(header))
    for label in biggest:
        queries = [rows_by_size[size][label][1]["queries"] for size in sizes]
        grows = "YA" if len(set(queries)) > 1 else "tidak"
        print(f"{label:<30} " + " ".join(f"{q:>10}" for q in queries) + f" {grows:>8}")

    if not options.no_served:
        reader = [(label, path) for label, (path, row) in biggest.items() if label in SERVED_PAGES]
        queries = {label: served.count_queries(path) for label, path in reader}
        served.print_served_table(
            f"Halaman sesi lewat gunicorn — {sessions} sesi, {attendance} catatan hadir", reader,
            options.served_requests, queries,
        )  # fmt: skip


SERVED_PAGES = ("daftar sesi /sesi/", "halaman sesi penuh", "sesi lalu (hadir terbanyak)")


if __name__ == "__main__":
    main()
