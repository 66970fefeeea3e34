"""Demo sharing sessions for `manage.py seed_demo` (listed in settings.SIMPUL_DEMO_LOADERS).

Fourteen monthly sessions, seven months back to six ahead of the day the
seed runs, across the demo forums and host agencies in WIB, WITA and WIT,
with speakers, tags, agendas, minutes, materials, registrations, attendance and
JP values. Safe to run again: a session is known by its slug in its forum
(which does not depend on the date), a document by its title; nothing that
exists is changed.
"""

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from fpdf import FPDF
from wagtail.documents.models import Document

from community.models import Agency, MemberProfile
from community.tagging import normalise_tag
from forum.models import ForumIndexPage, ForumPage

from .models import (
    Attendance,
    AttendanceMethod,
    Registration,
    RegistrationStatus,
    SessionMaterial,
    SessionMode,
    SessionPage,
    SessionSpeaker,
)
from .services import ensure_discussion_thread, record_presenters

#: The member whose JP record the demo fills (the first demo member, printed by seed_demo).
JP_MEMBER = "bagus.prasetyo"

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]  # fmt: skip

# (forum slug, host agency slug, theme, mode, hour in UTC, minutes, JP, speakers (members), guest)
SESSIONS = [
    ("kesehatan", "dinkes-jatim", "Validasi data stunting dari posyandu ke e-PPGBM", SessionMode.ONLINE, 2, 120,
     "2", ["sri.handayani", "laksmi.pratiwi"], None),
    ("kepegawaian", "bkd-dki-jakarta", "Manajemen talenta ASN: dari pemetaan ke suksesi", SessionMode.HYBRID, 2, 120,
     "2", ["ratna.wulandari"], ("Dr. Wahyu Setiawan", "Lembaga Administrasi Negara")),
    ("transformasi-digital", "diskominfos-bali", "Satu Data Indonesia di tingkat provinsi", SessionMode.ONLINE, 3, 90,
     "1.5", ["gede.wirawan"], None),
    ("kesehatan", "dinkes-papua", "Layanan kesehatan bergerak di kampung terpencil", SessionMode.ONLINE, 1, 120,
     "2", ["naomi.yoku", "markus.rumbewas"], None),
    ("kependudukan", "dispendukcapil-surabaya", "Jemput bola akta kelahiran lewat kelurahan", SessionMode.IN_PERSON,
     2, 150, "2.5", ["rizky.maulana"], None),
    ("kesehatan", "dinkes-sulsel", "Rujukan terintegrasi puskesmas dan RSUD", SessionMode.HYBRID, 2, 120,
     "2", ["andi.nurhaliza", "ikhsan.syamsuddin"], None),
    ("kepegawaian", "bpsdm-papua", "Pelatihan jarak jauh untuk ASN di pegunungan", SessionMode.ONLINE, 1, 90,
     "1.5", ["elisabeth.ireeuw"], ("Yohanis Wenda", "BPSDM Provinsi Papua Pegunungan")),
    ("transformasi-digital", "diskominfo-sleman", "Tanda tangan elektronik untuk layanan desa", SessionMode.ONLINE, 2,
     120, "2", ["galih.pambudi", JP_MEMBER], None),
    ("kesehatan", "dinkes-kabupaten-kupang", "Pangan lokal untuk pemberian makanan tambahan", SessionMode.ONLINE, 2,
     120, "2", ["agustina.nenobais"], None),
    ("kependudukan", "bappeda-ntt", "Data kemiskinan ekstrem by name by address", SessionMode.HYBRID, 2, 120,
     "2", ["yuliana.ndolu", "yosef.bria"], None),
    ("kesehatan", "dinkes-ambon", "Kesehatan ibu di pulau-pulau kecil", SessionMode.ONLINE, 1, 120,
     "2", ["christina.pattiasina"], None),
    ("kepegawaian", "bkpsdm-banyuwangi", "Penilaian kinerja ASN yang tidak sekadar formalitas", SessionMode.ONLINE,
     2, 90, "1.5", ["fitri.nurjanah"], None),
    ("transformasi-digital", "dinkes-makassar", "Antrean daring puskesmas tanpa aplikasi baru", SessionMode.IN_PERSON,
     3, 120, "2", ["fadli.ramadhan"], None),
    ("kesehatan", "disdik-kabupaten-jayapura", "Sekolah sehat di distrik pedalaman", SessionMode.ONLINE, 1, 120,
     "2", ["frans.ohee"], ("Sr. Maria Kogoya", "Yayasan Pendidikan Kristen Jayapura")),
]  # fmt: skip
FIRST_MONTH_OFFSET = -7

# Tags per session (by its number in SESSIONS), the practices' words, so tag pages bring both together.
SESSION_TAGS = {
    1: ["stunting", "posyandu", "data kesehatan"],
    2: ["manajemen talenta", "pengembangan karier"],
    3: ["satu data indonesia", "transformasi digital"],
    4: ["daerah terpencil", "jemput bola"],
    5: ["adminduk", "jemput bola", "pelayanan publik"],
    6: ["pelayanan publik", "data kesehatan"],
    7: ["e-learning", "pengembangan kompetensi", "20 jp"],
    8: ["tanda tangan elektronik", "transformasi digital"],
    9: ["stunting", "pangan lokal", "gizi masyarakat"],
    10: ["perencanaan pembangunan", "data kesehatan"],
    11: ["kesehatan ibu dan anak", "daerah kepulauan"],
    12: ["akuntabilitas kinerja", "pengembangan kompetensi"],
    13: ["antrean", "pelayanan publik"],
    14: ["daerah terpencil", "kesehatan ibu dan anak"],
}

FORUM_FALLBACKS = {
    "kesehatan": "Forum Kesehatan",
    "kependudukan": "Forum Kependudukan dan Pencatatan Sipil",
    "transformasi-digital": "Forum Transformasi Digital",
    "kepegawaian": "Forum Kepegawaian",
}


@dataclass
class Loaded:
    """Same shape as community.demo.loader.Loaded (what seed_demo prints)."""

    label: str
    objects: list = field(default_factory=list)
    created: int = 0
    note: str = ""

    @property
    def total(self):
        return len(self.objects)


def _month_start(offset, now):
    month_index = now.month - 1 + offset
    year, month = now.year + month_index // 12, month_index % 12 + 1
    return year, month


def _second_tuesday(year, month, hour):
    day = datetime(year, month, 1, hour, 0, tzinfo=UTC)
    tuesdays = [day + timedelta(days=n) for n in range(14) if (day + timedelta(days=n)).weekday() == 1]
    return tuesdays[1]


def _forum(slug):
    forum = ForumPage.objects.filter(slug=slug).first()
    if forum is not None:
        return forum
    index = ForumIndexPage.objects.first()
    if index is None:
        return None
    forum = ForumPage(title=FORUM_FALLBACKS[slug], slug=slug, description=f"{FORUM_FALLBACKS[slug]} Simpul.")
    index.add_child(instance=forum)
    forum.save_revision().publish()
    return ForumPage.objects.get(pk=forum.pk)


def _material(title, lines):
    document = Document.objects.filter(title=title).first()
    if document:
        return document
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for line in lines:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    name = "".join(c if c.isalnum() else "-" for c in title.lower())[:60] + ".pdf"
    return Document.objects.create(title=title, file=ContentFile(bytes(pdf.output()), name=name))


def _agenda(theme, speakers):
    items = "".join(f"<li>Paparan: {name}</li>" for name in speakers)
    return (
        f"<p>Sesi berbagi bulanan bertema <b>{theme}</b>.</p>"
        f"<ol><li>Pembukaan oleh tuan rumah (10 menit)</li>{items}<li>Diskusi dan tanya jawab</li>"
        "<li>Rencana tindak lanjut dan penutup</li></ol>"
    )


def _minutes(theme, agency):
    return (
        f"<p>Sesi dibuka oleh perwakilan {agency}. Narasumber memaparkan pengalaman tentang {theme.lower()}.</p>"
        "<ul><li>Peserta dari beberapa provinsi membandingkan kendala di lapangan.</li>"
        "<li>Disepakati berbagi format laporan dan daftar periksa di utas diskusi.</li>"
        "<li>Tindak lanjut dibahas lagi pada sesi bulan berikutnya.</li></ul>"
    )


def _slug(number, theme):
    # Stable whatever the day the seed runs: the dates follow the first run.
    return f"sesi-{number:02d}-{slugify(theme)[:50]}"


def load_sessions(now=None):
    now = now or timezone.now()
    report = Loaded("Sesi berbagi")
    profiles = {p.user.username: p for p in MemberProfile.objects.select_related("user")}
    agencies = {a.slug: a for a in Agency.objects.exclude(slug="")}
    for number, spec in enumerate(SESSIONS, start=1):
        forum_slug, host, theme, mode, hour, minutes, jp, speaker_names, guest = spec
        year, month = _month_start(FIRST_MONTH_OFFSET + number - 1, now)
        forum = _forum(forum_slug)
        if forum is None:
            continue
        slug = _slug(number, theme)
        session = SessionPage.objects.child_of(forum).filter(slug=slug).first()
        if session is None:
            session = _create_session(forum, slug, number, year, month, spec, profiles, agencies, now)
            report.created += 1
        report.objects.append(session)
    return report


def _create_session(forum, slug, number, year, month, spec, profiles, agencies, now):
    forum_slug, host, theme, mode, hour, minutes, jp, speaker_names, guest = spec
    start = _second_tuesday(year, month, hour)
    agency = agencies.get(host)
    speakers = [profiles[name] for name in speaker_names if name in profiles]
    is_past = start + timedelta(minutes=minutes) < now
    session = SessionPage(
        title=f"Sesi Berbagi {MONTHS[month - 1]} {year}: {theme}",
        slug=slug,
        theme=theme,
        summary=f"{agency.name if agency else 'Tuan rumah'} berbagi pengalaman tentang {theme.lower()}.",
        start_at=start,
        duration_minutes=minutes,
        host_agency=agency,
        agenda=_agenda(theme, [p.name for p in speakers] + ([guest[0]] if guest else [])),
        mode=mode,
        meeting_url=f"https://meet.simpul.local/{slug[:9]}" if mode != SessionMode.IN_PERSON else "",
        location=(f"Aula {agency.acronym or agency.name}" if agency else "")
        if mode != SessionMode.ONLINE
        else "",
        capacity=None if mode == SessionMode.ONLINE else 40,
        jp_value=Decimal(jp),
        recording_url=f"https://video.simpul.local/{slug}" if is_past else "",
        minutes=_minutes(theme, agency.name if agency else "tuan rumah") if is_past else "",
        live=False,
        recording_announced=is_past,
        minutes_announced=is_past,
    )
    for order, profile in enumerate(speakers):
        session.speakers.add(SessionSpeaker(member=profile, topic=theme, sort_order=order))
    if guest:
        session.speakers.add(
            SessionSpeaker(guest_name=guest[0], guest_agency=guest[1], sort_order=len(speakers))
        )
    material = _material(
        f"Paparan: {theme}",
        [
            theme,
            f"Tuan rumah: {agency.name if agency else '-'}",
            "Latar belakang, langkah, hasil, dan pelajaran.",
        ],
    )
    session.materials.add(SessionMaterial(document=material, sort_order=0))
    session.tags.add(*(normalise_tag(tag) for tag in SESSION_TAGS.get(number, [])))
    forum.add_child(instance=session)
    session.save_revision().publish()
    session = SessionPage.objects.get(pk=session.pk)
    ensure_discussion_thread(session)
    _fill_participation(session, profiles, is_past)
    return session


def _fill_participation(session, profiles, is_past):
    rng = random.Random(session.slug)  # noqa: S311 - demo data, not security
    speakers = {speaker.member_id for speaker in session.speakers.all() if speaker.member_id}
    pool = [
        p
        for name, p in sorted(profiles.items())
        if p.pk not in speakers and name not in ("editor", "moderator")
    ]
    chosen = rng.sample(pool, k=min(len(pool), rng.randint(8, 14)))
    jp_member = profiles.get(JP_MEMBER)
    if jp_member and jp_member.pk not in speakers and jp_member not in chosen:
        chosen.insert(0, jp_member)
    registered_at = session.start_at - timedelta(days=10)
    for position, profile in enumerate(chosen):
        full = session.capacity is not None and position >= session.capacity
        Registration.objects.get_or_create(
            session=session,
            member=profile,
            defaults={
                "status": RegistrationStatus.WAITING if full else RegistrationStatus.REGISTERED,
                "registered_at": registered_at + timedelta(minutes=position * 17),
            },
        )
        if is_past and (profile == jp_member or rng.random() < 0.8):
            Attendance.objects.get_or_create(
                session=session,
                member=profile,
                defaults={"method": AttendanceMethod.CODE if rng.random() < 0.7 else AttendanceMethod.HOST},
            )
    if is_past:
        record_presenters(session=session)


def load():
    """Everything, in one transaction; returns the reports for seed_demo."""
    if not MemberProfile.objects.exists():
        return [Loaded("Sesi berbagi", note="tidak ada anggota demo")]
    with transaction.atomic():
        report = load_sessions()
    attendance = Attendance.objects.filter(session__in=[s.pk for s in report.objects]).count()
    report.note = f"{attendance} catatan kehadiran; Catatan JP contoh: {JP_MEMBER}"
    return [report]
