"""A practice's own page: what readers learn from it, where it links, and its printable view."""

import datetime
import re

import pytest

from community.models import GovernmentAffair, PracticePage, PracticeStatus
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory, RegencyFactory, member_with_profile, province

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


@pytest.fixture
def practice():
    jakarta = province("31")
    author = member_with_profile(username="dewi", display_name="Dewi Lestari")
    co_author = member_with_profile(username="agus", display_name="Agus Salim")
    related = make_practice("Kelas Ibu Hamil Daring")
    return make_practice(
        "Posyandu Digital",
        summary="Kader mencatat tumbuh kembang balita di ponsel.",
        agency=AgencyFactory(name="Dinas Kesehatan DKI Jakarta", region=jakarta),
        region=RegencyFactory(name="Kota Jakarta Selatan", code="31.74", parent=jakarta),
        government_affair=GovernmentAffair.HEALTH,
        status=PracticeStatus.RUNNING,
        started_on=datetime.date(2022, 5, 1),
        contact_name="Ns. Rahmawati",
        contact_email="rahmawati@dinkes.jakarta.go.id",
        tags=["stunting", "gizi balita"],
        authors=[author, co_author],
        related=[related],
        outcomes=[("Prevalensi stunting", "24%", "17%"), ("Balita tercatat", "60%", "98%")],
    )


def test_the_page_shows_the_practice_metadata(anonymous, practice):
    response = anonymous.get(practice.url)

    assert response.status_code == 200
    page = response.content.decode()
    assert '<h1 id="judul-praktik">Posyandu Digital</h1>' in page
    assert "Kader mencatat tumbuh kembang balita di ponsel." in page
    assert f'<a href="/praktik-baik/?instansi={practice.agency.pk}">Dinas Kesehatan DKI Jakarta</a>' in page
    assert "<dd>Kota Jakarta Selatan, DKI Jakarta</dd>" in page
    assert '<a href="/praktik-baik/?urusan=kesehatan">Kesehatan</a>' in page
    assert "Berjalan" in page
    assert "Mei 2022" in page
    assert "Ns. Rahmawati" in page
    assert 'href="mailto:rahmawati@dinkes.jakarta.go.id"' in page


def test_authors_link_to_their_profiles(anonymous, practice):
    page = anonymous.get(practice.url).content.decode()

    assert '<a href="/anggota/dewi/">Dewi Lestari</a>' in page
    assert '<a href="/anggota/agus/">Agus Salim</a>' in page


def test_tags_link_to_their_tag_pages(anonymous, practice):
    page = anonymous.get(practice.url).content.decode()

    assert '<a href="/tag/stunting/">stunting</a>' in page
    assert '<a href="/tag/gizi-balita/">gizi balita</a>' in page


def test_related_practices_are_linked(anonymous, practice):
    related = PracticePage.objects.get(title="Kelas Ibu Hamil Daring")

    page = anonymous.get(practice.url).content.decode()

    assert "Praktik terkait" in page
    assert f'<a href="{related.url}">Kelas Ibu Hamil Daring</a>' in page


def test_a_related_practice_that_is_not_public_is_not_linked(anonymous, member_client):
    draft = make_practice("Draf Rahasia", live=False)
    private = make_practice("Khusus Anggota", members_only=True)
    practice = make_practice("Praktik Utama", related=[draft, private])

    for_public = anonymous.get(practice.url).content.decode()
    for_member = member_client.get(practice.url).content.decode()

    assert "Draf Rahasia" not in for_public
    assert "Khusus Anggota" not in for_public
    assert "Draf Rahasia" not in for_member
    assert "Khusus Anggota" in for_member


def test_outcomes_are_shown_as_a_table_before_and_after(anonymous, practice):
    page = anonymous.get(practice.url).content.decode()

    assert "Hasil terukur" in page
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td><td>([^<]+)</td></tr>', page)
    assert rows == [("Prevalensi stunting", "24%", "17%"), ("Balita tercatat", "60%", "98%")]


def test_the_printable_view_is_offered_and_marks_the_page_printable(anonymous, practice):
    normal = anonymous.get(practice.url).content.decode()
    printable = anonymous.get(practice.url, {"cetak": 1})

    assert 'href="?cetak=1">Versi cetak</a>' in normal
    assert not re.search(r'<body[^>]*class="[^"]*printable', normal)
    assert printable.status_code == 200
    assert re.search(r'<body[^>]*class="[^"]*printable', printable.content.decode())
    assert "Posyandu Digital" in printable.content.decode()


def test_each_reading_counts_a_view(anonymous, practice):
    anonymous.get(practice.url)
    anonymous.get(practice.url)

    practice.refresh_from_db()
    assert practice.view_count == 2


def test_the_page_has_a_description_for_search_engines_and_shares(anonymous, practice):
    page = anonymous.get(practice.url).content.decode()

    assert '<meta name="description" content="Kader mencatat tumbuh kembang balita di ponsel.">' in page
