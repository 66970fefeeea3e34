"""New accounts post a few times an hour; flags are throttled; over the limit: 429, Retry-After, Indonesian."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.models import Post, Thread
from forum.moderation.limits import check_posting_allowed
from forum.moderation.models import Flag
from tests.factories import UserFactory
from tests.forum.factories import make_reply, make_thread

from .social_fixtures import *  # noqa: F403  (fixtures)
from .social_fixtures import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def limits(settings):
    settings.SIMPUL_FORUM_NEW_ACCOUNT_POSTS_PER_HOUR = 3
    settings.SIMPUL_FORUM_NEW_ACCOUNT_DAYS = 3
    settings.SIMPUL_FORUM_FLAGS_PER_HOUR = 2
    return settings


@pytest.fixture
def newcomer(db):
    return UserFactory(username="baru_gabung")


def age(user, *, days):
    type(user).objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(days=days))
    user.refresh_from_db()
    return user


def test_a_new_account_posts_a_few_times_then_waits_with_429_retry_after_and_text_kept(
    limits, newcomer, thread, public_forum
):
    client = client_for(newcomer)
    for n in range(3):
        client.post(reverse("forum:reply", args=[thread.pk]), {"body": f"Balasan cepat nomor {n}"})
    assert Post.objects.filter(author=newcomer.profile).count() == 3

    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": "Balasan keempat yang panjang"})

    assert response.status_code == 429
    retry_after = int(response["Retry-After"])
    assert 0 < retry_after <= 3600
    html = response.content.decode()
    assert "Akun baru hanya boleh mengirim paling banyak 3 tulisan per jam selama 3 hari pertama." in html
    assert "Mohon tunggu" in html
    assert "Balasan keempat yang panjang" in html  # what was typed is not lost
    assert Post.objects.filter(author=newcomer.profile).count() == 3

    # Threads count too.
    response = client.post(
        reverse("forum:thread_new", args=[public_forum.slug]), {"title": "Judul baru", "body": "Isi baru"}
    )
    assert response.status_code == 429
    assert "Judul baru" in response.content.decode()
    assert not Thread.objects.filter(title="Judul baru").exists()


def test_a_preview_is_never_refused(limits, newcomer, thread):
    for n in range(3):
        make_reply(thread, author=newcomer, body=f"Balasan {n}")

    response = client_for(newcomer).post(
        reverse("forum:reply", args=[thread.pk]), {"body": "Lihat dulu", "pratinjau": "1"}
    )

    assert response.status_code == 200


def test_an_established_account_is_not_limited(limits, newcomer, thread):
    age(newcomer, days=30)
    for n in range(4):
        make_reply(thread, author=newcomer, body=f"Balasan {n}")

    assert check_posting_allowed(newcomer) is None


def test_the_limit_counts_the_last_hour_only(limits, newcomer, thread):
    for n in range(3):
        make_reply(thread, author=newcomer, body=f"Balasan {n}")
    assert check_posting_allowed(newcomer) is not None

    Post.objects.filter(author=newcomer.profile).update(created_at=timezone.now() - timedelta(minutes=61))

    assert check_posting_allowed(newcomer) is None


def test_retry_after_says_when_the_oldest_counted_post_leaves_the_hour(limits, newcomer, thread):
    for n in range(3):
        make_reply(thread, author=newcomer, body=f"Balasan {n}")
    Post.objects.filter(author=newcomer.profile).update(created_at=timezone.now() - timedelta(minutes=50))

    retry_after = check_posting_allowed(newcomer)

    assert 9 * 60 <= retry_after <= 10 * 60 + 1


def test_flags_are_throttled_with_429_and_the_details_kept(limits, member, another_member, public_forum):
    posts = [make_thread(public_forum, author=another_member, replies=0).posts.get() for _ in range(3)]
    client = client_for(member)
    for post in posts[:2]:
        client.post(reverse("forum_moderation:flag_post", args=[post.pk]), {"reason": "spam"})

    response = client.post(
        reverse("forum_moderation:flag_post", args=[posts[2].pk]),
        {"reason": "other", "details": "Nomor rekening"},
    )

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "Anda hanya boleh melaporkan paling banyak 2 tulisan per jam." in html
    assert "Nomor rekening" in html
    assert Flag.objects.count() == 2
