"""Front-end views for practices: submit, revise, my submissions, replicate, tags."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from search.params import parse_id, parse_page

from . import page_cache, permissions
from .models import PracticePage, Replication
from .models.practices import popular_practice_tags
from .models.tags import visible_tags, with_visible_uses
from .practice_forms import PracticeSubmissionForm, ReplicationForm
from .sections import TAG_PAGE, sections_for
from .submissions import (
    active_workflow_states,
    revise_practice,
    submission_form_initial,
    submission_state,
    submit_practice,
)
from .tagging import normalise_tag

TAG_PAGE_SIZE = 20
MAX_SUGGESTIONS = 10


def _popular_tag_names(limit=200):
    return [tag.name for tag in popular_practice_tags(limit=limit)]


@login_required
def submit(request):
    if not permissions.can_submit_practice(request.user):
        raise Http404
    form = PracticeSubmissionForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid():
            practice, _revision = submit_practice(
                user=request.user, data=form.cleaned_data, files=form.cleaned_data["attachments"]
            )
            messages.success(request, _("Thank you! Your practice has been sent to the editors for review."))
            return redirect("community:my_submissions")
        messages.error(request, _("Please check the highlighted fields. Attachments must be chosen again."))
    return render(
        request,
        "community/practice_submit.html",
        {"form": form, "tag_suggestions": _popular_tag_names(), "editing": None},
    )


@login_required
def revise(request, pk):
    practice = get_object_or_404(PracticePage, pk=pk)
    if not permissions.can_edit_submission(request.user, practice):
        raise Http404
    form = PracticeSubmissionForm(
        request.POST or None, request.FILES or None, initial=submission_form_initial(practice)
    )
    if request.method == "POST":
        if form.is_valid():
            revise_practice(
                user=request.user,
                practice=practice,
                data=form.cleaned_data,
                files=form.cleaned_data["attachments"],
            )
            messages.success(request, _("Your revision has been sent back to the editors."))
            return redirect("community:my_submissions")
        messages.error(request, _("Please check the highlighted fields. Attachments must be chosen again."))
    state, comment = submission_state(practice)
    return render(
        request,
        "community/practice_submit.html",
        {
            "form": form,
            "tag_suggestions": _popular_tag_names(),
            "editing": practice,
            "state": state,
            "comment": comment,
        },
    )


@login_required
def my_submissions(request):
    if not permissions.is_member(request.user):
        raise Http404
    practices = (
        PracticePage.objects.filter(authors=request.user.profile)
        .select_related("agency")
        .prefetch_related("authors")
        .order_by("-latest_revision_created_at", "-pk")
    )
    workflow_states = active_workflow_states(practices)
    rows = []
    for practice in practices:
        workflow_state = workflow_states.get(practice.pk)
        state, comment = submission_state(practice, workflow_state=workflow_state)
        rows.append(
            {
                "practice": practice,
                "state": state,
                "comment": comment,
                "can_edit": permissions.can_edit_submission(
                    request.user, practice, workflow_state=workflow_state
                ),
            }
        )
    return render(request, "community/my_submissions.html", {"rows": rows})


@login_required
@require_POST
def replicate(request, pk):
    practice = get_object_or_404(PracticePage.objects.visible_to(request.user), pk=pk)
    if not permissions.can_record_replication(request.user, practice):
        raise Http404
    profile = request.user.profile
    agency_id = parse_id(request.POST.get("agency"))
    # A value that is not an id is left to the form to refuse.
    existing = None
    if agency_id is not None:
        existing = Replication.objects.filter(practice=practice, agency_id=agency_id).first()
    if existing and not permissions.can_update_replication(request.user, existing):
        existing = None
    form = ReplicationForm(request.POST, instance=existing or Replication(practice=practice))
    if form.is_valid():
        replication = form.save(commit=False)
        replication.practice = practice
        replication.member = replication.member or profile
        replication.save()
        messages.success(request, _("Thank you: your agency's replication has been recorded."))
        return redirect(practice.url + "#replikasi")
    return render(
        request,
        "community/replication_form.html",
        {"form": form, "practice": practice},
        status=400,
    )


@page_cache.reader_page(params=("halaman",), depends_on=("pages", "members", "forum"))
def tag_page(request, slug):
    # A tag on nothing this reader may see stays secret: 404, as for an unknown tag.
    tag = get_object_or_404(visible_tags(request.user), slug=slug)
    practices = (
        PracticePage.objects.visible_to(request.user)
        .filter(tags__slug=tag.slug)
        .for_listing()
        .order_by("-first_published_at")
    )
    page = Paginator(practices, TAG_PAGE_SIZE).get_page(parse_page(request.GET.get("halaman")))
    page.object_list = list(page.object_list)
    sections = sections_for(TAG_PAGE, request, tag=tag)
    return render(request, "community/tag_page.html", {"tag": tag, "page": page, "sections": sections})


def tag_suggestions(request):
    """Tags starting with what the reader typed, most used first (JSON)."""
    prefix = normalise_tag(request.GET.get("q") or "")[:50]
    tags = visible_tags(request.user)
    if prefix:
        tags = tags.filter(name__istartswith=prefix)
    names = list(
        with_visible_uses(tags, request.user)
        .order_by("-uses", "name")
        .values_list("name", flat=True)[:MAX_SUGGESTIONS]
    )
    return JsonResponse({"tags": names})
