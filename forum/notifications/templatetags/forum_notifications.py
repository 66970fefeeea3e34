"""{% watch_button thing %}: one-click watch / stop watching for a thread, a forum or a tag."""

from django import template
from django.urls import reverse
from taggit.models import Tag

from community.permissions import is_member
from forum.models import ForumPage, Thread

from .. import services

register = template.Library()


def _target(thing):
    if isinstance(thing, Thread):
        return {"thread": thing}, reverse("forum_notifications:watch_thread", args=[thing.pk])
    if isinstance(thing, ForumPage):
        return {"forum": thing}, reverse("forum_notifications:watch_forum", args=[thing.pk])
    if isinstance(thing, Tag):
        return {"tag": thing}, reverse("forum_notifications:watch_tag", args=[thing.slug])
    raise template.TemplateSyntaxError("watch_button takes a thread, a forum or a tag.")


@register.inclusion_tag("forum/notifications/_watch_button.html", takes_context=True)
def watch_button(context, thing):
    """Members only (nothing for anonymous readers); one EXISTS query to know the state.

    A thread loaded for its page (forum.threads.reading) already knows: no query.
    """
    request = context["request"]
    # Nobody watches a page being created (the admin's preview of a new forum).
    if not is_member(request.user) or thing.pk is None:
        return {"show": False}
    target, action_url = _target(thing)
    return {
        "show": True,
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "action_url": action_url,
        "watching": thing.reader_watching
        if hasattr(thing, "reader_watching")
        else services.is_watching(member=request.user.profile, **target),
    }
