"""seed_demo loads the forum's demo content (through SIMPUL_DEMO_LOADERS) and stays idempotent."""

from io import StringIO

import pytest
from django.core.management import call_command

from forum.models import ForumPage, ForumVisibility, Post, Reaction, TaggedThread, Thread
from forum.moderation.models import Flag

pytestmark = [pytest.mark.django_db]


def test_seed_demo_twice_loads_the_forums_once_with_a_lived_in_conversation(search_backend):
    first = StringIO()
    call_command("seed_demo", stdout=first)
    counts = (
        ForumPage.objects.count(),
        Thread.objects.count(),
        Post.objects.count(),
        Reaction.objects.count(),
        Flag.objects.count(),
    )

    second = StringIO()
    call_command("seed_demo", stdout=second)

    assert (
        ForumPage.objects.count(),
        Thread.objects.count(),
        Post.objects.count(),
        Reaction.objects.count(),
        Flag.objects.count(),
    ) == counts
    assert "Tidak ada yang baru" in second.getvalue()
    assert "Diskusi forum: 60 (60 baru)" in first.getvalue()

    forums = ForumPage.objects.live()
    assert {forum.slug for forum in forums} >= {
        "kesehatan",
        "kependudukan",
        "transformasi-digital",
        "kepegawaian",
    }
    assert forums.filter(visibility=ForumVisibility.MEMBERS).count() == 1
    assert Thread.objects.count() >= 60
    replies = Post.objects.filter(position__gt=1)
    assert replies.count() >= 400
    # Every post is its own text, never a copy of another.
    bodies = list(Post.objects.values_list("body_markdown", flat=True))
    assert len(set(bodies)) == len(bodies)
    assert TaggedThread.objects.values("content_object_id").distinct().count() == 60
    assert replies.filter(body_html__contains='href="/anggota/').count() >= 60  # mentions link to profiles
    assert replies.filter(body_html__contains="<blockquote>").count() >= 60  # quotes
    assert replies.exclude(reply_to=None).count() >= 100
    assert Reaction.objects.count() >= 100
    assert Thread.objects.filter(solution__isnull=False).count() >= 30
    for forum in forums:
        assert forum.thread_count == Thread.objects.filter(forum=forum).count()
        assert forum.post_count == Post.objects.filter(thread__forum=forum).count()

    # A flag or two wait in the moderators' queue, never from the post's own author.
    flags = Flag.objects.open().select_related("post")
    assert flags.count() == 2
    assert all(flag.reporter_id != flag.post.author_id for flag in flags)

    captured = Thread.objects.exclude(practice=None).select_related("practice")
    assert captured.count() == 1
    assert captured.get().practice.live


def test_the_demo_threads_are_searchable_after_seeding(search_backend, client):
    call_command("seed_demo", stdout=StringIO())

    page = client.get("/cari/", {"q": "imunisasi kejar"}).content.decode()

    assert "Strategi imunisasi kejar untuk anak yang tinggal di pulau kecil" in page
