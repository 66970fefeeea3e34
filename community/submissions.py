"""Member submissions of practices: create a draft, send it to review, revise.

A submission touches several things at once (the page, its tags and authors,
uploaded documents, a revision, the review workflow), so it lives here
rather than in a view.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, WorkflowState

from .markdown import render_markdown
from .models import PracticeIndexPage, PracticePage

ATTACHMENTS_COLLECTION = "Lampiran anggota"
# Addresses under /praktik-baik/ that community.urls gives to views: a page
# with one of these slugs could never be reached.
RESERVED_SLUGS = {"kirim", "kiriman-saya"}


class SubmissionState:
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"


_UNKNOWN = object()


def active_workflow_states(practices):
    """{practice pk: its in-progress or needs-changes workflow state}, in one query."""
    pks = [str(practice.pk) for practice in practices]
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page), object_id__in=pks)
        .select_related("current_task_state__task")
    )
    return {int(state.object_id): state for state in states}


def submission_state(practice, *, workflow_state=_UNKNOWN):
    """(state, editor's comment) for a member's own practice."""
    if practice.live:
        return SubmissionState.PUBLISHED, ""
    if workflow_state is _UNKNOWN:
        workflow_state = practice.current_workflow_state
    if workflow_state is None:
        return SubmissionState.DRAFT, ""
    if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = workflow_state.current_task_state
        comment = task_state.specific.get_comment() if task_state else ""
        return SubmissionState.CHANGES_REQUESTED, comment
    return SubmissionState.IN_REVIEW, ""


def _unique_slug(index, title, exclude_pk=None):
    base = slugify(title)[:70] or "praktik"
    slug, n = base, 2
    siblings = index.get_children()
    while slug in RESERVED_SLUGS or siblings.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _attachments_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=ATTACHMENTS_COLLECTION).first()
    return existing or root.add_child(name=ATTACHMENTS_COLLECTION)


def _store_attachments(files, *, user):
    Document = get_document_model()
    collection = _attachments_collection()
    blocks = []
    for upload in files:
        document = Document(
            title=upload.name[:255], file=upload, collection=collection, uploaded_by_user=user
        )
        # What Wagtail's own upload form does: record size and hash for listings.
        document._set_document_file_metadata()
        document.save()
        blocks.append(("attachment", {"document": document, "title": upload.name[:150]}))
    return blocks


def _body_from(markdown_text, attachment_blocks):
    return [("paragraph", render_markdown(markdown_text)), *attachment_blocks]


def _apply_fields(practice, data):
    practice.title = data["title"]
    practice.draft_title = data["title"]
    practice.summary = data["summary"]
    practice.agency = data["agency"]
    practice.region = data["region"]
    practice.government_affair = data["government_affair"]
    practice.started_on = data.get("started_on")
    practice.status = data["status"]
    practice.submitted_markdown = data["body"]


@transaction.atomic
def submit_practice(*, user, data, files=()):
    """Create a draft practice from a member's form and send it to review."""
    index = PracticeIndexPage.objects.get()
    practice = PracticePage(live=False, has_unpublished_changes=True, owner=user)
    _apply_fields(practice, data)
    practice.slug = _unique_slug(index, data["title"])
    practice.body = _body_from(data["body"], _store_attachments(files, user=user))
    index.add_child(instance=practice)
    practice.tags.set(data["tags"])
    practice.authors.set([user.profile])
    practice.save()
    revision = practice.save_revision(user=user, log_action=True)
    practice.get_workflow().start(practice, user)
    return practice, revision


@transaction.atomic
def revise_practice(*, user, practice, data, files=()):
    """Save an author's revision and send it back to the editors."""
    _apply_fields(practice, data)
    kept = [(block.block_type, block.value) for block in practice.body if block.block_type == "attachment"]
    practice.body = _body_from(data["body"], kept + _store_attachments(files, user=user))
    practice.tags.set(data["tags"])
    practice.save()
    practice.save_revision(user=user, log_action=True)
    workflow_state = practice.current_workflow_state
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        workflow_state.resume(user)
    elif workflow_state is None:
        practice.get_workflow().start(practice, user)
    return practice


def submission_form_initial(practice):
    """What the revision form starts with: the member's own words."""
    return {
        "title": practice.draft_title or practice.title,
        "summary": practice.summary,
        "body": practice.submitted_markdown,
        "agency": practice.agency,
        "region": practice.region,
        "government_affair": practice.government_affair,
        "tags": ", ".join(tag.name for tag in practice.tags.all()),
        "started_on": practice.started_on,
        "status": practice.status,
    }


__all__ = [
    "SubmissionState",
    "revise_practice",
    "submission_form_initial",
    "submission_state",
    "submit_practice",
]
