"""Every "may this user do this?" decision about community content.

Views and templates ask here; nothing else checks groups or staff flags.
"""

from wagtail.models import WorkflowState

from .roles import EDITORS


def is_member(user):
    return bool(user and user.is_authenticated and user.is_active and hasattr(user, "profile"))


def is_editor(user):
    return bool(user and user.is_authenticated and user.groups.filter(name=EDITORS).exists())


def can_submit_practice(user):
    return is_member(user)


_UNKNOWN = object()


def can_edit_submission(user, practice, *, workflow_state=_UNKNOWN):
    """Authors may revise their own practice until it is published.

    A listing may pass the practice's active workflow state it already loaded.
    """
    if not is_member(user) or practice.live:
        return False
    # .all() so a listing's prefetch_related("authors") answers without a query.
    if user.profile.pk not in {author.pk for author in practice.authors.all()}:
        return False
    state = practice.current_workflow_state if workflow_state is _UNKNOWN else workflow_state
    return state is None or state.status == WorkflowState.STATUS_NEEDS_CHANGES


def can_record_replication(user, practice):
    # A page being created (previewed before its first save) has no id to record against.
    return is_member(user) and practice.live and practice.pk is not None


def can_update_replication(user, replication):
    return is_member(user) and (
        replication.member_id == user.profile.pk or replication.agency_id == user.profile.agency_id
    )
