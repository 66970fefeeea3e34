"""Admin: after saving a session, warn the host (without blocking) about an awkward slot."""

from datetime import timedelta

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail import hooks

from .models import SessionPage
from .timezones import conversion_line, slot_warnings


def _warn_about_slot(request, page):
    page = page.specific
    if (
        not isinstance(page, SessionPage)
        or not page.start_at
        or not page.duration_minutes
        or page.duration_minutes <= 0
    ):
        return
    end = page.start_at + timedelta(minutes=page.duration_minutes)
    for warning in slot_warnings(page.start_at, end):
        messages.warning(
            request,
            _("Check the slot: %(warning)s (%(line)s)")
            % {"warning": warning, "line": conversion_line(page.start_at)},
        )


@hooks.register("after_create_page")
def warn_after_create(request, page):
    _warn_about_slot(request, page)


@hooks.register("after_edit_page")
def warn_after_edit(request, page):
    _warn_about_slot(request, page)
