"""Reading and writing threads: the thread page, permalinks, new threads, replies and post actions.

Views stay thin: forum.permissions decides, forum.services writes,
forum.threads.reading loads. A thread the reader may not see answers 404
(its existence stays secret); an action they may not take on something they
can see answers 403 with the reason.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import page_cache
from community.permissions import is_member
from search.params import parse_id

from .. import permissions, services
from ..markdown import quote_markdown, render_post
from ..models import ForumPage, Post, PostAttachment, PostRevision
from ..moderation.http import posting_rate_limited
from . import reading
from .forms import EditPostForm, ReplyForm, ThreadForm


def _forbidden(request, message, *, back=None, status=403):
    return render(request, "forum/forbidden.html", {"message": message, "back": back}, status=status)


def _thread_url(thread, *, page=None, anchor=None):
    # An explicit page (even 1) also tells the thread view not to jump to the first unread post.
    url = thread.get_absolute_url()
    if page is not None:
        url += f"?halaman={page}"
    if anchor:
        url += f"#{anchor}"
    return url


def post_url(post):
    """The thread page and anchor where ``post`` is shown."""
    return _thread_url(post.thread, page=post.page_number, anchor=post.anchor)


def _visible_forum(user, slug):
    forum = ForumPage.objects.filter(slug=slug).specific().first()
    if forum is None or not permissions.can_view_forum(user, forum):
        raise Http404
    return forum


def _visible_post(user, pk):
    """The post ``pk`` if the user may see it (with its thread and forum), else 404."""
    post = Post.objects.select_related("thread__forum", "author__user").filter(pk=pk).first()
    if post is None or not permissions.can_view_post(user, post):
        raise Http404
    return post


def thread_detail(request, forum_slug, pk, slug):
    # Anonymous readers of a public thread share one page per page number; members never do.
    page_cache.declare(request, params=("halaman",), depends_on=("forum", "pages", "members"))
    thread = reading.load_thread(request.user, pk)
    if thread.forum_restricted or thread.forum.is_members_only or thread.is_hidden:
        page_cache.skip(request)
    if forum_slug != thread.forum.slug or slug != thread.slug:
        query = request.META.get("QUERY_STRING")
        return HttpResponseRedirect(thread.get_absolute_url() + (f"?{query}" if query else ""), status=301)
    member = is_member(request.user)
    last = reading.last_position(thread)
    if member and "halaman" not in request.GET and thread.reader_position is not None:
        # Back to where the member stopped: the first post they have not read.
        if thread.reader_position < last:
            first_unread = thread.reader_position + 1
            page = (first_unread - 1) // reading.POSTS_PER_PAGE + 1
            return redirect(_thread_url(thread, page=page, anchor=f"post-{first_unread}"))
    number = reading.page_number(request, thread)
    posts = reading.page_posts(request.user, thread, number)
    can_reply = permissions.can_reply_to_thread(request.user, thread)
    rows = reading.post_rows(request.user, thread, posts, can_reply=can_reply)
    opening = rows[0] if rows and rows[0].post.is_opening_post else None
    solution = thread.solution
    if solution is not None and (
        solution.is_deleted or (solution.is_hidden and not reading.can_see_hidden(request.user, thread))
    ):
        solution = None
    tags = list(thread.tags.all())
    if member:
        shown_to = min(number * reading.POSTS_PER_PAGE, last)
        first_visit = services.record_read(
            member=request.user.profile, thread=thread, position=shown_to, known=thread.reader_position
        )
        if first_visit:
            services.count_view(thread=thread)
    total_pages = reading.page_count(thread)
    context = {
        "thread": thread,
        "forum": thread.forum,
        "rows": rows,
        "opening": opening,
        "replies": rows[1:] if opening else rows,
        "solution": solution,
        "solution_url": post_url(solution) if solution is not None else "",
        "tags": tags,
        "page_number": number,
        "total_pages": total_pages,
        "previous_page": number - 1 if number > 1 else None,
        "next_page": number + 1 if number < total_pages else None,
        "can_reply": can_reply,
        "is_last_page": number == total_pages,
        "reply_form": ReplyForm() if can_reply and number == total_pages else None,
        "can_moderate": permissions.can_moderate_forum(request.user, thread.forum),
    }
    return render(request, "forum/thread.html", context)


def post_permalink(request, pk):
    post = _visible_post(request.user, pk)
    return redirect(post_url(post))


def _tag_names(thread):
    return ", ".join(tag.name for tag in thread.tags.all())


@login_required
@posting_rate_limited
def thread_new(request, forum_slug):
    forum = _visible_forum(request.user, forum_slug)
    if not permissions.can_start_thread(request.user, forum):
        return _forbidden(request, _("Only members can start a thread."), back=forum.url)
    form = ThreadForm(request.POST or None, request.FILES or None)
    preview = None
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            if "pratinjau" in request.POST:
                preview, _mentions = render_post(data["body"])
            else:
                thread = services.create_thread(
                    author=request.user.profile,
                    forum=forum,
                    title=data["title"],
                    body=data["body"],
                    tags=data["tags"],
                    attachments=data["attachments"],
                    token=data["token"],
                )
                messages.success(request, _("Your thread has been posted."))
                return redirect(thread.get_absolute_url())
        if form.errors:
            messages.error(
                request, _("Please check the highlighted fields. Attachments must be chosen again.")
            )
    return render(request, "forum/thread_form.html", {"forum": forum, "form": form, "preview": preview})


def _reply_target(thread, pk):
    if not pk:
        return None
    return Post.objects.filter(pk=pk, thread=thread, is_deleted=False, is_hidden=False).first()


@login_required
@posting_rate_limited
def reply(request, pk):
    thread = reading.load_thread(request.user, pk)
    if not permissions.can_reply_to_thread(request.user, thread):
        if thread.is_locked:
            message = _("This thread is locked: no new replies.")
        else:
            message = _("Only members can reply.")
        return _forbidden(request, message, back=thread.get_absolute_url())
    preview = None
    quoted = None
    if request.method == "POST":
        form = ReplyForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            target = _reply_target(thread, data.get("reply_to"))
            if "pratinjau" in request.POST:
                preview, _mentions = render_post(data["body"])
            else:
                post = services.reply(
                    author=request.user.profile,
                    thread=thread,
                    body=data["body"],
                    reply_to=target,
                    attachments=data["attachments"],
                    token=data["token"],
                )
                post.thread = thread
                messages.success(request, _("Your reply has been posted."))
                return redirect(post_url(post))
        if form.errors:
            messages.error(
                request, _("Please check the highlighted fields. Attachments must be chosen again.")
            )
    else:
        initial = {}
        quote_pk = parse_id(request.GET.get("kutip"))
        if quote_pk is not None:
            quoted = _reply_target(thread, quote_pk)
            if quoted is not None:
                initial = {"body": quote_markdown(quoted), "reply_to": quoted.pk}
        form = ReplyForm(initial=initial)
    return render(
        request,
        "forum/reply_form.html",
        {"thread": thread, "forum": thread.forum, "form": form, "preview": preview, "quoted": quoted},
    )


@login_required
def post_edit(request, pk):
    post = _visible_post(request.user, pk)
    thread = post.thread
    if not permissions.can_edit_post(request.user, post):
        return _forbidden(request, _("You cannot edit this post."), back=post_url(post))
    opening = post.is_opening_post
    initial = {"body": post.body_markdown}
    if opening:
        initial.update(title=thread.title, tags=_tag_names(thread))
    form = EditPostForm(request.POST or None, initial=initial, opening_post=opening)
    preview = None
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            if "pratinjau" in request.POST:
                preview, _mentions = render_post(data["body"])
            else:
                services.edit_post(
                    editor=request.user.profile,
                    post=post,
                    body=data["body"],
                    title=data.get("title"),
                    tags=data.get("tags") if opening else None,
                )
                messages.success(request, _("Your changes have been saved."))
                return redirect(post_url(post))
        if form.errors:
            messages.error(request, _("Please check the highlighted fields."))
    return render(
        request,
        "forum/post_edit.html",
        {"post": post, "thread": thread, "forum": thread.forum, "form": form, "preview": preview},
    )


@login_required
def post_delete(request, pk):
    post = _visible_post(request.user, pk)
    if not permissions.can_delete_post(request.user, post):
        if post.is_deleted:
            return redirect(post_url(post))
        return _forbidden(request, _("You cannot delete this post."), back=post_url(post))
    if request.method == "POST":
        services.delete_post(by=request.user.profile, post=post)
        messages.success(request, _("The post has been deleted."))
        return redirect(post_url(post))
    return render(
        request, "forum/post_delete.html", {"post": post, "thread": post.thread, "forum": post.thread.forum}
    )


def post_history(request, pk):
    post = _visible_post(request.user, pk)
    if not permissions.can_see_post_history(request.user, post):
        return _forbidden(
            request,
            _("Only the author and the forum's moderators see a post's history."),
            back=post_url(post),
        )
    revisions = (
        PostRevision.objects.filter(post=post)
        .select_related("edited_by__user")
        .order_by("-created_at", "-pk")
    )
    return render(
        request,
        "forum/post_history.html",
        {"post": post, "thread": post.thread, "forum": post.thread.forum, "revisions": revisions[:100]},
    )


@login_required
@require_POST
def post_solution(request, pk):
    """``aksi=tandai`` marks the reply as the solution, ``aksi=batal`` takes the mark back.

    The intent is explicit, so a double-click does not undo itself.
    """
    post = _visible_post(request.user, pk)
    thread = post.thread
    if not permissions.can_mark_solution(request.user, thread, post):
        return _forbidden(
            request,
            _(
                "Only the thread's author or the forum's moderators can choose its solution,"
                " and only a reply can be one."
            ),
            back=post_url(post),
        )
    if request.POST.get("aksi") == "batal":
        if thread.solution_id == post.pk:
            services.mark_solution(by=request.user.profile, thread=thread, post=None)
        messages.success(request, _("The reply is no longer marked as the solution."))
    else:
        if thread.solution_id != post.pk:
            services.mark_solution(by=request.user.profile, thread=thread, post=post)
        messages.success(request, _("The reply has been marked as the solution."))
    return redirect(post_url(post))


@login_required
@require_POST
def post_react(request, pk):
    """``aksi=batal`` takes a "bermanfaat" back; anything else gives it (once)."""
    post = _visible_post(request.user, pk)
    if not permissions.can_react_to_post(request.user, post):
        return _forbidden(request, _("You cannot mark this post as helpful."), back=post_url(post))
    services.set_reaction(member=request.user.profile, post=post, helpful=request.POST.get("aksi") != "batal")
    return redirect(post_url(post))


def attachment(request, pk, name):
    found = get_object_or_404(PostAttachment.objects.select_related("post__thread__forum"), pk=pk)
    post = found.post
    if not permissions.can_view_post(request.user, post) or post.is_deleted:
        raise Http404
    try:
        handle = found.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        content_type=found.content_type,
        as_attachment=not found.is_image,
        filename=found.original_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, max-age=3600"
    return response


def attachment_without_name(request, pk):
    raise Http404
