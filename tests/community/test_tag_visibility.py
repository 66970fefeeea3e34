"""Tags are only as public as what carries them.

A tag used only on a draft, a practice in review or a members-only practice
is neither suggested to nor given a page (or a feed) for a reader who may
not see that practice. Expertise on an active member's public profile is
public; an inactive member's is not.
"""

import pytest

from tests.community.practice_factories import make_practice, make_practice_in_review
from tests.factories import UserFactory, fill_profile

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


@pytest.fixture
def tagged_everywhere(member):
    make_practice("Praktik Publik", tags=["topik publik"])
    make_practice("Praktik Draf", live=False, tags=["topik draf"])
    make_practice_in_review("Praktik Ditinjau", submitted_by=member, tags=["topik ditinjau"])
    make_practice("Praktik Khusus Anggota", members_only=True, tags=["topik anggota"])
    fill_profile(UserFactory(username="aktif"), expertise=["topik keahlian"])
    fill_profile(UserFactory(username="nonaktif", is_active=False), expertise=["topik nonaktif"])


def suggested(client, prefix="topik"):
    return sorted(client.get("/tag/saran/", {"q": prefix}).json()["tags"])


def test_suggestions_know_only_tags_of_what_an_anonymous_reader_may_see(anonymous, tagged_everywhere):
    assert suggested(anonymous) == ["topik keahlian", "topik publik"]


def test_a_member_is_also_suggested_tags_of_members_only_practices(member_client, tagged_everywhere):
    assert suggested(member_client) == ["topik anggota", "topik keahlian", "topik publik"]


def test_suggestions_count_only_the_uses_the_reader_may_see(anonymous):
    for _ in range(3):
        make_practice(live=False, tags=["pelatihan"])
    make_practice(tags=["pelatihan"])
    make_practice(tags=["pendataan"])
    make_practice(tags=["pendataan"])

    assert anonymous.get("/tag/saran/", {"q": "pe"}).json()["tags"] == ["pendataan", "pelatihan"]


@pytest.mark.parametrize(
    ("slug", "status"),
    [
        ("topik-publik", 200),
        ("topik-keahlian", 200),
        ("topik-draf", 404),
        ("topik-ditinjau", 404),
        ("topik-anggota", 404),
        ("topik-nonaktif", 404),
    ],
)
def test_a_tag_on_nothing_an_anonymous_reader_may_see_has_no_page_and_no_feed(
    anonymous, tagged_everywhere, slug, status
):
    assert anonymous.get(f"/tag/{slug}/").status_code == status
    assert anonymous.get(f"/tag/{slug}/feed/atom/").status_code == status
    assert anonymous.get(f"/tag/{slug}/feed/rss/").status_code == status


def test_a_member_sees_the_page_of_a_tag_on_a_members_only_practice(member_client, tagged_everywhere):
    response = member_client.get("/tag/topik-anggota/")

    assert response.status_code == 200
    assert "Praktik Khusus Anggota" in response.content.decode()


def test_the_directory_offers_only_the_expertise_of_active_members(anonymous, tagged_everywhere):
    page = anonymous.get("/anggota/").content.decode()

    assert "topik keahlian" in page
    assert "topik nonaktif" not in page
