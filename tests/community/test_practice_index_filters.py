"""/praktik-baik/: filters that combine, sorting, paging, and URLs that can be shared."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.models import GovernmentAffair, PracticeStatus, Replication
from tests.community.practice_factories import days_ago, make_practice
from tests.factories import AgencyFactory, RegencyFactory, province

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

INDEX = "/praktik-baik/"


def titles(response):
    """Practice titles on a listing page, in the order shown."""
    return re.findall(
        r'<article class="card practice-card">\s*<h3><a href="[^"]*">([^<]+)</a>', response.content.decode()
    )


@pytest.fixture
def places():
    jakarta, papua = province("31"), province("91")
    return {
        "jakarta": jakarta,
        "papua": papua,
        "jakarta_selatan": RegencyFactory(name="Kota Jakarta Selatan", code="31.74", parent=jakarta),
        "jayapura": RegencyFactory(name="Kabupaten Jayapura", code="91.03", parent=papua),
    }


@pytest.fixture
def library(places):
    """Four practices differing in every filtered dimension."""
    dinkes = AgencyFactory(name="Dinas Kesehatan DKI Jakarta", region=places["jakarta"])
    disdik = AgencyFactory(name="Dinas Pendidikan Papua", region=places["papua"])
    return {
        "posyandu": make_practice(
            "Posyandu Digital",
            agency=dinkes,
            region=places["jakarta_selatan"],
            government_affair=GovernmentAffair.HEALTH,
            started_on=datetime.date(2022, 5, 1),
            status=PracticeStatus.RUNNING,
            tags=["stunting", "digital"],
            published_at=days_ago(4),
        ),
        "puskesmas": make_practice(
            "Puskesmas Keliling",
            agency=dinkes,
            region=places["jakarta"],
            government_affair=GovernmentAffair.HEALTH,
            started_on=datetime.date(2019, 1, 1),
            status=PracticeStatus.STOPPED,
            tags=["stunting"],
            published_at=days_ago(3),
        ),
        "guru": make_practice(
            "Guru Penggerak Pedalaman",
            agency=disdik,
            region=places["jayapura"],
            government_affair=GovernmentAffair.EDUCATION,
            started_on=datetime.date(2022, 8, 1),
            status=PracticeStatus.RUNNING,
            tags=["digital"],
            published_at=days_ago(2),
        ),
        "sekolah": make_practice(
            "Sekolah Satu Atap",
            agency=disdik,
            region=places["papua"],
            government_affair=GovernmentAffair.EDUCATION,
            started_on=datetime.date(2019, 7, 1),
            status=PracticeStatus.STOPPED,
            published_at=days_ago(1),
        ),
        "dinkes": dinkes,
        "disdik": disdik,
    }


def test_the_index_lists_published_practices_newest_first(anonymous, library):
    response = anonymous.get(INDEX)

    assert response.status_code == 200
    assert titles(response) == [
        "Sekolah Satu Atap",
        "Guru Penggerak Pedalaman",
        "Puskesmas Keliling",
        "Posyandu Digital",
    ]
    assert "4 praktik baik" in response.content.decode()


def test_filtering_by_tag(anonymous, library):
    assert titles(anonymous.get(INDEX, {"tag": "stunting"})) == ["Puskesmas Keliling", "Posyandu Digital"]


def test_filtering_by_agency(anonymous, library):
    response = anonymous.get(INDEX, {"instansi": library["disdik"].pk})

    assert titles(response) == ["Sekolah Satu Atap", "Guru Penggerak Pedalaman"]


def test_filtering_by_province_includes_practices_of_its_regencies(anonymous, library, places):
    response = anonymous.get(INDEX, {"wilayah": places["papua"].pk})

    assert titles(response) == ["Sekolah Satu Atap", "Guru Penggerak Pedalaman"]


def test_filtering_by_urusan(anonymous, library):
    response = anonymous.get(INDEX, {"urusan": GovernmentAffair.HEALTH})

    assert titles(response) == ["Puskesmas Keliling", "Posyandu Digital"]


def test_filtering_by_the_year_a_practice_started(anonymous, library):
    assert titles(anonymous.get(INDEX, {"tahun": 2022})) == ["Guru Penggerak Pedalaman", "Posyandu Digital"]


def test_filtering_by_status(anonymous, library):
    response = anonymous.get(INDEX, {"status": PracticeStatus.STOPPED})

    assert titles(response) == ["Sekolah Satu Atap", "Puskesmas Keliling"]


def test_filters_combine(anonymous, library, places):
    response = anonymous.get(
        INDEX, {"tag": "digital", "wilayah": places["jakarta"].pk, "tahun": 2022, "status": "berjalan"}
    )

    assert titles(response) == ["Posyandu Digital"]
    assert "1 praktik baik" in response.content.decode()


def test_filters_that_match_nothing_say_so(anonymous, library, places):
    response = anonymous.get(INDEX, {"urusan": GovernmentAffair.EDUCATION, "wilayah": places["jakarta"].pk})

    assert titles(response) == []
    assert "Belum ada praktik baik yang cocok dengan saringan ini." in response.content.decode()


def test_the_filter_form_shows_the_state_of_a_shared_url(anonymous, library, places):
    response = anonymous.get(
        INDEX, {"urusan": GovernmentAffair.EDUCATION, "wilayah": places["papua"].pk, "urutan": "dilihat"}
    )

    page = response.content.decode()
    assert f'<option value="{places["papua"].pk}" selected>Papua</option>' in page
    assert '<option value="pendidikan" selected>Pendidikan</option>' in page
    assert '<option value="dilihat" selected>Paling banyak dilihat</option>' in page


def test_a_bad_filter_value_is_reported_and_the_other_filters_still_apply(anonymous, library):
    response = anonymous.get(INDEX, {"urusan": GovernmentAffair.EDUCATION, "tahun": "1800"})

    assert titles(response) == ["Sekolah Satu Atap", "Guru Penggerak Pedalaman"]
    assert "1945" in response.content.decode()


def test_sorting_by_most_viewed(anonymous, library):
    for _ in range(3):
        anonymous.get(library["puskesmas"].url)
    anonymous.get(library["guru"].url)

    response = anonymous.get(INDEX, {"urutan": "dilihat"})

    assert titles(response)[:2] == ["Puskesmas Keliling", "Guru Penggerak Pedalaman"]


def test_sorting_by_most_replicated(anonymous, library):
    for name in ("Dinkes Kota Jayapura", "Dinkes Kabupaten Biak"):
        Replication.objects.create(practice=library["posyandu"], agency=AgencyFactory(name=name))
    Replication.objects.create(practice=library["guru"], agency=library["dinkes"])

    response = anonymous.get(INDEX, {"urutan": "direplikasi"})

    assert titles(response)[:2] == ["Posyandu Digital", "Guru Penggerak Pedalaman"]
    assert "direplikasi oleh 2 instansi" in response.content.decode()


def test_pages_of_twelve_with_links_that_keep_the_filters(anonymous):
    for day in range(14):
        make_practice(f"Praktik Hari {day:02d}", tags=["inovasi"], published_at=days_ago(day + 1))
    make_practice("Praktik Tanpa Tag", published_at=days_ago(30))

    first = anonymous.get(INDEX, {"tag": "inovasi"})
    second = anonymous.get(INDEX, {"tag": "inovasi", "halaman": 2})

    assert titles(first) == [f"Praktik Hari {day:02d}" for day in range(12)]
    assert titles(second) == ["Praktik Hari 12", "Praktik Hari 13"]
    assert 'href="?tag=inovasi&amp;halaman=2"' in first.content.decode()
    assert 'href="?tag=inovasi&amp;halaman=1"' in second.content.decode()
    assert "Halaman 2 dari 2" in second.content.decode()


def test_a_page_number_past_the_end_shows_the_last_page(anonymous):
    make_practice("Satu-satunya Praktik")

    response = anonymous.get(INDEX, {"halaman": 99})

    assert response.status_code == 200
    assert titles(response) == ["Satu-satunya Praktik"]


def _index_queries(client, count):
    dinkes = AgencyFactory(region=province("31"))
    regency = RegencyFactory(parent=province("31"))
    existing = len(titles(client.get(INDEX)))
    for n in range(count - existing):
        practice = make_practice(agency=dinkes, region=regency, tags=["stunting", f"topik-{n}"])
        Replication.objects.create(practice=practice, agency=AgencyFactory())
    client.get(INDEX)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(INDEX)
    assert len(titles(response)) == min(count, 12)
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_practices(anonymous):
    with_five = _index_queries(anonymous, 5)
    with_twenty_five = _index_queries(anonymous, 25)

    assert with_five == with_twenty_five
