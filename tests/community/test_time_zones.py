"""Times are shown in the reader's zone: WIB, WITA or WIT.

A profile's "Joined" (Bergabung) date makes the zone visible: the member
below joined at 16:30 UTC on 31 March 2025, which is still 31 March in
Jakarta (23:30 WIB) but already 1 April in Makassar and Jayapura.
"""

import datetime

import pytest

from community.models import MemberProfile, TimeZone
from tests.factories import RegencyFactory, UserFactory, fill_profile, member_with_profile, province

pytestmark = pytest.mark.django_db

JOINED_AT = datetime.datetime(2025, 3, 31, 16, 30, tzinfo=datetime.UTC)
PROFILE = "/anggota/yohanes/"


@pytest.fixture
def joined_late_in_march():
    user = member_with_profile(username="yohanes", display_name="Yohanes Kogoya", region=province("91"))
    MemberProfile.objects.filter(user=user).update(created_at=JOINED_AT)
    return user


def joined_as_shown(response):
    page = response.content.decode()
    start = page.index('<time datetime="')
    return page[start : page.index("</time>", start)]


def reader(client_factory, **profile_fields):
    user = UserFactory()
    fill_profile(user, display_name="Pembaca", **profile_fields)
    client = client_factory()
    client.force_login(user)
    return client


def test_an_anonymous_reader_sees_times_in_wib_by_default(anonymous, joined_late_in_march):
    shown = joined_as_shown(anonymous.get(PROFILE))

    assert "+07:00" in shown
    assert "31 Maret 2025" in shown


def test_a_member_in_papua_sees_times_in_wit(client_factory, joined_late_in_march):
    papuan = reader(client_factory, region=province("91"))

    shown = joined_as_shown(papuan.get(PROFILE))

    assert 'datetime="2025-04-01T01:30:00+09:00"' in shown
    assert "1 April 2025" in shown


def test_a_member_in_a_regency_follows_its_province_zone(client_factory, joined_late_in_march):
    badung = RegencyFactory(code="51.03", name="Kabupaten Badung", parent=province("51"))
    balinese = reader(client_factory, region=badung)

    shown = joined_as_shown(balinese.get(PROFILE))

    assert 'datetime="2025-04-01T00:30:00+08:00"' in shown


def test_a_member_own_zone_overrides_their_region(client_factory, joined_late_in_march):
    papuan_on_jakarta_time = reader(client_factory, region=province("91"), time_zone=TimeZone.WIB)

    shown = joined_as_shown(papuan_on_jakarta_time.get(PROFILE))

    assert 'datetime="2025-03-31T23:30:00+07:00"' in shown


def test_a_member_without_region_or_zone_sees_wib(member_client, joined_late_in_march):
    assert "+07:00" in joined_as_shown(member_client.get(PROFILE))


def test_a_profile_names_the_owner_zone(anonymous, joined_late_in_march):
    page = anonymous.get(PROFILE).content.decode()

    assert "<dt>Zona waktu</dt><dd>WIT</dd>" in page


def test_an_anonymous_reader_can_choose_wita(anonymous, joined_late_in_march):
    response = anonymous.post("/zona-waktu/", {"time_zone": TimeZone.WITA, "next": PROFILE})

    assert response.status_code == 302
    assert response["Location"] == PROFILE
    assert response.cookies["simpul_tz"].value == "Asia/Makassar"
    page = anonymous.get(PROFILE)
    assert 'datetime="2025-04-01T00:30:00+08:00"' in joined_as_shown(page)
    assert '<option value="Asia/Makassar" selected>WITA</option>' in page.content.decode()


def test_the_zone_chooser_only_accepts_the_three_indonesian_zones(anonymous):
    response = anonymous.post("/zona-waktu/", {"time_zone": "Europe/London", "next": "/"})

    assert response.status_code == 302
    assert "simpul_tz" not in response.cookies


def test_a_forged_zone_cookie_falls_back_to_wib(anonymous, joined_late_in_march):
    anonymous.cookies["simpul_tz"] = "Europe/London"

    assert "+07:00" in joined_as_shown(anonymous.get(PROFILE))


@pytest.mark.parametrize(
    "next_url", ["https://penipu.example.com/", "//penipu.example.com/", "http://testserver.penipu.com/"]
)
def test_the_zone_chooser_never_redirects_off_site(anonymous, next_url):
    response = anonymous.post("/zona-waktu/", {"time_zone": TimeZone.WIT, "next": next_url})

    assert response["Location"] == "/"


def test_the_zone_chooser_only_answers_posts(anonymous):
    assert anonymous.get("/zona-waktu/").status_code == 405


def test_the_zone_chooser_is_offered_to_anonymous_readers_only(anonymous, member_client):
    assert 'action="/zona-waktu/"' in anonymous.get("/anggota/").content.decode()
    assert 'action="/zona-waktu/"' not in member_client.get("/anggota/").content.decode()
