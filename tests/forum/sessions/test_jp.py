"""Catatan JP: totals per year, CSV and PDF statements, public verification, supervisor confirmation."""

import csv
import io
import re
import time
from decimal import Decimal
from unittest import mock

from django.core import signing
from pypdf import PdfReader

from forum.sessions import jp
from forum.sessions.models import Attendance, AttendanceMethod, AttendanceRole

from .helpers import make_session, utc


def _attend(member, session, role=AttendanceRole.ATTENDEE):
    return Attendance.objects.create(
        session=session, member=member.profile, method=AttendanceMethod.HOST, role=role
    )


def _history(member):
    """Three sessions in 2025 (one cancelled), two in 2026."""
    sessions = [
        make_session(
            start=utc(2025, 2, 10, 2, 0), duration=120, jp_value=Decimal("2"), theme="Data stunting"
        ),
        make_session(start=utc(2025, 6, 10, 2, 0), duration=180, jp_value=Decimal("2.5"), theme="SAKIP"),
        make_session(
            start=utc(2025, 9, 10, 2, 0),
            duration=120,
            jp_value=Decimal("2"),
            theme="Batal",
            is_cancelled=True,
        ),
        make_session(
            start=utc(2026, 1, 12, 2, 0), duration=60, jp_value=Decimal("0.75"), theme="Posyandu digital"
        ),
        make_session(start=utc(2026, 2, 9, 2, 0), duration=90, jp_value=None, theme="Tanpa JP"),
    ]
    entries = [_attend(member, session) for session in sessions[:2]]
    entries.append(_attend(member, sessions[2]))
    entries.append(_attend(member, sessions[3], role=AttendanceRole.PRESENTER))
    entries.append(_attend(member, sessions[4]))
    return sessions, entries


def test_the_jp_page_totals_each_year_against_twenty(member_client, member, db):
    _history(member)
    page = member_client.get("/sesi/catatan-jp/?tahun=2025").content.decode()
    assert 'data-jp-total="4,5"' in page
    assert "Data stunting" in page and "SAKIP" in page
    assert "Batal" not in page  # a cancelled session earns nothing
    assert "15,5 JP lagi" in page
    page = member_client.get("/sesi/catatan-jp/?tahun=2026").content.decode()
    assert 'data-jp-total="0,75"' in page
    assert "Pemateri" in page


def test_the_yearly_summary_meets_the_target_at_twenty_jp(db, member):
    for month in range(1, 11):
        _attend(member, make_session(start=utc(2027, month, 5, 2, 0), duration=120, jp_value=Decimal("2")))
    summary = jp.YearSummary(year=2027, entries=jp.entries_for(member.profile, 2027))
    assert summary.total == Decimal(20)
    assert summary.target_met


def test_the_jp_page_is_only_for_its_member(anonymous, db):
    response = anonymous.get("/sesi/catatan-jp/")
    assert response.status_code == 302
    assert anonymous.get("/sesi/catatan-jp/2025.pdf").status_code == 302


def test_a_year_out_of_range_is_a_404_not_a_500(member_client, db):
    assert member_client.get("/sesi/catatan-jp/99999.csv").status_code == 404
    assert member_client.get("/sesi/catatan-jp/?tahun=0000").status_code == 200


def test_the_csv_lists_the_years_entries_and_the_total(member_client, member, db):
    _, entries = _history(member)
    response = member_client.get("/sesi/catatan-jp/2025.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Tanggal"
    assert [row[2] for row in rows[1:-1]] == ["Data stunting", "SAKIP"]
    assert rows[1][0] == "10-02-2025"
    assert rows[2][5] == "2,5"
    assert rows[1][6] == entries[0].verification_code
    assert rows[-1][0] == "Jumlah" and rows[-1][5] == "4,5"


def test_the_pdf_statement_carries_each_entry_its_verification_address_and_the_total(
    member_client, member, db
):
    _, entries = _history(member)
    response = member_client.get("/sesi/catatan-jp/2025.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Data stunting" in text and "SAKIP" in text and "Batal" not in text
    assert entries[0].verification_code in text
    assert f"/sesi/verifikasi/{entries[1].verification_code}/" in text
    assert "4,5 JP" in text and "20 JP" in text


def test_the_verification_url_shows_the_entrys_facts_to_anyone(anonymous, member, db):
    _, entries = _history(member)
    response = anonymous.get(f"/sesi/verifikasi/{entries[1].verification_code}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "SAKIP" in page and "10-06-2025" in page and "2,5" in page and "180 menit" in page
    assert member.profile.name in page
    assert "Belum dikonfirmasi" in page


def test_the_verification_form_takes_a_code_in_lower_case(anonymous, member, db):
    _, entries = _history(member)
    response = anonymous.get("/sesi/verifikasi/", {"kode": entries[0].verification_code.lower()})
    assert "Data stunting" in response.content.decode()


def test_a_tampered_verification_code_is_refused_in_indonesian(anonymous, member, db):
    _, entries = _history(member)
    code = entries[0].verification_code
    tampered = ("A" if code[0] != "A" else "B") + code[1:]
    for bad in (tampered, "<script>", "X" * 30):
        response = anonymous.get("/sesi/verifikasi/", {"kode": bad})
        assert response.status_code == 404
        assert "tidak dikenal" in response.content.decode()
    assert "<script>" not in anonymous.get("/sesi/verifikasi/", {"kode": "<script>"}).content.decode()


def _ask_supervisor(member_client, entry, email="atasan@dinkes.go.id"):
    return member_client.post(f"/sesi/catatan-jp/entri/{entry.pk}/atasan/", {"email": email}, follow=True)


def _link_from(mail):
    return re.search(r"https?://\S+/sesi/konfirmasi/\S+/", mail.body).group(0)


def test_a_supervisor_confirms_an_entry_through_the_emailed_link_without_an_account(
    member_client, member, client_factory, mailoutbox, db
):
    _, entries = _history(member)
    _ask_supervisor(member_client, entries[0])
    assert mailoutbox[-1].to == ["atasan@dinkes.go.id"]
    link = _link_from(mailoutbox[-1])
    supervisor = client_factory()
    page = supervisor.get(link)
    assert page.status_code == 200 and "Data stunting" in page.content.decode()
    assert not Attendance.objects.get(pk=entries[0].pk).is_confirmed  # GET changes nothing
    supervisor.post(link, {"nama": "dr. Hasan Basri"})
    confirmed = Attendance.objects.get(pk=entries[0].pk)
    assert confirmed.supervisor_name == "dr. Hasan Basri" and confirmed.is_confirmed
    pdf = member_client.get("/sesi/catatan-jp/2025.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Dikonfirmasi oleh dr. Hasan Basri" in text
    assert (
        "Dikonfirmasi oleh dr. Hasan Basri"
        in client_factory().get(f"/sesi/verifikasi/{confirmed.verification_code}/").content.decode()
    )


def test_a_supervisor_must_write_a_name(member_client, member, client_factory, mailoutbox, db):
    _, entries = _history(member)
    _ask_supervisor(member_client, entries[0])
    response = client_factory().post(_link_from(mailoutbox[-1]), {"nama": "   "})
    assert response.status_code == 400
    assert "Tulis nama Anda" in response.content.decode()
    assert not Attendance.objects.get(pk=entries[0].pk).is_confirmed


def test_a_tampered_supervisor_link_is_refused_and_confirms_nothing(
    member_client, member, client_factory, mailoutbox, db
):
    _, entries = _history(member)
    _ask_supervisor(member_client, entries[0])
    link = _link_from(mailoutbox[-1])
    token = link.rstrip("/").rsplit("/", 1)[1]
    tampered = link.replace(token, token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"))
    response = client_factory().post(tampered, {"nama": "Penyusup"})
    assert response.status_code == 400
    assert "tidak sah" in response.content.decode()
    forged = signing.dumps(
        {"a": entries[1].pk, "e": "x@y.id", "v": entries[1].verification_code}, salt="lain"
    )
    assert client_factory().post(f"/sesi/konfirmasi/{forged}/", {"nama": "Penyusup"}).status_code == 400
    assert not Attendance.objects.filter(supervisor_confirmed_at__isnull=False).exists()


def test_an_expired_supervisor_link_is_refused(member_client, member, client_factory, mailoutbox, db):
    _, entries = _history(member)
    _ask_supervisor(member_client, entries[0])
    link = _link_from(mailoutbox[-1])
    two_weeks_later = time.time() + jp.SUPERVISOR_LINK_MAX_AGE + 60
    with mock.patch("django.core.signing.time.time", return_value=two_weeks_later):
        response = client_factory().post(link, {"nama": "dr. Hasan"})
    assert response.status_code == 400
    assert "kedaluwarsa" in response.content.decode()
    assert not Attendance.objects.get(pk=entries[0].pk).is_confirmed


def test_a_link_sent_to_an_earlier_supervisor_stops_working_when_another_is_asked(
    member_client, member, client_factory, mailoutbox, db
):
    _, entries = _history(member)
    _ask_supervisor(member_client, entries[0], "lama@dinkes.go.id")
    old_link = _link_from(mailoutbox[-1])
    Attendance.objects.filter(pk=entries[0].pk).update(supervisor_requested_at=None)
    _ask_supervisor(member_client, entries[0], "baru@dinkes.go.id")
    response = client_factory().post(old_link, {"nama": "Atasan lama"})
    assert response.status_code == 400
    assert not Attendance.objects.get(pk=entries[0].pk).is_confirmed


def test_asking_again_at_once_is_refused_and_sends_nothing(member_client, member, mailoutbox, db):
    _, entries = _history(member)
    _ask_supervisor(member_client, entries[0])
    response = _ask_supervisor(member_client, entries[0], "lain@dinkes.go.id")
    assert "sepuluh menit" in response.content.decode()
    assert len(mailoutbox) == 1
    assert Attendance.objects.get(pk=entries[0].pk).supervisor_email == "atasan@dinkes.go.id"


def test_a_bad_supervisor_address_is_refused(member_client, member, mailoutbox, db):
    _, entries = _history(member)
    response = _ask_supervisor(member_client, entries[0], "bukan-alamat")
    assert "alamat e-mail atasan" in response.content.decode()
    assert not mailoutbox


def test_a_member_cannot_ask_confirmation_for_someone_elses_entry(
    another_member_client, member, mailoutbox, db
):
    _, entries = _history(member)
    response = another_member_client.post(
        f"/sesi/catatan-jp/entri/{entries[0].pk}/atasan/", {"email": "a@b.id"}
    )
    assert response.status_code == 404
    assert not mailoutbox
