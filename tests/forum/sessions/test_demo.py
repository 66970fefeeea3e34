"""The demo sessions loader: past and upcoming sessions across zones, safe to run twice."""

from django.utils import timezone

from community.models import TimeZone
from forum.sessions import demo
from forum.sessions.models import Attendance, SessionPage
from tests.factories import AgencyFactory, UserFactory, province


def test_the_demo_loader_adds_past_and_upcoming_sessions_in_all_three_zones_once(db):
    UserFactory(username=demo.JP_MEMBER)
    AgencyFactory(slug="dinkes-jatim", region=province("35"))
    AgencyFactory(slug="diskominfos-bali", region=province("51"))
    AgencyFactory(slug="dinkes-papua", region=province("91"))
    (first,) = demo.load()
    assert first.created == len(demo.SESSIONS) >= 12
    sessions = SessionPage.objects.live()
    now = timezone.now()
    assert sessions.filter(end_at__lt=now).exists() and sessions.filter(start_at__gt=now).exists()
    zones = {session.host_agency.region.time_zone for session in sessions.exclude(host_agency=None)}
    assert zones == {TimeZone.WIB, TimeZone.WITA, TimeZone.WIT}
    assert all(session.thread_id for session in sessions)
    assert Attendance.objects.filter(member__user__username=demo.JP_MEMBER).exists()
    # Tagged with the practices' words, so the tag pages show sessions beside practices.
    assert all(session.tags.exists() for session in sessions)
    assert sessions.filter(tags__slug="stunting").count() == 2
    (second,) = demo.load()
    assert second.created == 0
    assert SessionPage.objects.count() == len(demo.SESSIONS)
