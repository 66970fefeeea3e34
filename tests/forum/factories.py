"""Forum data for tests: forums under /forum/, threads and replies made through forum.services.

Forums are Wagtail pages added under the one ForumIndexPage (created by
migration forum 0003) and published from a revision, as editors do it.
Threads and posts go through the services, so counts, positions, rendered
HTML and signals are what the site itself would produce.

    forum = make_forum("Forum Kesehatan", moderators=[moderator_user])
    thread = make_thread(forum, author=member, title="Cara input data stunting?")
    reply = make_reply(thread, author=other, body="Lewat aplikasi e-PPGBM.")
    ThreadFactory(forum=forum)            # factory_boy, same path
"""

import itertools

import factory
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from forum import services
from forum.models import ForumIndexPage, ForumPage, ForumVisibility, Post, Thread
from tests.factories import UserFactory

_numbers = itertools.count(1)


def forum_index():
    return ForumIndexPage.objects.get()


def make_forum(
    title=None,
    *,
    members_only=False,
    moderators=(),
    host_agency=None,
    tags=(),
    live=True,
    restricted=None,
    **fields,
):
    """A forum under /forum/; ``moderators`` are users; ``restricted`` a PageViewRestriction type."""
    number = next(_numbers)
    title = title or f"Forum Uji {number}"
    fields.setdefault("description", f"Ruang diskusi {title}.")
    fields.setdefault("slug", f"{slugify(title)[:50]}-{number}")
    page = ForumPage(
        title=title,
        live=False,
        host_agency=host_agency,
        visibility=ForumVisibility.MEMBERS if members_only else ForumVisibility.PUBLIC,
        **fields,
    )
    forum_index().add_child(instance=page)
    page.moderators.set([user.profile for user in moderators])
    page.tags.set(list(tags))
    page.save()
    revision = page.save_revision()
    if live:
        revision.publish()
    if restricted:
        PageViewRestriction.objects.create(page=page, restriction_type=restricted)
    return ForumPage.objects.get(pk=page.pk)


def make_thread(forum, *, author=None, title=None, body=None, tags=(), replies=0, reply_authors=(), **flags):
    """A thread with its opening post (by ``author``, a user) and ``replies`` replies.

    Flags such as is_pinned=True, is_locked=True, is_hidden=True are set after posting.
    """
    author = author or UserFactory()
    number = next(_numbers)
    thread = services.create_thread(
        author=author.profile,
        forum=forum,
        title=title or f"Pertanyaan uji {number}",
        body=body or f"Isi pertanyaan uji nomor {number}.",
        tags=tags,
    )
    writers = list(reply_authors) or [author]
    for index in range(replies):
        make_reply(
            thread, author=writers[index % len(writers)], body=f"Balasan {index + 1} untuk diskusi {number}."
        )
    if flags:
        Thread.objects.filter(pk=thread.pk).update(**flags)
    return Thread.objects.select_related("forum").get(pk=thread.pk)


def make_reply(thread, *, author=None, body=None, **flags):
    """A reply by ``author`` (a user); flags such as is_hidden=True are set after posting."""
    author = author or UserFactory()
    post = services.reply(author=author.profile, thread=thread, body=body or f"Balasan uji {next(_numbers)}.")
    if flags:
        Post.objects.filter(pk=post.pk).update(**flags)
    return Post.objects.select_related("thread__forum").get(pk=post.pk)


def opening_post(thread):
    return Post.objects.select_related("thread__forum").get(thread=thread, position=1)


class ForumPageFactory(factory.Factory):
    """factory_boy front for make_forum: ForumPageFactory(title=..., members_only=True)."""

    class Meta:
        model = ForumPage

    title = factory.Sequence(lambda n: f"Forum Pabrik {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return make_forum(**kwargs)

    _build = _create


class ThreadFactory(factory.Factory):
    """factory_boy front for make_thread: ThreadFactory(forum=forum, author=user, replies=3)."""

    class Meta:
        model = Thread

    forum = factory.SubFactory(ForumPageFactory)
    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Diskusi pabrik {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        forum = kwargs.pop("forum")
        return make_thread(forum, **kwargs)

    _build = _create


class PostFactory(factory.Factory):
    """factory_boy front for make_reply: PostFactory(thread=thread, author=user, body=...)."""

    class Meta:
        model = Post

    thread = factory.SubFactory(ThreadFactory)
    author = factory.SubFactory(UserFactory)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        thread = kwargs.pop("thread")
        return make_reply(thread, **kwargs)

    _build = _create
