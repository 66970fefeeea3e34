"""What editors curate: featured practices on the home page, and the practice list in the admin."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.community.practice_factories import days_ago, make_practice, make_practice_in_review

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def section(page, heading_id):
    """The HTML of one home-page section, from its heading to the end of the section."""
    match = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', page, re.S)
    return match.group(1) if match else ""


def years_ago(years, days=0):
    return timezone.localdate() - datetime.timedelta(days=365 * years + days)


# Editors' picks on the home page


def test_featured_practices_appear_as_editors_picks(anonymous):
    make_practice("Posyandu Digital", is_featured=True, published_at=days_ago(5))
    make_practice("Sekolah Satu Atap", is_featured=True, published_at=days_ago(1))
    make_practice("Praktik Biasa")

    page = anonymous.get("/").content.decode()

    picks = section(page, "judul-pilihan")
    assert "Pilihan editor" in picks
    assert picks.index("Sekolah Satu Atap") < picks.index("Posyandu Digital")
    assert "Praktik Biasa" not in picks
    assert "Praktik Biasa" in section(page, "judul-praktik-terbaru")


def test_without_featured_practices_the_editors_picks_are_left_out(anonymous):
    make_practice("Praktik Biasa")

    assert "Pilihan editor" not in anonymous.get("/").content.decode()


def test_featuring_takes_effect_when_the_editor_publishes(anonymous):
    practice = make_practice("Posyandu Digital")
    practice.is_featured = True
    practice.save_revision()

    assert "Pilihan editor" not in anonymous.get("/").content.decode()

    practice.get_latest_revision().publish()

    assert "Posyandu Digital" in section(anonymous.get("/").content.decode(), "judul-pilihan")


def test_at_most_four_editors_picks_are_shown(anonymous):
    for n in range(6):
        make_practice(f"Pilihan {n}", is_featured=True, published_at=days_ago(n + 1))

    picks = section(anonymous.get("/").content.decode(), "judul-pilihan")

    assert re.findall(r">Pilihan (\d)</a>", picks) == ["0", "1", "2", "3"]


def test_the_home_page_links_to_all_practices(anonymous):
    make_practice("Posyandu Digital")

    page = anonymous.get("/").content.decode()

    assert '<a href="/praktik-baik/">Lihat semua praktik baik →</a>' in page


# The editors' practice list in the admin


@pytest.fixture
def reviewed_practices():
    return {
        "fresh": make_practice("Ditinjau Bulan Lalu", last_reviewed=years_ago(0, days=30)),
        "stale": make_practice("Ditinjau Dua Tahun Lalu", last_reviewed=years_ago(2)),
        "never": make_practice("Belum Pernah Ditinjau", last_reviewed=None),
    }


def listed_titles(response, practices):
    content = response.content.decode()
    return {key for key, practice in practices.items() if practice.title in content}


def test_editors_see_every_practice_in_the_admin_list(editor_client, reviewed_practices):
    response = editor_client.get(reverse("practices:index"))

    assert response.status_code == 200
    assert listed_titles(response, reviewed_practices) == {"fresh", "stale", "never"}


def test_the_needs_review_filter_lists_practices_not_reviewed_for_a_year(editor_client, reviewed_practices):
    response = editor_client.get(reverse("practices:index"), {"needs_review": "true"})

    assert response.status_code == 200
    assert listed_titles(response, reviewed_practices) == {"stale", "never"}


def test_the_needs_review_filter_can_also_list_the_reviewed_ones(editor_client, reviewed_practices):
    response = editor_client.get(reverse("practices:index"), {"needs_review": "false"})

    assert listed_titles(response, reviewed_practices) == {"fresh"}


def test_the_admin_list_filters_featured_practices(editor_client):
    practices = {
        "featured": make_practice("Pilihan Editor", is_featured=True),
        "plain": make_practice("Praktik Biasa"),
    }

    response = editor_client.get(reverse("practices:index"), {"is_featured": "true"})

    assert listed_titles(response, practices) == {"featured"}


def test_the_admin_list_includes_submissions_waiting_for_review(editor_client, member):
    waiting = {"waiting": make_practice_in_review("Menunggu Tinjauan", submitted_by=member)}

    response = editor_client.get(reverse("practices:index"))

    assert listed_titles(response, waiting) == {"waiting"}


def test_a_practice_reviewed_exactly_a_year_ago_is_not_yet_due(editor_client):
    practices = {"due_tomorrow": make_practice("Ditinjau Setahun Lalu", last_reviewed=years_ago(1))}

    response = editor_client.get(reverse("practices:index"), {"needs_review": "true"})

    assert listed_titles(response, practices) == set()


def test_members_and_moderators_cannot_open_the_admin_list(member_client, moderator_client):
    for client in (member_client, moderator_client):
        response = client.get(reverse("practices:index"))
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
