"""Where sessions appear: their page, /sesi/ with filters, forum and thread includes, the home page, the pack."""

import io
import zipfile
from datetime import timedelta

from django.core.files.base import ContentFile
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone
from wagtail.documents.models import Document

from community.models import TimeZone
from forum.sessions.context import session_for_thread, sessions_for_forum
from forum.sessions.models import SessionMaterial, SessionMode, SessionSpeaker
from tests.factories import AgencyFactory, province
from tests.forum.factories import make_reply

from .helpers import make_session


def _soon(days=3, **fields):
    return make_session(start=timezone.now() + timedelta(days=days), **fields)


def _document(name="paparan.pdf", size=3000):
    return Document.objects.create(title=f"Dokumen {name}", file=ContentFile(b"x" * size, name=name))


def test_the_session_page_shows_host_speakers_agenda_materials_with_sizes_and_minutes(anonymous, member, db):
    agency = AgencyFactory(name="Dinas Kesehatan Provinsi Papua", region=province("91"))
    session = _soon(
        host_agency=agency,
        agenda="<p>Pembukaan dan paparan</p>",
        minutes="<p>Peserta sepakat memakai e-PPGBM.</p>",
        recording_url="https://video.example/rekaman",
        speakers=[
            SessionSpeaker(member=member.profile, topic="Validasi data"),
            SessionSpeaker(guest_name="dr. Ani", guest_agency="Universitas Cenderawasih"),
        ],
    )
    SessionMaterial.objects.create(page=session, document=_document(size=2048), sort_order=0)
    page = anonymous.get(session.url).content.decode()
    for text in (
        "Dinas Kesehatan Provinsi Papua",
        "Validasi data",
        "dr. Ani",
        "Universitas Cenderawasih",
        "Pembukaan dan paparan",
        "e-PPGBM",
        "2,0\xa0KB",
        "video.example/rekaman",
        "Akan datang",
    ):
        assert text in page, text


def test_a_session_gets_its_discussion_thread_when_first_published_linked_both_ways(anonymous, db):
    session = _soon()
    thread = session.thread
    assert thread is not None and thread.forum_id == session.forum_id
    assert thread.get_absolute_url() in anonymous.get(session.url).content.decode()
    assert session_for_thread(thread) == session
    session.save_revision().publish()
    assert type(session).objects.get(pk=session.pk).thread_id == thread.pk  # not a second thread
    assert type(thread).objects.filter(forum=session.forum).count() == 1


def test_the_thread_include_shows_the_sessions_time_and_state(db):
    upcoming = _soon()
    live = make_session(start=timezone.now() - timedelta(minutes=5), duration=60)
    finished = make_session(start=timezone.now() - timedelta(days=2), duration=60)
    template = Template("{% load forum_sessions %}{% thread_session thread %}")
    request = RequestFactory().get("/")
    request.time_zone = TimeZone.WIB
    for session, label in ((upcoming, "Akan datang"), (live, "Sedang berlangsung"), (finished, "Selesai")):
        html = template.render(Context({"request": request, "thread": session.thread}))
        assert label in html and session.title in html and "WIT = " in html


def test_the_forum_include_lists_upcoming_and_past_sessions_the_reader_may_see(db, anonymous, public_forum):
    upcoming = make_session(public_forum, start=timezone.now() + timedelta(days=3))
    past = make_session(public_forum, start=timezone.now() - timedelta(days=30))
    draft = make_session(public_forum, start=timezone.now() + timedelta(days=4), publish=False)
    user = anonymous.get("/").wsgi_request.user
    assert sessions_for_forum(public_forum, user) == {"upcoming": [upcoming], "past": [past]}
    request = RequestFactory().get("/")
    request.user, request.time_zone = user, TimeZone.WITA
    html = Template("{% load forum_sessions %}{% forum_sessions forum %}").render(
        Context({"request": request, "forum": public_forum})
    )
    assert upcoming.title in html and past.title in html and draft.title not in html
    assert "WITA" in html


def test_sesi_lists_every_upcoming_session_across_forums_and_not_past_ones(
    anonymous, public_forum, other_forum
):
    first = make_session(public_forum, start=timezone.now() + timedelta(days=2))
    second = make_session(other_forum, start=timezone.now() + timedelta(days=3))
    past = make_session(other_forum, start=timezone.now() - timedelta(days=3))
    page = anonymous.get("/sesi/").content.decode()
    assert first.title in page and second.title in page and past.title not in page
    assert page.index(first.title) < page.index(second.title)


def test_sesi_filters_by_forum_agency_province_month_and_mode(anonymous, public_forum, other_forum):
    papua = AgencyFactory(name="Dinkes Papua", region=province("91"))
    jakarta = AgencyFactory(name="BKD DKI", region=province("31"))
    now = timezone.now()
    a = make_session(public_forum, start=now + timedelta(days=2), host_agency=papua, mode=SessionMode.ONLINE)
    b = make_session(
        other_forum, start=now + timedelta(days=40), host_agency=jakarta, mode=SessionMode.IN_PERSON
    )
    c = make_session(
        other_forum, start=now + timedelta(days=41), host_agency=jakarta, mode=SessionMode.HYBRID
    )

    def listed(**params):
        page = anonymous.get("/sesi/", params).content.decode()
        return {session.title for session in (a, b, c) if session.title in page}

    assert listed(forum=public_forum.slug) == {a.title}
    assert listed(instansi=jakarta.slug) == {b.title, c.title}
    assert listed(provinsi="91") == {a.title}
    assert listed(mode="daring") == {a.title, c.title}
    assert listed(mode="luring") == {b.title, c.title}
    month = timezone.localtime(b.start_at).strftime("%Y-%m")
    assert b.title in listed(bulan=month)
    assert a.title not in listed(bulan=month) or timezone.localtime(a.start_at).strftime("%Y-%m") == month


def test_junk_filters_are_ignored_not_a_500(anonymous, db):
    _soon()
    for params in (
        {"bulan": "2026-13"},
        {"bulan": "abcd"},
        {"provinsi": "9" * 50},
        {"halaman": "x"},
        {"mode": "?"},
    ):
        assert anonymous.get("/sesi/", params).status_code == 200


def test_the_home_page_shows_the_next_sessions(anonymous, db):
    session = _soon(days=2)
    cancelled = _soon(days=3, is_cancelled=True)
    page = anonymous.get("/").content.decode()
    assert "Sesi berbagi berikutnya" in page
    # Only the sessions section: each session's discussion thread may also be among active discussions.
    sessions_section = page.split('id="judul-sesi-berikutnya"', 1)[1].split("</section>", 1)[0]
    assert session.title in sessions_section and cancelled.title not in sessions_section


def test_the_home_page_has_no_session_section_without_sessions(anonymous, db):
    assert "Sesi berbagi berikutnya" not in anonymous.get("/").content.decode()


def test_the_pack_shows_its_sizes_then_downloads_agenda_minutes_thread_and_materials(anonymous, member, db):
    session = _soon(agenda="<p>Agenda sesi</p>", minutes="<p>Notulen sesi</p>")
    SessionMaterial.objects.create(page=session, document=_document("bahan.pdf", 5000), sort_order=0)
    make_reply(session.thread, author=member, body="Pertanyaan sebelum sesi: bagaimana validasinya?")
    page = anonymous.get(f"/sesi/{session.pk}/paket/").content.decode()
    assert "data-size-text" in page and "KB" in page
    text_only = zipfile.ZipFile(io.BytesIO(anonymous.get(f"/sesi/{session.pk}/paket/?unduh=1").content))
    assert sorted(text_only.namelist()) == ["agenda.txt", "diskusi.txt", "materi.txt", "notulen.txt"]
    assert "Agenda sesi" in text_only.read("agenda.txt").decode()
    assert "bagaimana validasinya" in text_only.read("diskusi.txt").decode()
    assert (
        "bahan.pdf" in text_only.read("materi.txt").decode()
        and "4,9" in text_only.read("materi.txt").decode()
    )
    full = zipfile.ZipFile(io.BytesIO(anonymous.get(f"/sesi/{session.pk}/paket/?unduh=1&materi=1").content))
    assert "materi/01-bahan.pdf" in full.namelist()
    assert len(full.read("materi/01-bahan.pdf")) == 5000
