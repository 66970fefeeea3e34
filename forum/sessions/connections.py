"""Sessions on community's pages: tag pages, popular tags and member profiles.

community never imports forum: these providers are registered into
community.sections and community.models.tags from SessionsConfig.ready().
Every list starts from ``SessionPage.objects.visible_to(user)``, so drafts,
sessions behind a view restriction and sessions of members-only forums stay
with those who may see them.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count
from django.utils import timezone

from community.permissions import is_member
from community.sections import Section

from .models import Attendance, SessionPage, SessionSpeaker, TaggedSession

TAG_LIMIT = 6
PROFILE_LIMIT = 10


def visible_session_taggings(user):
    """Tagged-item rows of the sessions this reader may see (a community.models.tags tag source)."""
    return TaggedSession.objects.filter(content_object__in=SessionPage.objects.visible_to(user).values("pk"))


def public_session_tag_uses():
    """{tag id: sessions} over sessions anyone may see: the sessions' share of "popular tags"."""
    rows = visible_session_taggings(AnonymousUser()).values("tag_id").annotate(uses=Count("id")).order_by()
    return {row["tag_id"]: row["uses"] for row in rows}


def sessions_tagged(user, tag, *, now=None, limit=TAG_LIMIT):
    """(how many, upcoming, past) sessions with this tag that ``user`` may see."""
    now = now or timezone.now()
    sessions = SessionPage.objects.visible_to(user).filter(
        pk__in=TaggedSession.objects.filter(tag_id=tag.pk).values("content_object_id")
    )
    count = sessions.count()
    if not count:
        return 0, [], []
    return (
        count,
        list(sessions.upcoming(now).for_listing()[:limit]),
        list(sessions.past(now).for_listing()[:limit]),
    )


def tag_sessions(request, *, tag, **about):
    count, upcoming, past = sessions_tagged(request.user, tag)
    if not count:
        return None
    return Section(
        "forum/sessions/_tag_sessions.html",
        {"tag": tag, "count": count, "upcoming": upcoming, "past": past},
        order=50,
    )


def sessions_spoken_at(user, profile, *, now=None, limit=PROFILE_LIMIT):
    """(upcoming, past) sessions this reader may see where ``profile`` is a speaker; cancelled ones left out."""
    now = now or timezone.now()
    sessions = (
        SessionPage.objects.visible_to(user)
        .not_cancelled()
        .filter(pk__in=SessionSpeaker.objects.filter(member=profile).values("page_id"))
    )
    return list(sessions.upcoming(now).for_listing()[:limit]), list(sessions.past(now).for_listing()[:limit])


def attended_sessions(profile, *, limit=PROFILE_LIMIT):
    """The member's own attendance, newest first: shown on their own profile only (it is their JP record)."""
    attendance = Attendance.objects.filter(member=profile).select_related(
        "session", "session__host_agency", "session__forum"
    )
    return attendance.count(), list(attendance.order_by("-session__start_at", "-pk")[:limit])


def profile_sessions(request, *, profile, **about):
    upcoming, past = sessions_spoken_at(request.user, profile)
    own = is_member(request.user) and request.user.profile.pk == profile.pk
    attended_count, attended = attended_sessions(profile) if own else (0, [])
    if not (upcoming or past or attended_count):
        return None
    return Section(
        "forum/sessions/_profile_sessions.html",
        {
            "profile": profile,
            "speaking_upcoming": upcoming,
            "speaking_past": past,
            "is_own_profile": own,
            "attended": attended,
            "attended_count": attended_count,
        },
        order=40,
    )


def register():
    from community import sections
    from community.models.tags import register_tag_source

    sections.register(sections.TAG_PAGE, tag_sessions)
    sections.register(sections.PROFILE, profile_sessions)
    sections.register_tag_counter(public_session_tag_uses)
    # Tag pages, tag suggestions and tag feeds know a tag when a session the reader may see carries it.
    register_tag_source("sessions", visible_session_taggings)
