"""Who sees which practice, and who may change it.

Drafts, pages in review and members-only pages stay out of every listing,
tag page, feed, the sitemap and the home page for readers who may not see
them; members-only pages are listed for signed-in members (but never in
feeds or the sitemap, which are fetched without a session). Members revise
only their own unpublished submissions and never reach the admin.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from community.models import PracticePage
from tests.community.practice_factories import make_practice, make_practice_in_review
from tests.factories import AgencyFactory, UserFactory, province

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

PUBLIC = "Praktik Terbuka Untuk Umum"
DRAFT = "Praktik Masih Draf"
IN_REVIEW = "Praktik Sedang Ditinjau Editor"
MEMBERS_ONLY = "Praktik Khusus Anggota"
GROUP_ONLY = "Praktik Khusus Grup Editor"


@pytest.fixture
def practices(member):
    jakarta = province("31")
    common = {"tags": ["inovasi"], "region": jakarta, "is_featured": True}
    group_only = make_practice(GROUP_ONLY, **common)
    restriction = PageViewRestriction.objects.create(
        page=group_only, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Editors"))
    return {
        "public": make_practice(PUBLIC, **common),
        "draft": make_practice(DRAFT, live=False, **common),
        "in_review": make_practice_in_review(IN_REVIEW, submitted_by=member, **common),
        "members_only": make_practice(MEMBERS_ONLY, members_only=True, **common),
        "group_only": group_only,
    }


PUBLIC_PAGES = [
    "/",
    "/praktik-baik/",
    "/praktik-baik/?tag=inovasi",
    "/tag/inovasi/",
]
FEEDS = [
    "/praktik-baik/feed/atom/",
    "/praktik-baik/feed/rss/",
    "/tag/inovasi/feed/atom/",
    "/tag/inovasi/feed/rss/",
    "/wilayah/31/feed/atom/",
    "/wilayah/31/feed/rss/",
    "/sitemap.xml",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES + FEEDS)
def test_anonymous_readers_see_only_public_practices(anonymous, practices, url):
    response = anonymous.get(url)

    assert response.status_code == 200
    content = response.content.decode()
    assert PUBLIC in content or practices["public"].url in content
    for hidden in ("draft", "in_review", "members_only", "group_only"):
        page = practices[hidden]
        assert page.title not in content
        assert page.url not in content


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_signed_in_members_also_see_members_only_practices_in_listings(member_client, practices, url):
    content = member_client.get(url).content.decode()

    assert PUBLIC in content
    assert MEMBERS_ONLY in content
    for hidden in (DRAFT, IN_REVIEW, GROUP_ONLY):
        assert hidden not in content


@pytest.mark.parametrize("url", FEEDS)
def test_feeds_and_the_sitemap_never_carry_members_only_practices(member_client, practices, url):
    content = member_client.get(url).content.decode()

    assert practices["public"].url in content
    assert practices["members_only"].url not in content


def test_the_home_page_features_only_what_the_reader_may_see(anonymous, member_client, practices):
    for_public = anonymous.get("/").content.decode()
    for_member = member_client.get("/").content.decode()

    assert "Pilihan editor" in for_public
    assert MEMBERS_ONLY not in for_public
    assert MEMBERS_ONLY in for_member


def test_popular_tags_count_only_public_practices(anonymous, member_client, practices):
    for client in (anonymous, member_client):
        page = client.get("/").content.decode()
        assert '<a href="/tag/inovasi/">inovasi <span class="muted">(1)</span></a>' in page


def test_a_draft_or_a_page_in_review_is_not_found_at_its_address(anonymous, member_client, practices):
    for page in (practices["draft"], practices["in_review"]):
        assert anonymous.get(page.url).status_code == 404
        assert member_client.get(page.url).status_code == 404


def test_a_members_only_page_sends_anonymous_readers_to_sign_in(anonymous, member_client, practices):
    url = practices["members_only"].url

    response = anonymous.get(url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert member_client.get(url).status_code == 200


def test_a_tag_used_only_by_hidden_practices_has_no_tag_page(anonymous, practices):
    # Issue 7, defect 5: the tag's name alone would give the draft away.
    make_practice("Draf Bertag Rahasia", live=False, tags=["rahasia"])

    response = anonymous.get("/tag/rahasia/")

    assert response.status_code == 404
    assert "Draf Bertag Rahasia" not in response.content.decode()


def test_a_member_cannot_open_another_members_submission(member_client, practices):
    someone_else = UserFactory(username="joko")
    theirs = make_practice_in_review("Kiriman Joko", submitted_by=someone_else)
    draft_of_theirs = make_practice("Draf Joko", live=False, authors=[someone_else])

    for practice in (theirs, draft_of_theirs):
        url = reverse("community:practice_revise", args=[practice.pk])
        assert member_client.get(url).status_code == 404
        assert member_client.post(url, {"title": "Diambil alih"}).status_code == 404
    assert PracticePage.objects.get(pk=draft_of_theirs.pk).title == "Draf Joko"


def test_a_member_cannot_revise_after_publication(member, member_client):
    published = make_practice("Sudah Terbit", authors=[member])
    url = reverse("community:practice_revise", args=[published.pk])

    assert member_client.get(url).status_code == 404
    assert member_client.post(url, {"title": "Diubah setelah terbit"}).status_code == 404
    published.refresh_from_db()
    assert published.title == "Sudah Terbit"
    assert "Perbaiki dan kirim ulang" not in member_client.get("/praktik-baik/kiriman-saya/").content.decode()


def test_a_member_cannot_revise_while_the_editors_are_reviewing(member, member_client, practices):
    url = reverse("community:practice_revise", args=[practices["in_review"].pk])

    assert member_client.get(url).status_code == 404


def test_a_member_can_revise_their_own_draft(member, member_client, practices):
    own_draft = make_practice("Draf Sendiri", live=False, authors=[member])

    response = member_client.get(reverse("community:practice_revise", args=[own_draft.pk]))

    assert response.status_code == 200
    assert 'value="Draf Sendiri"' in response.content.decode()


def test_a_member_cannot_reach_the_admin(member_client):
    response = member_client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert member_client.get(reverse("practices:index")).status_code == 302


def test_a_member_cannot_publish_their_submission_through_the_admin(member, member_client, practices):
    practice = practices["in_review"]
    task_state = practice.current_workflow_state.current_task_state

    for action in ("approve", "reject"):
        url = reverse("wagtailadmin_pages:workflow_action", args=(practice.pk, action, task_state.pk))
        response = member_client.post(url, {"comment": "Setuju sendiri"})
        assert response.status_code in (302, 403)
        assert not response.get("Location", "").startswith(practice.url)
    for url in (
        reverse("wagtailadmin_pages:edit", args=[practice.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[practices["public"].pk]),
    ):
        assert member_client.post(url, {"action-publish": "1", "title": "x", "slug": "x"}).status_code == 302

    practice.refresh_from_db()
    assert not practice.live
    assert practice.current_workflow_state.current_task_state.status == "in_progress"
    assert PracticePage.objects.get(pk=practices["public"].pk).live


def test_replication_is_recorded_only_on_practices_the_member_may_see(member, member_client, practices):
    member.profile.agency = AgencyFactory()
    member.profile.save()

    for hidden in ("draft", "in_review", "group_only"):
        url = reverse("community:practice_replicate", args=[practices[hidden].pk])
        response = member_client.post(url, {"agency": member.profile.agency_id, "status": "berjalan"})
        assert response.status_code == 404
