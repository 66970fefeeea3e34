"""The member directory at /anggota/: who knows what, filtered and paged."""

import re

import pytest

from community import views
from tests.factories import AgencyFactory, RegencyFactory, UserFactory, member_with_profile, province

pytestmark = pytest.mark.django_db

DIRECTORY = "/anggota/"


def names_listed(response):
    """The member names on the cards of a directory page, in order."""
    return re.findall(r'<h3><a href="/anggota/[^"]+/">([^<]+)</a>', response.content.decode())


@pytest.fixture
def members():
    """Four members spread over agencies, provinces and expertise."""
    dinkes_papua = AgencyFactory(name="Dinas Kesehatan", acronym="Dinkes", region=province("91"))
    bappeda_bali = AgencyFactory(
        name="Badan Perencanaan Pembangunan Daerah", acronym="Bappeda", region=province("51")
    )
    jayapura = RegencyFactory(code="91.03", name="Kabupaten Jayapura", parent=province("91"))
    return {
        "yohanes": member_with_profile(
            username="yohanes",
            display_name="Yohanes Kogoya",
            position="Kepala Seksi Gizi",
            agency=dinkes_papua,
            region=jayapura,
            expertise=["stunting", "gizi buruk"],
        ),
        "maria": member_with_profile(
            username="maria",
            display_name="Maria Wenda",
            position="Perencana Ahli Muda",
            agency=dinkes_papua,
            region=province("91"),
            expertise=["sakip"],
        ),
        "made": member_with_profile(
            username="made",
            display_name="Made Suartana",
            position="Analis Kebijakan",
            agency=bappeda_bali,
            region=province("51"),
            expertise=["stunting", "pelayanan publik"],
        ),
        "ani": member_with_profile(
            username="ani",
            display_name="Ani Lestari",
            is_partner=True,
            partner_organisation="LSM Peduli Gizi",
        ),
    }


def test_the_directory_lists_active_members_by_name(anonymous, members):
    UserFactory(username="pensiunan", is_active=False)

    response = anonymous.get(DIRECTORY)

    assert response.status_code == 200
    assert names_listed(response) == ["Ani Lestari", "Made Suartana", "Maria Wenda", "Yohanes Kogoya"]
    assert "4 anggota" in response.content.decode()


def test_a_card_links_to_the_member_profile_and_shows_affiliation_and_region(anonymous, members):
    page = anonymous.get(DIRECTORY).content.decode()

    assert '<a href="/anggota/yohanes/">Yohanes Kogoya</a>' in page
    assert "Dinas Kesehatan (Dinkes)" in page
    assert "Kabupaten Jayapura, Papua" in page
    assert "LSM Peduli Gizi" in page


def test_filtering_by_agency(anonymous, members):
    agency = members["made"].profile.agency

    response = anonymous.get(DIRECTORY, {"agency": agency.pk})

    assert names_listed(response) == ["Made Suartana"]


def test_filtering_by_province_includes_members_of_its_regencies(anonymous, members):
    response = anonymous.get(DIRECTORY, {"region": province("91").pk})

    assert names_listed(response) == ["Maria Wenda", "Yohanes Kogoya"]


def test_filtering_by_expertise_tag(anonymous, members):
    response = anonymous.get(DIRECTORY, {"tag": "stunting"})

    assert names_listed(response) == ["Made Suartana", "Yohanes Kogoya"]


def test_filtering_by_a_multi_word_tag_slug(anonymous, members):
    response = anonymous.get(DIRECTORY, {"tag": "pelayanan-publik"})

    assert names_listed(response) == ["Made Suartana"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kogoya", ["Yohanes Kogoya"]),  # name
        ("perencana", ["Maria Wenda"]),  # position
        ("gizi buruk", ["Yohanes Kogoya"]),  # expertise
    ],
)
def test_searching_by_name_position_or_expertise(anonymous, members, query, expected):
    response = anonymous.get(DIRECTORY, {"q": query})

    assert names_listed(response) == expected


def test_filters_combine(anonymous, members):
    response = anonymous.get(DIRECTORY, {"region": province("91").pk, "tag": "stunting", "q": "gizi"})

    assert names_listed(response) == ["Yohanes Kogoya"]


def test_a_member_matching_several_ways_is_listed_once(anonymous, members):
    response = anonymous.get(DIRECTORY, {"q": "gizi"})

    assert names_listed(response) == ["Yohanes Kogoya"]


def test_no_match_says_so_in_indonesian(anonymous, members):
    response = anonymous.get(DIRECTORY, {"q": "astronomi"})

    assert names_listed(response) == []
    assert "Tidak ada anggota yang cocok dengan saringan ini." in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"agency": "abc"},
        {"agency": "999999"},
        {"region": "abc"},
        {"region": "-1"},
        {"tag": "tidak-ada-tag-ini"},
        {"q": "x" * 101},
        {"halaman": "abc"},
        {"halaman": "999"},
    ],
)
def test_invalid_filter_values_fall_back_to_the_full_list_instead_of_an_error(anonymous, members, params):
    response = anonymous.get(DIRECTORY, params)

    assert response.status_code == 200
    assert names_listed(response) == ["Ani Lestari", "Made Suartana", "Maria Wenda", "Yohanes Kogoya"]


def test_a_regency_is_not_offered_as_a_province_filter(anonymous, members):
    regency = members["yohanes"].profile.region

    response = anonymous.get(DIRECTORY, {"region": regency.pk})

    assert response.status_code == 200
    assert "Masukkan pilihan yang valid" in response.content.decode()


def test_pages_are_reached_with_the_halaman_parameter(anonymous, members, monkeypatch):
    monkeypatch.setattr(views, "DIRECTORY_PAGE_SIZE", 3)

    first = anonymous.get(DIRECTORY)
    second = anonymous.get(DIRECTORY, {"halaman": 2})

    assert names_listed(first) == ["Ani Lestari", "Made Suartana", "Maria Wenda"]
    assert names_listed(second) == ["Yohanes Kogoya"]
    assert "Halaman 1 dari 2" in first.content.decode()
    assert 'href="?halaman=2"' in first.content.decode()


def test_paging_keeps_the_filters(anonymous, members, monkeypatch):
    monkeypatch.setattr(views, "DIRECTORY_PAGE_SIZE", 1)

    response = anonymous.get(DIRECTORY, {"tag": "stunting"})

    assert 'href="?tag=stunting&amp;halaman=2"' in response.content.decode()
    assert names_listed(anonymous.get(DIRECTORY, {"tag": "stunting", "halaman": 2})) == ["Yohanes Kogoya"]
