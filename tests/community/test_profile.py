"""Member profiles: the public page at /anggota/<username>/ and editing at /akun/profil/."""

import pytest
from taggit.models import Tag

from community.models import AgencyLevel, TimeZone
from tests.factories import (
    AgencyFactory,
    RegencyFactory,
    UserFactory,
    fill_profile,
    member_with_profile,
    province,
)

pytestmark = pytest.mark.django_db

EDIT = "/akun/profil/"


def profile_data(**overrides):
    """A complete, valid profile form as the browser would send it."""
    data = {
        "display_name": "Siti Rahmawati",
        "agency": "",
        "partner_organisation": "",
        "unit": "Bidang Kesehatan Masyarakat",
        "position": "Analis Kebijakan Ahli Muda",
        "region": "",
        "time_zone": "",
        "bio": "Mengelola program stunting di tingkat provinsi.",
        "email_notifications": "on",
        "email_digest": "weekly",
        "expertise_text": "stunting, gizi",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_profile_shows_name_position_agency_region_and_expertise(anonymous):
    agency = AgencyFactory(
        name="Dinas Kesehatan", acronym="Dinkes", region=province("91"), level=AgencyLevel.PROVINCE
    )
    regency = RegencyFactory(code="91.03", name="Kabupaten Jayapura", parent=province("91"))
    member_with_profile(
        username="yohanes",
        display_name="Yohanes Kogoya",
        position="Kepala Seksi Gizi",
        unit="Bidang Kesehatan Masyarakat",
        agency=agency,
        region=regency,
        expertise=["stunting", "gizi buruk"],
    )

    response = anonymous.get("/anggota/yohanes/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Yohanes Kogoya" in page
    assert "@yohanes" in page
    assert "Kepala Seksi Gizi" in page
    assert "Dinas Kesehatan (Dinkes)" in page
    assert "Kabupaten Jayapura, Papua" in page
    assert 'href="/anggota/?tag=stunting"' in page
    assert "gizi buruk" in page
    assert "Jabatan" in page and "Keahlian" in page


def test_a_partner_profile_shows_the_organisation_and_a_partner_badge(anonymous):
    member_with_profile(
        username="dr_ani",
        display_name="Dr. Ani",
        is_partner=True,
        partner_organisation="Universitas Cenderawasih",
    )

    page = anonymous.get("/anggota/dr_ani/").content.decode()

    assert "Universitas Cenderawasih" in page
    assert "Mitra" in page


def test_what_a_member_wrote_is_shown_as_text_never_as_html(anonymous):
    member_with_profile(username="iseng", display_name="<b>Iseng</b>", bio="<script>alert(1)</script>")

    page = anonymous.get("/anggota/iseng/").content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;Iseng&lt;/b&gt;" in page


def test_an_unknown_username_is_a_not_found_page_in_indonesian(anonymous):
    response = anonymous.get("/anggota/tidak-ada-orangnya/")

    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_an_inactive_member_has_no_public_profile(anonymous):
    UserFactory(username="sudah_pensiun", is_active=False)

    response = anonymous.get("/anggota/sudah_pensiun/")

    assert response.status_code == 404


def test_the_own_profile_page_offers_an_edit_link_to_its_owner_only(member_client, anonymous, member):
    assert 'href="/akun/profil/"' in member_client.get(f"/anggota/{member.username}/").content.decode()
    assert 'href="/akun/profil/"' not in anonymous.get(f"/anggota/{member.username}/").content.decode()


def test_editing_a_profile_requires_signing_in(anonymous):
    response = anonymous.get(EDIT)

    assert response.status_code == 302
    assert response["Location"] == "/akun/login/?next=/akun/profil/"


def test_the_edit_form_is_filled_with_the_current_profile(member_client, member):
    fill_profile(member, display_name="Siti Rahmawati", expertise=["stunting", "sakip"])

    page = member_client.get(EDIT).content.decode()

    assert 'value="Siti Rahmawati"' in page
    assert "sakip, stunting" in page or "stunting, sakip" in page


def test_saving_the_profile_stores_the_fields_and_shows_the_public_page(member_client, member):
    agency = AgencyFactory(
        name="Badan Perencanaan Pembangunan Daerah", acronym="Bappeda", region=province("51")
    )

    response = member_client.post(
        EDIT,
        profile_data(
            agency=agency.pk, region=province("51").pk, time_zone=TimeZone.WITA, email_digest="daily"
        ),
        follow=True,
    )

    assert response.redirect_chain[-1][0] == f"/anggota/{member.username}/"
    assert "Profil Anda sudah disimpan." in response.content.decode()
    profile = member.profile
    profile.refresh_from_db()
    assert profile.display_name == "Siti Rahmawati"
    assert profile.agency == agency
    assert profile.region == province("51")
    assert profile.time_zone == TimeZone.WITA
    assert profile.position == "Analis Kebijakan Ahli Muda"
    assert profile.email_digest == "daily"
    assert sorted(profile.expertise.names()) == ["gizi", "stunting"]


def test_expertise_tags_are_normalised_to_one_lower_case_tag_per_idea(member_client, member):
    member_client.post(EDIT, profile_data(expertise_text="Pelayanan  Publik, pelayanan publik, SAKIP"))

    assert sorted(member.profile.expertise.names()) == ["pelayanan publik", "sakip"]


def test_one_expertise_of_several_words_stays_one_tag(member_client, member):
    member_client.post(EDIT, profile_data(expertise_text="Pelayanan Publik"))

    assert list(member.profile.expertise.names()) == ["pelayanan publik"]


def test_members_typing_a_tag_differently_share_the_same_tag(member_client, member, client_factory):
    other = UserFactory(username="rudi")
    other_client = client_factory()
    other_client.force_login(other)

    member_client.post(EDIT, profile_data(expertise_text="Pelayanan Publik"))
    other_client.post(EDIT, profile_data(display_name="Rudi", expertise_text="  PELAYANAN   publik "))

    assert Tag.objects.filter(name__iexact="pelayanan publik").count() == 1
    assert list(other.profile.expertise.names()) == ["pelayanan publik"]


def test_saving_with_no_expertise_clears_the_tags(member_client, member):
    fill_profile(member, display_name="Siti", expertise=["stunting"])

    member_client.post(EDIT, profile_data(expertise_text=""))

    assert list(member.profile.expertise.names()) == []


def test_the_display_name_is_required(member_client, member):
    response = member_client.post(EDIT, profile_data(display_name=""))

    assert response.status_code == 200
    assert "harus diisi" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "typed", "error"),
    [
        ("display_name", "N" * 101, "paling banyak 100 karakter (sekarang 101 karakter)"),
        ("bio", "B" * 501, "paling banyak 500 karakter (sekarang 501 karakter)"),
        ("expertise_text", "stunting, " + "k" * 51, "Setiap keahlian paling panjang 50 karakter."),
        ("expertise_text", ", ".join(f"keahlian{n}" for n in range(11)), "Paling banyak 10 keahlian."),
    ],
)
def test_too_long_input_is_refused_in_indonesian_and_kept_in_the_form(
    member_client, member, field, typed, error
):
    response = member_client.post(EDIT, profile_data(**{field: typed}))

    assert response.status_code == 200
    page = response.content.decode()
    assert error in page
    assert "Periksa kembali isian yang ditandai." in page
    assert typed in page
    # What else was typed survives too.
    assert "Analis Kebijakan Ahli Muda" in page
    member.profile.refresh_from_db()
    assert member.profile.display_name == ""
    assert list(member.profile.expertise.names()) == []


def test_a_partner_must_name_their_organisation(member_client, member):
    response = member_client.post(EDIT, profile_data(is_partner="on", partner_organisation=""))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Tuliskan nama organisasi mitra Anda." in page
    assert 'name="is_partner"' in page and "checked" in page
    member.profile.refresh_from_db()
    assert not member.profile.is_partner


def test_a_partner_with_an_organisation_is_saved_as_a_partner(member_client, member):
    member_client.post(EDIT, profile_data(is_partner="on", partner_organisation="LSM Peduli Gizi"))

    member.profile.refresh_from_db()
    assert member.profile.is_partner
    assert member.profile.affiliation == "LSM Peduli Gizi"


def test_an_unknown_agency_is_refused_without_an_error_page(member_client, member):
    response = member_client.post(EDIT, profile_data(agency="999999"))

    assert response.status_code == 200
    assert "Masukkan pilihan yang valid" in response.content.decode()
