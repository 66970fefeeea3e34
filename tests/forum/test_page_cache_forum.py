"""The forum's and the sessions' pages in the anonymous page cache: served from it, expired by every
change they show, and never holding what an anonymous reader may not see.

A hit is recognised by the X-Simpul-Cache header and by running no SQL
(tests/community/test_page_cache.served_from_cache).
"""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import PageViewRestriction

from forum.moderation import services as moderation
from forum.sessions import services as sessions
from tests.community.test_page_cache import served_from_cache
from tests.factories import UserFactory
from tests.forum.factories import make_reply, make_thread, opening_post
from tests.forum.sessions.helpers import make_session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def _cached_twice(client, path):
    """The second anonymous view of `path`: (response, was it a hit)."""
    first = client.get(path)
    assert first.status_code == 200, path
    return served_from_cache(client, path)


@pytest.fixture
def session(public_forum):
    return make_session(public_forum, title="Sesi Berbagi Posyandu", capacity=10)


def forum_paths(thread, session):
    return [
        "/forum/",
        thread.forum.url,
        thread.get_absolute_url(),
        thread.get_absolute_url() + "?halaman=1",
        "/sesi/",
        session.url,
    ]


def test_forum_and_session_pages_are_served_from_the_cache_the_second_time(anonymous, thread, session):
    for path in forum_paths(thread, session):
        response, hit = _cached_twice(anonymous, path)
        assert response.status_code == 200 and hit, path


def test_a_member_gets_fresh_forum_and_session_pages_with_their_own_header(
    anonymous, member_client, member, thread, session
):
    for path in forum_paths(thread, session):
        _cached_twice(anonymous, path)
        # follow: a member is taken to their first unread post
        response, hit = served_from_cache(member_client, path, follow=True)
        assert not hit, path
        assert "private" in response["Cache-Control"]
        assert "Keluar" in response.text  # "Sign out": their own header


def test_a_members_thread_page_is_never_served_to_an_anonymous_reader(client_factory, thread, member):
    signed_in = client_factory()
    signed_in.force_login(member)
    url = thread.get_absolute_url() + "?halaman=1"
    assert "Keluar" in signed_in.get(url).text
    signed_in.get(url)

    anonymous = client_factory()
    for _ in range(2):
        page = anonymous.get(url).text
        assert "Keluar" not in page and "Balasan Anda" not in page and 'name="body"' not in page
        assert 'action="/akun/logout/"' not in page


def test_a_new_reply_shows_at_once_to_anonymous_readers(anonymous, thread, member):
    url = thread.get_absolute_url()
    _cached_twice(anonymous, url)
    _cached_twice(anonymous, "/forum/")
    make_reply(thread, author=member, body="Balasan yang baru saja dikirim")

    response, hit = served_from_cache(anonymous, url)
    assert not hit and "Balasan yang baru saja dikirim" in response.text
    assert not served_from_cache(anonymous, "/forum/")[1]


def test_a_post_hidden_by_a_moderator_leaves_the_cached_thread_page(anonymous, thread, forum_moderator):
    reply = make_reply(thread, body="Tautan promosi yang harus disembunyikan")
    url = thread.get_absolute_url()
    assert "Tautan promosi" in _cached_twice(anonymous, url)[0].text

    moderation.hide_post(moderator=forum_moderator.profile, post=reply, reason="Spam")
    assert "Tautan promosi" not in anonymous.get(url).text


def test_a_thread_hidden_after_it_was_cached_is_not_found(anonymous, thread, forum_moderator):
    url = thread.get_absolute_url()
    _cached_twice(anonymous, url)
    thread.is_hidden = True
    thread.save()

    assert anonymous.get(url).status_code == 404
    assert thread.title not in anonymous.get(thread.forum.url).text


def test_a_forum_made_members_only_after_it_was_cached_is_gone_for_anonymous_readers(
    anonymous, thread, public_forum, session
):
    for path in (public_forum.url, thread.get_absolute_url(), session.url, "/forum/", "/sesi/"):
        _cached_twice(anonymous, path)
    public_forum.visibility = "members"
    public_forum.save_revision().publish()

    assert anonymous.get(public_forum.url).status_code == 404
    assert anonymous.get(thread.get_absolute_url()).status_code == 404
    assert anonymous.get(session.url).status_code == 404
    assert public_forum.title not in anonymous.get("/forum/").text
    assert session.title not in anonymous.get("/sesi/").text


def test_a_forum_restricted_after_it_was_cached_is_not_served_from_the_cache(anonymous, thread, public_forum):
    url = thread.get_absolute_url()
    _cached_twice(anonymous, url)
    PageViewRestriction.objects.create(page=public_forum, restriction_type=PageViewRestriction.LOGIN)

    assert anonymous.get(url).status_code == 404
    assert anonymous.get(public_forum.url).status_code != 200


def test_members_only_forums_threads_and_sessions_are_never_stored(member_client, members_forum, member):
    thread = make_thread(members_forum, author=member, title="Rahasia kepegawaian")
    session = make_session(members_forum, title="Sesi Khusus Anggota")
    cache.clear()
    for path in (members_forum.url, thread.get_absolute_url(), session.url):
        for _ in range(2):
            response = member_client.get(path)
            assert response.status_code == 200
            assert response.get("X-Simpul-Cache") is None
    assert not [key for key in cache._cache if "simpul:page:" in key]


def test_a_registration_changes_the_places_shown_on_the_cached_session_page(anonymous, session, member):
    assert "0 dari 10 tempat terisi" in _cached_twice(anonymous, session.url)[0].text
    sessions.register(member=member.profile, session=session)

    response, hit = served_from_cache(anonymous, session.url)
    assert not hit and "1 dari 10 tempat terisi" in response.text


def test_a_session_page_is_kept_no_longer_than_until_the_session_starts(public_forum):
    soon = make_session(public_forum, start=timezone.now() + timedelta(minutes=3))
    later = make_session(public_forum, start=timezone.now() + timedelta(days=3))

    assert 0 < soon.page_cache_timeout() <= 180
    assert later.page_cache_timeout() > 180
    live = make_session(public_forum, start=timezone.now() - timedelta(minutes=30), duration=60)
    assert 0 < live.page_cache_timeout() <= 30 * 60


def test_a_new_session_appears_on_the_cached_listing(anonymous, public_forum, session):
    _cached_twice(anonymous, "/sesi/")
    make_session(public_forum, title="Sesi Berbagi Baru Sekali")

    assert "Sesi Berbagi Baru Sekali" in anonymous.get("/sesi/").text


def test_forum_filters_stay_in_the_key_and_junk_parameters_do_not(anonymous, public_forum, member):
    make_thread(public_forum, author=member, title="Diskusi bertanda gizi", tags=["gizi"])
    make_thread(public_forum, author=member, title="Diskusi tanpa tanda")
    anonymous.get(public_forum.url)
    filtered = anonymous.get(public_forum.url + "?tag=gizi").text
    assert "Diskusi bertanda gizi" in filtered and "Diskusi tanpa tanda" not in filtered

    for number in range(10):
        response, hit = served_from_cache(anonymous, f"{public_forum.url}?tag=gizi&utm_source={number}")
        assert hit and "Diskusi tanpa tanda" not in response.text


def test_a_thread_page_of_a_hidden_post_author_still_shows_no_moderation_tools(anonymous, thread):
    # The anonymous cached page carries no forms at all: nothing tied to one reader.
    page = _cached_twice(anonymous, thread.get_absolute_url())[0].text
    assert "csrfmiddlewaretoken" not in page
    assert f"/p/{opening_post(thread).pk}/ubah/" not in page


def test_another_members_reply_is_not_shown_with_a_stale_name(anonymous, thread):
    author = UserFactory(username="nama_lama")
    make_reply(thread, author=author, body="Balasan dari anggota yang akan berganti nama")
    url = thread.get_absolute_url()
    _cached_twice(anonymous, url)
    author.profile.display_name = "Nama Baru Sekali"
    author.profile.save()

    assert "Nama Baru Sekali" in anonymous.get(url).text


@pytest.mark.parametrize("broken", ["redis down", "full"])
def test_forum_and_session_pages_are_served_when_the_cache_is_down_or_full(
    client_factory, thread, session, member, settings, broken
):
    from tests.community.test_page_cache import FULL, REDIS_DOWN

    settings.CACHES = REDIS_DOWN if broken == "redis down" else FULL
    anonymous = client_factory()
    signed_in = client_factory()
    signed_in.force_login(member)
    for path in forum_paths(thread, session):
        for reader in (anonymous, anonymous, signed_in):
            response = reader.get(path, follow=True)
            assert response.status_code == 200, path
            assert response.get("X-Simpul-Cache") != "hit"
    make_reply(thread, author=member, body="Balasan saat tembolok mati")
    assert "Balasan saat tembolok mati" in anonymous.get(thread.get_absolute_url()).text


def test_random_page_numbers_of_a_thread_fill_at_most_the_variant_budget(anonymous, thread, settings):
    settings.SIMPUL_PAGE_CACHE_MAX_VARIANTS = 3
    url = thread.get_absolute_url()
    for number in range(20):
        assert anonymous.get(f"{url}?halaman={number}{'9' * 40}").status_code == 200
    assert len([key for key in cache._cache if "simpul:page:" in key]) == 3


def test_a_reaction_and_a_solution_show_at_once_on_the_cached_thread_page(anonymous, thread, member):
    from forum import services

    reply = thread.posts.get(position=2)
    url = thread.get_absolute_url()
    _cached_twice(anonymous, url)
    services.set_reaction(member=member.profile, post=reply, helpful=True)
    assert "1 anggota merasa ini bermanfaat" in anonymous.get(url).text

    _cached_twice(anonymous, url)
    services.mark_solution(by=member.profile, thread=thread, post=reply)
    assert "Solusi yang diterima" in anonymous.get(url).text
