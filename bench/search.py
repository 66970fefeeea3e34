"""Simpul's Whoosh backend beside Wagtail's built-in SQLite backend, on the same practices; prints, never asserts.

    python bench/search.py [--sizes 1000,10000,50000] [--repeat 5] [--budget 60] [--seed 2025]

Builds a throwaway database (bench/benchsite.py), then generated Indonesian
practices (`PracticePage`, published) at each of `--sizes`: titles and
summaries composed from word lists of agencies, government affairs
(urusan), programmes and regions, with acronyms (Disdukcapil, BKPSDM,
DPMPTSP) and loanwords (dashboard, coaching, QR code); three to five
paragraphs of body each. The same content, grown in place, is indexed in
both backends, configured side by side in WAGTAILSEARCH_BACKENDS:

- `whoosh`: search.backends.whoosh (our backend), index on disk in the bench directory;
- `sqlite`: modelsearch.backends.database.sqlite.sqlite (Wagtail's built-in
  FTS5 backend), index in tables of the same SQLite database.

For each size and backend it prints: the indexing rate (documents/s) of a
rebuild of the PracticePage index from empty (the rebuild command's own
steps: rebuilder start, add_model, add_items in chunks of 1,000 read from
`get_indexed_objects()`, rebuilder finish); query latency p50/p95 in ms for
one-word, multi-word, filtered (government_affair + agency) and faceted
(facet on government_affair) queries — a query is what /cari/ asks of a
backend for one page: `count()` and the first ten results, loaded; a facet
is one `facet()` call — with the median hit count and the number of timed
samples (rounds stop after `--budget` seconds per backend and query kind);
and the index size on disk. Times depend on the machine; compare rows of one run.
"""

import argparse
import datetime
import random
import statistics
import sys
import time
import uuid

import benchsite

WHOOSH = "whoosh"
SQLITE = "sqlite"
POSTGRES = "postgres"
BACKEND_NAMES = (WHOOSH, SQLITE)
CHUNK_SIZE = 1000
BATCH_SIZE = 2000
DEFAULT_SIZES = "1000,10000,50000"

# What each urusan talks about: agencies (name, acronym), programmes, who they serve,
# problems before, indicators after. Acronyms and loanwords as civil servants write them.
AFFAIRS = {
    "kesehatan": {
        "agencies": [("Dinas Kesehatan", "Dinkes"), ("Rumah Sakit Umum Daerah", "RSUD")],
        "programs": [
            "posyandu digital", "kelas ibu hamil", "dapur sehat atasi stunting", "telemedisin puskesmas",
            "imunisasi kejar", "skrining TBC di pasar", "jamban sehat", "pemberian makanan tambahan",
        ],
        "targets": ["balita", "ibu hamil", "remaja putri", "lansia", "kader posyandu", "bidan desa"],
        "problems": [
            "angka stunting masih tinggi", "laporan posyandu sering terlambat",
            "cakupan imunisasi dasar rendah", "antrean puskesmas mengular sejak subuh",
        ],
        "indicators": ["prevalensi stunting", "cakupan imunisasi dasar lengkap", "kunjungan ibu hamil"],
    },
    "pendidikan": {
        "agencies": [("Dinas Pendidikan dan Kebudayaan", "Disdikbud")],
        "programs": [
            "guru penggerak", "sekolah satu atap", "kelas membaca pagi", "pembelajaran lewat radio",
            "PPDB zonasi transparan", "bus sekolah gratis", "penataan jam pelajaran guru",
        ],
        "targets": [
            "siswa SD", "guru honorer", "kepala sekolah", "orang tua murid", "anak putus sekolah",
        ],
        "problems": [
            "jam pelajaran guru tidak merata", "banyak siswa kelas awal belum lancar membaca",
            "sekolah di pedalaman kekurangan guru", "pendaftaran sekolah penuh keluhan",
        ],
        "indicators": ["angka putus sekolah", "nilai literasi", "rasio guru per kelas"],
    },
    "kependudukan": {
        "agencies": [("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil")],
        "programs": [
            "layanan adminduk keliling", "akta kelahiran dari rumah sakit",
            "aktivasi identitas kependudukan digital", "perekaman KTP-el jemput bola",
            "kartu identitas anak lewat sekolah",
        ],
        "targets": [
            "warga desa terpencil", "bayi baru lahir", "penyandang disabilitas", "pemilih pemula",
        ],
        "problems": [
            "warga harus menempuh jarak jauh untuk mengurus KTP-el", "banyak anak belum punya akta kelahiran",
            "data kartu keluarga tidak mutakhir",
        ],
        "indicators": ["kepemilikan akta kelahiran", "perekaman KTP-el", "waktu layanan dokumen"],
    },
    "kepegawaian": {
        "agencies": [("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM")],
        "programs": [
            "pelatihan ASN daring", "coaching dan mentoring pegawai baru", "manajemen talenta ASN",
            "arsip kepegawaian digital", "e-kinerja terintegrasi", "corporate university daerah",
        ],
        "targets": ["ASN", "pejabat fungsional", "pegawai baru", "pejabat pengawas", "PPPK"],
        "problems": [
            "target 20 jam pelajaran pengembangan kompetensi sulit dipenuhi",
            "berkas kenaikan pangkat sering hilang", "promosi jabatan belum berbasis merit",
        ],
        "indicators": [
            "ASN yang memenuhi 20 JP", "indeks sistem merit", "waktu proses kenaikan pangkat",
        ],
    },
    "perencanaan": {
        "agencies": [("Badan Perencanaan Pembangunan Daerah", "Bappeda")],
        "programs": [
            "musrenbang daring", "e-budgeting terpadu", "dasbor satu data", "peta usulan pembangunan",
            "evaluasi SAKIP berbasis dashboard",
        ],
        "targets": ["perangkat daerah", "kepala desa", "DPRD", "forum warga"],
        "problems": [
            "usulan musrenbang hilang di tengah jalan", "data antarinstansi berbeda-beda",
            "dokumen anggaran berkali-kali direvisi",
        ],
        "indicators": ["usulan warga yang terdanai", "dokumen anggaran tanpa revisi", "nilai SAKIP"],
    },
    "keuangan": {
        "agencies": [("Badan Pendapatan Daerah", "Bapenda")],
        "programs": [
            "pembayaran pajak daerah dengan QRIS", "e-retribusi pasar", "pemutakhiran data PBB",
        ],
        "targets": ["wajib pajak", "pedagang pasar", "pelaku usaha"],
        "problems": ["pendapatan asli daerah stagnan", "retribusi pasar dipungut tunai dan bocor"],
        "indicators": ["pendapatan asli daerah", "kepatuhan wajib pajak", "transaksi nontunai"],
    },
    "pelayanan-publik": {
        "agencies": [("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP")],
        "programs": [
            "mal pelayanan publik", "antrean daring", "perizinan berusaha lewat OSS",
            "pengaduan lewat WhatsApp", "survei kepuasan masyarakat digital", "layanan Sabtu-Minggu",
        ],
        "targets": ["pelaku UMKM", "warga", "investor", "pemohon izin"],
        "problems": [
            "izin usaha butuh berminggu-minggu", "pengaduan warga tidak pernah dijawab",
            "loket pelayanan tersebar di banyak kantor",
        ],
        "indicators": [
            "waktu terbit izin", "pengaduan selesai dalam lima hari", "indeks kepuasan masyarakat",
        ],
    },
    "lingkungan-hidup": {
        "agencies": [("Dinas Lingkungan Hidup", "DLH")],
        "programs": [
            "bank sampah sekolah", "TPS3R desa", "pengurangan sampah plastik di pasar", "kampung iklim",
        ],
        "targets": ["siswa", "ibu rumah tangga", "pedagang pasar", "karang taruna"],
        "problems": [
            "sampah menumpuk di sungai", "TPA hampir penuh", "kantong plastik dipakai sekali buang",
        ],
        "indicators": ["sampah yang terkelola", "sampah plastik ke TPA", "tabungan bank sampah"],
    },
    "sosial": {
        "agencies": [("Dinas Sosial", "Dinsos")],
        "programs": [
            "pemutakhiran DTKS berbasis RT", "home care lansia", "bansos nontunai tepat sasaran",
        ],
        "targets": ["keluarga miskin", "lansia terlantar", "penyandang disabilitas"],
        "problems": ["penerima bansos salah sasaran", "data kemiskinan tidak diperbarui"],
        "indicators": ["ketepatan sasaran bansos", "lansia yang terlayani"],
    },
    "pemberdayaan-desa": {
        "agencies": [("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD")],
        "programs": ["transparansi dana desa", "BUMDes air bersih", "desa wisata", "Siskeudes daring"],
        "targets": ["perangkat desa", "BUMDes", "kelompok sadar wisata"],
        "problems": ["laporan dana desa terlambat", "air bersih hanya mengalir dua hari sepekan"],
        "indicators": ["desa mandiri", "laporan dana desa tepat waktu", "pendapatan BUMDes"],
    },
    "komunikasi-informatika": {
        "agencies": [("Dinas Komunikasi dan Informatika", "Diskominfo")],
        "programs": [
            "aplikasi super layanan daerah", "tanda tangan elektronik", "pusat data daerah",
            "literasi digital",
        ],
        "targets": ["perangkat daerah", "operator desa", "warga"],
        "problems": [
            "puluhan aplikasi tidak saling terhubung", "surat dinas menunggu tanda tangan berhari-hari",
        ],
        "indicators": ["indeks SPBE", "aplikasi yang terintegrasi", "waktu tanda tangan surat"],
    },
}  # fmt: skip
CHANNELS = [
    "aplikasi Android",
    "grup WhatsApp",
    "dashboard daring",
    "QR code di loket",
    "SMS gateway",
    "portal web",
]
PERIODS = ["setiap pekan", "setiap bulan", "dua kali sebulan", "setiap hari kerja"]
FUNDS = ["APBD", "dana desa", "dana BOK", "CSR perusahaan daerah", "DAK nonfisik", "hibah provinsi"]
PARTNERS = [
    "PKK",
    "puskesmas",
    "perguruan tinggi setempat",
    "karang taruna",
    "tokoh agama",
    "Bank Pembangunan Daerah",
]
LOANWORDS = [
    "Workshop dan coaching clinic digelar bagi {target}.",
    "Feedback warga dikumpulkan lewat QR code dan dibahas dalam rapat evaluasi.",
    "Dashboard monitoring terbuka untuk pimpinan daerah dan bisa dilihat dari ponsel.",
    "Tim melakukan benchmarking ke daerah lain sebelum menyusun SOP baru.",
    "Semua data tersimpan di cloud milik pemerintah daerah, bukan di laptop pribadi.",
    "Helpdesk online menjawab pertanyaan {target} pada jam kerja.",
]
CONSEQUENCES = [
    "warga kehilangan waktu dan ongkos",
    "pimpinan terlambat mengambil keputusan",
    "petugas bekerja tanpa data yang bisa dipercaya",
    "keluhan menumpuk di media sosial",
]


def _region_short(name):
    for prefix in ("Kabupaten ", "Kota ", "Provinsi "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


class PracticeWriter:
    """Composes practices: title, summary and body paragraphs from the word lists above."""

    def __init__(self, rng, agencies_by_affair, regions):
        self.rng = rng
        self.agencies_by_affair = agencies_by_affair
        self.regions = regions

    def sentence(self, vocab, agency, place):
        rng = self.rng
        a = rng.randint(20, 80)
        templates = [
            lambda: (
                f"{agency.acronym} meluncurkan {rng.choice(vocab['programs'])} pada {rng.randint(2016, 2025)} "
                f"untuk menjangkau {rng.choice(vocab['targets'])} di {place}."
            ),
            lambda: f"Sebelumnya {rng.choice(vocab['problems'])}, sehingga {rng.choice(CONSEQUENCES)}.",
            lambda: (
                f"Kini petugas melayani {rng.choice(vocab['targets'])} melalui {rng.choice(CHANNELS)} "
                f"{rng.choice(PERIODS)}."
            ),
            lambda: (
                f"Dalam {rng.randint(3, 24)} bulan, {rng.choice(vocab['indicators'])} berubah dari {a}% "
                f"menjadi {min(a + rng.randint(5, 40), 99)}%."
            ),
            lambda: f"Kegiatan ini dibiayai {rng.choice(FUNDS)} dan melibatkan {rng.choice(PARTNERS)}.",
            lambda: (
                f"Tim menyusun SOP, melatih {rng.randint(5, 200)} petugas, dan memantau hasilnya lewat "
                f"{rng.choice(CHANNELS)}."
            ),
            lambda: rng.choice(LOANWORDS).format(target=rng.choice(vocab["targets"])),
            lambda: (
                f"Praktik ini direplikasi oleh {rng.randint(2, 15)} daerah lain, antara lain "
                f"{rng.choice(self.regions).name}."
            ),
        ]
        return rng.choice(templates)()

    def practice(self, number):
        rng = self.rng
        affair = rng.choice(list(AFFAIRS))
        vocab = AFFAIRS[affair]
        agency = rng.choice(self.agencies_by_affair[affair])
        region = agency.region
        place = _region_short(region.name)
        program = rng.choice(vocab["programs"])
        target = rng.choice(vocab["targets"])
        title = rng.choice(
            [
                f"{program[0].upper()}{program[1:]} di {place}",
                f"{program[0].upper()}{program[1:]} untuk {target}",
                f"{agency.acronym}: {program} menjangkau {target}",
            ]
        )
        summary = " ".join(
            [
                f"{agency.name} menjalankan {program} untuk {target}.",
                f"Sebelumnya {rng.choice(vocab['problems'])}.",
                self.sentence(vocab, agency, place),
            ]
        )[:600]
        paragraphs = [
            " ".join(self.sentence(vocab, agency, place) for _ in range(rng.randint(3, 5)))
            for _ in range(rng.randint(3, 5))
        ]
        return {
            "title": title[:255],
            "summary": summary,
            "paragraphs": paragraphs,
            "agency": agency,
            "region": region,
            "government_affair": affair,
            "number": number,
        }


def create_agencies(rng):
    """Agencies of every urusan in regencies and cities across the provinces: {affair: [Agency]}."""
    from django.utils.text import slugify

    from community.models import Agency, AgencyLevel, Region

    regencies = list(Region.objects.exclude(parent=None).order_by("code"))
    places = rng.sample(regencies, min(40, len(regencies)))
    agencies, affairs = [], []
    for place in places:
        for affair, vocab in AFFAIRS.items():
            kind, acronym = rng.choice(vocab["agencies"])
            name = f"{kind} {place.name}"
            agencies.append(
                Agency(
                    name=name,
                    acronym=f"{acronym} {_region_short(place.name)}"[:30],
                    slug=slugify(f"{acronym} {place.name} {len(agencies)}")[:50],
                    level=AgencyLevel.REGENCY,
                    region=place,
                )
            )
            affairs.append(affair)
    created = Agency.objects.bulk_create(agencies)
    by_affair = {}
    for agency, affair in zip(created, affairs, strict=True):
        agency.region = next(place for place in places if place.pk == agency.region_id)
        by_affair.setdefault(affair, []).append(agency)
    return by_affair


def insert_practices(specs, *, published_days_back=6 * 365, seed=0):
    """Published PracticePages under /praktik-baik/, fast: base Page rows in bulk, then the practice rows.

    Wagtail's add_child saves one page at a time (tens of milliseconds each);
    for tens of thousands of pages the rows are written as add_child would
    leave them: treebeard paths after the index page's last child, URL paths,
    live, no revisions. No signals run, so nothing is indexed here. Tags are
    names in spec["tags"] (optional).
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from taggit.models import Tag
    from wagtail.models import Page

    from community.models import PracticeIndexPage, PracticePage, TaggedPractice

    index = PracticeIndexPage.objects.get()
    content_type = ContentType.objects.get_for_model(PracticePage)
    rng = random.Random(seed)
    now = timezone.now()
    child_fields = [f for f in PracticePage._meta.local_concrete_fields]
    table = PracticePage._meta.db_table
    columns = ", ".join(connection.ops.quote_name(f.column) for f in child_fields)
    insert = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(child_fields))})"  # noqa: S608
    tags = {tag.name: tag for tag in Tag.objects.all()}
    with transaction.atomic():
        position = index.numchild
        pages = []
        for spec in specs:
            position += 1
            slug = f"{slugify(spec['title'])[:60]}-{position}"
            published = now - datetime.timedelta(days=rng.randint(1, published_days_back), minutes=position)
            pages.append(
                Page(
                    title=spec["title"],
                    draft_title=spec["title"],
                    slug=slug,
                    path=Page._get_path(index.path, index.depth + 1, position),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    locale_id=index.locale_id,
                    translation_key=uuid.uuid4(),
                )
            )
        pages = Page.objects.bulk_create(pages)
        rows, taggings = [], []
        for page, spec in zip(pages, specs, strict=True):
            practice = PracticePage(
                page_ptr_id=page.pk,
                summary=spec["summary"],
                body=[("paragraph", f"<p>{text}</p>") for text in spec["paragraphs"]],
                agency=spec["agency"],
                region=spec["region"],
                government_affair=spec["government_affair"],
                started_on=datetime.date(2016 + spec["number"] % 10, 1 + spec["number"] % 12, 1),
            )
            rows.append([f.get_db_prep_save(f.pre_save(practice, True), connection) for f in child_fields])
            for name in spec.get("tags", ()):
                if name not in tags:
                    tags[name] = Tag.objects.create(name=name, slug=slugify(name)[:100] or f"tag-{len(tags)}")
                taggings.append(TaggedPractice(content_object_id=page.pk, tag=tags[name]))
        with connection.cursor() as cursor:
            cursor.executemany(insert, rows)
        TaggedPractice.objects.bulk_create(taggings)
        Page.objects.filter(pk=index.pk).update(numchild=position)
    return pages


def grow_practices(total, writer):
    from community.models import PracticePage

    existing = PracticePage.objects.count()
    for start in range(existing, total, BATCH_SIZE):
        end = min(start + BATCH_SIZE, total)
        specs = [writer.practice(number) for number in range(start + 1, end + 1)]
        for spec in specs:
            spec["tags"] = writer.rng.sample(AFFAIRS[spec["government_affair"]]["programs"], 2)
        insert_practices(specs, seed=start)
        print(f"  … {end:,} praktik dibuat", flush=True)


def configure_backends(workdir, postgres=False):
    """The backends side by side; none updates on save (the bench indexes by rebuild).

    Whoosh runs with the site's own options (base settings: synonyms, relaxed
    matching, places). ``postgres``: modelsearch's PostgreSQL backend instead of
    SQLite's (the database must then be PostgreSQL)."""
    from django.conf import settings

    from config.settings.base import WAGTAILSEARCH_BACKENDS as SITE_BACKENDS

    whoosh = {**SITE_BACKENDS["default"], "PATH": str(workdir / "index-whoosh"), "AUTO_UPDATE": False}
    other = (
        {POSTGRES: {"BACKEND": "modelsearch.backends.database.postgres.postgres", "AUTO_UPDATE": False}}
        if postgres
        else {SQLITE: {"BACKEND": "modelsearch.backends.database.sqlite.sqlite", "AUTO_UPDATE": False}}
    )
    settings.WAGTAILSEARCH_BACKENDS = {"default": whoosh, WHOOSH: whoosh, **other}


def backend(name):
    from wagtail.search.backends import get_search_backend

    return get_search_backend(name)


def rebuild(name, model):
    """Rebuild the model's index from empty as rebuild_modelsearch_index does; return (documents, seconds)."""
    search_backend = backend(name)
    index = search_backend.get_index_for_model(model)
    if name in (SQLITE, POSTGRES):
        index.reset()  # the SQLite rebuilder updates rows in place; start empty like Whoosh's
    started = time.perf_counter()
    rebuilder = search_backend.rebuilder_class(index)
    index = rebuilder.start()
    index.add_model(model)
    count = 0
    objects = model.get_indexed_objects().order_by("pk")
    last_pk = 0
    while True:
        chunk = list(objects.filter(pk__gt=last_pk)[:CHUNK_SIZE])
        if not chunk:
            break
        index.add_items(model, chunk)
        count += len(chunk)
        last_pk = chunk[-1].pk
    rebuilder.finish()
    return count, time.perf_counter() - started


def index_size(name, workdir):
    """(bytes, how it was measured)."""
    if name == WHOOSH:
        root = workdir / "index-whoosh"
        total = 0
        for index_dir in root.iterdir() if root.exists() else []:
            current = index_dir / "CURRENT"
            if not current.exists():
                continue
            generation = index_dir / current.read_text().strip()
            total += sum(path.stat().st_size for path in generation.rglob("*") if path.is_file())
        return total, "Whoosh: berkas generasi aktif di disk"
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'wagtailsearch_%entry%' "
            "OR tbl_name LIKE 'wagtailsearch_%entry%'"
        )
        names = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            f"SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name IN ({', '.join(['%s'] * len(names))})",  # noqa: S608
            names,
        )
        return cursor.fetchone()[0], "SQLite: dbstat, tabel indexentry + FTS5 dan indeksnya"


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(int(round(fraction * (len(ordered) - 1))), len(ordered) - 1)]


def timed(calls, repeat, budget):
    """(p50 ms, p95 ms, median hits, samples): a first round warms up, then up to `repeat` rounds.

    Rounds stop once `budget` seconds have gone by (after at least one), so a
    backend that takes seconds per query still finishes at 50,000 practices;
    when even the first round overran the budget, its timings are the samples.
    """
    hits, warm_up = [], []
    for call in calls:
        started = time.perf_counter()
        hits.append(call())
        warm_up.append((time.perf_counter() - started) * 1000)
    samples, deadline = [], time.perf_counter() + budget
    for _ in range(repeat):
        if samples and time.perf_counter() > deadline or sum(warm_up) / 1000 > budget:
            break
        for call in calls:
            started = time.perf_counter()
            call()
            samples.append((time.perf_counter() - started) * 1000)
    samples = samples or warm_up
    return percentile(samples, 0.5), percentile(samples, 0.95), statistics.median(hits), len(samples)


ONE_WORD = [
    "stunting",
    "posyandu",
    "pelatihan",
    "Disdukcapil",
    "anggaran",
    "sampah",
    "perizinan",
    "imunisasi",
]
MULTI_WORD = [
    "pelayanan publik terpadu",
    "pelatihan ASN daring",
    "stunting balita desa",
    "akta kelahiran rumah sakit",
    "jam pelajaran guru",
    "bank sampah sekolah",
    "pengaduan warga WhatsApp",
    "transparansi dana desa",
]
QUESTIONS = [
    "bagaimana cara mempercepat pembuatan akta kelahiran",
    "apa manfaat e-learning bagi pegawai di daerah terpencil",
    "bagaimana cara mencegah stunting pada balita di desa",
    "apakah pajak daerah bisa dibayar lewat aplikasi",
]
#: Bad input the site search must answer quickly: 10,000 characters, typos, engine syntax.
LONG_QUERIES = [
    ("pelatihn kepemimpinan stuntng " * 400)[:10_000],
    ('"(((stunting AND posyandu* field:x ' * 300)[:10_000],
    " ".join(f"kata{n}" for n in range(2000))[:10_000],
]
FILTERED = [
    ("stunting", "kesehatan"),
    ("akta kelahiran", "kependudukan"),
    ("pelatihan", "kepegawaian"),
    ("antrean daring", "pelayanan-publik"),
    ("sampah plastik", "lingkungan-hidup"),
    ("musrenbang", "perencanaan"),
]


def busiest_agency(affair):
    from django.db.models import Count

    from community.models import PracticePage

    row = (
        PracticePage.objects.filter(government_affair=affair)
        .values("agency")
        .annotate(n=Count("pk"))
        .order_by("-n", "agency")
        .first()
    )
    return row["agency"] if row else None


def measure_queries(name, repeat, budget):
    from community.models import PracticePage

    search_backend = backend(name)
    practices = PracticePage.objects.live()

    def page_of(query, queryset):
        def call():
            results = search_backend.search(query, queryset)
            count = results.count()
            list(results[:10])
            return count

        return call

    def facet_of(query):
        def call():
            return sum(search_backend.search(query, practices).facet("government_affair").values())

        return call

    def site_search_of(query):
        # What /cari/ runs for a page: count, ten hits, snippets and (Whoosh) every
        # facet from one engine pass, spelling correction when it finds little.
        from django.contrib.auth.models import AnonymousUser

        from search.site_search import SiteSearch

        def call():
            site = SiteSearch(
                AnonymousUser(), models=[PracticePage], backend=name, with_facets=name == WHOOSH
            )
            return site.run(query).total

        return call

    rows = {
        "satu kata": timed([page_of(q, practices) for q in ONE_WORD], repeat, budget),
        "pertanyaan": timed([page_of(q, practices) for q in QUESTIONS], repeat, budget),
        "/cari/ satu kata": timed([site_search_of(q) for q in ONE_WORD], repeat, budget),
        "/cari/ beberapa kata": timed([site_search_of(q) for q in MULTI_WORD], repeat, budget),
        "/cari/ pertanyaan": timed([site_search_of(q) for q in QUESTIONS], repeat, budget),
        "beberapa kata": timed([page_of(q, practices) for q in MULTI_WORD], repeat, budget),
        "tersaring (urusan + instansi)": timed(
            [
                page_of(q, practices.filter(government_affair=affair, agency_id=busiest_agency(affair)))
                for q, affair in FILTERED
            ],
            repeat,
            budget,
        ),
    }
    try:
        rows["/cari/ 10.000 karakter"] = timed([site_search_of(q) for q in LONG_QUERIES], repeat, budget)
    except Exception as error:  # Wagtail's SQLite backend hands such input to FTS5, which refuses it
        rows["/cari/ 10.000 karakter"] = None
        print(f"  ({name}: kueri 10.000 karakter gagal: {type(error).__name__}: {str(error)[:80]})")
    try:
        rows["facet urusan"] = timed([facet_of(q) for q in ONE_WORD], repeat, budget)
    except Exception as error:  # a backend without facets says so; print n/a
        rows["facet urusan"] = None
        print(f"  ({name}: facet tidak didukung: {type(error).__name__}: {error})")
    return rows


def print_tables(results, sizes):
    print("\n== Kecepatan membangun indeks (rebuild PracticePage dari kosong) ==\n")
    header = f"{'ukuran':>8} {'backend':<8} {'dokumen':>8} {'detik':>8} {'dok/detik':>10} {'indeks MB':>10}  cara ukur"
    print(header)
    print("-" * len(header))
    for size in sizes:
        for name in BACKEND_NAMES:
            row = results[size][name]
            print(
                f"{size:>8,} {name:<8} {row['documents']:>8,} {row['seconds']:>8.1f} "
                f"{row['documents'] / row['seconds']:>10.0f} {row['bytes'] / 1048576:>10.1f}  {row['size_how']}"
            )
    print("\n== Latensi kueri: count() + 10 hasil pertama dimuat (facet: satu facet()) — ms ==\n")
    kinds = list(results[sizes[0]][WHOOSH]["queries"])
    header = f"{'ukuran':>8} {'jenis kueri':<30} " + " ".join(
        f"{f'{name} p50':>11} {f'{name} p95':>11} {'hits':>6} {'n':>4}" for name in BACKEND_NAMES
    )
    print(header)
    print("-" * len(header))
    for size in sizes:
        for kind in kinds:
            cells = []
            for name in BACKEND_NAMES:
                row = results[size][name]["queries"][kind]
                if row is None:
                    cells.append(f"{'n/a':>11} {'n/a':>11} {'n/a':>6} {'':>4}")
                else:
                    cells.append(f"{row[0]:>11.1f} {row[1]:>11.1f} {row[2]:>6.0f} {row[3]:>4}")
            print(f"{size:>8,} {kind:<30} " + " ".join(cells))
    print(
        "\n/cari/ = jalur pencarian situs (SiteSearch: hitungan, 10 hasil, cuplikan; Whoosh juga semua "
        "facet dalam satu pencarian dan koreksi ejaan; SQLite tanpa facet, karena facet kolom metode "
        "tidak didukungnya)."
        "\nn = jumlah sampel waktu (dibatasi --budget); hits = median jumlah hasil per kueri (count()): kedua backend bisa berbeda — Whoosh memakai "
        "operator AND, stemming Sastrawi dan sinonim; SQLite FTS5 bawaan memakai kata utuh."
    )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"practice counts ({DEFAULT_SIZES})")
    parser.add_argument(
        "--repeat", type=int, default=5, help="rounds of every query list per measurement (5)"
    )
    parser.add_argument(
        "--budget", type=float, default=60, help="seconds of query rounds per backend and query kind (60)"
    )
    parser.add_argument("--seed", type=int, default=2025)
    options = parser.parse_args()
    sizes = sorted({int(size) for size in options.sizes.split(",") if size.strip()})

    workdir = benchsite.start()
    configure_backends(workdir)
    print(f"Basis data sementara: {workdir}")
    from community.models import PracticePage, Region

    rng = random.Random(options.seed)
    writer = PracticeWriter(rng, create_agencies(rng), list(Region.objects.exclude(parent=None)))
    results = {}
    for size in sizes:
        print(f"\nUkuran {size:,}: membuat praktik …", flush=True)
        started = time.perf_counter()
        grow_practices(size, writer)
        print(f"  dibuat dalam {time.perf_counter() - started:.0f} s", flush=True)
        results[size] = {}
        for name in BACKEND_NAMES:
            print(f"  {name}: membangun indeks …", flush=True)
            documents, seconds = rebuild(name, PracticePage)
            size_bytes, how = index_size(name, workdir)
            print(f"  {name}: {documents:,} dokumen dalam {seconds:.1f} s; mengukur kueri …", flush=True)
            results[size][name] = {
                "documents": documents,
                "seconds": seconds,
                "bytes": size_bytes,
                "size_how": how,
                "queries": measure_queries(name, options.repeat, options.budget),
            }
            for kind, row in results[size][name][
                "queries"
            ].items():  # at once, should a later step be stopped
                figures = (
                    "n/a" if row is None else f"p50 {row[0]:.1f} ms, p95 {row[1]:.1f} ms, {row[2]:.0f} hits"
                )
                print(f"    {name} {kind}: {figures}", flush=True)
        print_tables(results, [size])  # now, in case a larger size is stopped half-way
    if len(sizes) > 1:
        print("\n\n######## Semua ukuran ########")
        print_tables(results, sizes)


if __name__ == "__main__":
    sys.exit(main())
