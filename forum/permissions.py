"""Every "may this user do this?" decision about forums, threads and posts.

Views, templates, feeds, search scopes and notifications ask here; nothing
else checks groups, staff flags or moderator lists. Where an object must stay
secret (a members-only forum, a hidden thread), callers answer 404 when
``can_view_*`` is false, and 403 when the object may be known but the action
is not allowed.
"""

from community.permissions import is_editor as _community_is_editor
from community.permissions import is_member

_CACHE_ATTRIBUTE = "_simpul_moderated_forum_ids"
_EDITOR_ATTRIBUTE = "_simpul_is_editor"
_KNOWN_MODERATION_ATTRIBUTE = "_simpul_moderates"
_UNSET = object()


def is_editor(user):
    """community.permissions.is_editor, asked once per request (kept on the user object)."""
    if not (user and user.is_authenticated):
        return False
    cached = getattr(user, _EDITOR_ATTRIBUTE, _UNSET)
    if cached is _UNSET:
        cached = _community_is_editor(user)
        setattr(user, _EDITOR_ATTRIBUTE, cached)
    return cached


def remember_roles(user, *, editor=None, moderates=None):
    """Prime the per-request answers when a view loaded them with its own query.

    ``moderates`` maps forum ids to whether the member moderates that forum;
    questions about other forums still load the member's full list.
    """
    if not (user and user.is_authenticated):
        return
    if editor is not None:
        setattr(user, _EDITOR_ATTRIBUTE, bool(editor))
    if moderates:
        known = getattr(user, _KNOWN_MODERATION_ATTRIBUTE, None) or {}
        known.update({pk: bool(value) for pk, value in moderates.items()})
        setattr(user, _KNOWN_MODERATION_ATTRIBUTE, known)


def moderated_forum_ids(user):
    """Ids of the forums whose hidden content this user may see.

    None means every forum (editors curate everything); an empty set means
    none. Read once per request: the answer is kept on the user object.
    """
    if not is_member(user) and not is_editor(user):
        return set()
    cached = getattr(user, _CACHE_ATTRIBUTE, _UNSET)
    if cached is not _UNSET:
        return cached
    ids = None if is_editor(user) else _own_moderated_forum_ids(user)
    setattr(user, _CACHE_ATTRIBUTE, ids)
    return ids


def _own_moderated_forum_ids(user):
    cached = getattr(user, "_simpul_moderator_of", None)
    if cached is None:
        cached = set(user.profile.moderated_forums.values_list("pk", flat=True))
        user._simpul_moderator_of = cached
    return cached


def is_forum_moderator(user, forum):
    """A moderator of this forum: listed among its moderators (editors are not, by that alone)."""
    if not is_member(user):
        return False
    known = getattr(user, _KNOWN_MODERATION_ATTRIBUTE, None)
    if known and forum.pk in known:
        return known[forum.pk]
    return forum.pk in _own_moderated_forum_ids(user)


def can_view_forum(user, forum):
    """The same rule as ForumPage.objects.visible_to(user), for one forum already loaded."""
    from wagtail.models import PageViewRestriction

    from .models import ForumVisibility

    if not forum.live:
        return False
    if forum.visibility != ForumVisibility.PUBLIC and not is_member(user):
        return False
    restriction_known = getattr(forum, "_simpul_restricted", None)
    if restriction_known is not None:
        restricted = restriction_known
    else:
        # The site's restrictions, read once per publish (community.restrictions): one on the
        # forum or an ancestor hides it; members pass the "signed-in readers" kind.
        from community.restrictions import view_restrictions

        member = is_member(user)
        restricted = any(
            forum.path.startswith(path) and not (member and kind == PageViewRestriction.LOGIN)
            for path, kind in view_restrictions()
        )
    return not restricted


def can_view_thread(user, thread):
    from .models.threads import is_thread_of_restricted_session

    if not can_view_forum(user, thread.forum):
        return False
    if is_thread_of_restricted_session(user, thread):
        return False  # the discussion of a session behind a password or a group
    if thread.is_hidden:
        return is_forum_moderator(user, thread.forum) or is_editor(user)
    return True


def can_view_post(user, post):
    if not can_view_thread(user, post.thread):
        return False
    if post.is_hidden:
        return is_forum_moderator(user, post.thread.forum) or is_editor(user)
    return True


def can_start_thread(user, forum):
    return is_member(user) and forum.live


def can_reply_to_thread(user, thread):
    return (
        is_member(user)
        and not thread.is_hidden
        and (not thread.is_locked or is_forum_moderator(user, thread.forum))
    )


def _is_author(user, post):
    return is_member(user) and post.author_id is not None and post.author_id == user.profile.pk


def can_edit_post(user, post):
    if post.is_deleted:
        return False
    if is_forum_moderator(user, post.thread.forum):
        return True
    return _is_author(user, post) and not post.thread.is_locked and not post.is_hidden


def can_delete_post(user, post):
    if post.is_deleted:
        return False
    return _is_author(user, post) or is_forum_moderator(user, post.thread.forum)


def can_see_post_history(user, post):
    return _is_author(user, post) or is_forum_moderator(user, post.thread.forum) or is_editor(user)


def can_mark_solution(user, thread, post=None):
    """The thread's author or a moderator of its forum picks the reply that solved it."""
    if post is not None and (post.thread_id != thread.pk or post.is_opening_post or post.is_deleted):
        return False
    if is_forum_moderator(user, thread.forum):
        return True
    return is_member(user) and thread.author_id is not None and thread.author_id == user.profile.pk


def can_react_to_post(user, post):
    """Members find others' posts helpful; not their own, not deleted or hidden ones."""
    return is_member(user) and not _is_author(user, post) and not post.is_deleted and not post.is_hidden


def can_flag_post(user, post):
    return is_member(user) and not _is_author(user, post) and not post.is_deleted


def can_moderate_forum(user, forum):
    return is_forum_moderator(user, forum)


def can_move_thread(user, thread, target_forum):
    """Moving needs moderator powers in both the forum it leaves and the one it joins."""
    return is_forum_moderator(user, thread.forum) and is_forum_moderator(user, target_forum)


def can_read_moderation_log(user):
    return is_editor(user)


def can_capture_thread(user, thread):
    """Editors turn a solved or valuable thread into a draft practice."""
    return is_editor(user) and not thread.is_hidden
