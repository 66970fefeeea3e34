"""Writing in the forum: where a thread, its posts, counts and signals change together.

Views call these keyword-only functions; single-model rules stay on the
models and querysets. Each function runs in one transaction and sends the
forum's signals (forum.signals) once the rows are saved. Permission checks
belong to the caller (forum.permissions); these functions only keep the data
consistent.
"""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone

from . import signals
from .attachments import check_upload, safe_original_name
from .connections.cache import forum_changed
from .markdown import mentioned_usernames, render_post
from .models import ForumPage, Post, PostAttachment, PostRevision, Reaction, Thread, ThreadReadState

#: The same author posting the same text in the same thread within this window
#: gets the post they already made (a double-click without a form token).
DUPLICATE_WINDOW = datetime.timedelta(seconds=10)


def _existing_submission(*, author, token, thread=None, body=None):
    """The post this submission already made, if it is a repeat."""
    if token:
        found = Post.objects.filter(author=author, submission_token=token).first()
        if found is not None:
            return found
    if thread is not None and body is not None:
        return (
            Post.objects.filter(
                thread=thread,
                author=author,
                body_markdown=body,
                is_deleted=False,
                created_at__gte=timezone.now() - DUPLICATE_WINDOW,
            )
            .order_by("-pk")
            .first()
        )
    return None


def _attach(post, attachments):
    for upload in attachments or ():
        content_type, extension, digest = check_upload(upload)
        attachment = PostAttachment(
            post=post,
            original_name=safe_original_name(upload.name),
            content_type=content_type,
            extension=extension,
            size=upload.size,
            sha256=digest,
        )
        attachment.file.save(f"{digest}{extension}", upload, save=False)
        attachment.save()


def _announce_mentions(post, profiles, *, already=()):
    known = {name.lower() for name in already}
    fresh = [
        profile
        for profile in profiles
        if profile.pk != post.author_id and profile.user.username.lower() not in known
    ]
    if fresh:
        signals.members_mentioned.send(sender=Post, post=post, profiles=fresh)


@transaction.atomic
def create_thread(*, author, forum, title, body, tags=(), attachments=(), token=""):
    """A new thread with its opening post; the forum's counts follow.

    A repeated submission (same ``token``) returns the thread it already made.
    """
    existing = _existing_submission(author=author, token=token)
    if existing is not None:
        return existing.thread
    now = timezone.now()
    html, mentioned = render_post(body)
    thread = Thread.objects.create(forum=forum, title=title, author=author, last_activity_at=now)
    if tags:
        thread.tags.set(list(tags))
    try:
        with transaction.atomic():
            post = Post.objects.create(
                thread=thread,
                position=1,
                author=author,
                body_markdown=body,
                body_html=html,
                submission_token=token or "",
            )
    except IntegrityError:
        # The same form submitted twice at once: the other request won.
        transaction.set_rollback(True)
        return Post.objects.get(author=author, submission_token=token).thread
    _attach(post, attachments)
    Thread.objects.filter(pk=thread.pk).update(last_post=post)
    thread.last_post = post
    ForumPage.objects.filter(pk=forum.pk).update(
        thread_count=F("thread_count") + 1, post_count=F("post_count") + 1, last_activity_at=now
    )
    # The author has read what they wrote: coming back starts after it.
    # (A thread Simpul opens itself, e.g. a session's discussion, has no author.)
    if author is not None:
        ThreadReadState.objects.create(thread=thread, member=author, last_read_position=1)
    signals.thread_created.send(sender=Thread, thread=thread, post=post)
    _announce_mentions(post, mentioned)
    return thread


@transaction.atomic
def reply(*, author, thread, body, reply_to=None, attachments=(), token=""):
    """A reply at the end of the thread; thread and forum counts follow.

    A repeated submission (same ``token``, or the same text from the same
    author within a few seconds) returns the reply it already made.
    """
    # Lock the thread row so two replies at once take different positions
    # (and a double-click's second request sees the first one's post).
    locked = Thread.objects.select_for_update().get(pk=thread.pk)
    existing = _existing_submission(author=author, token=token, thread=locked, body=body)
    if existing is not None:
        return existing
    if reply_to is not None and reply_to.thread_id != locked.pk:
        reply_to = None
    position = (locked.posts.aggregate(last=Max("position"))["last"] or 0) + 1
    now = timezone.now()
    html, mentioned = render_post(body)
    post = Post.objects.create(
        thread=locked,
        position=position,
        author=author,
        body_markdown=body,
        body_html=html,
        reply_to=reply_to,
        submission_token=token or "",
    )
    _attach(post, attachments)
    Thread.objects.filter(pk=locked.pk).update(
        reply_count=F("reply_count") + 1, last_activity_at=now, last_post=post
    )
    ForumPage.objects.filter(pk=locked.forum_id).update(post_count=F("post_count") + 1, last_activity_at=now)
    if author is not None:
        record_read(member=author, thread=locked, position=position)
    signals.reply_created.send(sender=Post, post=post)
    _announce_mentions(post, mentioned)
    return post


@transaction.atomic
def edit_post(*, editor, post, body, title=None, tags=None):
    """Change a post's text, keeping the earlier text as a PostRevision.

    ``title`` and ``tags`` change the thread too when the opening post is
    edited. Unchanged text is a no-op (no revision, no "diedit" marker).
    Members newly mentioned by the edit are announced.
    """
    post = Post.objects.select_for_update().get(pk=post.pk)
    thread = post.thread
    changed_thread = False
    if post.is_opening_post and title is not None and title != thread.title:
        thread.title = title
        Thread.objects.filter(pk=thread.pk).update(title=title)
        changed_thread = True
    if post.is_opening_post and tags is not None:
        before = {tag.name.lower() for tag in thread.tags.all()}
        if before != {str(tag).lower() for tag in tags}:
            thread.tags.set(list(tags))
            changed_thread = True
    if body == post.body_markdown:
        if changed_thread:
            signals.post_edited.send(sender=Post, post=post, editor=editor)
        return post
    previous_mentions = mentioned_usernames(post.body_markdown)
    PostRevision.objects.create(post=post, body_markdown=post.body_markdown, edited_by=editor)
    html, mentioned = render_post(body)
    post.body_markdown = body
    post.body_html = html
    post.edited_at = timezone.now()
    post.save(update_fields=["body_markdown", "body_html", "edited_at"])
    signals.post_edited.send(sender=Post, post=post, editor=editor)
    _announce_mentions(post, mentioned, already=previous_mentions)
    return post


@transaction.atomic
def delete_post(*, by, post):
    """Soft delete: the post stays in its place as "post dihapus", its text gone from pages.

    A deleted solution is no longer the thread's solution. Deleting twice is a no-op.
    """
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.is_deleted:
        return post
    post.is_deleted = True
    post.deleted_at = timezone.now()
    post.save(update_fields=["is_deleted", "deleted_at"])
    Thread.objects.filter(pk=post.thread_id, solution=post).update(solution=None)
    signals.post_deleted.send(sender=Post, post=post, by=by)
    return post


@transaction.atomic
def mark_solution(*, by, thread, post):
    """Make ``post`` the thread's accepted solution (``post=None`` takes the mark back)."""
    if post is not None and (post.thread_id != thread.pk or post.is_opening_post or post.is_deleted):
        raise ValueError("The solution must be a reply in this thread.")
    Thread.objects.filter(pk=thread.pk).update(solution=post)
    thread.solution = post
    forum_changed()  # the thread page shows the solution under the question
    if post is not None:
        signals.solution_marked.send(sender=Thread, thread=thread, post=post, by=by)
    return thread


@transaction.atomic
def set_reaction(*, member, post, helpful):
    """Make the member's "bermanfaat" on ``post`` be ``helpful``; repeating it changes nothing.

    Returns True when something changed.
    """
    if not helpful:
        deleted, _by_model = Reaction.objects.filter(post=post, member=member).delete()
        if deleted:
            Post.objects.filter(pk=post.pk, reaction_count__gt=0).update(
                reaction_count=F("reaction_count") - 1
            )
        return bool(deleted)
    try:
        with transaction.atomic():
            _reaction, created = Reaction.objects.get_or_create(post=post, member=member)
    except IntegrityError:
        return False  # the same click arrived twice at once: it counts once
    if created:
        Post.objects.filter(pk=post.pk).update(reaction_count=F("reaction_count") + 1)
        signals.reaction_added.send(sender=Post, post=post, member=member)
    return created


def toggle_reaction(*, member, post):
    """Find a post helpful, or take that back. Returns True when the member now finds it helpful."""
    with transaction.atomic():
        reacted = Reaction.objects.filter(post=post, member=member).exists()
        set_reaction(member=member, post=post, helpful=not reacted)
    return not reacted


_UNKNOWN = object()


def record_read(*, member, thread, position, known=_UNKNOWN):
    """Remember that ``member`` has read ``thread`` up to ``position`` (never backwards).

    ``known`` is the position the caller already loaded (None: the member has
    no read state yet), which saves a query. Returns True when this is the
    member's first visit to the thread (so the caller may count a view).
    """
    if known is _UNKNOWN:
        known = (
            ThreadReadState.objects.filter(thread=thread, member=member)
            .values_list("last_read_position", flat=True)
            .first()
        )
    if known is not None:
        if position > known:
            ThreadReadState.objects.filter(
                thread=thread, member=member, last_read_position__lt=position
            ).update(last_read_position=position, updated_at=timezone.now())
        return False
    try:
        with transaction.atomic():
            ThreadReadState.objects.create(thread=thread, member=member, last_read_position=position)
    except IntegrityError:
        return False  # another request of the same member got there first
    return True


def count_view(*, thread):
    Thread.objects.filter(pk=thread.pk).update(view_count=F("view_count") + 1)
