"""The home page: the editors' introduction, Simpul in numbers, and the newest members."""

import datetime
import re

import pytest
from django.utils import timezone

from community.models import MemberProfile
from tests.factories import AgencyFactory, RegencyFactory, UserFactory, member_with_profile, province

pytestmark = pytest.mark.django_db


def stat(page, label):
    """The number shown next to a label in the stats strip, e.g. stat(page, "anggota")."""
    return int(re.search(rf"<li><strong>(\d+)</strong> {label}</li>", page).group(1))


def test_the_home_page_shows_the_editable_introduction(anonymous, home_page):
    response = anonymous.get("/")

    assert response.status_code == 200
    page = response.content.decode()
    assert f'<h1 id="judul-beranda">{home_page.intro_heading}</h1>' in page
    assert "Simpul menghimpun praktik baik" in page


def test_a_published_change_to_the_introduction_shows_on_the_home_page(anonymous, home_page):
    home_page.intro_heading = "Selamat datang di Simpul"
    home_page.save_revision().publish()

    page = anonymous.get("/").content.decode()

    assert '<h1 id="judul-beranda">Selamat datang di Simpul</h1>' in page


def test_an_unpublished_draft_does_not_show_on_the_home_page(anonymous, home_page):
    published_heading = home_page.intro_heading
    home_page.intro_heading = "Draf yang belum terbit"
    home_page.save_revision()

    page = anonymous.get("/").content.decode()

    assert published_heading in page
    assert "Draf yang belum terbit" not in page


def test_the_stats_count_active_members_agencies_and_their_provinces(anonymous, home_page):
    jayapura = RegencyFactory(code="91.03", name="Kabupaten Jayapura", parent=province("91"))
    member_with_profile(display_name="Yohanes", region=jayapura)
    member_with_profile(display_name="Maria", region=province("91"))
    member_with_profile(display_name="Made", region=province("51"))
    member_with_profile(display_name="Tanpa Wilayah")
    UserFactory(is_active=False)
    AgencyFactory.create_batch(3)

    page = anonymous.get("/").content.decode()

    assert stat(page, "anggota") == 4
    assert stat(page, "instansi") == 3
    assert stat(page, "provinsi") == 2


def test_the_newest_six_members_appear_newest_first(anonymous, home_page):
    now = timezone.now()
    for days_ago, name in enumerate(["Baru 1", "Baru 2", "Baru 3", "Baru 4", "Baru 5", "Baru 6", "Lama 7"]):
        user = member_with_profile(display_name=name)
        MemberProfile.objects.filter(user=user).update(created_at=now - datetime.timedelta(days=days_ago))

    page = anonymous.get("/").content.decode()

    assert "Anggota terbaru" in page
    positions = [page.index(f">Baru {n}</a>") for n in range(1, 7)]
    assert positions == sorted(positions)
    assert ">Lama 7</a>" not in page


def test_without_members_the_newest_members_section_is_left_out(anonymous, home_page):
    response = anonymous.get("/")

    assert response.status_code == 200
    assert "Anggota terbaru" not in response.content.decode()
    assert stat(response.content.decode(), "anggota") == 0


def test_readers_are_invited_to_join_and_members_are_not(anonymous, member_client, home_page):
    assert 'href="/akun/signup/"' in anonymous.get("/").content.decode()
    assert 'href="/akun/signup/"' not in member_client.get("/").content.decode()
