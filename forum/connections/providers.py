"""The forum's sections on community pages (registered in forum.connections.register)."""

from django.utils.translation import gettext as _

from community.sections import Section

from . import queries
from .related import related_threads_for


def home_discussions(request, **about):
    active = queries.active_discussions(request.user)
    unanswered = queries.unanswered_questions(request.user)
    if not active and not unanswered:
        return None
    return Section("forum/connections/_home.html", {"active": active, "unanswered": unanswered}, order=10)


def tag_threads(request, *, tag, **about):
    count, threads = queries.threads_tagged(request.user, tag)
    if not count:
        return None
    return Section("forum/connections/_tag_threads.html", {"tag": tag, "threads": threads, "count": count})


def profile_activity(request, *, profile, **about):
    activity = queries.member_activity(request.user, profile)
    if not (activity["thread_count"] or activity["answer_count"] or activity["solution_count"]):
        return None
    return Section("forum/connections/_profile_activity.html", {"profile": profile, **activity})


def practice_discussions(request, *, practice, **about):
    sources = queries.source_threads(request.user, practice)
    source_ids = {thread.pk for thread in sources}
    related = [t for t in related_threads_for(practice, request.user) if t.pk not in source_ids]
    if not sources and not related:
        return None
    return Section("forum/connections/_practice_discussions.html", {"sources": sources, "related": related})


def directory_solutions(request, *, profiles, tag=None, **about):
    found = queries.solutions_per_tag(request.user, profiles, tag=tag)
    if not found:
        return None
    by_profile = {
        profile_id: [(_("Accepted solutions · %(tag)s") % {"tag": name}, count) for name, count in entries]
        for profile_id, entries in found.items()
    }
    return Section("", {"by_profile": by_profile})


def public_thread_tag_uses():
    return queries.public_thread_tag_uses()
