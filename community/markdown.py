"""Member-written Markdown, rendered once and sanitised with nh3.

Templates never mark user text safe themselves: they get HTML from here,
which allows only the tags a practice or a post needs.

The parser is markdown-it-py (CommonMark with tables and fenced code): it
runs in about linear time and stops nesting at MAX_NESTING levels, so a
member's text cannot hang a worker. Python-Markdown took minutes on 20,000
characters of "[" or thousands of nested quotes.
"""

import re

import nh3
from markdown_it import MarkdownIt

MAX_MARKDOWN_LENGTH = 50_000
#: Deeper blockquotes and lists are rendered as text of the innermost level.
MAX_NESTING = 20
#: Past this many "[" a text is not making links any more: the rest are shown as
#: they are, which keeps the link parser's work bounded.
MAX_BRACKETS = 200

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "a",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "code",
    "pre",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def _make_parser(*, html):
    parser = MarkdownIt("commonmark", {"html": html, "maxNesting": MAX_NESTING}).enable("table")
    # Every [text](address) becomes a link and nh3 keeps only the allowed schemes:
    # a javascript: or data: address leaves the words, without the address.
    parser.validateLink = lambda url: True
    return parser


_parser = _make_parser(html=True)
_text_only_parser = _make_parser(html=False)
_BRACKET = re.compile(r"(?<!\\)\[")


def _bound_brackets(text):
    """Escape the "[" that cannot start a link, so the link parser never rescans the text for them.

    An opening bracket with no "]" anywhere after it is plain text; past
    MAX_BRACKETS openings the rest are shown as typed too.
    """
    if "[" not in text:
        return text
    last_close = text.rfind("]")
    seen = 0

    def escape(match):
        nonlocal seen
        seen += 1
        return "\\[" if match.start() > last_close or seen > MAX_BRACKETS else "["

    return _BRACKET.sub(escape, text)


def render_markdown(text, *, allow_html=True):
    """Markdown to sanitised HTML; headings start at h2 (the page has the h1).

    With ``allow_html=False`` (forum posts) HTML typed into the text is shown
    as text instead of being parsed and then sanitised: what a member sees is
    what they typed, and no nesting can come in through raw tags.
    """
    parser = _parser if allow_html else _text_only_parser
    html = parser.render(_bound_brackets(text or "")).strip()
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener",
    )
