"""What the forum shows on other pages, always through the access querysets.

Every function takes the reader (``user``) and starts from
``Thread.objects.visible_to(user)`` or ``Post.objects.visible_to(user).readable()``,
so members-only forums, hidden threads and hidden or deleted posts stay
with those who may see them.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count

from ..models import Post, TaggedThread, Thread

HOME_LIMIT = 5
TAG_LIMIT = 10
PROFILE_LIMIT = 5
DIRECTORY_TAGS_PER_MEMBER = 3


def _listed(user):
    """Threads the reader may see and that are not hidden (listings leave hidden ones to moderators' pages)."""
    return Thread.objects.visible_to(user).filter(is_hidden=False)


def visible_thread_taggings(user):
    """Tagged-item rows of the threads this reader may see (a community.models.tags tag source)."""
    return TaggedThread.objects.filter(content_object__in=_listed(user).values("pk"))


def active_discussions(user, *, limit=HOME_LIMIT):
    return list(_listed(user).for_listing().order_by("-last_activity_at", "-pk")[:limit])


def unanswered_questions(user, *, limit=HOME_LIMIT):
    return list(_listed(user).unanswered().for_listing().order_by("-created_at", "-pk")[:limit])


def threads_tagged(user, tag, *, limit=TAG_LIMIT):
    threads = _listed(user).filter(tags__id=tag.pk)
    return threads.count(), list(threads.for_listing().order_by("-last_activity_at", "-pk")[:limit])


def member_activity(user, profile, *, limit=PROFILE_LIMIT):
    """A member's threads, answers and accepted solutions that this reader may see."""
    threads = _listed(user).started_by(profile)
    answers = (
        Post.objects.visible_to(user)
        .readable()
        .filter(author=profile, position__gt=1, thread__is_hidden=False)
        .select_related("thread", "thread__forum")
    )
    solutions = _listed(user).filter(
        solution__author=profile, solution__is_hidden=False, solution__is_deleted=False
    )
    return {
        "threads": list(threads.for_listing().order_by("-created_at", "-pk")[:limit]),
        "thread_count": threads.count(),
        "answers": list(answers.order_by("-created_at", "-pk")[:limit]),
        "answer_count": answers.count(),
        "solutions": list(solutions.for_listing().order_by("-last_activity_at", "-pk")[:limit]),
        "solution_count": solutions.count(),
    }


def solutions_per_tag(user, profiles, *, tag=None):
    """{profile id: [(tag name, accepted solutions)]} for the given members, best first."""
    ids = [profile.pk for profile in profiles]
    if not ids:
        return {}
    rows = (
        TaggedThread.objects.filter(
            content_object__in=_listed(user)
            .filter(solution__author_id__in=ids, solution__is_hidden=False, solution__is_deleted=False)
            .values("pk")
        )
        .values("content_object__solution__author_id", "tag__name", "tag_id")
        .annotate(solutions=Count("content_object", distinct=True))
        .order_by("-solutions", "tag__name")
    )
    if tag is not None:
        rows = rows.filter(tag_id=tag.pk)
    found = {}
    for row in rows:
        entries = found.setdefault(row["content_object__solution__author_id"], [])
        if len(entries) < DIRECTORY_TAGS_PER_MEMBER:
            entries.append((row["tag__name"], row["solutions"]))
    return found


def public_thread_tag_uses():
    """{tag id: threads} over threads anyone may read: the forum's share of "popular tags"."""
    public = _listed(AnonymousUser()).values("pk")
    rows = TaggedThread.objects.filter(content_object__in=public).values("tag_id").annotate(uses=Count("id"))
    return {row["tag_id"]: row["uses"] for row in rows}


def source_threads(user, practice):
    """Threads this practice was captured from, as far as the reader may see them."""
    if practice.pk is None:  # a practice being created in the admin (its preview) comes from no thread yet
        return []
    return list(_listed(user).filter(practice=practice).select_related("forum"))
