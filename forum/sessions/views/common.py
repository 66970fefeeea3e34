"""Shared by the session views: finding a session the reader may see, refusing clearly."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from ..models import SessionPage


def get_session_or_404(user, pk):
    session = (
        SessionPage.objects.visible_to(user).select_related("forum", "host_agency").filter(pk=pk).first()
    )
    if session is None:
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
