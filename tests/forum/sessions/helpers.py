"""Focused data for the session tests: sessions published through Wagtail, in forums from tests/forum/factories."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.utils import timezone

from forum.sessions.models import SessionPage
from tests.forum.factories import make_forum


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def make_session(forum=None, *, start=None, duration=120, publish=True, speakers=(), **fields):
    """A session published through a revision, as the admin does (so signals run)."""
    forum = forum or make_forum()
    start = start or timezone.now() + timedelta(days=7)
    fields.setdefault("title", f"Sesi Berbagi {start:%B %Y} {SessionPage.objects.count() + 1}")
    fields.setdefault("theme", "Menurunkan stunting lewat posyandu")
    fields.setdefault("jp_value", min(Decimal(2), Decimal(duration // 15) / 4))
    session = SessionPage(start_at=start, duration_minutes=duration, live=False, **fields)
    for speaker in speakers:
        session.speakers.add(speaker)
    forum.add_child(instance=session)
    if publish:
        session.save_revision().publish()
    return SessionPage.objects.get(pk=session.pk)


def republish(session, **changes):
    """Edit fields and publish a new revision, as a host does in the admin."""
    session = SessionPage.objects.get(pk=session.pk)
    for name, value in changes.items():
        setattr(session, name, value)
    session.save_revision().publish()
    return SessionPage.objects.get(pk=session.pk)
