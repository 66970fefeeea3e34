"""Stored XSS: the payload corpus in every user-written field, rendered wherever the site shows it.

tests/security/poisoned_site.py writes the corpus (xss_payloads.py) into
every field members, moderators and hosts fill in; tests/security/surfaces.py
lists the pages, previews, feeds, calendars, statements, JSON answers and
admin pages that show them, and how each kind of answer is checked. The
browser half (tests/browser/test_stored_xss.py) loads a few of the same
pages in Chromium and watches the marker.
"""

import pytest

from tests.security.markup import executable_markup
from tests.security.poisoned_site import build_poisoned_site
from tests.security.surfaces import email_findings, findings_in, surfaces
from tests.security.xss_payloads import KINDS, MARKER, PAYLOADS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


@pytest.fixture
def poisoned_site(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return build_poisoned_site()


def test_the_corpus_holds_at_least_sixty_payloads_of_every_kind_each_calling_its_own_marker():
    assert len(PAYLOADS) >= 60
    assert {"script", "handler", "url", "markdown", "svg", "mxss", "clobber", "broken", "breakout"} <= set(
        KINDS
    )
    for number, kind, text in PAYLOADS:
        assert f"{MARKER}({number})" in text or kind in {"url", "markdown", "clobber"}, text
    assert len({text for _, _, text in PAYLOADS}) == len(PAYLOADS)


def test_the_checker_finds_the_payloads_when_they_are_not_escaped():
    """The checks can fail: raw, most payloads are executable markup to the checker."""
    flagged = [text for _, _, text in PAYLOADS if executable_markup(text)]

    assert len(flagged) >= 50
    assert executable_markup('<a href=" JaVa&#x09;script:x()">a</a>')
    assert executable_markup("<svg><style><img src=x onerror=window.__xss(1)></style></svg>")
    assert executable_markup('<img name="xssclobber1">')
    assert not executable_markup("&lt;script&gt;window.__xss(1)&lt;/script&gt;")
    assert not executable_markup('<input value="&quot; onfocus=&quot;window.__xss(1)">')


#: Pages that show nothing a member wrote (a PDF's text is compressed, and checked as text).
SHOWS_NO_USER_TEXT = {
    "admin dashboard",
    "admin editors' picks",
    "admin users",
    "JP statement PDF",
}


def test_no_payload_survives_anywhere_the_site_shows_what_users_wrote(poisoned_site, mailoutbox):
    found = {}
    for name, client, method, url, data in surfaces(poisoned_site):
        response = client.post(url, data) if method == "post" else client.get(url, follow=True)
        findings = findings_in(response)
        if name not in SHOWS_NO_USER_TEXT and MARKER.encode() not in response.content:
            findings.append("the page shows none of the payloads: the check would prove nothing")
        if "preview" in name and b"post-preview" not in response.content:
            findings.append("no preview was shown")
        if findings:
            found[f"{name} ({url})"] = findings[:5]
    assert len(mailoutbox) > 20, "the poisoned site sent notification and review e-mails"
    for message in mailoutbox:
        findings = email_findings(message)
        if findings:
            found[f"e-mail {message.subject[:60]!r}"] = findings[:5]

    assert found == {}


# Holes the surface test found, each pinned where it lived.


def test_a_session_title_with_a_line_break_cannot_add_lines_to_its_calendar(anonymous):
    """The calendar's name is the session's title: a line break in it must be escaped, not written
    (icalendar refuses it with an assertion, which ``python -O`` would skip: the next line would be ours)."""
    from icalendar import Calendar

    from tests.forum.sessions.helpers import make_session

    session = make_session(title="Sesi\nBEGIN:VEVENT\nURL:javascript:window.__xss(1)")

    response = anonymous.get(f"/sesi/{session.pk}/kalender.ics")

    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    assert len(calendar.walk("VEVENT")) == 1
    assert "BEGIN:VEVENT" in str(calendar["X-WR-CALNAME"])
    assert b"\r\nURL:javascript" not in response.content


@pytest.mark.parametrize("feed", ["forum", "thread", "tag"])
def test_rss_titles_authors_and_categories_stay_text_for_readers_that_render_them_as_html(anonymous, feed):
    """RSS has no type="text": many readers render an item's title as HTML, so markup in it is escaped."""
    import xml.etree.ElementTree as ET  # noqa: S405

    from django.urls import reverse

    from tests.factories import member_with_profile
    from tests.forum.factories import make_forum, make_thread

    forum = make_forum("Forum Umpan", slug="umpan")
    author = member_with_profile(display_name="<img src=x onerror=window.__xss(2)>")
    thread = make_thread(
        forum, author=author, title="<script>window.__xss(1)</script> & co", tags=["<b>tebal</b>"]
    )
    url = {
        "forum": reverse("forum_connect:forum_feed_rss", args=[forum.slug]),
        "thread": thread.get_absolute_url() + "feed/rss/",
        "tag": reverse("forum_connect:tag_feed_rss", args=[thread.tags.get().slug]),
    }[feed]

    root = ET.fromstring(anonymous.get(url).content)  # noqa: S314

    texts = [element.text or "" for element in root.iter() if element.tag in {"title", "category"}]
    texts += [element.text or "" for element in root.iter() if element.tag.endswith("creator")]
    assert any("window.__xss" in text for text in texts)
    for text in texts:
        assert "<" not in text and ">" not in text, text
    assert any("&lt;script&gt;window.__xss(1)&lt;/script&gt; & co" in text for text in texts)


def test_a_session_theme_with_a_line_break_still_reaches_its_registered_members(mailoutbox):
    """A line break in a subject is refused by Django (BadHeaderError): the reminder would never go out."""
    from forum.sessions.models import NoticeKind
    from forum.sessions.notices import send_notice
    from forum.sessions.services import register
    from tests.factories import member_with_profile
    from tests.forum.sessions.helpers import make_session

    session = make_session(theme="Sesi\nBcc: semua@contoh.go.id\n<script>window.__xss(1)</script>")
    register(member=member_with_profile(display_name="Sri").profile, session=session)

    assert send_notice(session, NoticeKind.DAY_BEFORE) == 1

    [message] = mailoutbox
    assert "\n" not in message.subject and "Bcc" in message.subject
    assert message.bcc == [] and message.content_subtype == "plain"


def test_a_practice_title_typed_with_a_line_break_is_kept_on_one_line_and_editors_still_hear_of_it(
    editor, mailoutbox, django_capture_on_commit_callbacks
):
    """A title is one line wherever it goes (e-mail subjects, calendar and feed titles): a line break
    in a crafted form stopped Wagtail's e-mail to the editors (BadHeaderError) and stayed in the title."""
    from django.test import Client

    from community.models import GovernmentAffair, PracticePage, Region
    from tests.factories import AgencyFactory, member_with_profile

    member = member_with_profile(display_name="Sri")
    client = Client()
    client.force_login(member)
    data = {
        "title": "Posyandu\nBcc: semua@contoh.go.id\r\n<script>window.__xss(1)</script>",
        "summary": "Ringkasan.",
        "body": "Isi.",
        "agency": AgencyFactory().pk,
        "region": Region.objects.get(code="31").pk,
        "government_affair": GovernmentAffair.HEALTH,
        "status": "berjalan",
    }

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/praktik-baik/kirim/", data).status_code == 302

    practice = PracticePage.objects.get(owner=member)
    assert practice.title == "Posyandu Bcc: semua@contoh.go.id <script>window.__xss(1)</script>"
    assert practice.draft_title == practice.title
    [message] = [message for message in mailoutbox if editor.email in message.to]
    assert "Posyandu Bcc" in message.subject and message.bcc == []


def test_a_session_title_and_theme_are_kept_on_one_line():
    from tests.forum.sessions.helpers import make_session

    session = make_session(title="Sesi\nBerbagi", theme="Tema\r\nbaru", location="Aula\nDinkes")

    assert (session.title, session.draft_title, session.theme, session.location) == (
        "Sesi Berbagi",
        "Sesi Berbagi",
        "Tema baru",
        "Aula Dinkes",
    )
