"""Loading a thread page in a fixed, small number of queries.

The thread, its forum, the question's accepted solution, whether the forum is
behind a view restriction, the reader's roles, whether they watch the thread
and how far they have read all come with one query; the page's posts, their reactions and attachments and
the thread's tags with one query each. The counts of posts, reactions or
attachments never change the number of queries. Nothing is left for the
template to load.
"""

import functools
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from django.db.models import Exists, F, IntegerField, OuterRef, Prefetch, Subquery, Value
from django.db.models.lookups import StartsWith
from django.http import Http404
from django.urls import reverse
from wagtail.models import PageViewRestriction

from community.permissions import is_member
from community.roles import EDITORS
from search.params import parse_page

from .. import permissions
from ..models import ForumPage, Post, PostAttachment, Reaction, Thread, ThreadReadState
from ..models.threads import POSTS_PER_PAGE

#: Names of members who found a post helpful, shown under it; the rest are counted.
MAX_REACTION_NAMES = 10


def load_thread(user, pk):
    """The thread ``pk`` with everything the permission checks need, or 404 if the user may not see it."""
    member = is_member(user)
    restrictions = PageViewRestriction.objects.filter(StartsWith(OuterRef("forum__path"), F("page__path")))
    if member:
        restrictions = restrictions.exclude(restriction_type=PageViewRestriction.LOGIN)
    threads = Thread.objects.select_related(
        "forum", "author__user", "author__agency", "solution__author__user"
    ).annotate(forum_restricted=Exists(restrictions))
    if member:
        profile_pk = user.profile.pk
        moderators = ForumPage.moderators.through.objects.filter(
            forumpage_id=OuterRef("forum_id"), memberprofile_id=profile_pk
        )
        from ..notifications.models import Subscription

        threads = threads.annotate(
            reader_watching=Exists(
                Subscription.objects.filter(thread_id=OuterRef("pk"), member_id=profile_pk)
            ),
            reader_moderates=Exists(moderators),
            reader_is_editor=Exists(user.groups.through.objects.filter(user_id=user.pk, group__name=EDITORS)),
            reader_position=Subquery(
                ThreadReadState.objects.filter(thread_id=OuterRef("pk"), member_id=profile_pk).values(
                    "last_read_position"
                )[:1],
                output_field=IntegerField(),
            ),
        )
    else:
        threads = threads.annotate(reader_position=Value(None, output_field=IntegerField()))
    thread = threads.filter(pk=pk).first()
    if thread is None:
        raise Http404
    thread.forum._simpul_restricted = thread.forum_restricted
    if member:
        permissions.remember_roles(
            user, editor=thread.reader_is_editor, moderates={thread.forum_id: thread.reader_moderates}
        )
    if not permissions.can_view_thread(user, thread):
        raise Http404
    return thread


def last_position(thread):
    # Posts are never removed, only soft-deleted, so positions run 1..reply_count+1.
    return thread.reply_count + 1


def page_count(thread):
    return max(1, (last_position(thread) - 1) // POSTS_PER_PAGE + 1)


def page_number(request, thread):
    # Junk is page 1; a number past the end, however long, is the last page.
    raw = request.GET.get("halaman", "")
    last = page_count(thread)
    if len(raw) >= 12 and re.fullmatch(r"[0-9]+", raw):
        return last
    return min(parse_page(raw), last)


def can_see_hidden(user, thread):
    return permissions.can_moderate_forum(user, thread.forum) or permissions.is_editor(user)


def page_posts(user, thread, number):
    """The posts of page ``number``, with authors, reactions (and who) and attachments."""
    first = (number - 1) * POSTS_PER_PAGE + 1
    posts = (
        Post.objects.filter(thread=thread, position__gte=first, position__lt=first + POSTS_PER_PAGE)
        .select_related("author__user", "author__agency")
        .prefetch_related(
            # Lists (to_attr), not managers: post.reactions.all() would build a queryset per post.
            Prefetch(
                "reactions",
                queryset=Reaction.objects.select_related("member__user").order_by("created_at", "pk"),
                to_attr="page_reactions",
            ),
            Prefetch(
                "attachments", queryset=PostAttachment.objects.order_by("pk"), to_attr="page_attachments"
            ),
        )
        .order_by("position")
    )
    if not can_see_hidden(user, thread):
        posts = posts.exclude(is_hidden=True)
    posts = list(posts)
    for post in posts:
        post.thread = thread  # the permission checks read post.thread.forum
    return posts


_SENTINEL = "918273645"
_SAFE = "!$&'()*+,;=/~:@"


@functools.cache
def _url_pattern(name):
    """(before, after) around the one argument of URL ``name``: reverse once, fill in many times."""
    before, _sentinel, after = reverse(name, args=[_SENTINEL]).partition(_SENTINEL)
    return before, after


def fast_url(name, value):
    """reverse(name, args=[value]) for a URL with one int or username argument, without resolving again.

    A thread page needs about ten URLs per post; reversing each costs more
    than the rest of the post's rendering.
    """
    before, after = _url_pattern(name)
    # The quoting reverse() applies to an argument (RFC 3986 sub-delimiters, "/", "~", ":", "@" stay).
    return f"{before}{quote(str(value), safe=_SAFE)}{after}"


@dataclass
class PostRow:
    """One post as the page shows it, with what the reader may do to it."""

    post: Post
    helpful_names: list = field(default_factory=list)
    more_helpful: int = 0
    reacted: bool = False
    can_react: bool = False
    can_edit: bool = False
    can_delete: bool = False
    can_mark_solution: bool = False
    can_see_history: bool = False
    can_quote: bool = False
    is_solution: bool = False
    urls: dict = field(default_factory=dict)
    attachments: list = field(default_factory=list)


def post_rows(user, thread, posts, *, can_reply):
    profile_pk = user.profile.pk if is_member(user) else None
    rows = []
    for post in posts:
        reactions = post.page_reactions
        names = [
            (reaction.member.name, fast_url("community:profile", reaction.member.user.username))
            for reaction in reactions[:MAX_REACTION_NAMES]
        ]
        visible_text = not post.is_deleted
        urls = {
            "permalink": fast_url("forum:post_permalink", post.pk),
            "author": fast_url("community:profile", post.author.user.username) if post.author_id else "",
            "reply_to": fast_url("forum:post_permalink", post.reply_to_id) if post.reply_to_id else "",
            "history": fast_url("forum:post_history", post.pk),
            "react": fast_url("forum:post_react", post.pk),
            "solution": fast_url("forum:post_solution", post.pk),
            "edit": fast_url("forum:post_edit", post.pk),
            "delete": fast_url("forum:post_delete", post.pk),
            "flag": fast_url("forum_moderation:flag_post", post.pk),
            "quote": f"{fast_url('forum:reply', thread.pk)}?kutip={post.pk}",
        }
        rows.append(
            PostRow(
                post=post,
                helpful_names=names,
                more_helpful=max(0, len(reactions) - len(names)),
                reacted=profile_pk is not None and any(r.member_id == profile_pk for r in reactions),
                can_react=permissions.can_react_to_post(user, post),
                can_edit=permissions.can_edit_post(user, post),
                can_delete=permissions.can_delete_post(user, post),
                can_mark_solution=not post.is_opening_post
                and permissions.can_mark_solution(user, thread, post),
                can_see_history=post.edited_at is not None and permissions.can_see_post_history(user, post),
                can_quote=can_reply and visible_text and not post.is_hidden,
                is_solution=thread.solution_id == post.pk,
                urls=urls,
                attachments=[
                    (
                        attachment,
                        f"{fast_url('forum:attachment_base', attachment.pk)}{attachment.download_name}",
                    )
                    for attachment in post.page_attachments
                ],
            )
        )
    return rows
