"""Stored XSS in a real browser: with the corpus everywhere, no payload calls the marker.

The site is tests/security/poisoned_site.py's. Chromium loads a
representative handful of its pages (the ones with the most user text, one
per template family, a preview made through the form, the moderators' queue,
the notifications and two Wagtail admin editors whose JavaScript renders
user text itself). Every frame gets ``window.__xss`` before any of the
page's scripts run; a call to it, or a dialog, is a payload that ran.

The public site's Content-Security-Policy would stop inline script on its
own; the contexts here bypass it, so what is tested is the first wall (the
markup the site writes), not the second. After each load the DOM the
browser actually built is also swept for event-handler attributes and
``javascript:`` links, which catches markup that survived but did not fire
(a handler waiting for a hover).

A control page proves the harness sees a payload that does run.
"""

from urllib.parse import quote

import pytest
from django.conf import settings
from django.test import Client

from tests.security.poisoned_site import build_poisoned_site
from tests.security.xss_payloads import CLOBBER, MARKER, as_markdown_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MARKER_SCRIPT = f"""
Object.defineProperty(window, "{MARKER}", {{
    value: function (n) {{ window.__xssReport(String(n)); }},
    writable: false,
    configurable: false,
}});
"""

# What the browser built: handlers, script addresses, clobbering ids and names.
DOM_SWEEP = f"""() => {{
    const found = [];
    for (const element of document.querySelectorAll("*")) {{
        for (const attribute of element.attributes) {{
            const name = attribute.name.toLowerCase();
            const value = attribute.value.replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
            if (name.startsWith("on")) found.push(`${{element.tagName}} ${{name}}`);
            if (["href", "src", "action", "formaction", "xlink:href", "data"].includes(name)
                && /^(javascript|vbscript|data):/.test(value) && !/^data:image\\//.test(value))
                found.push(`${{element.tagName}} ${{name}}=${{value.slice(0, 60)}}`);
            if ((name === "id" || name === "name") && value.includes("{CLOBBER}"))
                found.push(`${{element.tagName}} ${{name}}=${{value}}`);
        }}
    }}
    return found;
}}"""


class Watch:
    """Calls of the marker and dialogs, from every page and frame of a context."""

    def __init__(self):
        self.calls = []
        self.dialogs = []

    def context(self, browser, *, user=None, site_url):
        context = browser.new_context(bypass_csp=True, locale="id-ID", timezone_id="Asia/Jakarta")
        context.set_default_timeout(20_000)
        context.expose_binding("__xssReport", lambda source, n: self.calls.append((source["frame"].url, n)))
        context.add_init_script(MARKER_SCRIPT)
        if user is not None:
            client = Client()
            client.force_login(user)
            cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
            context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": site_url}])
        return context

    def page(self, context):
        page = context.new_page()
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        return page


def _load(page, url):
    page.goto(url, wait_until="load")
    # Broken images fail, animations begin and autofocus lands within a moment of the load.
    page.wait_for_timeout(300)
    page.mouse.move(300, 300)
    page.keyboard.press("Tab")
    found = page.evaluate(DOM_SWEEP)
    if MARKER not in page.content():
        found.append("the page shows none of the payloads: loading it proves nothing")
    return found


def test_the_harness_sees_a_payload_that_runs(browser, live_server):
    watch = Watch()
    context = watch.context(browser, site_url=live_server.url)
    page = watch.page(context)

    page.set_content(f"<img src=x onerror={MARKER}(0)><script>alert('dialog')</script>")
    page.wait_for_timeout(300)

    assert ("about:blank", "0") in watch.calls
    assert watch.dialogs == ["dialog"]
    context.close()


def test_no_payload_runs_in_chromium_on_the_poisoned_site(browser, live_server, search_backend):
    site = build_poisoned_site()
    base = live_server.url
    watch = Watch()
    swept = {}
    thread = site.threads[0]
    pages = {
        None: [
            ("thread", thread.get_absolute_url()),
            ("practice", site.practices[0].url),
            ("past session", site.sessions[0].url),
            ("member directory", "/anggota/"),
            ("search", "/cari/?q=" + quote(site.queries[0])),
        ],
        site.moderator: [("moderation queue", "/moderasi/")],
        site.author: [("notifications", "/notifikasi/")],
        site.editor: [
            ("admin practice editor", f"/admin/pages/{site.practices[0].pk}/edit/"),
            ("admin session editor", f"/admin/pages/{site.sessions[0].pk}/edit/"),
        ],
    }
    for user, urls in pages.items():
        context = watch.context(browser, user=user, site_url=base)
        page = watch.page(context)
        for name, path in urls:
            swept[name] = _load(page, base + path)
        if user is site.author:
            # A preview, made the way a member makes it: the corpus typed into the reply form.
            page.goto(f"{base}/forum/diskusi/{site.threads[1].pk}/balas/")
            page.fill("textarea[name=body]", as_markdown_body())
            page.locator("button[name=pratinjau]").click()
            page.wait_for_selector(".post-preview")
            page.wait_for_timeout(300)
            swept["reply preview"] = page.evaluate(DOM_SWEEP)
            assert MARKER in page.locator(".post-preview").inner_text()
        context.close()

    assert watch.calls == []
    assert watch.dialogs == []
    assert {name: found for name, found in swept.items() if found} == {}
