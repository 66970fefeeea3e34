"""What editors get from search: the query log and report, editors' picks, related content.

Every search is logged in Wagtail's search_promotions Query/QueryDailyHits and
in our QueryOutcome (searches, zero results); editors read the report in the
admin and promote pages for a query ("Pilihan editor"). Practice pages show
up to five related practices found through the index.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from search.models import QueryOutcome
from tests.community.practice_factories import make_practice, practice_index

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"
REPORT = "simpul_search_report"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def outcome(query_string):
    row = QueryOutcome.objects.get(query__query_string=query_string)
    return row.searches, row.zero_results


def table_rows(response, heading):
    """The rows of the report table under a heading, as lists of cell texts."""
    title = soup(response).find("h2", string=heading)
    assert title is not None, heading
    table = title.find_next_sibling("table")
    return [[cell.get_text() for cell in row.find_all("td")] for row in table.select("tbody tr")]


@pytest.fixture
def practice(search_backend):
    return make_practice(
        "Posyandu Digital",
        summary="Kader posyandu mencatat tumbuh kembang balita lewat aplikasi.",
        tags=["stunting"],
    )


def test_a_search_is_logged_with_its_result_count(anonymous, practice):
    anonymous.get(SEARCH, {"q": "posyandu"})
    anonymous.get(SEARCH, {"q": "Posyandu"})
    anonymous.get(SEARCH, {"q": "tidakadakatanya"})

    assert outcome("posyandu") == (2, 0)
    assert outcome("tidakadakatanya") == (1, 1)
    assert QueryOutcome.objects.get(query__query_string="posyandu").date == timezone.localdate()
    hits = QueryDailyHits.objects.get(
        query=Query.objects.get(query_string="posyandu"), date=timezone.localdate()
    )
    assert hits.hits == 2
    assert Query.objects.get(query_string="tidakadakatanya").hits == 1


def test_paging_and_narrowing_a_search_is_not_counted_again(anonymous, practice):
    for number in range(10):
        make_practice(f"Posyandu Desa {number}")
    anonymous.get(SEARCH, {"q": "posyandu"})
    anonymous.get(SEARCH, {"q": "posyandu", "halaman": 2})
    anonymous.get(SEARCH, {"q": "posyandu", "tag": practice.tags.get().pk})
    anonymous.get(SEARCH, {"q": "posyandu", "jenis": "practicepage"})

    assert outcome("posyandu") == (1, 0)


def test_an_empty_query_is_not_logged(anonymous, practice):
    anonymous.get(SEARCH, {"q": "   "})
    anonymous.get(SEARCH)

    assert not QueryOutcome.objects.exists()
    assert not Query.objects.exists()


@pytest.fixture
def searches(anonymous, member_client, practice):
    for _ in range(3):
        anonymous.get(SEARCH, {"q": "posyandu"})
    member_client.get(SEARCH, {"q": "stunting"})
    for _ in range(2):
        anonymous.get(SEARCH, {"q": "jam pelajaran"})
    member_client.get(SEARCH, {"q": "sertifikat halal"})


def test_the_report_shows_editors_the_top_queries(editor_client, searches):
    response = editor_client.get(reverse(REPORT))

    rows = table_rows(response, "Pencarian teratas")
    assert rows[:4] == [
        ["posyandu", "3", "0"],
        ["jam pelajaran", "2", "2"],
        ["sertifikat halal", "1", "1"],
        ["stunting", "1", "0"],
    ]


def test_the_report_shows_editors_the_queries_that_found_nothing(editor_client, searches):
    response = editor_client.get(reverse(REPORT))

    rows = table_rows(response, "Pencarian yang tidak menemukan apa pun")
    assert rows == [["jam pelajaran", "2", "2"], ["sertifikat halal", "1", "1"]]


def test_the_report_period_leaves_out_older_searches(editor_client, searches):
    QueryOutcome.objects.filter(query__query_string="posyandu").update(
        date=timezone.localdate() - timezone.timedelta(days=40)
    )

    last_week = editor_client.get(reverse(REPORT), {"hari": 7})
    last_quarter = editor_client.get(reverse(REPORT), {"hari": 90})

    assert "posyandu" not in [row[0] for row in table_rows(last_week, "Pencarian teratas")]
    assert "posyandu" in [row[0] for row in table_rows(last_quarter, "Pencarian teratas")]
    assert editor_client.get(reverse(REPORT), {"hari": "abc"}).status_code == 200


def test_the_report_is_in_the_editors_reports_menu(editor_client):
    response = editor_client.get("/admin/")

    assert reverse(REPORT) in response.content.decode()


def test_a_member_cannot_open_the_report(member_client, searches):
    response = member_client.get(reverse(REPORT))

    assert response.status_code in (302, 403)
    assert "posyandu" not in response.content.decode()


def test_an_anonymous_reader_cannot_open_the_report(anonymous, searches):
    response = anonymous.get(reverse(REPORT))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.fixture
def promoted(practice):
    guide = make_practice(
        "Panduan Bantuan Hukum Gratis", summary="Cara warga mendapat bantuan hukum cuma-cuma."
    )
    SearchPromotion.objects.create(
        query=Query.get("bantuan hukum"),
        page=guide,
        sort_order=0,
        description="Panduan resmi dari Biro Hukum.",
    )
    return guide


def picks(response):
    section = soup(response).select_one("section.editors-picks")
    if section is None:
        return []
    return [(link.get_text(), link["href"]) for link in section.select("li a")]


def test_an_editors_pick_shows_under_pilihan_editor(anonymous, promoted):
    response = anonymous.get(SEARCH, {"q": "Bantuan  Hukum"})

    section = soup(response).select_one("section.editors-picks")
    assert section.find("h2").get_text() == "Pilihan editor"
    assert picks(response) == [(promoted.title, promoted.url)]
    assert "Panduan resmi dari Biro Hukum." in section.get_text()


def test_an_editors_pick_shows_only_for_its_query(anonymous, promoted):
    assert picks(anonymous.get(SEARCH, {"q": "posyandu"})) == []


def test_an_editors_pick_can_be_an_external_link(anonymous, practice):
    SearchPromotion.objects.create(
        query=Query.get("posyandu"),
        external_link_url="https://example.go.id/posyandu",
        external_link_text="Pedoman Posyandu Kemenkes",
        sort_order=0,
    )

    assert picks(anonymous.get(SEARCH, {"q": "posyandu"})) == [
        ("Pedoman Posyandu Kemenkes", "https://example.go.id/posyandu")
    ]


@pytest.mark.parametrize("hidden", ["draft", "members_only", "password"])
def test_an_editors_pick_the_reader_may_not_see_is_left_out(anonymous, member_client, practice, hidden):
    page = make_practice(
        "Bantuan Hukum Tersembunyi", live=hidden != "draft", members_only=hidden == "members_only"
    )
    if hidden == "password":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x1"
        )
    SearchPromotion.objects.create(query=Query.get("bantuan hukum"), page=page, sort_order=0)

    response = anonymous.get(SEARCH, {"q": "bantuan hukum"})

    assert picks(response) == []
    assert "Bantuan Hukum Tersembunyi" not in response.content.decode()
    member_picks = picks(member_client.get(SEARCH, {"q": "bantuan hukum"}))
    assert member_picks == ([(page.title, page.url)] if hidden == "members_only" else [])


def test_an_editors_pick_can_be_a_page_the_site_search_does_not_search(anonymous, practice):
    index = practice_index()
    SearchPromotion.objects.create(query=Query.get("posyandu"), page=index, sort_order=0)
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)

    assert picks(anonymous.get(SEARCH, {"q": "posyandu"})) == []
    PageViewRestriction.objects.all().delete()
    assert picks(anonymous.get(SEARCH, {"q": "posyandu"})) == [(index.title, index.url)]


def test_an_editor_can_promote_a_page_in_the_admin(editor_client):
    response = editor_client.get(reverse("wagtailsearchpromotions:add"))

    assert response.status_code == 200


def related_titles(response):
    section = soup(response).select_one("section.related-content")
    return [] if section is None else [link.get_text() for link in section.find_all("a")]


@pytest.fixture
def stunting_library(search_backend):
    shown = make_practice(
        "Posyandu Digital Cegah Stunting",
        summary="Kader posyandu mencatat tumbuh kembang balita lewat aplikasi.",
        tags=["stunting", "posyandu"],
    )
    similar = [
        make_practice(title, tags=["stunting"])
        for title in (
            "Dapur Sehat Atasi Stunting",
            "Rumah Desa Sehat untuk Stunting",
            "Kelas Ibu Balita Cegah Stunting",
            "Posyandu Keliling Pulau Kecil",
            "Pemberian Makanan Tambahan Stunting",
            "Gerakan Orang Tua Asuh Stunting",
            "Sanitasi Rumah Tangga dan Stunting",
        )
    ]
    unrelated = make_practice("Akta Kelahiran Terbit Sebelum Bayi Pulang", tags=["kependudukan"])
    return shown, similar, unrelated


def test_a_practice_page_shows_at_most_five_related_practices(anonymous, stunting_library):
    shown, similar, unrelated = stunting_library

    response = anonymous.get(shown.url)

    titles = related_titles(response)
    assert len(titles) == 5
    assert set(titles) <= {page.title for page in similar}
    assert shown.title not in titles
    assert unrelated.title not in titles
    assert soup(response).select_one("section.related-content h2").get_text() == "Mungkin juga berguna"


def test_related_content_leaves_out_drafts_and_members_only_practices_for_anonymous_readers(
    anonymous, search_backend
):
    shown = make_practice("Bank Sampah Sekolah", tags=["bank sampah"])
    public = make_practice("Bank Sampah Kelurahan", tags=["bank sampah"])
    make_practice("Bank Sampah Draf", tags=["bank sampah"], live=False)
    make_practice("Bank Sampah Khusus Anggota", tags=["bank sampah"], members_only=True)

    assert related_titles(anonymous.get(shown.url)) == [public.title]


def test_a_practice_with_nothing_related_shows_no_related_section(anonymous, stunting_library):
    _, _, unrelated = stunting_library

    response = anonymous.get(unrelated.url)

    assert response.status_code == 200
    assert related_titles(response) == []
    assert "Mungkin juga berguna" not in response.content.decode()
