"""Flagging a post, the moderators' queue, and their actions on posts and threads.

404 where the post or thread may not be seen at all; 403 where it may be
seen but the member does not moderate its forum.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.permissions import is_member
from forum.models import ForumPage, Post, Thread
from forum.permissions import can_view_post, can_view_thread
from search.params import parse_id, parse_page

from . import services
from .forms import FlagForm, MoveThreadForm, OptionalReasonForm, ReasonForm
from .http import with_retry_after
from .limits import check_flagging_allowed, flagging_limit_message
from .models import Flag
from .permissions import (
    can_flag_post,
    can_handle_flag,
    can_hide_post,
    can_lock_thread,
    can_move_thread,
    can_pin_thread,
    queue_forum_ids,
)

FLAGS_PER_PAGE = 30


def _member_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not is_member(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _visible_post(request, pk):
    post = get_object_or_404(Post.objects.select_related("thread__forum", "author__user"), pk=pk)
    if not can_view_post(request.user, post):
        raise Http404
    return post


def _visible_thread(request, pk):
    thread = get_object_or_404(Thread.objects.select_related("forum", "author__user"), pk=pk)
    if not can_view_thread(request.user, thread):
        raise Http404
    return thread


def _post_url(post):
    return post.get_absolute_url()


@_member_required
def flag_post(request, pk):
    post = _visible_post(request, pk)
    if not can_flag_post(request.user, post):
        raise PermissionDenied(_("You cannot flag this post."))
    profile = request.user.profile
    if Flag.objects.filter(post=post, reporter=profile).exists():
        messages.info(request, _("You have already flagged this post. The moderators will look at it."))
        return redirect(_post_url(post))
    form = FlagForm(request.POST or None)
    if request.method == "POST":
        retry_after = check_flagging_allowed(request.user)
        if retry_after is not None:
            form.add_error(None, flagging_limit_message(retry_after))
            response = render(request, "forum/moderation/flag_form.html", {"form": form, "post": post})
            return with_retry_after(response, retry_after)
        if form.is_valid():
            _flag, created = services.flag_post(
                reporter=profile,
                post=post,
                reason=form.cleaned_data["reason"],
                details=form.cleaned_data["details"],
            )
            if created:
                messages.success(request, _("Thank you. The forum's moderators will look at this post."))
            else:
                messages.info(
                    request, _("You have already flagged this post. The moderators will look at it.")
                )
            return redirect(_post_url(post))
        messages.error(request, _("Please check the highlighted fields."))
    return render(request, "forum/moderation/flag_form.html", {"form": form, "post": post})


@_member_required
def queue(request):
    forum_ids = queue_forum_ids(request.user)
    if not forum_ids:
        raise PermissionDenied(_("Only a forum's moderators see its flags."))
    forums = ForumPage.objects.filter(pk__in=forum_ids).order_by("title")
    flags = Flag.objects.open().in_forums(forum_ids).for_queue()
    chosen = parse_id(request.GET.get("forum"))
    if chosen in forum_ids:
        flags = flags.filter(post__thread__forum_id=chosen)
    page = Paginator(flags, FLAGS_PER_PAGE).get_page(parse_page(request.GET.get("halaman")))
    query = request.GET.copy()
    query.pop("halaman", None)
    return render(
        request,
        "forum/moderation/queue.html",
        {"page": page, "forums": forums, "chosen": chosen, "query_string": query.urlencode()},
    )


def _back(request, fallback):
    if request.POST.get("next") == "queue":
        return redirect("forum_moderation:queue")
    return redirect(fallback)


@_member_required
@require_POST
def post_action(request, pk, action):
    if action not in {"hide", "unhide"}:
        raise Http404
    post = _visible_post(request, pk)
    if not can_hide_post(request.user, post):
        raise PermissionDenied(_("Only this forum's moderators may do that."))
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["reason"][0])
        return _back(request, _post_url(post))
    moderator, reason = request.user.profile, form.cleaned_data["reason"]
    if action == "hide":
        done = services.hide_post(moderator=moderator, post=post, reason=reason)
        messages.success(request, _("The post is hidden.") if done else _("The post was already hidden."))
    else:
        done = services.unhide_post(moderator=moderator, post=post, reason=reason)
        messages.success(request, _("The post is shown again.") if done else _("The post was not hidden."))
    return _back(request, _post_url(post))


@_member_required
@require_POST
def flag_action(request, pk, action):
    if action not in {"resolve", "dismiss"}:
        raise Http404
    flag = get_object_or_404(Flag.objects.select_related("post__thread__forum"), pk=pk)
    if not can_view_post(request.user, flag.post):
        raise Http404
    if not can_handle_flag(request.user, flag):
        raise PermissionDenied(_("Only this forum's moderators may do that."))
    form = OptionalReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    done = services.resolve_flag(
        moderator=request.user.profile, flag=flag, dismiss=action == "dismiss", reason=reason
    )
    if not done:
        messages.info(request, _("This flag was already closed."))
    elif action == "dismiss":
        messages.success(request, _("The flag is dismissed."))
    else:
        messages.success(request, _("The flag is marked as handled."))
    return redirect("forum_moderation:queue")


_THREAD_ACTIONS = {
    "lock": (can_lock_thread, services.lock_thread),
    "unlock": (can_lock_thread, services.unlock_thread),
    "pin": (can_pin_thread, services.pin_thread),
    "unpin": (can_pin_thread, services.unpin_thread),
}


def _move_targets(user, thread):
    return (
        ForumPage.objects.filter(pk__in=queue_forum_ids(user)).exclude(pk=thread.forum_id).order_by("title")
    )


@_member_required
def thread_tools(request, pk):
    """Lock, pin or move one thread (its forum's moderators only)."""
    thread = _visible_thread(request, pk)
    if not can_lock_thread(request.user, thread):
        raise PermissionDenied(_("Only this forum's moderators may do that."))
    move_form = MoveThreadForm(forums=_move_targets(request.user, thread))
    reason_form = ReasonForm()
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        moderator = request.user.profile
        if action == "move":
            # Only forums this member moderates are choices: a forged id of another
            # forum fails validation with a clear message and changes nothing.
            move_form = MoveThreadForm(request.POST, forums=_move_targets(request.user, thread))
            if move_form.is_valid():
                target = move_form.cleaned_data["target"]
                if not can_move_thread(request.user, thread, target):
                    raise PermissionDenied(_("You can only move threads to forums you moderate."))
                services.move_thread(
                    moderator=moderator,
                    thread=thread,
                    target_forum=target,
                    reason=move_form.cleaned_data["reason"],
                )
                messages.success(request, _("The thread is moved to %(forum)s.") % {"forum": target.title})
                return redirect("forum_moderation:thread_tools", pk=thread.pk)
            status = 400
        elif action in _THREAD_ACTIONS:
            permitted, act = _THREAD_ACTIONS[action]
            if not permitted(request.user, thread):
                raise PermissionDenied
            reason_form = ReasonForm(request.POST)
            if reason_form.is_valid():
                if act(moderator=moderator, thread=thread, reason=reason_form.cleaned_data["reason"]):
                    messages.success(request, _("Done: the thread is updated."))
                else:
                    messages.info(request, _("Nothing changed: the thread was already like that."))
                return redirect("forum_moderation:thread_tools", pk=thread.pk)
            status = 400
        else:
            status = 400
            messages.error(request, _("Unknown action."))
        if status == 400:
            messages.error(request, _("Please check the highlighted fields."))
    return render(
        request,
        "forum/moderation/thread_tools.html",
        {"thread": thread, "move_form": move_form, "reason_form": reason_form},
        status=status,
    )
