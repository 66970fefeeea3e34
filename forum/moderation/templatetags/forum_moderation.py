"""Template helpers for the moderation links under posts and threads."""

from django import template

from forum.permissions import can_flag_post

from ..permissions import can_hide_post, can_lock_thread

register = template.Library()


@register.simple_tag(takes_context=True)
def moderation_tools(context, post):
    """What the reader may do to this post: {"can_flag": bool, "can_hide": bool}.

    The post is on the reader's page, so they may see it: the flag check here
    skips the visibility queries (the flag view makes them), keeping a thread
    page's query count flat.
    """
    user = context["request"].user
    return {"can_flag": can_flag_post(user, post), "can_hide": can_hide_post(user, post)}


@register.simple_tag(takes_context=True)
def can_moderate_thread(context, thread):
    return can_lock_thread(context["request"].user, thread)
