"""Every response carries the security headers; the public site's CSP allows no inline script.

HTML_PAGES is a registry: a new public page (the forum's, the sessions') is
one more line `("name", "/its/url/")`, or `("name", callable)` when the URL
needs data made in the test (the callable gets the test's `db`-ready state
and returns a path).
"""

import pytest
from django.urls import reverse

from tests.community.practice_factories import make_practice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def _practice_page():
    return make_practice("Posyandu Digital").url


def _member_profile():
    from tests.factories import UserFactory

    return reverse("community:profile", args=[UserFactory(username="budi").username])


HTML_PAGES = [
    ("home", "/"),
    ("practice index", "/praktik-baik/"),
    ("practice page", _practice_page),
    ("search", "/cari/?q=posyandu"),
    ("member directory", "/anggota/"),
    ("member profile", _member_profile),
    ("sign-in", "/akun/login/"),
    ("sign-up", "/akun/signup/"),
    ("not found", "/tidak-ada-halaman-ini/"),
    ("admin sign-in", "/admin/login/"),
]


def _path(entry):
    return entry() if callable(entry) else entry


def _directives(header):
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize(("name", "url"), HTML_PAGES, ids=[name for name, _ in HTML_PAGES])
def test_every_html_page_carries_the_security_headers(client, name, url):
    response = client.get(_path(url))

    assert response["Content-Type"].startswith("text/html")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    policy = _directives(response["Content-Security-Policy"])
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.parametrize(
    ("name", "url"),
    [entry for entry in HTML_PAGES if not entry[0].startswith("admin")],
    ids=[name for name, _ in HTML_PAGES if not name.startswith("admin")],
)
def test_the_public_site_allows_no_inline_script_or_style(client, name, url):
    policy = _directives(client.get(_path(url))["Content-Security-Policy"])

    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]


def test_only_the_wagtail_admin_gets_the_looser_policy_it_needs(editor_client):
    admin = _directives(editor_client.get("/admin/")["Content-Security-Policy"])
    public = _directives(editor_client.get("/")["Content-Security-Policy"])

    assert "'unsafe-inline'" in admin["script-src"]
    assert "'unsafe-inline'" not in public["script-src"]
    assert admin["frame-ancestors"] == ["'self'"]


def test_json_answers_carry_nosniff_too(client):
    response = client.get(reverse("search:suggestions"), {"q": "pos"})

    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_no_template_holds_an_inline_script_style_or_event_handler():
    """What the browser would refuse under the CSP must not be written in the first place."""
    import re
    from pathlib import Path

    from django.conf import settings

    offending = re.compile(
        r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")|<style\b|\sstyle=|\son[a-z]+\s*=",
        re.IGNORECASE,
    )
    found = []
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        if "wagtailadmin" in template.parts:
            continue  # admin templates run under the admin's policy
        for number, line in enumerate(template.read_text().splitlines(), 1):
            if offending.search(line):
                found.append(f"{template.relative_to(settings.BASE_DIR)}:{number}: {line.strip()}")
    assert found == []
