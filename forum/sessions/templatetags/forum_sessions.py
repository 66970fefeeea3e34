"""Session includes for other apps' templates.

{% load forum_sessions %}
{% forum_sessions page %}        on a forum page: its upcoming and past sessions
{% thread_session thread %}      on a thread page: the session it discusses, its time and state
{% session_when session as when %}  the session's time in the reader's zone (when.text, when.conversion_line)
"""

from django import template
from django.contrib.auth.models import AnonymousUser

from ..context import reader_zone, session_for_thread, sessions_for_forum
from ..jp import format_jp

register = template.Library()


@register.simple_tag(takes_context=True)
def session_when(context, session):
    return session.time_for(reader_zone(context.get("request")))


@register.inclusion_tag("forum/sessions/_forum_sessions.html", takes_context=True)
def forum_sessions(context, forum):
    request = context.get("request")
    return {"request": request, "forum": forum, "forum_sessions": sessions_for_forum(forum, request.user)}


@register.inclusion_tag("forum/sessions/_thread_session.html", takes_context=True)
def thread_session(context, thread):
    request = context.get("request")
    user = getattr(request, "user", None) or AnonymousUser()
    return {"request": request, "session": session_for_thread(thread, user)}


@register.filter
def jp(value):
    """A JP value as Indonesian writes it: 2,5 (no trailing zeros)."""
    return format_jp(value)
