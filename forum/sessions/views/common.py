"""Shared by the session views: finding a session the reader may see, refusing clearly."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from ..models import SessionPage


def get_session_or_404(request, pk):
    """The session if this reader may see it, as its page would decide: live, in a forum they may
    read, and past any view restriction on it (a password they gave, a group they are in).

    Listings leave restricted sessions out for everyone (``visible_to``); a reader who passed the
    restriction on the page itself may still register, check in or download its calendar entry.
    """
    from forum.models import ForumPage

    forums = ForumPage.objects.visible_to(request.user).values("pk")
    session = (
        SessionPage.objects.live()
        .filter(pk=pk, forum__in=forums)
        .select_related("forum", "host_agency")
        .first()
    )
    if session is None or not all(
        restriction.accept_request(request) for restriction in session.get_view_restrictions()
    ):
        raise Http404(_("Session not found."))
    return session


def refusal(request, message, *, status=400, title=None, headers=None):
    """A page saying why, in words, with the right status; nothing was changed."""
    response = render(
        request,
        "forum/sessions/refusal.html",
        {"message": message, "title": title or _("Request refused")},
        status=status,
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A spreadsheet will not run a cell as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
