"""Server time, SQL queries and size of the practice library's pages; prints figures, asserts nothing.

    python bench/practices.py [--practices 1000] [--members 300] [--requests 30] [--sizes 100,1000]
                              [--served-requests 30] [--no-served]

Builds a throwaway database (bench/benchsite.py) with generated members, then
generated practices under /praktik-baik/: published, each with 2-6 tags
drawn from 40, an agency and a region, 2 authors, outcomes, and for some a
few replications and related practices. Pages are created through
`add_child` (so tree paths, URL paths and slugs are Wagtail's own) with
`live=True` and a back-dated `first_published_at`, without revisions; the
relations are bulk-inserted and the search index is written once per batch.

Then it requests each page of the library through Django's test client (in
process: no network, no static files) and prints p50/p95 time, SQL queries,
HTML size and how many practices the page shows. It repeats the query counts
at each of `--sizes` practices, and for one lean and one rich practice (1 tag
and 1 author against 10 tags and 8 authors), and prints the queries that
were added whenever a count grows: a page must cost the same number of
queries whatever the number of practices, tags or authors.

The in-process tables render every page (the anonymous page cache is off
there). Last, the anonymous pages of the first table go through a real
gunicorn server, cold and cached, against a bare Django view (bench/served.py).
"""

import argparse
import datetime
import random
import re
import statistics
import time
from collections import Counter

import benchsite
import served

SCALING_REQUESTS = 10
AUTHORS_PER_PRACTICE = 2

PRACTICE_TAGS = [
    "stunting", "posyandu digital", "gizi masyarakat", "kesehatan ibu dan anak", "imunisasi", "sanitasi",
    "air minum", "pelayanan publik", "mal pelayanan publik", "pengaduan masyarakat", "perizinan",
    "satu data indonesia", "data terpadu", "statistik sektoral", "SPBE", "tata kelola TIK", "SAKIP",
    "reformasi birokrasi", "zona integritas", "manajemen talenta", "pelatihan ASN", "kearsipan",
    "e-budgeting", "penganggaran", "keuangan daerah", "pengadaan barang/jasa", "audit internal",
    "inovasi daerah", "desa wisata", "UMKM", "ketahanan pangan", "perhutanan sosial", "mitigasi bencana",
    "perlindungan anak", "pendidikan inklusif", "kependudukan", "transportasi", "bank sampah",
    "layanan keliling", "telemedisin",
]  # fmt: skip
TOPICS = [
    "Posyandu digital untuk pemantauan tumbuh kembang balita",
    "Layanan adminduk keliling ke desa terpencil",
    "Dasbor satu data untuk perencanaan pembangunan",
    "Mal pelayanan publik dengan antrean daring",
    "Bank sampah sekolah dan tabungan siswa",
    "Pelatihan ASN berbasis kelas daring mandiri",
    "Kanal pengaduan warga lewat WhatsApp",
    "Telemedisin puskesmas untuk pulau-pulau kecil",
    "E-budgeting terpadu dari musrenbang sampai APBD",
    "Desa wisata berbasis kelompok sadar wisata",
    "Pendampingan UMKM untuk sertifikasi halal",
    "Peta rawan bencana yang diperbarui warga",
    "Kelas ibu hamil dengan pemantauan gizi",
    "Arsip digital kepegawaian tanpa kertas",
    "Pengadaan barang/jasa lewat katalog elektronik lokal",
]
OUTCOME_LABELS = [
    ("Prevalensi stunting", "27,1%", "19,4%"),
    ("Waktu layanan akta kelahiran", "14 hari", "1 hari"),
    ("Laporan posyandu tepat waktu", "41%", "93%"),
    ("Pengaduan selesai dalam 5 hari", "38%", "86%"),
    ("Cakupan imunisasi dasar lengkap", "72%", "95%"),
    ("Dokumen anggaran tanpa revisi", "55%", "88%"),
]
BODY_HTML = (
    "<p>Masalahnya sederhana: laporan datang terlambat dan tidak ada yang tahu siapa yang perlu dibantu "
    "lebih dulu. Kami mulai dari satu kecamatan, dengan kader dan petugas yang sudah ada.</p>"
    "<h2>Langkah</h2><ul><li>Memetakan alur layanan bersama warga.</li>"
    "<li>Melatih petugas dan kader dua hari.</li><li>Menilai hasil setiap bulan.</li></ul>"
    "<h2>Hasil</h2><p>Layanan lebih cepat, data lebih lengkap, dan warga tahu ke mana harus bertanya.</p>"
)
STATUS_CHOICES = ["berjalan", "berjalan", "berjalan", "berhenti"]
SQL_LITERAL = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b")
SQL_IN_LIST = re.compile(r"IN \((?:\?, )*\?\)")
SQL_COLUMNS = re.compile(r"^SELECT (DISTINCT )?.+? FROM ", re.DOTALL)


def ensure_tags(names):
    from django.utils.text import slugify
    from taggit.models import Tag

    from community.tagging import normalise_tag

    tags = {tag.name: tag for tag in Tag.objects.all()}
    wanted = [normalise_tag(name) for name in names]
    missing = [Tag(name=name, slug=slugify(name)) for name in wanted if name not in tags]
    for tag in Tag.objects.bulk_create(missing):
        tags[tag.name] = tag
    return [tags[name] for name in wanted]


def new_practice(number, *, rng, agency, region, title=None):
    """An unsaved, published PracticePage (no revision), back-dated up to six years."""
    from django.utils import timezone
    from django.utils.text import slugify

    from community.models import GovernmentAffair, PracticePage

    published = timezone.now() - datetime.timedelta(days=rng.randint(1, 6 * 365), minutes=number)
    title = title or f"{rng.choice(TOPICS)} di {region.name}"
    return PracticePage(
        title=title,
        slug=f"{slugify(title)[:60]}-{number}",
        summary=f"{title}: apa masalahnya, apa yang diubah, dan apa hasilnya setelah setahun berjalan.",
        body=[("paragraph", BODY_HTML)],
        agency=agency,
        region=region,
        government_affair=rng.choice(GovernmentAffair.values[:8]),
        started_on=datetime.date(rng.randint(2016, 2025), rng.randint(1, 12), 1),
        status=rng.choice(STATUS_CHOICES),
        view_count=rng.randint(0, 5000),
        is_featured=number % 50 == 1,
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        contact_name="Sekretariat Inovasi",
    )


def add_relations(page, *, tags=(), author_ids=(), outcomes=(), replication_agencies=(), related=()):
    """Unsaved rows for a practice's tags, authors, outcomes, replications and related practices."""
    from community.models import PracticeOutcome, PracticePage, Replication, TaggedPractice

    authors = PracticePage.authors.through
    related_through = PracticePage.related_practices.through
    return {
        TaggedPractice: [TaggedPractice(content_object=page, tag=tag) for tag in tags],
        authors: [authors(practicepage_id=page.pk, memberprofile_id=pk) for pk in author_ids],
        PracticeOutcome: [
            PracticeOutcome(page=page, label=label, before=before, after=after, sort_order=order)
            for order, (label, before, after) in enumerate(outcomes)
        ],
        Replication: [
            Replication(
                practice=page, agency=agency, status="berjalan", note="Kami sesuaikan dengan kondisi daerah."
            )
            for agency in replication_agencies
        ],
        related_through: [
            related_through(from_practicepage_id=page.pk, to_practicepage_id=other.pk) for other in related
        ],
    }


def save_practices(specs):
    """Create pages through add_child, bulk-insert their relations, index them once; return the pages."""
    from community.importing import search_index_deferred
    from community.models import PracticeIndexPage

    index = PracticeIndexPage.objects.get()
    rows = {}
    with search_index_deferred() as indexed:
        for page, relations in specs:
            index.add_child(instance=page)
            for model, objects in add_relations(page, **relations).items():
                rows.setdefault(model, []).extend(objects)
            indexed.append(page)
        for model, objects in rows.items():
            model.objects.bulk_create(objects)
    return [page for page, _relations in specs]


def grow_practices(total, *, seed=2025):
    """Add generated practices until there are `total`; the same ones, in the same order, at every size."""
    from community.models import Agency, MemberProfile, PracticePage, Region

    existing = PracticePage.objects.live().count()
    if existing >= total:
        return
    rng = random.Random(seed + existing)
    tags = ensure_tags(PRACTICE_TAGS)
    stunting, others = tags[0], tags[1:]
    agencies = list(Agency.objects.select_related("region").order_by("pk"))
    profile_ids = list(MemberProfile.objects.order_by("pk").values_list("pk", flat=True))
    regencies = {}
    for regency in Region.objects.exclude(parent=None).order_by("pk"):
        regencies.setdefault(regency.parent_id, []).append(regency)
    earlier = list(PracticePage.objects.live().order_by("-pk")[:50])

    specs = []
    for number in range(existing + 1, total + 1):
        agency = agencies[number % len(agencies)]
        in_regency = regencies.get(agency.region_id) and rng.random() < 0.6
        region = rng.choice(regencies[agency.region_id]) if in_regency else agency.region
        chosen = rng.sample(others, rng.randint(1, 5))
        if rng.random() < 0.3:
            chosen.append(stunting)
        # The first member writes every len(profiles)-th practice: "my submissions" grows with N.
        first_author = profile_ids[(number - 1) % len(profile_ids)]
        second_author = rng.choice([pk for pk in profile_ids[:50] if pk != first_author])
        replicating = (
            rng.sample([a for a in agencies if a != agency], rng.randint(1, 3)) if number % 5 == 0 else []
        )
        specs.append(
            (
                new_practice(number, rng=rng, agency=agency, region=region),
                {
                    "tags": chosen,
                    "author_ids": [first_author, second_author][:AUTHORS_PER_PRACTICE],
                    "outcomes": rng.sample(OUTCOME_LABELS, rng.randint(1, 3)),
                    "replication_agencies": replicating,
                    "related": rng.sample(earlier, min(2, len(earlier))) if number % 4 == 0 else [],
                },
            )
        )
    save_practices(specs)


def grow_submissions_in_review(total, user):
    """Give `user` `total` practices of their own waiting in the editors' review workflow."""
    from community.importing import search_index_deferred
    from community.models import PracticeIndexPage, PracticePage

    profile = user.profile
    existing = PracticePage.objects.filter(live=False, authors=profile).count()
    index = PracticeIndexPage.objects.get()
    rng = random.Random(existing)
    with search_index_deferred():  # drafts: nothing a reader searches
        for number in range(existing + 1, total + 1):
            page = new_practice(
                80000 + number,
                rng=rng,
                agency=profile.agency,
                region=profile.region,
                title=f"Kiriman uji {number}",
            )
            page.live, page.first_published_at, page.last_published_at = False, None, None
            index.add_child(instance=page)
            page.authors.set([profile])
            page.save()
            page.save_revision(user=user)
            page.get_workflow().start(page, user)


def add_lean_and_rich_practices():
    """Two practices alike but for how many tags, authors, outcomes, replications and related pages they have.

    The lean one has one of each, not none: a page may skip a query when a
    list is empty, and that is not a query per item.
    """
    from community.models import Agency, MemberProfile, PracticePage

    agency = Agency.objects.select_related("region").order_by("pk").first()
    others = list(Agency.objects.exclude(pk=agency.pk).order_by("pk")[:10])
    profile_ids = list(MemberProfile.objects.order_by("pk").values_list("pk", flat=True)[:8])
    lean_tag, rich_tag = ensure_tags(["uji ramping", "uji lengkap"])
    extra_tags = ensure_tags(PRACTICE_TAGS[1:10])
    related = list(PracticePage.objects.order_by("pk")[:4])
    rng = random.Random(7)
    lean = new_practice(90001, rng=rng, agency=agency, region=agency.region, title="Praktik uji ramping")
    rich = new_practice(90002, rng=rng, agency=agency, region=agency.region, title="Praktik uji lengkap")
    save_practices(
        [
            (
                lean,
                {
                    "tags": [lean_tag],
                    "author_ids": profile_ids[:1],
                    "outcomes": OUTCOME_LABELS[:1],
                    "replication_agencies": others[:1],
                    "related": related[:1],
                },
            ),
            (
                rich,
                {
                    "tags": [rich_tag, *extra_tags],
                    "author_ids": profile_ids,
                    "outcomes": OUTCOME_LABELS,
                    "replication_agencies": others,
                    "related": related,
                },
            ),
        ]
    )
    return (lean, lean_tag), (rich, rich_tag)


def page_list(client_for_member):
    """(label, path, client) for every page measured; the same practice, agency and tag at every size.

    The filters use the first generated practice's agency, province, tag and
    urusan, so that even the combined filter lists something at every size.
    """
    from django.test import Client

    from community.models import PracticePage

    anonymous = Client()
    first = PracticePage.objects.live().select_related("agency", "region").order_by("pk").first()
    agency, province = first.agency, first.province
    tag = first.tags.order_by("name").first()
    author = first_member()
    combined = f"/praktik-baik/?tag={tag.slug}&wilayah={province.pk}&urusan={first.government_affair}"
    return [
        ("indeks", "/praktik-baik/", anonymous),
        ("indeks, halaman 5", "/praktik-baik/?halaman=5", anonymous),
        ("?tag=", "/praktik-baik/?tag=stunting", anonymous),
        ("?instansi=", f"/praktik-baik/?instansi={agency.pk}", anonymous),
        ("?wilayah=", f"/praktik-baik/?wilayah={province.pk}", anonymous),
        ("?urusan=", f"/praktik-baik/?urusan={first.government_affair}", anonymous),
        ("?tahun=", "/praktik-baik/?tahun=2022", anonymous),
        ("gabungan", combined, anonymous),
        ("?urutan=dilihat", "/praktik-baik/?urutan=dilihat", anonymous),
        ("?urutan=direplikasi", "/praktik-baik/?urutan=direplikasi", anonymous),
        ("halaman praktik", first.url, anonymous),
        ("tag", f"/tag/{tag.slug}/", anonymous),
        ("feed Atom", "/praktik-baik/feed/atom/", anonymous),
        ("feed Atom tag", f"/tag/{tag.slug}/feed/atom/", anonymous),
        ("beranda", "/", anonymous),
        ("halaman praktik (masuk)", first.url, client_for_member(author)),
        ("kiriman saya (masuk)", "/praktik-baik/kiriman-saya/", client_for_member(author)),
    ]


def first_member():
    from community.models import MemberProfile

    return MemberProfile.objects.order_by("pk").first().user


def signed_in_client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def shown(response):
    """How many practices the response lists: cards on HTML pages, entries in a feed."""
    content = response.content.decode(errors="replace")
    if "<feed" in content[:500]:
        return content.count("<entry>")
    return content.count("practice-card") + content.count('class="card"')


def measure(client, path, requests):
    """Timings (ms) of `requests` requests after a warm-up, then one request's SQL, size and practices shown."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # compile templates, fill caches
        client.get(path)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return {
        "status": response.status_code,
        "p50": statistics.median(timings),
        "p95": statistics.quantiles(timings, n=20, method="inclusive")[18]
        if len(timings) > 1
        else timings[0],
        "queries": [query["sql"] for query in captured.captured_queries],
        "kb": len(response.content) / 1024,
        "shown": shown(response),
    }


def print_page_table(practices, requests, rows):
    from community.models import Agency, MemberProfile

    print(
        f"\nPerpustakaan praktik — {practices} praktik, {MemberProfile.objects.count()} anggota, "
        f"{Agency.objects.count()} instansi, {requests} permintaan per halaman "
        "(Django test client, in-process, SQLite)\n"
    )
    header = f"{'halaman':<24} {'path':<40} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'query':>6} {'KB':>7} {'tampil':>7}"
    print(header)
    print("-" * len(header))
    for label, path, row in rows:
        print(
            f"{label:<24} {path[:40]:<40} {row['status']:>6} {row['p50']:>8.1f} {row['p95']:>8.1f} "
            f"{len(row['queries']):>6} {row['kb']:>7.1f} {row['shown']:>7}"
        )
    print(
        "\nKB = HTML/XML mentah (tanpa gzip) dalam 1024 byte; query = query SQL per permintaan; "
        "tampil = praktik yang ditampilkan (kartu, entri feed)."
    )


def normalise_sql(sql):
    """One shape per statement: literals become ?, IN lists (…), a SELECT's column list …."""
    sql = SQL_IN_LIST.sub("IN (…)", SQL_LITERAL.sub("?", sql))
    return SQL_COLUMNS.sub(r"SELECT \1… FROM ", sql, count=1)


def added_queries(smaller, larger, *, limit=6):
    """Statements (literals replaced by ?) run more often in `larger` than in `smaller`, most repeated first."""
    before = Counter(normalise_sql(sql) for sql in smaller)
    after = Counter(normalise_sql(sql) for sql in larger)
    grown = [
        (after[sql] - before[sql], before[sql], after[sql], sql) for sql in after if after[sql] > before[sql]
    ]
    return sorted(grown, reverse=True)[:limit]


def print_growth_table(title, columns, rows_by_column):
    """Query counts side by side; then, for every page whose count grows, the statements that were added."""
    labels = list(rows_by_column[columns[0]])
    print(f"\n{title}\n")
    width = max(len(str(column)) for column in columns) + 7
    header = (
        f"{'halaman':<24} "
        + " ".join(f"{f'query {c}':>{width}}" for c in columns)
        + " "
        + " ".join(f"{f'tampil {c}':>{width + 1}}" for c in columns)
        + " "
        + " ".join(f"{f'ms {c}':>{width - 2}}" for c in columns)
        + f" {'query tumbuh?':>14}"
    )
    print(header)
    print("-" * len(header))
    growing = []
    for label in labels:
        rows = [rows_by_column[column][label] for column in columns]
        counts = [len(row["queries"]) for row in rows]
        grows = counts[-1] > counts[0]
        verdict = "tidak"
        if grows:
            growing.append((label, rows))
            # Nothing listed at the smaller size: queries skipped for an empty list, not per item.
            verdict = "YA (kosong)" if rows[0]["shown"] == 0 < rows[-1]["shown"] else "YA"
        print(
            f"{label:<24} "
            + " ".join(f"{count:>{width}}" for count in counts)
            + " "
            + " ".join(f"{row['shown']:>{width + 1}}" for row in rows)
            + " "
            + " ".join(f"{row['p50']:>{width - 2}.1f}" for row in rows)
            + f" {verdict:>14}"
        )
    for label, rows in growing:
        print(f"\n  {label}: {len(rows[0]['queries'])} → {len(rows[-1]['queries'])} query; bertambah:")
        for extra, before, after, sql in added_queries(rows[0]["queries"], rows[-1]["queries"]):
            print(f"    +{extra} ({before}→{after}×)  {sql[:400]}")


def lean_and_rich_pages(lean, rich):
    """(label, path) pairs measured for the lean and for the rich practice."""
    from django.test import Client

    anonymous = Client()
    pages = {}
    for name, (practice, tag) in {"ramping": lean, "lengkap": rich}.items():
        pages[name] = [
            ("halaman praktik", practice.url, anonymous),
            ("tag (1 kartu)", f"/tag/{tag.slug}/", anonymous),
            ("indeks ?tag= (1 kartu)", f"/praktik-baik/?tag={tag.slug}", anonymous),
            ("feed Atom tag (1 entri)", f"/tag/{tag.slug}/feed/atom/", anonymous),
        ]
    return pages


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--practices", type=int, default=1000, help="practices for the timing table (1000)")
    parser.add_argument("--members", type=int, default=300, help="generated members, the authors (300)")
    parser.add_argument("--requests", type=int, default=30, help="requests per page (30)")
    parser.add_argument(
        "--sizes", default="100,1000", help="practice counts compared for query growth (100,1000)"
    )
    parser.add_argument(
        "--served-requests", type=int, default=30, help="sequential requests per served page (30)"
    )
    parser.add_argument("--no-served", action="store_true", help="skip the gunicorn table")
    options = parser.parse_args()
    sizes = sorted({int(size) for size in options.sizes.split(",")})

    workdir = benchsite.start()
    served.page_cache_off_in_process()
    print(f"Basis data sementara: {workdir}")
    benchsite.grow_members(options.members)

    rows_by_size = {}
    for size in sorted({*sizes, options.practices}):
        started = time.perf_counter()
        grow_practices(size)
        grow_submissions_in_review(max(1, size // 100), first_member())
        print(f"{size} praktik dibuat dan diindeks dalam {time.perf_counter() - started:.1f} s")
        pages = page_list(signed_in_client)
        if size in sizes:
            rows_by_size[size] = {
                label: measure(client, path, SCALING_REQUESTS) for label, path, client in pages
            }
        if size == options.practices:
            timed = [(label, path, measure(client, path, options.requests)) for label, path, client in pages]
            print_page_table(size, options.requests, timed)
            anonymous_pages = [(label, path) for label, path, client in pages if "(masuk)" not in label]
    print_growth_table(
        "Menurut jumlah praktik: query SQL per permintaan (harus tetap sama), praktik yang tampil, p50 ms:",
        sizes,
        rows_by_size,
    )
    if not options.no_served:
        served.print_served_table(
            f"Perpustakaan praktik lewat gunicorn — {options.practices} praktik",
            anonymous_pages,
            options.served_requests,
            {label: served.count_queries(path) for label, path in anonymous_pages},
        )

    lean, rich = add_lean_and_rich_practices()
    pages = lean_and_rich_pages(lean, rich)
    rows_by_kind = {
        kind: {label: measure(client, path, SCALING_REQUESTS) for label, path, client in kind_pages}
        for kind, kind_pages in pages.items()
    }
    print_growth_table(
        "Menurut isi satu praktik — ramping: 1 tag, 1 penulis, 1 hasil, 1 replikasi, 1 praktik terkait; "
        "lengkap: 10 tag, 8 penulis, 6 hasil, 10 replikasi, 4 praktik terkait (harus tetap sama):",
        ["ramping", "lengkap"],
        rows_by_kind,
    )


if __name__ == "__main__":
    main()
