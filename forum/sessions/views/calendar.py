"""iCal feeds (all sessions, per forum) and one .ics per session; the session pack."""

from datetime import timedelta

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from forum.models import ForumPage

from ..calendar import calendar_for
from ..context import reader_zone
from ..models import SessionPage
from ..pack import build_pack, pack_filename, pack_sizes
from .common import get_session_or_404

#: Feeds carry the coming sessions and those of the last half year, at most this many.
FEED_PAST = timedelta(days=183)
FEED_LIMIT = 500


def _ics(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _feed_sessions(user):
    since = timezone.now() - FEED_PAST
    return (
        SessionPage.objects.visible_to(user)
        .filter(end_at__gte=since)
        .select_related("host_agency")
        .order_by("start_at")
    )


def all_sessions_ics(request):
    sessions = _feed_sessions(request.user)[:FEED_LIMIT]
    return _ics(calendar_for(sessions, name=_("Simpul sharing sessions")), "sesi-simpul.ics")


def forum_ics(request, forum_slug):
    forum = ForumPage.objects.visible_to(request.user).filter(slug=forum_slug).first()
    if forum is None:
        raise Http404(_("Forum not found."))
    sessions = _feed_sessions(request.user).filter(forum=forum)[:FEED_LIMIT]
    return _ics(calendar_for(sessions, name=forum.title), f"sesi-{forum.slug}.ics")


def session_ics(request, pk):
    session = get_session_or_404(request, pk)
    return _ics(calendar_for([session], name=session.title), f"sesi-{session.pk}.ics")


def session_pack(request, pk):
    """GET shows both sizes and the checkbox; ?unduh=1 downloads (with &materi=1 for the materials)."""
    session = get_session_or_404(request, pk)
    zone = reader_zone(request)
    if request.GET.get("unduh"):
        with_materials = request.GET.get("materi") == "1"
        response = HttpResponse(
            build_pack(session, request.user, zone, with_materials=with_materials),
            content_type="application/zip",
        )
        response["Content-Disposition"] = f'attachment; filename="{pack_filename(session)}"'
        return response
    text_only, with_materials = pack_sizes(session, request.user, zone)
    return render(
        request,
        "forum/sessions/pack.html",
        {
            "session": session,
            "size_text_only": filesizeformat(text_only),
            "size_with_materials": filesizeformat(with_materials),
            "materials": list(session.materials.select_related("document")),
        },
    )
