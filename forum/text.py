"""Posts as plain text, for search documents, snippets, feeds and e-mail-like summaries."""

import html

from django.utils.html import strip_tags
from django.utils.text import Truncator


def plain_text(body_html, *, words=None):
    """The words of a post's sanitised HTML, without markup or entities (to be escaped by the caller)."""
    text = " ".join(html.unescape(strip_tags(body_html or "")).split())
    return Truncator(text).words(words, truncate=" …") if words else text
