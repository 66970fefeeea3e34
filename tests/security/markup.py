"""Find executable markup in an answer: what a stored-XSS payload would need to run.

``executable_markup(html)`` parses the HTML with the standard library's
parser and lists every finding as a short string (empty list: nothing
found). It looks for what a payload of tests/security/xss_payloads.py could
leave behind:

- a ``<script>`` that is not one of the site's own files, or inline script
  carrying the marker (JSON data blocks are data, and are allowed);
- any ``on*`` attribute (the site's templates have none: see test_headers);
- ``javascript:``, ``vbscript:`` or ``data:`` addresses in any attribute that
  holds an address (``data:image/...`` in ``src`` is an image, allowed);
- ``srcdoc``, ``<object>``, ``<embed>``, ``<base>``, a refresh ``<meta>``
  to a script address, SVG animation setting a handler or a script address;
- ids and names a DOM-clobbering payload asked for;
- the marker inside a ``<style>``: the standard parser reads style content
  as text, where a browser inside ``<svg>`` or ``<math>`` reads markup
  (``<svg><style><img onerror=...>``).
"""

import re
from html.parser import HTMLParser

from tests.security.xss_payloads import CLOBBER, MARKER

URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "poster",
    "background",
    "ping",
    "cite",
    "lowsrc",
    "dynsrc",
    "codebase",
    "to",
    "from",
    "values",
}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
# Whitespace and control characters a browser drops from an address before reading its scheme.
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")
JSON_TYPES = {"application/json", "application/ld+json"}


def _normal_url(value):
    return _URL_NOISE.sub("", value or "").lower()


class _Finder(HTMLParser):
    def __init__(self, *, script_prefixes):
        super().__init__(convert_charrefs=True)
        self.script_prefixes = script_prefixes
        self.findings = []
        self._raw = None  # (tag, type) while inside a <script> or <style>

    def _found(self, what, tag, attrs):
        shown = " ".join(f'{name}="{value}"' for name, value in attrs)[:200]
        self.findings.append(f"{what}: <{tag} {shown}>")

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        if tag in {"script", "style"}:
            self._raw = (tag, (dict(attrs).get("type") or "").lower())

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._raw = None

    def handle_data(self, data):
        if self._raw is not None and MARKER in data:
            tag, content_type = self._raw
            if not (tag == "script" and content_type in JSON_TYPES):
                self.findings.append(f"the marker inside <{tag}>: {data.strip()[:200]}")

    def _check(self, tag, attrs):
        values = {name.lower(): value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self._found(f"event handler {name}", tag, attrs)
            if name in URL_ATTRIBUTES:
                url = _normal_url(value)
                if url.startswith(DANGEROUS_SCHEMES) and not (
                    name == "src" and url.startswith("data:image/")
                ):
                    self._found(f"script address in {name}", tag, attrs)
            if name == "srcdoc":
                self._found("srcdoc", tag, attrs)
            if name == "style" and ("javascript:" in _normal_url(value) or "expression(" in value.lower()):
                self._found("script in style", tag, attrs)
            if name in {"id", "name"} and CLOBBER in value.lower():
                self._found("clobbering id/name", tag, attrs)
            if name == "attributename" and value.lower().startswith(("on", "href", "xlink:href")):
                self._found("SVG animation of a handler or address", tag, attrs)
        if tag in {"object", "embed", "applet", "base"}:
            self._found("embedding element", tag, attrs)
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            if any(scheme in _normal_url(values.get("content")) for scheme in DANGEROUS_SCHEMES):
                self._found("refresh to a script address", tag, attrs)
        if tag == "script":
            src = values.get("src")
            if src and not src.startswith(self.script_prefixes):
                self._found("script from elsewhere", tag, attrs)


def executable_markup(html, *, script_prefixes=("/static/",)):
    """Findings (strings) of executable markup in ``html``; [] when there is none."""
    finder = _Finder(script_prefixes=script_prefixes)
    finder.feed(html)
    finder.close()
    return finder.findings
