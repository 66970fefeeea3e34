"""/forum/ and forum pages: counts, thread lists with filters and pages, members-only forums, admin previews."""

import pytest

from community.models import HomePage
from forum.models import ForumIndexPage, ForumPage, Thread
from tests.factories import AgencyFactory
from tests.forum.factories import forum_index, make_forum, make_reply, make_thread

pytestmark = pytest.mark.django_db


def test_the_forum_index_is_at_forum_under_the_home_page(anonymous, home_page):
    index = ForumIndexPage.objects.get()
    assert index.get_parent().specific_class is HomePage
    assert index.url == "/forum/"
    assert anonymous.get("/forum/").status_code == 200


def test_the_forum_index_lists_forums_with_counts_and_latest_activity(
    anonymous, thread, public_forum, member
):
    make_thread(public_forum, author=member, title="Diskusi terbaru di sini")
    response = anonymous.get("/forum/")
    assert "Forum Kesehatan" in response.text
    assert "2 diskusi" in response.text and "3 tulisan" in response.text
    assert "Diskusi terbaru di sini" in response.text


def test_the_forum_index_needs_the_same_queries_for_many_forums(anonymous, member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for _round in range(2):
        for _ in range(3):
            forum = make_forum()
            make_thread(forum, author=member, replies=2)
        anonymous.get("/forum/")
        with CaptureQueriesContext(connection) as queries:
            anonymous.get("/forum/")
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_members_only_forums_are_listed_for_members_only(anonymous, member_client, members_forum):
    assert "Forum Kepegawaian" not in anonymous.get("/forum/").text
    assert "Forum Kepegawaian" in member_client.get("/forum/").text


def test_a_members_only_forum_does_not_exist_for_anonymous_readers(
    anonymous, member_client, members_forum, member
):
    thread = make_thread(members_forum, author=member)
    assert anonymous.get("/forum/kepegawaian/").status_code == 404
    assert anonymous.get(thread.get_absolute_url()).status_code == 404
    assert member_client.get("/forum/kepegawaian/").status_code == 200


def test_the_forum_page_shows_description_rules_host_and_moderators(anonymous, forum_moderator):
    agency = AgencyFactory(name="Dinas Kesehatan Provinsi Papua")
    forum = make_forum(
        "Forum Gizi",
        slug="gizi",
        host_agency=agency,
        moderators=[forum_moderator],
        rules="<p>Sopan dan santun.</p>",
    )
    page = anonymous.get("/forum/gizi/")
    assert forum.description in page.text
    assert "Sopan dan santun." in page.text
    assert "Dinas Kesehatan Provinsi Papua" in page.text
    assert "rina_moderator" in page.text


def test_pinned_threads_come_first_then_the_latest_activity(anonymous, public_forum, member):
    old = make_thread(public_forum, author=member, title="Lama tapi disematkan", is_pinned=True)
    quiet = make_thread(public_forum, author=member, title="Sepi")
    busy = make_thread(public_forum, author=member, title="Ramai")
    make_reply(busy, author=member)
    text = anonymous.get("/forum/kesehatan/").text
    assert text.index(old.title) < text.index(busy.title) < text.index(quiet.title)


def test_filters_combine_and_stay_in_the_url(member_client, public_forum, member, another_member):
    mine_solved = make_thread(public_forum, author=member, title="Milik saya terjawab", tags=["gizi"])
    answer = make_reply(mine_solved, author=another_member)
    Thread.objects.filter(pk=mine_solved.pk).update(solution=answer)
    make_thread(public_forum, author=member, title="Milik saya belum dijawab", tags=["gizi"])
    make_thread(public_forum, author=another_member, title="Punya orang lain", tags=["gizi"])
    make_thread(public_forum, author=member, title="Tag lain", tags=["arsip"])

    def titles(query):
        text = member_client.get(f"/forum/kesehatan/?{query}").text
        return {
            title
            for title in ("Milik saya terjawab", "Milik saya belum dijawab", "Punya orang lain", "Tag lain")
            if title in text
        }

    assert titles("tag=gizi") == {"Milik saya terjawab", "Milik saya belum dijawab", "Punya orang lain"}
    assert titles("tag=gizi&saya=1") == {"Milik saya terjawab", "Milik saya belum dijawab"}
    assert titles("tag=gizi&saya=1&belum_dijawab=1") == {"Milik saya belum dijawab"}
    assert titles("selesai=1") == {"Milik saya terjawab"}
    page = member_client.get("/forum/kesehatan/?tag=gizi&saya=1")
    assert 'value="gizi" selected' in page.text and 'name="saya" value="1" checked' in page.text


def test_bad_filter_values_are_harmless(anonymous, thread):
    for query in ("tag=" + "x" * 5000, "halaman=-1", "halaman=99999999999999", "saya=1", "tag=%00"):
        assert anonymous.get(f"/forum/kesehatan/?{query}").status_code == 200


def test_thread_lists_are_paginated_with_the_filters_kept(anonymous, public_forum, member):
    for number in range(27):
        make_thread(public_forum, author=member, title=f"Topik nomor {number:02d}", tags=["gizi"])
    first = anonymous.get("/forum/kesehatan/?tag=gizi")
    assert "?tag=gizi&amp;halaman=2" in first.text
    second = anonymous.get("/forum/kesehatan/?tag=gizi&halaman=2")
    assert "Topik nomor 00" in second.text and "Topik nomor 26" not in second.text


def test_hidden_threads_are_listed_only_for_the_forums_moderators(
    anonymous, forum_moderator_client, public_forum, member
):
    make_thread(public_forum, author=member, title="Disembunyikan moderator", is_hidden=True)
    assert "Disembunyikan moderator" not in anonymous.get("/forum/kesehatan/").text
    assert "Disembunyikan moderator" in forum_moderator_client.get("/forum/kesehatan/").text


def test_a_draft_forum_and_the_index_preview_in_the_admin(editor, public_forum, forum_moderator, thread):
    draft = ForumPage.objects.get(pk=public_forum.pk)
    draft.description = "Deskripsi draf yang belum terbit."
    draft.moderators = [forum_moderator.profile]
    draft.save_revision()
    preview = draft.get_latest_revision_as_object().make_preview_request()
    assert preview.status_code == 200
    assert "Deskripsi draf yang belum terbit." in preview.render().content.decode()

    index = forum_index()
    index.intro = "<p>Pengantar draf.</p>"
    index.save_revision()
    rendered = index.get_latest_revision_as_object().make_preview_request()
    assert rendered.status_code == 200
    assert "Pengantar draf." in rendered.render().content.decode()


def test_a_never_published_forum_can_be_previewed(db):
    forum = make_forum("Forum Baru", live=False)
    response = forum.get_latest_revision_as_object().make_preview_request()
    assert response.status_code == 200
    assert "Forum Baru" in response.render().content.decode()
