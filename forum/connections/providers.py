"""The forum's sections on community pages (registered in forum.connections.register)."""

from django.utils.translation import gettext as _

from community.page_cache import remember
from community.permissions import is_member
from community.sections import Section

from . import queries
from .related import related_threads_for


def home_discussions(request, **about):
    # Members all see the same listed threads (hidden ones are never listed): one list per audience,
    # kept until the forum changes.
    audience = "members" if is_member(request.user) else "public"
    active, unanswered = remember(
        f"home-discussions:{audience}",
        lambda: (queries.active_discussions(request.user), queries.unanswered_questions(request.user)),
        depends_on=("forum",),
    )
    if not active and not unanswered:
        return None
    return Section("forum/connections/_home.html", {"active": active, "unanswered": unanswered}, order=10)


def tag_threads(request, *, tag, **about):
    count, threads = queries.threads_tagged(request.user, tag)
    if not count:
        return None
    return Section("forum/connections/_tag_threads.html", {"tag": tag, "threads": threads, "count": count})


def profile_activity(request, *, profile, **about):
    # Only listed threads and readable posts count, so every member sees the same: one per audience.
    audience = "members" if is_member(request.user) else "public"
    activity = remember(
        f"profile-activity:{profile.pk}:{audience}",
        lambda: queries.member_activity(request.user, profile),
        depends_on=("forum", "members"),
    )
    if not (activity["thread_count"] or activity["answer_count"] or activity["solution_count"]):
        return None
    return Section("forum/connections/_profile_activity.html", {"profile": profile, **activity})


def practice_discussions(request, *, practice, **about):
    audience = "members" if is_member(request.user) else "public"
    if practice.pk is None:  # a practice being created in the admin (its preview)
        sources, related = [], []
    else:
        sources, related = remember(
            f"practice-discussions:{practice.pk}:{audience}",
            lambda: _practice_discussions(request.user, practice),
            depends_on=("forum", "pages"),
        )
    if not sources and not related:
        return None
    return Section("forum/connections/_practice_discussions.html", {"sources": sources, "related": related})


def _practice_discussions(user, practice):
    sources = queries.source_threads(user, practice)
    source_ids = {thread.pk for thread in sources}
    return sources, [t for t in related_threads_for(practice, user) if t.pk not in source_ids]


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
