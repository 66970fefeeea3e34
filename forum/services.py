"""Writing in the forum: where a thread, its posts, counts and signals change together.

Views call these keyword-only functions; single-model rules stay on the
models and querysets. Each function runs in one transaction and sends the
forum's signals (forum.signals) once the rows are saved.
"""

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from community.markdown import render_markdown

from . import signals
from .models import ForumPage, Post, Thread


def _render(body):
    return render_markdown(body)


@transaction.atomic
def create_thread(*, author, forum, title, body, tags=()):
    """A new thread with its opening post; the forum's counts follow."""
    now = timezone.now()
    thread = Thread.objects.create(forum=forum, title=title, author=author, last_activity_at=now)
    if tags:
        thread.tags.set(list(tags))
    post = Post.objects.create(
        thread=thread, position=1, author=author, body_markdown=body, body_html=_render(body)
    )
    Thread.objects.filter(pk=thread.pk).update(last_post=post)
    thread.last_post = post
    ForumPage.objects.filter(pk=forum.pk).update(
        thread_count=F("thread_count") + 1, post_count=F("post_count") + 1, last_activity_at=now
    )
    signals.thread_created.send(sender=Thread, thread=thread, post=post)
    return thread


@transaction.atomic
def reply(*, author, thread, body, reply_to=None):
    """A reply at the end of the thread; thread and forum counts follow."""
    # Lock the thread row so two replies at once take different positions.
    locked = Thread.objects.select_for_update().get(pk=thread.pk)
    position = (locked.posts.aggregate(last=Max("position"))["last"] or 0) + 1
    now = timezone.now()
    post = Post.objects.create(
        thread=locked,
        position=position,
        author=author,
        body_markdown=body,
        body_html=_render(body),
        reply_to=reply_to,
    )
    Thread.objects.filter(pk=locked.pk).update(
        reply_count=F("reply_count") + 1, last_activity_at=now, last_post=post
    )
    ForumPage.objects.filter(pk=locked.forum_id).update(post_count=F("post_count") + 1, last_activity_at=now)
    signals.reply_created.send(sender=Post, post=post)
    return post
