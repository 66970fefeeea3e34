"""The notification list, the unread count in the header, and watching with one click."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from taggit.models import Tag

from forum.moderation import services as moderation
from forum.notifications import services as notifications
from forum.notifications.models import Notification, Subscription
from tests.forum.factories import make_forum, make_reply, make_thread

from .social_fixtures import *  # noqa: F403  (fixtures)
from .social_fixtures import restrict_to_editors

pytestmark = pytest.mark.django_db

LIST = reverse("forum_notifications:list")


def header_badge(response):
    """The unread count shown next to "Notifikasi" in the header, or None."""
    html = response.content.decode()
    start = html.find('class="header-notifications"')
    if start == -1:
        return None
    link = html[start : html.find("</a>", start)]
    if 'class="badge"' not in link:
        return 0
    badge = link[link.find('class="badge">') + len('class="badge">') :]
    return int(badge[: badge.find("<")])


@pytest.fixture
def replies_for_member(thread, another_member, on_commit):
    """Two replies by another member in the thread that `member` started (and so watches)."""
    with on_commit():
        return [make_reply(thread, author=another_member, body=f"Balasan ke-{n}") for n in (1, 2)]


def test_the_header_shows_a_member_how_many_notifications_are_unread(member_client, replies_for_member):
    response = member_client.get("/")

    assert header_badge(response) == 2
    assert "Notifikasi" in response.content.decode()


def test_an_anonymous_reader_sees_no_notification_link(anonymous):
    assert header_badge(anonymous.get("/")) is None


def test_the_unread_count_costs_one_query(member_client, replies_for_member):
    with CaptureQueriesContext(connection) as queries:
        member_client.get("/")

    counts = [
        query["sql"]
        for query in queries.captured_queries
        if "forum_notifications_notification" in query["sql"]
    ]
    assert len(counts) == 1
    assert counts[0].startswith("SELECT COUNT(*)")


def test_an_empty_list_says_how_to_get_notifications(member_client, thread):
    response = member_client.get(LIST)
    assert "Belum ada notifikasi" in response.content.decode()


def test_the_list_reads_in_indonesian_and_links_to_the_post(member_client, thread, replies_for_member):
    response = member_client.get(LIST)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count(f"budi membalas di “{thread.title}”") == 2
    newest = Notification.objects.filter(recipient__user__username="siti").order_by("-pk").first()
    assert reverse("forum_notifications:open", args=[newest.pk]) in html


def test_opening_a_notification_marks_it_read_and_goes_to_the_post(member_client, member, replies_for_member):
    notification = Notification.objects.filter(recipient=member.profile).order_by("pk").first()

    response = member_client.get(reverse("forum_notifications:open", args=[notification.pk]))

    assert response.status_code == 302
    assert response["Location"] == replies_for_member[0].get_absolute_url()
    notification.refresh_from_db()
    assert notification.is_read
    assert header_badge(member_client.get("/")) == 1


def test_marking_one_and_then_all_read(member_client, member, replies_for_member):
    first = Notification.objects.filter(recipient=member.profile).order_by("pk").first()

    member_client.post(reverse("forum_notifications:mark_read"), {"id": first.pk})
    assert header_badge(member_client.get("/")) == 1

    response = member_client.post(reverse("forum_notifications:mark_read"), follow=True)
    assert "Semua notifikasi sudah ditandai dibaca." in response.content.decode()
    assert header_badge(response) == 0


def test_a_member_cannot_open_or_mark_someone_elses_notification(
    another_member_client, member, replies_for_member
):
    notification = Notification.objects.filter(recipient=member.profile).first()

    assert (
        another_member_client.get(reverse("forum_notifications:open", args=[notification.pk])).status_code
        == 404
    )
    another_member_client.post(reverse("forum_notifications:mark_read"), {"id": notification.pk})
    another_member_client.post(reverse("forum_notifications:mark_read"), {"id": "bukan-angka"})

    notification.refresh_from_db()
    assert not notification.is_read


def test_a_notification_about_a_post_hidden_since_is_not_listed_or_opened(
    member_client, member, forum_moderator, replies_for_member
):
    hidden = replies_for_member[0]
    moderation.hide_post(moderator=forum_moderator.profile, post=hidden, reason="Spam")
    about_hidden = Notification.objects.get(recipient=member.profile, post=hidden)

    html = member_client.get(LIST).content.decode()

    assert html.count("budi membalas di") == 1
    assert member_client.get(reverse("forum_notifications:open", args=[about_hidden.pk])).status_code == 404


def test_the_notification_list_needs_a_signed_in_member(anonymous):
    response = anonymous.get(LIST)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_member_watches_and_stops_watching_a_thread_with_one_click(watcher_client, watcher, thread):
    url = reverse("forum_notifications:watch_thread", args=[thread.pk])
    page = watcher_client.get(thread.get_absolute_url()).content.decode()
    assert url in page and "Ikuti" in page

    response = watcher_client.post(url, {"action": "watch", "next": thread.get_absolute_url()}, follow=True)
    assert notifications.is_watching(member=watcher.profile, thread=thread)
    assert "Anda sekarang mengikuti" in response.content.decode()
    assert "Berhenti mengikuti" in response.content.decode()

    watcher_client.post(url, {"action": "watch"})  # twice: still one subscription
    assert Subscription.objects.filter(member=watcher.profile, thread=thread).count() == 1

    response = watcher_client.post(url, {"action": "unwatch", "next": thread.get_absolute_url()}, follow=True)
    assert not notifications.is_watching(member=watcher.profile, thread=thread)
    assert "Anda tidak lagi mengikuti" in response.content.decode()


def test_a_member_watches_a_forum_from_its_page_and_a_tag(watcher_client, watcher, public_forum, thread):
    page = watcher_client.get(public_forum.url).content.decode()
    assert reverse("forum_notifications:watch_forum", args=[public_forum.pk]) in page

    watcher_client.post(
        reverse("forum_notifications:watch_forum", args=[public_forum.pk]), {"action": "watch"}
    )
    watcher_client.post(reverse("forum_notifications:watch_tag", args=["stunting"]), {"action": "watch"})

    assert notifications.is_watching(member=watcher.profile, forum=public_forum)
    assert notifications.is_watching(member=watcher.profile, tag=Tag.objects.get(slug="stunting"))


def test_watching_something_one_may_not_see_answers_404_and_saves_nothing(
    watcher_client, member, forum_moderator
):
    secret = restrict_to_editors(make_forum("Forum Rahasia"))
    in_secret = make_thread(secret, author=member)
    hidden = make_thread(
        make_forum("Forum Terbuka", moderators=[forum_moderator]), author=member, is_hidden=True
    )

    for url in [
        reverse("forum_notifications:watch_thread", args=[in_secret.pk]),
        reverse("forum_notifications:watch_forum", args=[secret.pk]),
        reverse("forum_notifications:watch_thread", args=[hidden.pk]),
        reverse("forum_notifications:watch_thread", args=[999999]),
        reverse("forum_notifications:watch_tag", args=["tidak-ada"]),
    ]:
        assert watcher_client.post(url, {"action": "watch"}).status_code == 404, url
    assert not Subscription.objects.filter(member__user__username="wati").exists()


def test_watching_needs_a_post_and_a_signed_in_member(anonymous, watcher_client, thread):
    url = reverse("forum_notifications:watch_thread", args=[thread.pk])
    assert watcher_client.get(url).status_code == 405
    response = anonymous.post(url, {"action": "watch"})
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
