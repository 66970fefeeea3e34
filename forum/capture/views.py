"""/forum/jadikan-praktik/<thread>/: editors turn a thread into a draft practice."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import Thread
from ..permissions import can_capture_thread
from .forms import CaptureForm, initial_for
from .services import CaptureError, capturable_posts, capture_thread

MAX_LISTED_POSTS = 300


@login_required
def capture(request, thread_pk):
    thread = get_object_or_404(
        Thread.objects.visible_to(request.user).select_related("forum", "author"), pk=thread_pk
    )
    if not can_capture_thread(request.user, thread):
        raise PermissionDenied
    if thread.practice_id:
        messages.info(request, _("This discussion has already been written up as a practice."))
        return redirect("wagtailadmin_pages:edit", thread.practice_id)
    posts = capturable_posts(thread)
    listed = list(posts[:MAX_LISTED_POSTS])
    form = CaptureForm(
        request.POST or None,
        posts=posts.filter(pk__in=[post.pk for post in listed]),
        initial=initial_for(thread, listed),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            practice = capture_thread(
                editor=request.user,
                thread=thread,
                title=data["title"],
                summary=data["summary"],
                posts=list(data["posts"]),
                government_affair=data["government_affair"],
                agency=data["agency"],
                region=data["region"],
            )
        except CaptureError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, _("A draft practice has been created and sent to review. Check it before approving.")
            )
            return redirect(reverse("wagtailadmin_pages:edit", args=[practice.pk]))
    status = 400 if request.method == "POST" else 200
    return render(request, "forum/capture/capture_form.html", {"form": form, "thread": thread}, status=status)
