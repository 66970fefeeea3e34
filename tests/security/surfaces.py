"""Where the poisoned site shows what members wrote, and how each kind of answer is checked.

``surfaces(site)`` lists ``(name, client, url, method, data)``: the public
pages, previews, the moderation queue, notifications, the member's own
pages, feeds, calendars, the JP statement, JSON suggestions and the Wagtail
admin. ``findings_in(response)`` says what in an answer could run, by the
answer's type: HTML is parsed (tests/security/markup.py); feeds are parsed
as XML and only what a reader renders as HTML (Atom ``type="html"``, RSS
text elements) is parsed as HTML; calendars must hold text properties
only; the PDF must carry no script or action; JSON must be served as JSON.
"""

import io
import xml.etree.ElementTree as ET  # noqa: S405  # our own feeds, parsed in tests
from urllib.parse import quote

from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.security.markup import executable_markup

ATOM = "{http://www.w3.org/2005/Atom}"
#: Scripts the site serves itself: its static files and the admin's translation catalogue.
SITE_SCRIPTS = ("/static/", "/admin/jsi18n/")
# What our calendars write; anything else in an event came from a payload.
ICS_EVENT_PROPERTIES = {
    "UID",
    "DTSTAMP",
    "LAST-MODIFIED",
    "DTSTART",
    "DTEND",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "URL",
    "SEQUENCE",
    "STATUS",
}
# fpdf2 writes an /OpenAction that only sets the zoom; a script would need one of these.
PDF_ACTIONS = (b"/JavaScript", b"/JS ", b"/JS(", b"/JS<", b"/AA", b"/Launch", b"/SubmitForm", b"/ImportData")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def surfaces(site):
    """(name, client, method, url, data) for every place the poisoned content is shown."""
    anonymous = Client()
    author = signed_in(site.author)
    moderator = signed_in(site.moderator)
    editor = signed_in(site.editor)
    thread, other = site.threads[0], site.threads[1]
    opening = thread.posts.get(position=1)
    reply = site.replies[0]
    practice = site.practices[0]
    session, upcoming = site.sessions[0], site.sessions[1]
    tag = thread.tags.first()
    practice_tag = practice.tags.first()
    member = site.members[1]
    attendance = session.attendances.first()
    preview = {"pratinjau": "1", "body": opening.body_markdown, "title": thread.title, "tags": ""}
    # Searches first: the admin's search report, further down, lists what they asked.
    searches = []
    for number, query in enumerate(site.queries):
        who = author if number % 2 else anonymous
        searches.append((f"search {number}", who, "get", "/cari/?q=" + quote(query), None))
    for number, query in enumerate(site.queries[:3]):
        searches.append(
            (f"suggestions {number}", anonymous, "get", "/cari/saran/?q=" + quote(query[:40]), None)
        )
    searches.append(("search, a payload found", anonymous, "get", "/cari/?q=window", None))
    searches.append(("search, sessions", anonymous, "get", "/cari/?q=window&jenis=sesi", None))
    rows = [
        *searches,
        ("home", anonymous, "get", "/", None),
        ("home (member)", author, "get", "/", None),
        ("forum index", anonymous, "get", "/forum/", None),
        ("forum page", anonymous, "get", site.forum.url, None),
        ("thread", anonymous, "get", thread.get_absolute_url(), None),
        ("thread page 2", anonymous, "get", thread.get_absolute_url() + "?halaman=2", None),
        ("thread (member)", author, "get", thread.get_absolute_url(), None),
        ("thread (moderator)", moderator, "get", thread.get_absolute_url(), None),
        ("another thread", anonymous, "get", other.get_absolute_url(), None),
        ("post history", author, "get", reverse("forum:post_history", args=[opening.pk]), None),
        (
            "edited post's history",
            signed_in(site.members[1]),
            "get",
            reverse("forum:post_history", args=[other.posts.get(position=1).pk]),
            None,
        ),
        ("post edit form", author, "get", reverse("forum:post_edit", args=[opening.pk]), None),
        ("post edit preview", author, "post", reverse("forum:post_edit", args=[opening.pk]), preview),
        ("new thread preview", author, "post", reverse("forum:thread_new", args=[site.forum.slug]), preview),
        ("reply preview", author, "post", reverse("forum:reply", args=[thread.pk]), preview),
        (
            "reply form with quote",
            author,
            "get",
            reverse("forum:reply", args=[thread.pk]) + f"?kutip={reply.pk}",
            None,
        ),
        ("flag form", author, "get", reverse("forum_moderation:flag_post", args=[reply.pk]), None),
        ("moderation queue", moderator, "get", reverse("forum_moderation:queue"), None),
        ("thread tools", moderator, "get", reverse("forum_moderation:thread_tools", args=[thread.pk]), None),
        ("notifications", author, "get", reverse("forum_notifications:list"), None),
        ("tag page", anonymous, "get", reverse("community:tag", args=[tag.slug]), None),
        ("practice tag page", anonymous, "get", reverse("community:tag", args=[practice_tag.slug]), None),
        ("practice index", anonymous, "get", "/praktik-baik/", None),
        ("practice page", anonymous, "get", practice.url, None),
        ("practice page (member)", author, "get", practice.url, None),
        ("practice print", anonymous, "get", practice.url + "?cetak=1", None),
        ("my submissions", author, "get", reverse("community:my_submissions"), None),
        ("practice submit form", author, "get", reverse("community:practice_submit"), None),
        ("member directory", anonymous, "get", reverse("community:directory"), None),
        ("member directory page 2", anonymous, "get", reverse("community:directory") + "?halaman=2", None),
        ("member directory page 3", anonymous, "get", reverse("community:directory") + "?halaman=3", None),
        ("member profile", anonymous, "get", reverse("community:profile", args=[member.username]), None),
        (
            "author's profile",
            anonymous,
            "get",
            reverse("community:profile", args=[site.author.username]),
            None,
        ),
        ("profile edit", author, "get", reverse("community:profile_edit"), None),
        ("session list", anonymous, "get", reverse("forum_sessions:list"), None),
        ("past session", anonymous, "get", session.url, None),
        ("upcoming session (member)", author, "get", upcoming.url, None),
        ("cancelled session", anonymous, "get", site.sessions[2].url, None),
        ("session pack", anonymous, "get", reverse("forum_sessions:pack", args=[session.pk]), None),
        ("attendees", editor, "get", reverse("forum_sessions:attendees", args=[session.pk]), None),
        ("JP record", author, "get", reverse("forum_sessions:jp_record"), None),
        (
            "JP verification",
            anonymous,
            "get",
            reverse("forum_sessions:verify", args=[attendance.verification_code]),
            None,
        ),
        (
            "JP statement PDF",
            author,
            "get",
            reverse("forum_sessions:jp_pdf", args=[site.attendance_year]),
            None,
        ),
        ("calendar, all sessions", anonymous, "get", reverse("forum_sessions:calendar"), None),
        (
            "calendar, forum",
            anonymous,
            "get",
            reverse("forum_sessions:forum_calendar", args=[site.forum.slug]),
            None,
        ),
        (
            "calendar, one session",
            anonymous,
            "get",
            reverse("forum_sessions:session_calendar", args=[upcoming.pk]),
            None,
        ),
        ("practice feed RSS", anonymous, "get", reverse("community:practice_feed_rss"), None),
        ("practice feed Atom", anonymous, "get", reverse("community:practice_feed_atom"), None),
        (
            "practice tag feed RSS",
            anonymous,
            "get",
            reverse("community:tag_feed_rss", args=[practice_tag.slug]),
            None,
        ),
        (
            "practice tag feed Atom",
            anonymous,
            "get",
            reverse("community:tag_feed_atom", args=[practice_tag.slug]),
            None,
        ),
        ("region feed Atom", anonymous, "get", reverse("community:region_feed_atom", args=["31"]), None),
        (
            "forum feed RSS",
            anonymous,
            "get",
            reverse("forum_connect:forum_feed_rss", args=[site.forum.slug]),
            None,
        ),
        (
            "forum feed Atom",
            anonymous,
            "get",
            reverse("forum_connect:forum_feed_atom", args=[site.forum.slug]),
            None,
        ),
        ("thread feed RSS", anonymous, "get", thread.get_absolute_url() + "feed/rss/", None),
        ("thread feed Atom", anonymous, "get", thread.get_absolute_url() + "feed/atom/", None),
        (
            "tag thread feed RSS",
            anonymous,
            "get",
            reverse("forum_connect:tag_feed_rss", args=[tag.slug]),
            None,
        ),
        (
            "tag thread feed Atom",
            anonymous,
            "get",
            reverse("forum_connect:tag_feed_atom", args=[tag.slug]),
            None,
        ),
        ("capture form", editor, "get", reverse("forum_connect:capture", args=[thread.pk]), None),
        ("admin dashboard", editor, "get", "/admin/", None),
        ("admin practice listing", editor, "get", f"/admin/pages/{practice.get_parent().pk}/", None),
        ("admin practice edit", editor, "get", f"/admin/pages/{practice.pk}/edit/", None),
        ("admin practice history", editor, "get", f"/admin/pages/{practice.pk}/history/", None),
        ("admin practice draft view", editor, "get", f"/admin/pages/{practice.pk}/view_draft/", None),
        ("admin captured practice edit", editor, "get", f"/admin/pages/{site.captured.pk}/edit/", None),
        (
            "admin captured practice draft",
            editor,
            "get",
            f"/admin/pages/{site.captured.pk}/view_draft/",
            None,
        ),
        ("thread with its captured practice", editor, "get", thread.get_absolute_url(), None),
        ("admin session listing", editor, "get", f"/admin/pages/{site.forum.pk}/", None),
        ("admin session edit", editor, "get", f"/admin/pages/{session.pk}/edit/", None),
        ("admin search", editor, "get", "/admin/pages/search/?q=window", None),
        (
            "admin moderation log",
            editor,
            "get",
            reverse("wagtailsnippets_forum_moderation_moderationaction:list"),
            None,
        ),
        ("admin agencies", editor, "get", reverse("wagtailsnippets_community_agency:list"), None),
        (
            "admin agency edit",
            editor,
            "get",
            reverse("wagtailsnippets_community_agency:edit", args=[site.agencies[0].pk]),
            None,
        ),
        ("admin users", editor, "get", reverse("wagtailusers_users:index"), None),
        ("admin workflow history", editor, "get", f"/admin/pages/{practice.pk}/workflow_history/", None),
        ("admin documents", editor, "get", "/admin/documents/", None),
        ("admin site history", editor, "get", "/admin/reports/site-history/", None),
        ("admin workflow report", editor, "get", "/admin/reports/workflow/", None),
        ("admin page chooser", editor, "get", f"/admin/choose-page/{practice.get_parent().pk}/", None),
        ("admin page chooser search", editor, "get", "/admin/choose-page/search/?q=window", None),
        ("admin document chooser", editor, "get", "/admin/documents/chooser/", None),
        ("admin agency chooser", editor, "get", "/admin/snippets/choose/community/agency/", None),
        ("admin search report", editor, "get", reverse("simpul_search_report"), None),
        ("admin editors' picks", editor, "get", "/admin/searchpicks/", None),
    ]
    return rows


def _html_findings(text):
    findings = executable_markup(text, script_prefixes=SITE_SCRIPTS)
    if settings.SECRET_KEY in text:
        findings.append("the secret key is in the answer")
    return findings


def _feed_findings(content):
    findings = []
    root = ET.fromstring(content)  # noqa: S314  # our own feed
    for element in root.iter():
        tag = element.tag
        text = "".join(element.itertext()) if len(element) == 0 else (element.text or "")
        if tag.startswith(ATOM):
            kind = element.get("type", "text")
            if kind == "xhtml":
                findings.append(f"{tag}: xhtml content")
            elif kind == "html":
                findings += [f"{tag} (html): {finding}" for finding in _html_findings(text)]
        elif tag in {"title", "description", "category", "author", "dc:creator"} or tag.endswith("}creator"):
            # RSS has no type: readers render these as HTML, so they must be text that is escaped.
            findings += [f"RSS {tag}: {finding}" for finding in _html_findings(text)]
    return findings


def _calendar_findings(content):
    from icalendar import Calendar

    findings = []
    calendar = Calendar.from_ical(content)
    for event in calendar.walk("VEVENT"):
        extra = set(event) - ICS_EVENT_PROPERTIES
        if extra:
            findings.append(f"event properties a payload added: {sorted(extra)}")
        url = str(event.get("URL", ""))
        if url and not url.startswith(("http://", "https://")):
            findings.append(f"event URL {url!r}")
    for component in calendar.walk():
        if component.name not in {"VCALENDAR", "VEVENT"}:
            findings.append(f"component a payload added: {component.name}")
    if settings.SECRET_KEY.encode() in content:
        findings.append("the secret key is in the calendar")
    return findings


def _pdf_findings(content):
    from pypdf import PdfReader

    findings = [f"PDF action {action!r}" for action in PDF_ACTIONS if action in content]
    reader = PdfReader(io.BytesIO(content))
    text = "".join(page.extract_text() for page in reader.pages)
    if "window." not in text:
        findings.append("the statement does not show the poisoned names as text")
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            uri = str(action.get("/URI", ""))
            if uri and not uri.startswith(("http://", "https://")):
                findings.append(f"PDF link {uri!r}")
    return findings


def findings_in(response):
    """What in this answer could run, as a list of strings."""
    content_type = response.get("Content-Type", "")
    if response.status_code >= 400:
        return [f"answered {response.status_code}"]
    if response.status_code in {301, 302}:
        return []
    if content_type.startswith("text/html"):
        return _html_findings(response.content.decode())
    if content_type.startswith(("application/rss+xml", "application/atom+xml")):
        return _feed_findings(response.content)
    if content_type.startswith("text/calendar"):
        return _calendar_findings(response.content)
    if content_type.startswith("application/pdf"):
        return _pdf_findings(response.content)
    if content_type.startswith("application/json"):
        findings = []
        if response.get("X-Content-Type-Options") != "nosniff":
            findings.append("JSON without nosniff")
        # The admin's choosers answer JSON whose "html" its JavaScript puts into the page.
        data = response.json()
        if isinstance(data, dict) and isinstance(data.get("html"), str):
            findings += [f"html in JSON: {finding}" for finding in _html_findings(data["html"])]
        return findings
    return [f"unexpected content type {content_type!r}"]


def email_findings(message):
    findings = []
    if "\n" in message.subject or "\r" in message.subject:
        findings.append(f"subject spans lines: {message.subject!r}")
    if getattr(message, "content_subtype", "plain") != "plain":
        findings += [f"HTML body: {finding}" for finding in _html_findings(message.body)]
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            findings += [f"HTML alternative: {finding}" for finding in _html_findings(content)]
    if settings.SECRET_KEY in message.body:
        findings.append("the secret key is in the e-mail")
    return findings
