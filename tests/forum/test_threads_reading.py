"""Reading a thread: pages of 20, permalinks, the first unread post, helpful names, hidden posts, times."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forum.models import Post, PostAttachment, Reaction, Thread, ThreadReadState
from tests.factories import UserFactory, fill_profile
from tests.forum.factories import make_reply, make_thread, opening_post

pytestmark = pytest.mark.django_db


def _grow(thread, replies, *, authors):
    """Add replies quickly (bulk), with reactions and an attachment row on each, as a long thread has."""
    start = thread.reply_count + 2
    Post.objects.bulk_create(
        Post(
            thread=thread,
            position=start + index,
            author=authors[index % len(authors)].profile,
            body_markdown=f"Balasan {start + index}",
            body_html=f"<p>Balasan {start + index}</p>",
        )
        for index in range(replies)
    )
    Thread.objects.filter(pk=thread.pk).update(reply_count=thread.reply_count + replies)
    posts = list(Post.objects.filter(thread=thread))
    Reaction.objects.bulk_create(
        Reaction(post=post, member=author.profile) for post in posts for author in authors[:3]
    )
    PostAttachment.objects.bulk_create(
        PostAttachment(
            post=post,
            file="forum/xx/contoh.png",
            original_name="contoh.png",
            content_type="image/png",
            extension=".png",
            size=10,
            sha256="0" * 64,
        )
        for post in posts
    )
    Post.objects.filter(thread=thread).update(reaction_count=3)
    thread.refresh_from_db()
    return thread


@pytest.fixture
def long_thread(public_forum, member):
    authors = [UserFactory() for _ in range(4)]
    thread = make_thread(public_forum, author=member, title="Diskusi panjang", tags=["satu", "dua", "tiga"])
    return _grow(thread, 45, authors=authors)


def test_a_thread_shows_twenty_posts_a_page(anonymous, long_thread):
    first = anonymous.get(long_thread.get_absolute_url())
    assert 'id="post-20"' in first.text and 'id="post-21"' not in first.text
    third = anonymous.get(long_thread.get_absolute_url() + "?halaman=3")
    assert 'id="post-41"' in third.text and 'id="post-46"' in third.text
    assert "Halaman 3 dari 3" in third.text


def test_a_page_number_out_of_range_or_garbled_shows_a_real_page(anonymous, long_thread):
    assert 'id="post-46"' in anonymous.get(long_thread.get_absolute_url() + "?halaman=999999999999").text
    assert 'id="post-1"' in anonymous.get(long_thread.get_absolute_url() + "?halaman=abc").text


def test_a_permalink_redirects_to_the_page_that_holds_the_post(anonymous, long_thread):
    post = Post.objects.get(thread=long_thread, position=45)
    response = anonymous.get(f"/p/{post.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"{long_thread.get_absolute_url()}?halaman=3#post-45"


def test_a_thread_url_with_an_old_slug_redirects_to_the_current_one(anonymous, long_thread):
    response = anonymous.get(f"/forum/{long_thread.forum.slug}/{long_thread.pk}-judul-lama/?halaman=2")
    assert response.status_code == 301
    assert response["Location"] == f"{long_thread.get_absolute_url()}?halaman=2"


def test_a_signed_in_member_is_taken_to_the_first_post_they_have_not_read(member_client, member, long_thread):
    ThreadReadState.objects.filter(thread=long_thread, member=member.profile).update(last_read_position=25)
    response = member_client.get(long_thread.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == f"{long_thread.get_absolute_url()}?halaman=2#post-26"


def test_reading_a_page_records_how_far_the_member_read(another_member_client, another_member, long_thread):
    another_member_client.get(long_thread.get_absolute_url() + "?halaman=2")
    state = ThreadReadState.objects.get(thread=long_thread, member=another_member.profile)
    assert state.last_read_position == 40
    another_member_client.get(long_thread.get_absolute_url() + "?halaman=1")
    state.refresh_from_db()
    assert state.last_read_position == 40


def test_a_member_who_has_read_everything_stays_on_the_first_page(member_client, member, long_thread):
    ThreadReadState.objects.filter(thread=long_thread, member=member.profile).update(last_read_position=46)
    assert member_client.get(long_thread.get_absolute_url()).status_code == 200


def test_views_are_counted_once_per_member_and_not_for_every_request(
    another_member_client, anonymous, long_thread
):
    for _ in range(3):
        another_member_client.get(long_thread.get_absolute_url() + "?halaman=1")
        anonymous.get(long_thread.get_absolute_url())
    assert Thread.objects.get(pk=long_thread.pk).view_count == 1


def test_who_found_a_post_helpful_is_named_under_it(anonymous, thread):
    reply = Post.objects.get(thread=thread, position=2)
    fans = [UserFactory(username=f"penggemar{n}") for n in range(12)]
    fill_profile(fans[0], display_name="Dr. Sri Wahyuni")
    for fan in fans:
        Reaction.objects.create(post=reply, member=fan.profile)
    Post.objects.filter(pk=reply.pk).update(reaction_count=12)
    page = anonymous.get(thread.get_absolute_url())
    assert "12 anggota merasa ini bermanfaat" in page.text
    assert "Dr. Sri Wahyuni" in page.text
    assert "dan 2 lainnya" in page.text


def test_hidden_posts_stay_out_of_the_page_except_for_the_forums_moderators(
    anonymous, member_client, forum_moderator_client, other_moderator_client, thread, member
):
    make_reply(thread, author=member, body="Iklan tidak pantas", is_hidden=True)
    for client in (anonymous, member_client, other_moderator_client):
        assert "Iklan tidak pantas" not in client.get(thread.get_absolute_url() + "?halaman=1").text
    moderated = forum_moderator_client.get(thread.get_absolute_url() + "?halaman=1")
    assert "Iklan tidak pantas" in moderated.text and "Disembunyikan oleh moderator" in moderated.text


def test_hidden_post_permalinks_are_not_found_for_readers(anonymous, member_client, thread, member):
    hidden = make_reply(thread, author=member, body="Disembunyikan", is_hidden=True)
    assert anonymous.get(f"/p/{hidden.pk}/").status_code == 404
    assert member_client.get(f"/p/{hidden.pk}/").status_code == 404


def test_times_are_shown_in_the_readers_time_zone(client_factory, thread, member):
    post = opening_post(thread)
    fill_profile(member, time_zone="Asia/Jayapura")
    jayapura = client_factory()
    jayapura.force_login(member)
    jakarta = client_factory()
    wit = jayapura.get(thread.get_absolute_url() + "?halaman=1").text
    wib = jakarta.get(thread.get_absolute_url()).text
    from zoneinfo import ZoneInfo

    assert post.created_at.astimezone(ZoneInfo("Asia/Jayapura")).strftime("%H:%M") in wit
    assert post.created_at.astimezone(ZoneInfo("Asia/Jakarta")).strftime("%H:%M") in wib
    assert post.created_at.astimezone(ZoneInfo("Asia/Jayapura")).isoformat(timespec="seconds")[:16] in wit


@pytest.mark.parametrize("replies", [20, 1000])
def test_a_thread_page_needs_the_same_few_queries_however_long_the_thread(
    client, member_client, public_forum, member, replies, settings
):
    settings.SIMPUL_PAGE_CACHE_ENABLED = False  # the rendered page, not an anonymous cache hit
    authors = [UserFactory() for _ in range(4)]
    thread = make_thread(public_forum, author=member, tags=["satu", "dua"])
    thread = _grow(thread, replies, authors=authors)
    counts = {}
    for name, reader in (("anonymous", client), ("member", member_client)):
        for page in (1, thread.reply_count // 20 + 1):
            url = f"{thread.get_absolute_url()}?halaman={page}"
            reader.get(url)  # the first visit writes the read state; measure the next one
            with CaptureQueriesContext(connection) as queries:
                response = reader.get(url)
            assert response.status_code == 200
            counts[(name, page)] = len(queries)
    # Anonymous: thread (with forum, solution and view restriction), posts, reactions,
    # attachments, tags. Members add the user and the profile (the session comes from the
    # cache, the header's admin link is kept until permissions change, the watch state and
    # the read position come with the thread) and the header's unread notification count.
    assert {count for (name, _page), count in counts.items() if name == "anonymous"} == {5}
    assert {count for (name, _page), count in counts.items() if name == "member"} == {8}


def test_an_author_coming_back_starts_after_their_own_reply(
    another_member_client, another_member, thread, member
):
    make_reply(thread, author=member, body="Balasan ketiga")
    assert ThreadReadState.objects.get(thread=thread, member=another_member.profile).last_read_position == 2
    response = another_member_client.get(thread.get_absolute_url())
    assert response["Location"] == f"{thread.get_absolute_url()}?halaman=1#post-3"


def test_threads_of_a_forum_behind_a_password_are_not_found(anonymous, member_client, member):
    from wagtail.models import PageViewRestriction

    from tests.forum.factories import make_forum

    forum = make_forum("Forum Berkata Sandi", restricted=PageViewRestriction.PASSWORD)
    thread = make_thread(forum, author=member)
    assert anonymous.get(thread.get_absolute_url()).status_code == 404
    assert member_client.get(thread.get_absolute_url() + "?halaman=1").status_code == 404
    assert member_client.get(f"/p/{opening_post(thread).pk}/").status_code == 404


def test_threads_of_a_forum_for_signed_in_readers_are_for_members(anonymous, member_client, member):
    from wagtail.models import PageViewRestriction

    from tests.forum.factories import make_forum

    forum = make_forum("Forum Masuk Dulu", restricted=PageViewRestriction.LOGIN)
    thread = make_thread(forum, author=member)
    assert anonymous.get(thread.get_absolute_url()).status_code == 404
    assert member_client.get(thread.get_absolute_url() + "?halaman=1").status_code == 200
