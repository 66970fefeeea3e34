"""Turn plain-text and Markdown articles into practice pages.

The articles Simpul grew from have one shape: the first line is the title,
short lines without a closing full stop are headings, and everything else is
paragraph text. `parse_practice` reads that shape into a `ParsedPractice`
(pure: no database); `import_practice` makes a practice page from one, as a
draft or published. `manage.py import_practices` and the demo loader both go
through `PracticeImport`, so demo content is imported exactly as an editor's
files would be.

Parsing rules, in order:

- The first non-empty line is the title (a Markdown `#` is dropped).
- Blank lines separate blocks. Inside a block, either every line is a
  paragraph or heading on its own (the seed documents: one paragraph per
  line, no blank lines), or the lines are hard-wrapped and join into one
  paragraph, as in Markdown. A block is wrapped when a line stops
  mid-sentence (neither ends a sentence nor could be a heading) or a line
  continues in lower case.
- A heading is a Markdown `#`..`######` line, or a plain line of at most
  80 characters that starts with a capital letter or digit, does not end in
  sentence punctuation (. ! ? : ; , …), starts a paragraph (the line before
  it ended a sentence) and is not followed by a lower-case continuation.
  In wrapped text a heading is not the line right after another heading,
  and is clearly shorter than a short line after it. A heading-like last
  line of the file is a paragraph (a sign-off, not a section).
- Lines starting with "-", "*", "+" or "•" (or numbered, next to another
  numbered line) are list items.
- The summary is the first paragraph, cut to 600 characters at a sentence
  end. When that paragraph opens the body (before any heading) and fits
  whole, it becomes the summary only, so the page does not say it twice.
"""

import datetime
import enum
import html
import re
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.db.models.signals import post_save
from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.log_actions import log

from .markdown import render_markdown
from .models import (
    Agency,
    GovernmentAffair,
    MemberProfile,
    PracticeIndexPage,
    PracticePage,
    PracticeStatus,
    Region,
)

MAX_FILE_BYTES = 1_000_000
MAX_TITLE_LENGTH = 255  # Page.title
MAX_HEADING_LENGTH = 80  # a plain line longer than this is never a heading
MAX_MARKDOWN_HEADING_LENGTH = 150  # HeadingBlock.text
SUMMARY_LENGTH = 600  # PracticePage.summary
MAX_SLUG_LENGTH = 80

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text"}
IMPORTABLE_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES

DEFAULT_GOVERNMENT_AFFAIR = GovernmentAffair.CIVIL_SERVICE

# Section names that make a poor title when a file starts with one.
GENERIC_SECTION_TITLES = {"pendahuluan", "latar belakang", "kesimpulan", "penutup", "ringkasan", "abstrak"}

_SENTENCE_END = ".!?:;,…"
_CLOSERS = "\"'”’»)]"
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+•]\s+\S")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+\S")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_MARKDOWN_INLINE = re.compile(r"[*_`]+")
_SPACES = re.compile(r"\s+")
# A sentence ends at . ! ? or … (perhaps inside quotes or brackets) before a
# space and a capital, a digit or an opening quote.
_SENTENCE_BREAK = re.compile(r"([.!?…])[\"'”’)\]]*(?=\s+[\"'“‘(]?[A-Z0-9À-Þ])")


class ImportFileError(Exception):
    """A file that cannot become a practice; the message says why, in Indonesian."""


# --- Parsing ----------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A heading, a paragraph or a list, as written in the file.

    `lines` keeps the source lines: a paragraph's wrapped lines, a list's
    items (with their markers), or a heading's one line of text.
    """

    kind: str  # "heading", "paragraph" or "list"
    lines: tuple[str, ...]

    @property
    def text(self):
        return _squash(" ".join(self.lines))


@dataclass(frozen=True)
class ParsedPractice:
    title: str
    summary: str
    blocks: tuple[Block, ...]
    is_markdown: bool = False
    lead_is_summary: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def headings(self):
        return [block.text for block in self.blocks if block.kind == "heading"]

    @property
    def word_count(self):
        words = len(self.title.split())
        return words + sum(len(block.text.split()) for block in self.blocks)

    def body_blocks(self):
        """The body as StreamField data: [("heading", {"text": ...}), ("paragraph", html), ...]."""
        blocks = self.blocks[1:] if self.lead_is_summary else self.blocks
        return [self._stream_block(block) for block in blocks]

    def _stream_block(self, block):
        if block.kind == "heading":
            return ("heading", {"text": block.text})
        if self.is_markdown:
            return ("paragraph", render_markdown("\n".join(block.lines)))
        if block.kind == "list":
            tag = "ol" if _NUMBERED.match(block.lines[0]) else "ul"
            items = "".join(f"<li>{escape(_LIST_MARKER.sub('', line).strip())}</li>" for line in block.lines)
            return ("paragraph", f"<{tag}>{items}</{tag}>")
        return ("paragraph", f"<p>{escape(block.text)}</p>")


def parse_practice(text, *, markdown=False):
    """Read an article (title, headings, paragraphs) into a ParsedPractice.

    Raises ImportFileError when the text has no title or nothing after it.
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ImportFileError("berkas kosong")
    title = _title_from(lines[first], markdown=markdown)
    blocks = _parse_blocks(lines[first + 1 :], markdown=markdown)
    if not blocks:
        raise ImportFileError("tidak ada isi selain judul")
    lead = next((block for block in blocks if block.kind == "paragraph"), None)
    if lead is None:
        raise ImportFileError("tidak ada paragraf, hanya judul bagian")
    lead_text = _plain_text(lead, markdown=markdown)
    summary = trim_to_sentence(lead_text, SUMMARY_LENGTH)
    return ParsedPractice(
        title=title,
        summary=summary,
        blocks=tuple(blocks),
        is_markdown=markdown,
        lead_is_summary=blocks[0] is lead and summary == lead_text and len(blocks) > 1,
        warnings=tuple(_title_warnings(title)),
    )


def _title_from(line, *, markdown):
    heading = _MARKDOWN_HEADING.match(line.strip())
    title = heading.group(2) if heading else line
    if markdown:
        title = _MARKDOWN_INLINE.sub("", title)
    title = _squash(title)
    if not title:
        raise ImportFileError("judul kosong")
    if len(title) > MAX_TITLE_LENGTH:
        raise ImportFileError(
            f"baris pertama terlalu panjang untuk judul ({len(title)} karakter, paling banyak {MAX_TITLE_LENGTH})"
        )
    return title


def _title_warnings(title):
    if title.casefold() in GENERIC_SECTION_TITLES:
        yield f"judul “{title}” tampak seperti judul bagian; periksa baris pertama berkas"
    elif title[-1] in ".!?" and len(title) > MAX_HEADING_LENGTH:
        yield "baris pertama tampak seperti kalimat, bukan judul"


def _parse_blocks(lines, *, markdown):
    groups, current = [], []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    blocks = []
    for number, group in enumerate(groups):
        is_last_group = number == len(groups) - 1
        blocks.extend(_parse_group(group, markdown=markdown, is_last_group=is_last_group))
    return blocks


def _parse_group(lines, *, markdown, is_last_group):
    """Blocks from lines with no blank line between them."""
    wrapped = _is_hard_wrapped(lines)
    blocks, paragraph, items = [], [], []

    def flush():
        if paragraph:
            blocks.append(Block("paragraph", tuple(paragraph)))
            paragraph.clear()
        if items:
            blocks.append(Block("list", tuple(items)))
            items.clear()

    for n, line in enumerate(lines):
        following = lines[n + 1] if n + 1 < len(lines) else None
        previous = lines[n - 1] if n else None
        after_heading = bool(blocks) and blocks[-1].kind == "heading" and not paragraph and not items
        heading = _markdown_heading(line)
        if heading and len(heading) <= MAX_MARKDOWN_HEADING_LENGTH:
            flush()
            blocks.append(Block("heading", (_MARKDOWN_INLINE.sub("", heading) if markdown else heading,)))
        elif _is_list_item(lines, n):
            if paragraph:
                flush()
            items.append(line if markdown else line.strip())
        elif items and wrapped and (line[:1].isspace() or not _ends_sentence(items[-1])):
            items[-1] = f"{items[-1]}\n{line}" if markdown else f"{items[-1]} {line.strip()}"
        elif _starts_section(
            line,
            previous,
            following,
            wrapped=wrapped,
            after_heading=after_heading and n > 0,
            is_last_line=is_last_group and following is None,
        ):
            flush()
            blocks.append(Block("heading", (_squash(line),)))
        elif not wrapped:
            flush()
            blocks.append(Block("paragraph", (line.strip(),)))
        else:
            if items:
                flush()
            paragraph.append(line if markdown else line.strip())
    flush()
    return blocks


def _is_hard_wrapped(lines):
    """Whether these lines are wrapped text (joined into paragraphs) rather than one paragraph per line.

    A line that neither ends a sentence nor could be a heading is cut
    mid-sentence; so is a line continued by one starting in lower case.
    """
    for n, line in enumerate(lines):
        if _markdown_heading(line) or _is_list_item(lines, n):
            continue
        if not (_heading_like(line) or _ends_sentence(line)):
            return True
        if n and line.lstrip()[:1].islower():
            return True
    return False


def _starts_section(line, previous, following, *, wrapped, after_heading, is_last_line):
    if not _heading_like(line) or is_last_line:
        return False
    if previous is not None and not (_heading_like(previous) or _ends_sentence(previous)):
        return False  # the middle of a wrapped sentence
    if following is not None and following.lstrip()[:1].islower():
        return False  # a sentence wrapped after this line
    if not wrapped:
        return True
    # Wrapped text: the line after a heading starts the paragraph, and a
    # heading is clearly shorter than a wrapped line that follows it.
    if after_heading:
        return False
    return following is None or not _heading_like(following) or len(line) <= len(following) * 2 / 3


def _heading_like(line):
    text = line.strip()
    if not text or len(text) > MAX_HEADING_LENGTH or _BULLET.match(text):
        return False
    first = text[0]
    return (first.isupper() or first.isdigit()) and not _ends_sentence(text)


def _ends_sentence(line):
    text = line.rstrip().rstrip(_CLOSERS)
    return bool(text) and text[-1] in _SENTENCE_END


def _markdown_heading(line):
    match = _MARKDOWN_HEADING.match(line.strip())
    return _squash(match.group(2)) if match else None


def _is_list_item(lines, n):
    if _BULLET.match(lines[n]):
        return True
    # A numbered line is an item only among other numbered lines; alone,
    # "1. Latar Belakang" is a numbered heading.
    if _NUMBERED.match(lines[n]):
        neighbours = [lines[i] for i in (n - 1, n + 1) if 0 <= i < len(lines)]
        return any(_NUMBERED.match(other) for other in neighbours)
    return False


def _plain_text(block, *, markdown):
    if markdown:
        return _squash(html.unescape(strip_tags(render_markdown("\n".join(block.lines)))))
    return block.text


def _squash(text):
    return _SPACES.sub(" ", text).strip()


def trim_to_sentence(text, limit):
    """`text` if it fits in `limit` characters, else its longest opening run of whole sentences.

    A first sentence longer than the limit is cut at a word and ends with "…".
    """
    text = _squash(text)
    if len(text) <= limit:
        return text
    cut = 0
    for match in _SENTENCE_BREAK.finditer(text):
        end = match.end()
        if end > limit:
            break
        if not _is_abbreviation(text, match.start(1)):
            cut = end
    if cut:
        return text[:cut].rstrip()
    words = text[: limit - 1].rsplit(" ", 1)[0]
    return f"{words.rstrip(_SENTENCE_END + ' ')}…"


def _is_abbreviation(text, dot):
    """A full stop after one or two letters (dr., S.Pd., No.) rarely ends a sentence."""
    if text[dot] != ".":
        return False
    letters = 0
    position = dot - 1
    while position >= 0 and text[position].isalpha():
        letters += 1
        position -= 1
    return 0 < letters <= 2


# --- Reading files ------------------------------------------------------------


def is_markdown_path(path):
    return Path(path).suffix.lower() in MARKDOWN_SUFFIXES


def read_text(path):
    """The text of a UTF-8 file; ImportFileError for anything else."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError("berkas tidak ditemukan")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"berkas terlalu besar ({size // 1024} KB, paling besar {MAX_FILE_BYTES // 1024} KB)"
        )
    data = path.read_bytes()
    if b"\x00" in data:
        raise ImportFileError("berkas biner, bukan teks")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"bukan teks UTF-8 (bita tidak sah di posisi {error.start}); simpan ulang berkas sebagai UTF-8"
        ) from error
    if not text.strip():
        raise ImportFileError("berkas kosong")
    return text


def parse_file(path):
    return parse_practice(read_text(path), markdown=is_markdown_path(path))


def collect_files(paths):
    """Files to import: each file as given, and the .txt/.md files in each folder, sorted.

    A path that does not exist stays in the list so it is reported, not lost.
    """
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMPORTABLE_SUFFIXES)
            )
        else:
            files.append(path)
    return files


# --- Importing ------------------------------------------------------------------


class Outcome(enum.StrEnum):
    IMPORTED = "diimpor"
    SKIPPED = "dilewati"
    FAILED = "gagal"


@dataclass
class ImportOptions:
    """Where an imported practice belongs and who wrote it.

    `region` defaults to the agency's. The fields after `publish` are not
    on the command line; the demo loader fills them in.
    """

    government_affair: str = DEFAULT_GOVERNMENT_AFFAIR
    agency: Agency | None = None
    region: Region | None = None
    tags: Sequence[str] = ()
    authors: Sequence[MemberProfile] = ()
    publish: bool = False
    status: str = PracticeStatus.RUNNING
    started_on: datetime.date | None = None
    last_reviewed: datetime.date | None = None
    is_featured: bool = False
    contact_name: str = ""
    contact_email: str = ""
    outcomes: Sequence[tuple[str, str, str]] = ()  # (indicator, before, after)

    @property
    def user(self):
        """The first author's account: the page owner and the revision's author."""
        return self.authors[0].user if self.authors else None


@dataclass
class ImportResult:
    outcome: Outcome
    message: str = ""
    page: PracticePage | None = None
    path: Path | None = None
    warnings: Sequence[str] = ()


def find_existing(title, agency):
    """A practice with this title (any case) from this agency: importing it again would duplicate it."""
    return PracticePage.objects.filter(title__iexact=_squash(title), agency=agency).first()


def unique_slug(parent, title):
    base = slugify(title)[:MAX_SLUG_LENGTH].rstrip("-") or "praktik"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def import_practice(parsed, options, *, parent=None):
    """Create one practice page from `parsed`: a draft, or published with `options.publish`.

    Skips (and returns the existing page) when the agency already has a
    practice with this title.
    """
    existing = find_existing(parsed.title, options.agency)
    if existing is not None:
        return ImportResult(Outcome.SKIPPED, f"sudah ada: {page_address(existing)}", page=existing)
    parent = parent or PracticeIndexPage.objects.get()
    with transaction.atomic():
        page = _build_page(parsed, options, parent)
        parent.add_child(instance=page)
        log(instance=page, action="wagtail.create", user=options.user)
        revision = page.save_revision(user=options.user)
        if options.publish:
            # Whoever runs the import decided to publish; the author is
            # credited, but need not hold the editors' publish permission.
            revision.publish(user=options.user, skip_permission_checks=True)
            page.refresh_from_db()
    state = "terbit" if page.live else "draf"
    return ImportResult(
        Outcome.IMPORTED, f"{state}: {page_address(page)}", page=page, warnings=parsed.warnings
    )


def page_address(page):
    """The page's URL on the site (its tree path if it is not routable)."""
    return page.get_url() or page.url_path


def _build_page(parsed, options, parent):
    page = PracticePage(
        title=parsed.title,
        draft_title=parsed.title,
        slug=unique_slug(parent, parsed.title),
        summary=parsed.summary,
        body=parsed.body_blocks(),
        agency=options.agency,
        region=options.region or (options.agency.region if options.agency else None),
        government_affair=options.government_affair,
        status=options.status,
        started_on=options.started_on,
        last_reviewed=options.last_reviewed,
        is_featured=options.is_featured,
        contact_name=options.contact_name,
        contact_email=options.contact_email,
        owner=options.user,
        live=False,
        has_unpublished_changes=True,
    )
    # modelcluster holds tags, authors and outcomes until add_child saves the page.
    page.tags.set(list(options.tags))
    page.authors.set(list(options.authors))
    for number, (label, before, after) in enumerate(options.outcomes):
        page.outcomes.add(page.outcomes.model(label=label, before=before, after=after, sort_order=number))
    return page


@contextmanager
def search_index_deferred(model=PracticePage):
    """Index the pages put in the yielded list once, in their final state, in one batch.

    Importing saves a page three or four times (create, revision, publish,
    the demo's back-dating), and each save would otherwise rewrite the
    search index. If the block fails, what it created is not indexed:
    `manage.py update_index` catches up.
    """
    paused = post_save.disconnect(post_save_signal_handler, sender=model)
    pages = []
    try:
        yield pages
    finally:
        if paused:
            post_save.connect(post_save_signal_handler, sender=model)
    if paused and pages:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, [page.get_indexed_instance() for page in pages])


@dataclass
class PracticeImport:
    """One run over many files with the same options.

    Remembers what it created, so a second file in the same run with a title
    already used for this agency is reported as a duplicate (a mistake in the
    batch), while a title imported by an earlier run is simply skipped.
    """

    options: ImportOptions
    parent: PracticeIndexPage | None = None
    results: list[ImportResult] = field(default_factory=list)
    _created: dict = field(default_factory=dict)  # page pk -> file it came from

    def import_file(self, path):
        path = Path(path)
        try:
            parsed = parse_file(path)
        except ImportFileError as error:
            result = ImportResult(Outcome.FAILED, str(error))
        else:
            result = import_practice(parsed, self.options, parent=self.parent)
            if result.outcome == Outcome.SKIPPED and result.page.pk in self._created:
                first = self._created[result.page.pk]
                result = ImportResult(
                    Outcome.FAILED,
                    f"judul ganda: “{parsed.title}” sudah dipakai {first.name} untuk instansi yang sama",
                    page=result.page,
                )
            elif result.outcome == Outcome.IMPORTED:
                self._created[result.page.pk] = path
        result.path = path
        self.results.append(result)
        return result

    def import_files(self, paths: Iterable):
        return [self.import_file(path) for path in paths]

    def count(self, outcome):
        return sum(1 for result in self.results if result.outcome == outcome)
