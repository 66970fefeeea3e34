"""Template tags for the thread page: related content and the knowledge-capture notice.

Usage in templates/forum/thread.html::

    {% load forum_connect %}
    {% thread_capture thread %}   {# "dijadikan praktik baik" + the editors' button #}
    {% thread_related thread %}   {# related practices and threads, through the index #}
"""

from django import template

from ..capture.services import published_practice_for
from ..connections.related import related_practices_for, related_threads_for
from ..permissions import can_capture_thread

register = template.Library()


@register.inclusion_tag("forum/_related.html", takes_context=True)
def thread_related(context, thread):
    user = context["request"].user
    return {
        "request": context["request"],
        "related_practices": related_practices_for(thread, user),
        "related_threads": related_threads_for(thread, user),
    }


@register.inclusion_tag("forum/capture/_thread_capture.html", takes_context=True)
def thread_capture(context, thread):
    user = context["request"].user
    return {
        "request": context["request"],
        "thread": thread,
        "practice": published_practice_for(thread, user),
        "can_capture": can_capture_thread(user, thread),
    }
