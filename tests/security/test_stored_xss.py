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


def test_no_payload_survives_anywhere_the_site_shows_what_users_wrote(poisoned_site, mailoutbox):
    found = {}
    for name, client, method, url, data in surfaces(poisoned_site):
        response = client.post(url, data) if method == "post" else client.get(url)
        findings = findings_in(response)
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
