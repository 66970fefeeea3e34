"""A site whose every user-written field holds the XSS corpus (tests/security/xss_payloads.py).

``build_poisoned_site()`` makes the data through the same services and forms
the site uses, so what is stored is what a member, a moderator or a host
could store: forum threads and replies (titles, bodies, tags, mentions),
members (display names, positions, units, bios, partner organisations,
expertise tags), agencies, flags and moderators' reasons, practices
submitted through the member form and reviewed through Wagtail's workflow
(titles, summaries, bodies, tags, attachment file names, editors' comments,
replication notes),
sessions (themes, summaries, agendas, locations, cancellation notes,
speakers' names, agencies and topics), a JP entry confirmed by a
supervisor with a poisoned name, and the e-mails all of these send
(notifications one by one and as a digest, review results, session
reminders and notices, a supervisor's confirmation request).

Short fields get the corpus packed into as many objects as it takes (each
payload whole in some object); bodies get the whole corpus at once.
Callers run it where after-commit callbacks run (notifications, index
updates, e-mails): inside ``django_capture_on_commit_callbacks(execute=True)``
or a transactional test.
"""

import datetime
import itertools
import json
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import WorkflowState

from community.models import GovernmentAffair, PracticePage, Region, Replication
from community.models.members import EmailDigest
from community.roles import EDITORS
from forum import services
from forum.capture.services import capture_thread
from forum.moderation import services as moderation
from forum.moderation.models import FlagReason
from forum.notifications.emails import send_digest
from forum.notifications.models import Notification
from forum.sessions.models import NoticeKind, SessionPage, SessionSpeaker
from forum.sessions.notices import send_notice
from forum.sessions.services import register, tick_attendance
from search.models import QueryOutcome
from search.site_search import clean_query
from tests.factories import AgencyFactory, UserFactory, fill_profile, province
from tests.forum.factories import make_forum
from tests.forum.sessions.helpers import make_session
from tests.security.xss_payloads import MARKER, PAYLOADS, as_markdown_body, packed, payload_texts

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
#: Sessions' rich text as the admin's editor (Draftail) would store the corpus.
AGENDA_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def corpus_contentstate():
    """The corpus as the admin's rich-text editor (Draftail) posts it: a block of text per payload,
    each linked to a script address, the way a host could craft the editor's JSON by hand."""
    blocks, entities = [], {}
    for number, (n, _kind, text) in enumerate(PAYLOADS):
        entities[str(number)] = {
            "type": "LINK",
            "mutability": "MUTABLE",
            "data": {
                "url": f"javascript:window.{MARKER}({n})"
                if number % 2
                else f" java\tscript:window.{MARKER}({n})"
            },
        }
        blocks.append(
            {
                "key": f"b{n}",
                "type": "unstyled" if number % 3 else "header-two",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [{"offset": 0, "length": len(text), "style": "BOLD"}],
                "entityRanges": [{"offset": 0, "length": len(text), "key": number}],
                "data": {},
            }
        )
    return json.dumps({"blocks": blocks, "entityMap": entities})


def as_stored_rich_text(contentstate):
    """What Wagtail stores from the editor's JSON (the admin form does the same on save)."""
    return ContentstateConverter(AGENDA_FEATURES).to_database_format(contentstate)


def _cycle(texts):
    return itertools.cycle(texts)


@dataclass
class PoisonedSite:
    forum: object
    threads: list
    members: list  # users
    agencies: list
    practices: list
    sessions: list
    author: object  # the user the others mention and reply to
    moderator: object
    editor: object
    attendance_year: int
    queries: list = field(default_factory=list)
    replies: list = field(default_factory=list)
    captured: object = None  # a draft practice an editor made from threads[0]


def _agencies():
    region = province("31")
    return [
        AgencyFactory(name=name, acronym=acronym[:30], region=region)
        for name, acronym in zip(packed(200), _cycle(packed(30)), strict=False)
    ]


def _members(agencies):
    positions, units, bios = _cycle(packed(150)), _cycle(packed(150)[::-1]), _cycle(packed(500))
    expertise = _cycle(packed(50))
    agency_cycle = _cycle(agencies)
    members = []
    for number, name in enumerate(packed(100)):
        user = UserFactory(username=f"xss{number}", email=f"xss{number}@instansi.go.id")
        partner = number % 5 == 4
        fill_profile(
            user,
            display_name=name,
            agency=None if partner else next(agency_cycle),
            region=province("31"),
            position=next(positions),
            unit=next(units),
            bio=next(bios),
            is_partner=partner,
            partner_organisation=next(positions) if partner else "",
            email_digest=EmailDigest.NEVER,
            expertise=[next(expertise), next(expertise)],
        )
        members.append(user)
    return members


def _threads(forum, members):
    tag_names = _cycle(packed(50))
    bodies = _cycle(packed(600))
    threads = []
    for number, title in enumerate(packed(200)):
        author = members[number % len(members)]
        body = as_markdown_body() if number == 0 else next(bodies)
        thread = services.create_thread(
            author=author.profile,
            forum=forum,
            title=title,
            body=body,
            tags=[next(tag_names) for _ in range(4)],
        )
        threads.append(thread)
    return threads


def _replies(thread, author, members):
    replies = []
    for number, body in enumerate(packed(600)):
        writer = members[1 + number % (len(members) - 1)]
        text = f"{body}\n\n@{author.username} {as_markdown_body() if number == 0 else ''}"
        attachments = (
            [SimpleUploadedFile(f"{body[:80]}.png", PNG, content_type="image/png")] if number < 2 else []
        )
        replies.append(
            services.reply(author=writer.profile, thread=thread, body=text, attachments=attachments)
        )
    return replies


def _moderate(moderator, threads, replies, members):
    reasons = _cycle(packed(500))
    for number, details in enumerate(packed(1000)):
        post = replies[number % len(replies)]
        reporter = members[(number + 2) % len(members)]
        moderation.flag_post(reporter=reporter.profile, post=post, reason=FlagReason.OTHER, details=details)
    moderation.hide_post(moderator=moderator.profile, post=replies[-1], reason=next(reasons))
    moderation.lock_thread(moderator=moderator.profile, thread=threads[2], reason=next(reasons))
    moderation.pin_thread(moderator=moderator.profile, thread=threads[0], reason=next(reasons))


def _usable_tag(text):
    """Tags the member form takes as they are (taggit splits at commas and quotes)."""
    from django.core.exceptions import ValidationError

    from community.practice_forms import validate_tag_list

    try:
        return validate_tag_list(text) == [text.lower().strip()]
    except ValidationError:
        return False


def _submission(agency, region, title, summary, tags):
    return {
        "title": title,
        "summary": summary,
        "body": as_markdown_body(),
        "agency": agency.pk,
        "region": region.pk,
        "government_affair": GovernmentAffair.HEALTH,
        "tags": ", ".join(tag for tag in tags if _usable_tag(tag)),
        "started_on": "",
        "status": "berjalan",
    }


def _errors(response):
    form = (response.context or {}).get("form")
    return response.status_code, form.errors if form is not None else None


def _workflow_action(editor_client, practice, action, comment=""):
    practice = PracticePage.objects.get(pk=practice.pk)
    task_state = practice.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(practice.pk, action, task_state.pk))
    response = editor_client.post(url, {"comment": comment})
    assert response.status_code in {200, 302}, response.status_code


def _practices(members, agencies, editor, count=4):
    """Practices sent through the member form and the editors' review, as members and editors do it."""
    editor_client = Client()
    editor_client.force_login(editor)
    region = Region.objects.get(code="31")
    titles, summaries, tags, comments = (
        _cycle(packed(200)[::-1]),
        _cycle(packed(600)),
        _cycle(packed(50)),
        _cycle(packed(1000)),
    )
    practices = []
    for number in range(count):
        member = members[number]
        client = Client()
        client.force_login(member)
        files = {}
        if number == 0:
            # Uploaded file names become the documents' titles (the test client cannot send " and /).
            names = [text for text in payload_texts() if not set(text) & set('/"\n')][:4]
            files["attachments"] = [
                SimpleUploadedFile(f"{name[:90]}.pdf", PDF, content_type="application/pdf") for name in names
            ]
        data = _submission(
            agencies[number], region, next(titles), next(summaries), [next(tags) for _ in range(8)]
        )
        response = client.post(reverse("community:practice_submit"), {**data, **files})
        assert response.status_code == 302, _errors(response)
        practice = PracticePage.objects.filter(owner=member).latest("pk")
        if number == 0:
            # Changes requested with a poisoned comment, then revised by the member.
            _workflow_action(editor_client, practice, "reject", comment=next(comments))
            response = client.post(reverse("community:practice_revise", args=[practice.pk]), data)
            assert response.status_code == 302, _errors(response)
        _workflow_action(editor_client, practice, "approve", comment=next(comments))
        practice = PracticePage.objects.get(pk=practice.pk)
        assert practice.live and not WorkflowState.objects.active().filter(object_id=str(practice.pk))
        for offset, note in enumerate(packed(1000)[:2]):
            Replication.objects.create(
                practice=practice,
                agency=agencies[(number + offset + 1) % len(agencies)],
                member=members[offset + 1].profile,
                note=note,
            )
        practices.append(practice)
    return practices


def _sessions(forum, members, agencies):
    themes, summaries, locations, notes = (
        _cycle(packed(200)),
        _cycle(packed(600)),
        _cycle(packed(200)[::-1]),
        _cycle(packed(300)),
    )
    names, speaker_agencies, topics = _cycle(packed(150)), _cycle(packed(200)), _cycle(packed(200)[::-1])
    agenda = as_stored_rich_text(corpus_contentstate())
    now = timezone.now()
    starts = [
        now - datetime.timedelta(days=3),
        now + datetime.timedelta(days=5),
        now + datetime.timedelta(days=9),
    ]
    sessions = []
    for number, start in enumerate(starts):
        speakers = [
            SessionSpeaker(guest_name=next(names), guest_agency=next(speaker_agencies), topic=next(topics))
            for _ in range(14)
        ]
        speakers.append(SessionSpeaker(member=members[number].profile, topic=next(topics)))
        session = make_session(
            forum,
            start=start,
            title=next(themes)[:255],
            theme=next(themes),
            summary=next(summaries),
            location=next(locations),
            agenda=agenda,
            minutes=agenda,
            host_agency=agencies[number],
            is_cancelled=number == 2,
            cancellation_note=next(notes),
            speakers=speakers,
        )
        sessions.append(session)
    past = sessions[0]
    tick_attendance(session=past, members=[members[0].profile])
    attendance = past.attendances.get(member=members[0].profile)
    attendance.supervisor_name = packed(150)[0]
    attendance.supervisor_confirmed_at = timezone.now()
    attendance.save()
    return sessions, past.start_at.year


def _more_emails(author, members, sessions):
    """The e-mails no step above sends: a digest, session reminders and notices, a supervisor's request."""
    upcoming = sessions[1]
    for user in (author, members[1]):
        register(member=user.profile, session=upcoming)
    send_notice(upcoming, NoticeKind.DAY_BEFORE)
    send_notice(upcoming, NoticeKind.CHANGED)
    send_digest(
        author.profile, list(Notification.objects.filter(recipient=author.profile)), EmailDigest.DAILY
    )
    past = sessions[0]
    tick_attendance(session=past, members=[members[1].profile])
    attendance = past.attendances.get(member=members[1].profile)
    client = Client()
    client.force_login(members[1])
    response = client.post(
        reverse("forum_sessions:request_confirmation", args=[attendance.pk]),
        {"email": "atasan@instansi.go.id"},
    )
    assert response.status_code == 302


def build_poisoned_site():
    agencies = _agencies()
    members = _members(agencies)
    author = members[0]
    moderator = UserFactory(username="xss_moderator", email="moderator@instansi.go.id")
    fill_profile(moderator, display_name=packed(100)[-1])
    editor = UserFactory(username="xss_editor", email="editor@simpul.go.id", is_superuser=True, is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    forum = make_forum("Forum Keamanan", slug="keamanan", moderators=[moderator])
    threads = _threads(forum, members)
    replies = _replies(threads[0], author, members)
    _moderate(moderator, threads, replies, members)
    # An edit keeps the first text in the post's history; the thread gets a new title and tags.
    services.edit_post(
        editor=members[1].profile,
        post=threads[1].posts.get(position=1),
        body=as_markdown_body(),
        title=packed(200)[-1],
        tags=packed(50)[-3:],
    )
    practices = _practices(members, agencies, editor)
    sessions, year = _sessions(forum, members, agencies)
    _more_emails(author, members, sessions)
    # The site search echoes the queries the surfaces ask (a few: each search is slow on a
    # small machine); the admin's search report lists every query, so all of the corpus is logged.
    for query in packed(500):
        QueryOutcome.record(clean_query(query), result_count=0)
    captured = capture_thread(
        editor=editor,
        thread=threads[0],
        title=threads[0].title,
        summary=packed(600)[0],
        posts=list(threads[0].posts.all()),
        government_affair=GovernmentAffair.HEALTH,
    )
    return PoisonedSite(
        forum=forum,
        threads=threads,
        members=members,
        agencies=agencies,
        practices=practices,
        sessions=sessions,
        author=author,
        moderator=moderator,
        editor=editor,
        attendance_year=year,
        queries=packed(500)[::3],
        replies=replies,
        captured=captured,
    )


__all__ = ["PoisonedSite", "SessionPage", "as_stored_rich_text", "build_poisoned_site", "corpus_contentstate"]
