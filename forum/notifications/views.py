"""The member's notification list, watching and unwatching, and unsubscribing from e-mail."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from taggit.models import Tag

from community.models import EmailDigest, MemberProfile
from community.permissions import is_member
from forum.models import ForumPage, Thread
from forum.permissions import can_view_forum, can_view_thread
from search.params import parse_id

from . import services
from .emails import profile_id_from_token
from .models import Notification

NOTIFICATIONS_PER_PAGE = 30


def _member_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not is_member(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@_member_required
def notification_list(request):
    notifications = Notification.objects.for_member(request.user).for_list()
    page = Paginator(notifications, NOTIFICATIONS_PER_PAGE).get_page(request.GET.get("halaman"))
    return render(
        request,
        "forum/notifications/notification_list.html",
        {"page": page, "profile": request.user.profile, "EmailDigest": EmailDigest},
    )


@_member_required
def open_notification(request, pk):
    """Mark it read and go where it points (if the member may still see it)."""
    notification = get_object_or_404(
        Notification.objects.for_member(request.user).select_related("thread__forum", "post"), pk=pk
    )
    services.mark_read(user=request.user, notification_ids=[notification.pk])
    return redirect(notification.get_target_url())


@_member_required
@require_POST
def mark_read(request):
    raw_id = request.POST.get("id", "")
    if raw_id:
        notification_id = parse_id(raw_id)
        if notification_id is None:
            raise Http404
        services.mark_read(user=request.user, notification_ids=[notification_id])
    else:
        services.mark_read(user=request.user)
        messages.success(request, _("All notifications are marked as read."))
    return redirect("forum_notifications:list")


def _back(request, fallback):
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect(fallback)


def _toggle(request, *, label, fallback, **target):
    profile = request.user.profile
    if request.POST.get("action") == "unwatch":
        services.unwatch(member=profile, **target)
        messages.success(request, _("You no longer watch %(target)s.") % {"target": label})
    else:
        services.watch(member=profile, **target)
        messages.success(request, _("You now watch %(target)s.") % {"target": label})
    return _back(request, fallback)


@_member_required
@require_POST
def watch_thread(request, pk):
    thread = get_object_or_404(Thread.objects.select_related("forum"), pk=pk)
    if not can_view_thread(request.user, thread):
        raise Http404
    return _toggle(request, label=f"“{thread.title}”", fallback=thread.get_absolute_url(), thread=thread)


@_member_required
@require_POST
def watch_forum(request, pk):
    forum = get_object_or_404(ForumPage.objects.live().specific(), pk=pk)
    if not can_view_forum(request.user, forum):
        raise Http404
    return _toggle(request, label=forum.title, fallback=forum.url or "/", forum=forum)


@_member_required
@require_POST
def watch_tag(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return _toggle(request, label=f"#{tag.name}", fallback="forum_notifications:list", tag=tag)


@csrf_exempt  # Mail clients post RFC 8058 one-click requests without our cookie; the signed token authorises.
def unsubscribe(request, token):
    """Stop forum e-mails without signing in: GET asks, POST (or a mail client's one-click POST) stops."""
    profile_id = profile_id_from_token(token)
    profile = (
        MemberProfile.objects.filter(pk=profile_id).select_related("user").first() if profile_id else None
    )
    if profile is None:
        return render(request, "forum/notifications/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        MemberProfile.objects.filter(pk=profile.pk).update(email_notifications=False)
        return render(request, "forum/notifications/unsubscribe.html", {"done": True, "profile": profile})
    return render(request, "forum/notifications/unsubscribe.html", {"profile": profile, "token": token})
