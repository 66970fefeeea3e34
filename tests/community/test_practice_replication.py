""" "Kami mereplikasi": a member records that their agency took a practice home."""

import pytest
from django.urls import reverse

from community.models import Replication
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory, RegencyFactory, fill_profile, member_with_profile, province

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


@pytest.fixture
def practice():
    return make_practice("Mal Pelayanan Publik Terpadu")


@pytest.fixture
def agency():
    papua = province("91")
    return AgencyFactory(
        name="DPMPTSP Kabupaten Jayapura", region=RegencyFactory(name="Kabupaten Jayapura", parent=papua)
    )


@pytest.fixture
def replicating_member(member, agency):
    fill_profile(member, agency=agency)
    return member


def replicate_url(practice):
    return reverse("community:practice_replicate", args=[practice.pk])


def test_a_member_records_that_their_agency_replicated_a_practice(
    replicating_member, member_client, practice, agency, anonymous
):
    response = member_client.post(
        replicate_url(practice),
        {"agency": agency.pk, "status": "berjalan", "note": "Kami mulai dengan tiga loket terpadu."},
    )

    assert response.status_code == 302
    assert response["Location"] == practice.url + "#replikasi"
    replication = Replication.objects.get()
    assert (replication.practice, replication.agency) == (practice, agency)
    assert replication.member == replicating_member.profile

    page = member_client.get(practice.url).content.decode()
    assert "Terima kasih: replikasi oleh instansi Anda sudah dicatat." in page
    public = anonymous.get(practice.url).content.decode()
    assert "<strong>DPMPTSP Kabupaten Jayapura</strong> (Kabupaten Jayapura)" in public
    assert "Kami mulai dengan tiga loket terpadu." in public
    assert '<span class="badge badge-berjalan">Berjalan</span>' in public
    assert "Belum ada instansi yang mencatat replikasi." not in public


def test_the_replication_can_be_updated_later_without_a_second_record(
    replicating_member, member_client, practice, agency, anonymous
):
    url = replicate_url(practice)
    member_client.post(url, {"agency": agency.pk, "status": "berjalan", "note": "Baru mulai."})

    member_client.post(url, {"agency": agency.pk, "status": "berhenti", "note": "Anggaran dipotong."})

    replication = Replication.objects.get()
    assert replication.status == "berhenti"
    assert replication.note == "Anggaran dipotong."
    page = anonymous.get(practice.url).content.decode()
    assert '<span class="badge badge-berhenti">Berhenti</span>' in page
    assert "Baru mulai." not in page


def test_a_colleague_from_the_same_agency_updates_the_same_record(
    replicating_member, member_client, practice, agency, client_factory
):
    member_client.post(replicate_url(practice), {"agency": agency.pk, "status": "berjalan"})
    colleague = member_with_profile(username="yohana", agency=agency)
    colleague_client = client_factory()
    colleague_client.force_login(colleague)

    colleague_client.post(
        replicate_url(practice), {"agency": agency.pk, "status": "berhenti", "note": "Dihentikan."}
    )

    replication = Replication.objects.get()
    assert replication.status == "berhenti"
    assert replication.member == replicating_member.profile


def test_a_member_of_another_agency_cannot_overwrite_a_replication(
    replicating_member, member_client, practice, agency, client_factory
):
    member_client.post(replicate_url(practice), {"agency": agency.pk, "status": "berjalan", "note": "Asli."})
    outsider = member_with_profile(username="budi", agency=AgencyFactory(name="Dinas Lain"))
    outsider_client = client_factory()
    outsider_client.force_login(outsider)

    response = outsider_client.post(
        replicate_url(practice), {"agency": agency.pk, "status": "berhenti", "note": "Palsu."}
    )

    assert response.status_code == 400
    assert "Instansi ini sudah mencatat replikasi praktik ini." in response.content.decode()
    replication = Replication.objects.get()
    assert (replication.status, replication.note) == ("berjalan", "Asli.")


def test_the_list_shows_every_replicating_agency_and_its_region(anonymous, practice):
    for agency_name, region_name, code, province_code in (
        ("Dinkes Kota Ambon", "Kota Ambon", "81.71", "81"),
        ("Dinkes Kabupaten Kupang", "Kabupaten Kupang", "53.01", "53"),
    ):
        region = RegencyFactory(name=region_name, code=code, parent=province(province_code))
        Replication.objects.create(practice=practice, agency=AgencyFactory(name=agency_name, region=region))

    page = anonymous.get(practice.url).content.decode()

    assert "<strong>Dinkes Kota Ambon</strong> (Kota Ambon)" in page
    assert "<strong>Dinkes Kabupaten Kupang</strong> (Kabupaten Kupang)" in page
    assert "direplikasi oleh 2 instansi" in anonymous.get("/praktik-baik/").content.decode()


def test_the_note_is_shown_as_text(replicating_member, member_client, practice, agency, anonymous):
    member_client.post(
        replicate_url(practice),
        {"agency": agency.pk, "status": "berjalan", "note": "<script>alert(1)</script>"},
    )

    page = anonymous.get(practice.url).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_bad_input_is_refused_in_indonesian_and_kept(replicating_member, member_client, practice, agency):
    response = member_client.post(
        replicate_url(practice), {"agency": agency.pk, "status": "selesai", "note": "Catatan saya."}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "Masukkan pilihan yang valid." in page
    assert "Catatan saya.</textarea>" in page
    assert f'<option value="{agency.pk}" selected>' in page
    assert not Replication.objects.exists()


def test_an_agency_that_is_not_a_number_is_refused(replicating_member, member_client, practice):
    response = member_client.post(replicate_url(practice), {"agency": "dinkes", "status": "berjalan"})

    assert response.status_code == 400
    assert "Masukkan pilihan yang valid." in response.content.decode()
    assert not Replication.objects.exists()


def test_a_note_over_1000_characters_is_refused(replicating_member, member_client, practice, agency):
    response = member_client.post(
        replicate_url(practice), {"agency": agency.pk, "status": "berjalan", "note": "x" * 1001}
    )

    assert response.status_code == 400
    assert not Replication.objects.exists()


def test_signed_in_members_get_the_form_with_their_agency_chosen(
    replicating_member, member_client, practice, agency
):
    page = member_client.get(practice.url).content.decode()

    assert "Kami mereplikasi" in page
    assert f'<option value="{agency.pk}" selected>' in page


def test_anonymous_readers_are_asked_to_sign_in(anonymous, practice, agency):
    page = anonymous.get(practice.url).content.decode()
    assert "Masuk untuk mencatat bahwa instansi Anda mereplikasi praktik ini." in page

    response = anonymous.post(replicate_url(practice), {"agency": agency.pk, "status": "berjalan"})

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert not Replication.objects.exists()


def test_replication_is_recorded_by_post_only(replicating_member, member_client, practice):
    assert member_client.get(replicate_url(practice)).status_code == 405


@pytest.mark.parametrize("value", ["²", "٣", "1" * 25, "abc"])
def test_an_odd_agency_number_is_a_form_error_not_a_server_error(
    replicating_member, member_client, practice, agency, value
):
    response = member_client.post(
        replicate_url(practice), {"agency": value, "status": "berjalan", "note": ""}
    )

    assert response.status_code == 400
    assert "Masukkan pilihan yang valid" in response.content.decode()
    assert not Replication.objects.exists()
