"""Notification e-mails: per event or as a digest, never empty, never private, always unsubscribable."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from community.models import EmailDigest, MemberProfile
from forum.moderation import services as moderation
from forum.notifications import services as notifications
from forum.notifications.emails import unsubscribe_token
from forum.notifications.models import Notification
from forum.notifications.tasks import send_notification_email
from tests.forum.factories import make_reply, make_thread

from .social_fixtures import *  # noqa: F403  (fixtures)
from .social_fixtures import prefers

pytestmark = pytest.mark.django_db


def to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def unsubscribe_link(message):
    return message.extra_headers["List-Unsubscribe"].strip("<>")


def test_a_member_who_wants_each_notification_gets_one_e_mail_per_event_with_unsubscribe_headers(
    thread, watcher, another_member, on_commit
):
    prefers(watcher, digest=EmailDigest.NEVER)
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        make_reply(thread, author=another_member, body="Coba cek menu validasi.")

    [message] = to(watcher)
    assert message.subject == f"[Simpul] budi membalas di “{thread.title}”"
    assert "Halo wati," in message.body
    assert "http://127.0.0.1:8000/p/" in message.body
    link = unsubscribe_link(message)
    assert link.startswith("http://127.0.0.1:8000/notifikasi/berhenti/")
    assert link in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Notification.objects.get(recipient=watcher.profile).emailed_at is not None


def test_a_member_who_chose_a_digest_gets_no_e_mail_per_event(thread, watcher, another_member, on_commit):
    prefers(watcher, digest=EmailDigest.DAILY)
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        make_reply(thread, author=another_member)

    assert to(watcher) == []


def test_a_member_who_turned_e_mail_off_gets_none(thread, watcher, another_member, on_commit):
    prefers(watcher, digest=EmailDigest.NEVER, email=False)
    notifications.watch(member=watcher.profile, thread=thread)

    with on_commit():
        make_reply(thread, author=another_member)
        call_command("send_forum_digest", stdout=StringIO())

    assert to(watcher) == []
    assert Notification.objects.filter(recipient=watcher.profile).count() == 1  # still told in the app


def test_the_daily_digest_gathers_what_is_new_once_and_is_never_empty(
    thread, watcher, another_member, on_commit
):
    prefers(watcher, digest=EmailDigest.DAILY)
    idle = prefers(another_member, digest=EmailDigest.DAILY)
    notifications.watch(member=watcher.profile, thread=thread)
    notifications.unwatch(member=idle.profile, thread=thread)
    with on_commit():
        make_reply(thread, author=another_member, body="Pertama")
        make_reply(thread, author=another_member, body="Kedua")

    with on_commit():
        call_command("send_forum_digest", stdout=StringIO())

    [digest] = to(watcher)
    assert digest.subject == "[Simpul] Ringkasan forum Anda: 2 notifikasi baru"
    assert digest.body.count("budi membalas di") == 2
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert to(idle) == []  # nothing new for them: no empty digest

    mail.outbox.clear()
    with on_commit():
        call_command("send_forum_digest", stdout=StringIO())
    assert mail.outbox == []  # already sent: the next run has nothing, so sends nothing


def test_the_weekly_digest_is_for_weekly_members_only(thread, watcher, another_member, on_commit):
    prefers(watcher, digest=EmailDigest.WEEKLY)
    notifications.watch(member=watcher.profile, thread=thread)
    with on_commit():
        make_reply(thread, author=another_member)

    with on_commit():
        call_command("send_forum_digest", stdout=StringIO())
    assert to(watcher) == []

    with on_commit():
        call_command("send_forum_digest", "--period", "weekly", stdout=StringIO())
    assert len(to(watcher)) == 1


def test_a_digest_leaves_out_posts_hidden_since_and_skips_a_member_left_with_nothing(
    thread, watcher, another_member, forum_moderator, on_commit
):
    prefers(watcher, digest=EmailDigest.DAILY)
    notifications.watch(member=watcher.profile, thread=thread)
    with on_commit():
        post = make_reply(thread, author=another_member, body="Nomor NIK warga: 3201...")
    with on_commit():
        moderation.hide_post(moderator=forum_moderator.profile, post=post, reason="Data pribadi")
    mail.outbox.clear()

    with on_commit():
        call_command("send_forum_digest", stdout=StringIO())

    assert to(watcher) == []


def test_an_e_mail_queued_before_the_post_was_hidden_is_not_sent(
    thread, watcher, another_member, forum_moderator
):
    prefers(watcher, digest=EmailDigest.NEVER)
    post = make_reply(thread, author=another_member)
    [notification] = notifications.deliver(
        kind="reply", recipients=[watcher.profile], thread=thread, post=post, actor=another_member.profile
    )
    moderation.hide_post(moderator=forum_moderator.profile, post=post, reason="Spam")

    send_notification_email.enqueue(notification.pk)

    assert to(watcher) == []


def test_an_e_mail_about_a_members_only_forum_goes_to_members_only(members_forum, watcher, member, on_commit):
    prefers(watcher, digest=EmailDigest.NEVER)
    notifications.watch(member=watcher.profile, forum=members_forum)
    watcher.is_active = False
    watcher.save()

    with on_commit():
        make_thread(members_forum, author=member, title="Formasi CPNS internal")

    assert to(watcher) == []


# --- Unsubscribing ----------------------------------------------------------------


def test_the_unsubscribe_link_works_without_signing_in(watcher):
    prefers(watcher, digest=EmailDigest.DAILY)
    url = reverse("forum_notifications:unsubscribe", args=[unsubscribe_token(watcher.profile)])
    reader = Client(enforce_csrf_checks=True)

    page = reader.get(url)
    assert page.status_code == 200
    assert "Hentikan semua e-mail notifikasi forum untuk wati?" in page.content.decode()
    assert MemberProfile.objects.get(pk=watcher.profile.pk).email_notifications  # GET alone changes nothing

    done = reader.post(url)
    assert done.status_code == 200
    assert "Anda tidak akan lagi menerima e-mail notifikasi forum" in done.content.decode()
    assert not MemberProfile.objects.get(pk=watcher.profile.pk).email_notifications


def test_a_mail_clients_one_click_post_unsubscribes(watcher, thread, another_member, on_commit):
    prefers(watcher, digest=EmailDigest.NEVER)
    notifications.watch(member=watcher.profile, thread=thread)
    with on_commit():
        make_reply(thread, author=another_member)
    [message] = to(watcher)
    path = unsubscribe_link(message).removeprefix("http://127.0.0.1:8000")

    response = Client(enforce_csrf_checks=True).post(
        path, data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert not MemberProfile.objects.get(pk=watcher.profile.pk).email_notifications


def test_a_tampered_unsubscribe_link_is_refused_and_changes_nothing(watcher, another_member):
    token = unsubscribe_token(watcher.profile)
    forged = token.replace(f"{watcher.profile.pk}:", f"{another_member.profile.pk}:", 1)
    reader = Client(enforce_csrf_checks=True)

    for bad in [forged, token[:-2] + "xx", "bukan-token"]:
        response = reader.post(reverse("forum_notifications:unsubscribe", args=[bad]))
        assert response.status_code == 400
        assert "Tautan berhenti berlangganan ini tidak valid" in response.content.decode()

    assert MemberProfile.objects.filter(email_notifications=False).count() == 0
