"""A throwaway Simpul for benchmarks: fresh database, generated members, page fetching.

`start()` points Django at bench/settings.py with an SQLite database in a new
temporary directory (removed on exit) and migrates it; `grow_members(n)` adds
generated members (Indonesian names, agencies across provinces, regencies,
expertise tags) until there are n. Data is made with bulk inserts, so no
signals run: no search indexing, no e-mail.
"""

import atexit
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST_NAMES = [
    "Agus", "Ahmad", "Andi", "Ayu", "Bambang", "Budi", "Dewi", "Dian", "Eko", "Fitri", "Gede", "Hendra",
    "Ika", "Indah", "Ketut", "Lestari", "Made", "Maria", "Nur", "Putri", "Rahmat", "Rina", "Siti", "Sri",
    "Teguh", "Theresia", "Wayan", "Yohanes", "Yulia", "Zainal",
]  # fmt: skip
LAST_NAMES = [
    "Anggraini", "Hapsari", "Harahap", "Hutapea", "Kogoya", "Kurniawan", "Lubis", "Manurung", "Nasution",
    "Pangaribuan", "Pratama", "Rahayu", "Saragih", "Setiawan", "Simanjuntak", "Sitompul", "Suryadi",
    "Tanjung", "Wenda", "Wibowo", "Wulandari", "Yikwa",
]  # fmt: skip
POSITIONS = [
    "Analis Kebijakan Ahli Muda", "Perencana Ahli Pertama", "Nutrisionis Ahli Muda", "Pranata Komputer Ahli Pertama",
    "Auditor Ahli Madya", "Kepala Seksi Pelayanan", "Epidemiolog Kesehatan Ahli Muda", "Analis SDM Aparatur",
    "Penyuluh Kesehatan Masyarakat", "Statistisi Ahli Pertama",
]  # fmt: skip
EXPERTISE = [
    "stunting", "pelayanan publik", "SAKIP", "gizi masyarakat", "perencanaan", "pengadaan barang/jasa",
    "reformasi birokrasi", "data terpadu", "SPBE", "inovasi daerah", "zona integritas", "manajemen talenta",
    "kesehatan ibu dan anak", "imunisasi", "sanitasi", "penganggaran", "evaluasi kinerja", "kearsipan",
    "kepegawaian", "pengaduan masyarakat", "mal pelayanan publik", "desa wisata", "UMKM", "kependudukan",
    "pendidikan inklusif", "perhutanan sosial", "mitigasi bencana", "keuangan daerah", "statistik sektoral",
    "satu data indonesia", "tata kelola TIK", "audit internal", "kebijakan publik", "pelatihan ASN",
    "perlindungan anak", "air minum", "transportasi", "ketahanan pangan", "e-budgeting", "perizinan",
]  # fmt: skip
AGENCY_KINDS = [
    ("Dinas Kesehatan", "Dinkes"),
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
    ("Badan Kepegawaian Daerah", "BKD"),
    ("Inspektorat", "Itprov"),
    ("Dinas Komunikasi dan Informatika", "Diskominfo"),
]


def start(keep=None):
    """Configure Django on a migrated SQLite database; return its directory.

    A fresh temporary directory, removed on exit; or ``keep``, a directory kept
    afterwards (created if missing, its database reused if there is one)."""
    if keep:
        workdir = Path(keep).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="simpul-bench-"))
        atexit.register(shutil.rmtree, workdir, ignore_errors=True)
    (workdir / "static").mkdir(exist_ok=True)
    os.environ["SIMPUL_BENCH_DIR"] = str(workdir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    sys.path.insert(0, str(ROOT))

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from community.models import Region

    if not Region.objects.exclude(parent=None).exists():  # migrations seed the provinces only
        with open(os.devnull, "w") as quiet:
            call_command("import_regions", str(ROOT / "community" / "data" / "regencies.csv"), stdout=quiet)
    return workdir


def create_agencies(first, end):
    """Provincial agencies number `first` to `end - 1`, spread over the 38 provinces."""
    from django.utils.text import slugify

    from community.models import Agency, AgencyLevel, Region

    provinces = list(Region.objects.provinces())
    agencies = []
    for i in range(first, end):
        province = provinces[i % len(provinces)]
        kind, acronym = AGENCY_KINDS[(i // len(provinces)) % len(AGENCY_KINDS)]
        name = f"{kind} Provinsi {province.name}"
        if i >= len(provinces) * len(AGENCY_KINDS):
            name = f"{name} {i}"
        agencies.append(
            Agency(
                name=name,
                acronym=f"{acronym} {province.code}",
                slug=f"{slugify(acronym)}-{province.code}-{i}",
                level=AgencyLevel.PROVINCE,
                region=province,
            )
        )
    return Agency.objects.bulk_create(agencies)


def grow_members(total, *, seed=2025):
    """Add generated members until there are `total`: profiles, agencies, regions, tags."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.utils.text import slugify
    from taggit.models import Tag

    from community.models import Agency, MemberProfile, Region, TaggedExpertise
    from community.tagging import normalise_tag

    existing = MemberProfile.objects.count()
    if existing >= total:
        return
    wanted_agencies = max(8, total // 20)
    have_agencies = Agency.objects.count()
    if have_agencies < wanted_agencies:
        create_agencies(have_agencies, wanted_agencies)
    agencies = list(Agency.objects.all())
    regencies = {}
    for regency in Region.objects.exclude(parent=None):
        regencies.setdefault(regency.parent_id, []).append(regency)
    tags = {tag.name: tag for tag in Tag.objects.all()}
    names = [normalise_tag(name) for name in EXPERTISE]  # as the profile form stores them
    missing = [Tag(name=name, slug=slugify(name)) for name in names if name not in tags]
    for tag in Tag.objects.bulk_create(missing):
        tags[tag.name] = tag

    rng = random.Random(seed + existing)
    password = make_password("bench-bukan-rahasia")
    users = []
    for i in range(existing, total):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        username = f"{first}.{last}.{i}".lower()
        users.append(
            get_user_model()(
                username=username,
                email=f"{username}@instansi.go.id",
                first_name=first,
                last_name=last,
                password=password,
            )
        )
    users = get_user_model().objects.bulk_create(users)
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, primary=True, verified=True) for user in users
    )
    profiles = []
    for user in users:
        agency = rng.choice(agencies)
        in_regency = regencies.get(agency.region_id) and rng.random() < 0.6
        profiles.append(
            MemberProfile(
                user=user,
                display_name=f"{user.first_name} {user.last_name}",
                agency=agency,
                region=rng.choice(regencies[agency.region_id]) if in_regency else agency.region,
                position=rng.choice(POSITIONS),
                bio="Berbagi pengalaman lapangan dan belajar dari rekan di daerah lain.",
            )
        )
    profiles = MemberProfile.objects.bulk_create(profiles)
    taggings = []
    for profile in profiles:
        chosen = set(rng.sample(names, rng.randint(1, 4)))
        if rng.random() < 0.15:
            chosen.add("stunting")
        taggings.extend(TaggedExpertise(content_object=profile, tag=tags[name]) for name in chosen)
    TaggedExpertise.objects.bulk_create(taggings)
