"""Scheduling: validation in clean(), times in the reader's zone, the conversion line, slot warnings."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from community.models import TimeZone
from forum.sessions.models import SessionPage
from forum.sessions.timezones import conversion_line, slot_warnings
from forum.sessions.wagtail_hooks import warn_after_edit
from tests.factories import fill_profile

from .helpers import make_session, utc


def _session(**fields):
    fields.setdefault("title", "Sesi uji")
    fields.setdefault("theme", "Tema uji")
    fields.setdefault("start_at", utc(2026, 3, 10, 2, 0))
    fields.setdefault("duration_minutes", 120)
    return SessionPage(**fields)


def _error_for(session, field):
    with pytest.raises(ValidationError) as raised:
        session.clean()
    return " ".join(raised.value.message_dict[field])


def test_a_session_that_would_end_before_it_starts_is_refused_in_indonesian():
    assert "berakhir sebelum dimulai" in _error_for(_session(duration_minutes=0), "duration_minutes")
    assert "berakhir sebelum dimulai" in _error_for(_session(duration_minutes=-30), "duration_minutes")


def test_a_session_longer_than_twelve_hours_is_refused():
    assert "12 jam" in _error_for(_session(duration_minutes=13 * 60), "duration_minutes")


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (Decimal("-1"), "negatif"),
        (Decimal("1.3"), "kelipatan seperempat"),
        (Decimal("2.10"), "kelipatan seperempat"),
        (Decimal("2.25"), "lebih dari durasi"),
    ],
)
def test_a_bad_jp_value_is_refused_with_its_reason(value, words):
    assert words in _error_for(_session(jp_value=value), "jp_value")


@pytest.mark.parametrize("value", [Decimal("0"), Decimal("0.25"), Decimal("1.75"), Decimal("2")])
def test_jp_values_in_quarters_up_to_the_length_are_accepted(value):
    _session(jp_value=value).clean()


def test_a_session_without_a_jp_value_is_accepted_simpul_never_invents_one():
    session = _session(jp_value=None)
    session.clean()
    assert session.jp_value is None


def test_the_end_is_kept_from_start_and_duration_when_saved(db):
    session = make_session(start=utc(2030, 1, 5, 2, 0), duration=90)
    assert session.end_at == utc(2030, 1, 5, 3, 30)


def test_the_conversion_line_runs_east_to_west():
    assert conversion_line(utc(2026, 3, 10, 0, 0)) == "09.00 WIT = 08.00 WITA = 07.00 WIB"


def test_a_session_near_midnight_wib_falls_on_the_next_date_in_wit(db, client_factory, member):
    # 23.30 WIB on Tuesday 12 March 2030 is 01.30 WIT on Wednesday 13 March.
    session = make_session(start=utc(2030, 3, 12, 16, 30), duration=60)
    fill_profile(member, time_zone=TimeZone.WIT)
    in_wit = client_factory()
    in_wit.force_login(member)
    wit_page = in_wit.get(session.url).content.decode()
    assert "Rabu, 13 Maret 2030" in wit_page
    assert "01.30–02.30 WIT" in wit_page
    wib_page = client_factory().get(session.url).content.decode()
    assert "Selasa, 12 Maret 2030" in wib_page
    assert "23.30–00.30 WIB" in wib_page
    assert "01.30 WIT = 00.30 WITA = 23.30 WIB" in wib_page


def test_an_anonymous_reader_who_chose_wita_sees_wita(db, client):
    session = make_session(start=utc(2030, 3, 12, 2, 0))
    client.cookies["simpul_tz"] = TimeZone.WITA
    assert "10.00–12.00 WITA" in client.get(session.url).content.decode()


def test_a_slot_inside_working_hours_in_all_three_zones_raises_no_warning():
    # 09.00–10.00 WIB = 10.00–11.00 WITA = 11.00–12.00 WIT, on a Tuesday.
    assert slot_warnings(utc(2026, 3, 10, 2, 0), utc(2026, 3, 10, 3, 0)) == []


def test_a_slot_outside_working_hours_in_wit_is_warned_about():
    # 14.00–16.00 WIB runs 16.00–18.00 WIT.
    warnings = slot_warnings(utc(2026, 3, 10, 7, 0), utc(2026, 3, 10, 9, 0))
    assert len(warnings) == 2
    assert "WITA" in warnings[0]
    assert "WIT " in warnings[1]
    assert all("08.00–16.00" in warning for warning in warnings)


def test_a_slot_during_friday_prayers_is_warned_about():
    # Friday 13 March 2026, 11.00–12.00 WIB overlaps 11.30–13.30 WIB.
    warnings = slot_warnings(utc(2026, 3, 13, 4, 0), utc(2026, 3, 13, 5, 0))
    assert any("salat Jumat" in warning for warning in warnings)
    assert not slot_warnings(utc(2026, 3, 12, 4, 0), utc(2026, 3, 12, 5, 0))  # the same hour on Thursday


def test_the_admin_warns_the_host_after_saving_an_awkward_slot_without_blocking(db, editor):
    session = make_session(start=utc(2030, 3, 15, 4, 0), duration=60)  # a Friday at 11.00 WIB
    request = RequestFactory().post("/admin/")
    request.user = editor
    request.session = {}
    request._messages = FallbackStorage(request)
    warn_after_edit(request, session)
    texts = [str(message) for message in get_messages(request)]
    assert any("salat Jumat" in text for text in texts)
    assert SessionPage.objects.get(pk=session.pk).live


def test_the_admin_edit_page_shows_the_slot_warning_after_saving(db, editor_client):
    session = make_session(start=utc(2030, 3, 12, 2, 0), duration=60)
    response = editor_client.get(f"/admin/pages/{session.pk}/edit/")
    assert response.status_code == 200
    assert "08.00–16.00" in response.content.decode()  # the panel's help text


def test_a_session_is_upcoming_then_live_then_finished():
    session = _session(start_at=utc(2026, 3, 10, 2, 0), end_at=utc(2026, 3, 10, 4, 0))
    assert session.state(utc(2026, 3, 10, 1, 0)) == "upcoming"
    assert session.state(utc(2026, 3, 10, 3, 0)) == "live"
    assert session.state(utc(2026, 3, 10, 4, 0) + timedelta(seconds=1)) == "finished"
    session.is_cancelled = True
    assert session.state(utc(2026, 3, 10, 3, 0)) == "cancelled"
