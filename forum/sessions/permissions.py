"""Every "may this user do this?" decision about sessions, attendance and JP evidence.

Built on forum.permissions: whoever may read a forum may read its sessions;
a session's hosts are its forum's moderators and the editors.
"""

from community.permissions import is_editor, is_member
from forum.permissions import can_moderate_forum, can_view_forum


def can_view_session(user, session):
    return session.live and session.forum is not None and can_view_forum(user, session.forum)


def can_host_session(user, session):
    """The forum's moderators and the editors run a session: attendee list, check-in code, ticking names."""
    if session.forum is None:
        return is_editor(user)
    return is_editor(user) or can_moderate_forum(user, session.forum)


def can_see_meeting_link(user, session):
    return is_member(user) and not session.is_cancelled


def can_register_for_session(user, session):
    from .models import SessionState

    return is_member(user) and session.state() == SessionState.UPCOMING


def can_check_in(user, session):
    return is_member(user) and session.is_check_in_open()


def can_view_jp_record(user, member):
    """A member's JP record is their own."""
    return is_member(user) and user.profile.pk == member.pk


def can_request_confirmation(user, attendance):
    return is_member(user) and attendance.member_id == user.profile.pk
