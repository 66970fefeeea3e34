"""Highlighted snippets: the part of a text that matches the query, with <mark>.

Matching uses the search backend's own analysis when it has one (so
"pelatihan" lights up for "latihan" as it matched in the index), and the
same Indonesian stemming otherwise (a backend such as PostgreSQL's stems
in the database, where a snippet cannot ask it). Every piece of the text is escaped here;
only the <mark> tags this module adds are markup.
"""

import functools
import re

from django.utils.html import escape
from django.utils.safestring import SafeString

SNIPPET_WORDS = 40
#: The snippet is looked for in at most this much of the text.
MAX_SOURCE_LENGTH = 5000
#: At most this many distinct query words are looked for.
MAX_QUERY_KEYS = 24
#: Longer words are compared as typed, never stemmed (a stemmer's work grows with the word).
MAX_STEM_LENGTH = 30
_WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)


def _analysis():
    from wagtail.search.backends import get_search_backend

    return getattr(get_search_backend(), "analysis", None) or _indonesian_analysis()


@functools.cache
def _indonesian_analysis():
    from .backends.whoosh.analysis import TextAnalysis

    return TextAnalysis("id")


def _normalise(word, analysis):
    word = word.lower()
    if analysis is not None and len(word) <= MAX_STEM_LENGTH:
        try:
            return analysis.stem(word)
        except Exception:  # an analysis without stemming for this word
            return word
    return word


def _query_keys(query, analysis):
    words = list(dict.fromkeys(word for word in _WORD.findall(query[:MAX_SOURCE_LENGTH]) if len(word) > 1))
    return {_normalise(word, analysis) for word in words[:MAX_QUERY_KEYS]}


def highlight(text, query, *, words=SNIPPET_WORDS):
    """An escaped snippet of ``text`` around the first match, matches in <mark>."""
    text = " ".join((text or "")[:MAX_SOURCE_LENGTH].split())
    if not text:
        return SafeString("")
    analysis = _analysis()
    keys = _query_keys(query or "", analysis)
    tokens = list(_WORD.finditer(text))
    matches = [m for m in tokens if _normalise(m.group(), analysis) in keys]
    if matches:
        first = tokens.index(matches[0])
        start_token = max(first - words // 4, 0)
    else:
        start_token = 0
    if not tokens:
        return escape(text[:300])
    window = tokens[start_token : start_token + words]
    # A window that reaches an end of the text keeps the punctuation there
    # (the closing full stop) and gets no "…": nothing was cut on that side.
    start = 0 if start_token == 0 else window[0].start()
    end = len(text) if window[-1] is tokens[-1] else window[-1].end()
    matched = {m.start() for m in matches}
    pieces, cursor = [], start
    for token in window:
        pieces.append(escape(text[cursor : token.start()]))
        word = escape(token.group())
        pieces.append(f"<mark>{word}</mark>" if token.start() in matched else word)
        cursor = token.end()
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    # Safe: every fragment above went through escape(); only <mark> is ours.
    return SafeString(prefix + "".join(pieces) + suffix)  # nosec B703: escaped above
