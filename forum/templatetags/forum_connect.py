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
    return {"request": context["request"], **cached_related(thread, user)}


def cached_related(thread, user):
    """Related practices and threads as plain links, cached per thread and audience.

    What a reader may see among related items depends only on whether they
    are a signed-in member (hidden threads are never offered), so that is the
    audience. The cache's version changes whenever a thread, forum, practice
    or view restriction is saved or deleted (forum.connections.cache), so a
    thread hidden or moved to a members-only forum is never offered from a
    stale entry. A warm entry costs the thread page no query at all.
    """
    from django.utils.translation import get_language

    from community.page_cache import safe_cache
    from community.permissions import is_member

    from ..connections.cache import related_version

    def build():
        return {
            "related_practices": [
                {"url": p.url, "title": p.title} for p in related_practices_for(thread, user)
            ],
            "related_threads": [
                {
                    "url": t.get_absolute_url(),
                    "title": t.title,
                    "forum": t.forum.title,
                    "is_solved": t.is_solved,
                }
                for t in related_threads_for(thread, user)
            ],
        }

    version = related_version()
    if version is None:  # the cache is down: compute, keep nothing
        return build()
    key = f"forum:related:{version}:{thread.pk}:{int(is_member(user))}:{get_language()}"
    found = safe_cache.get(key)
    if found is None:
        found = build()
        safe_cache.set(key, found, 600)
    return found


@register.inclusion_tag("forum/capture/_thread_capture.html", takes_context=True)
def thread_capture(context, thread):
    user = context["request"].user
    return {
        "request": context["request"],
        "thread": thread,
        "practice": published_practice_for(thread, user),
        "can_capture": can_capture_thread(user, thread),
    }
