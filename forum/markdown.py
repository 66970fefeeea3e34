"""Posts as Markdown: mentions, quotes and a nesting cap around community's one pipeline.

Everything still goes through community.markdown.render_markdown (Markdown,
then nh3); this module only prepares the text:

- nesting is capped before Markdown sees it, so a post with thousands of
  ``>`` or list levels cannot exhaust the parser's recursion or take long;
- ``@username`` of a known member becomes a Markdown link to their profile
  (at most MAX_MENTIONS distinct members per post; unknown names stay text);
- a quote (``quote_markdown``) is an ordinary blockquote whose first line links
  to the quoted post's permalink.
"""

import re

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from community.markdown import render_markdown

MAX_NESTING = 8
MAX_INDENT = 4 * MAX_NESTING
MAX_MENTIONS = 20
MAX_QUOTE_LENGTH = 3_000

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# One level of a container: a blockquote marker or a list item marker, with its spaces.
_CONTAINER = re.compile(r"(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))[ \t]*")
_MENTION = re.compile(r"(?<![\w@/\[`])@([A-Za-z0-9_][A-Za-z0-9_.+-]{1,149})")
_INLINE_CODE = re.compile(r"(`+)[^`]*?\1")


def cap_nesting(text):
    """The text with at most MAX_NESTING quote/list levels and MAX_INDENT spaces per line.

    Lines inside fenced code blocks are left alone (they are not parsed as
    containers). Deeper levels are dropped, not the words on the line.
    """
    lines = []
    fence = None
    for line in text.split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            lines.append(line)
            continue
        opening = _FENCE.match(line)
        if opening:
            fence = opening.group(1)[0] * 3
            lines.append(line)
            continue
        lines.append(_cap_line(line))
    return "\n".join(lines)


def _cap_line(line):
    stripped = line.lstrip(" \t")
    indent = line[: len(line) - len(stripped)]
    if len(indent.expandtabs(4)) > MAX_INDENT:
        indent = " " * MAX_INDENT
    levels = []
    position = 0
    while True:
        match = _CONTAINER.match(stripped, position)
        if not match or match.end() == position:
            break
        levels.append(match.group(0))
        position = match.end()
        if len(levels) > 10 * MAX_NESTING:
            # Whatever follows is more markers; drop them without scanning further.
            position = _skip_markers(stripped, position)
            break
    if len(levels) <= MAX_NESTING and len(indent) == len(line) - len(stripped):
        return line
    return indent + "".join(levels[:MAX_NESTING]) + stripped[position:]


def _skip_markers(text, position):
    while True:
        match = _CONTAINER.match(text, position)
        if not match or match.end() == position:
            return position
        position = match.end()


def _outside_code(text):
    """(segment, is_code) pairs: fenced blocks and inline code spans are code."""
    segments = []
    buffer = []
    fence = None
    for line in text.split("\n"):
        if fence is not None:
            buffer.append(line)
            if line.strip().startswith(fence):
                segments.append(("\n".join(buffer), True))
                buffer = []
                fence = None
            continue
        opening = _FENCE.match(line)
        if opening:
            if buffer:
                segments.append(("\n".join(buffer), False))
            buffer = [line]
            fence = opening.group(1)[0] * 3
            continue
        buffer.append(line)
    if buffer:
        segments.append(("\n".join(buffer), fence is not None))
    # Rejoin with the newlines split() took away.
    result = []
    for index, (segment, is_code) in enumerate(segments):
        suffix = "\n" if index < len(segments) - 1 else ""
        if is_code:
            result.append((segment + suffix, True))
            continue
        last = 0
        for match in _INLINE_CODE.finditer(segment):
            result.append((segment[last : match.start()], False))
            result.append((match.group(0), True))
            last = match.end()
        result.append((segment[last:] + suffix, False))
    return result


def mentioned_usernames(text):
    """Distinct @names in the order written (outside code), at most MAX_MENTIONS."""
    names = []
    seen = set()
    for segment, is_code in _outside_code(text or ""):
        if is_code:
            continue
        for match in _MENTION.finditer(segment):
            name = match.group(1).rstrip(".-+")
            key = name.lower()
            if key not in seen:
                seen.add(key)
                names.append(name)
                if len(names) >= MAX_MENTIONS:
                    return names
    return names


def find_members(usernames):
    """Active members for these usernames (case-insensitive), keyed by lower-cased username."""
    if not usernames:
        return {}
    condition = Q()
    for name in usernames:
        condition |= Q(username__iexact=name)
    users = get_user_model().objects.filter(condition, is_active=True).select_related("profile")
    return {user.username.lower(): user.profile for user in users if hasattr(user, "profile")}


def _link_mentions(text, members):
    if not members:
        return text
    parts = []
    for segment, is_code in _outside_code(text):
        if is_code:
            parts.append(segment)
            continue

        def link(match):
            name = match.group(1).rstrip(".-+")
            rest = match.group(1)[len(name) :]
            profile = members.get(name.lower())
            if profile is None:
                return match.group(0)
            url = reverse("community:profile", args=[profile.user.username])
            return f"[@{profile.user.username}]({url}){rest}"

        parts.append(_MENTION.sub(link, segment))
    return "".join(parts)


def render_post(text):
    """(html, mentioned profiles) for a post's Markdown."""
    capped = cap_nesting(text or "")
    members = find_members(mentioned_usernames(capped))
    # Sanitised by community.markdown (nh3): safe to show as it is.
    html = mark_safe(render_markdown(_link_mentions(capped, members), allow_html=False))  # noqa: S308  # nosec B308 B703: nh3-sanitised
    profiles = []
    seen = set()
    for name in mentioned_usernames(capped):
        profile = members.get(name.lower())
        if profile is not None and profile.pk not in seen:
            seen.add(profile.pk)
            profiles.append(profile)
    return html, profiles


def quote_markdown(post):
    """The Markdown that starts a reply quoting ``post``: a blockquote linking to its permalink."""
    author = post.author.user.username if post.author_id else _("a former member")
    body = (post.body_markdown or "").strip()
    if len(body) > MAX_QUOTE_LENGTH:
        body = body[:MAX_QUOTE_LENGTH].rstrip() + " …"
    heading = _("[@%(author)s](%(url)s) wrote:") % {"author": author, "url": post.get_absolute_url()}
    quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in body.split("\n"))
    return f"> {heading}\n>\n{quoted}\n\n"
