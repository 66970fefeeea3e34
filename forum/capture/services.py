"""Turning a thread into a draft practice page, and telling the thread once it is published.

The draft is a normal PracticePage under /praktik-baik/: its title, summary
and the chosen posts come from the thread, the posts' authors are credited
as its authors, and its body opens with a link back to the thread. It is
sent into the practice review workflow at once, so it is reviewed and
published the way member submissions are (community.submissions); until
then readers see nothing of it. The thread remembers the draft
(Thread.practice) and shows "dijadikan praktik baik" only when the practice
is live and the reader may see it.
"""

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from community.models import PracticeIndexPage, PracticePage, PracticeStatus

from ..models import Thread

RESERVED_SLUGS = {"kirim", "kiriman-saya"}
MAX_CAPTURED_POSTS = 50


class CaptureError(Exception):
    """The thread cannot be captured (already captured, no practice index...)."""


def _unique_slug(index, title):
    base = slugify(title)[:70] or "praktik"
    slug, n = base, 2
    siblings = index.get_children()
    while slug in RESERVED_SLUGS or siblings.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def capturable_posts(thread):
    """The posts an editor may copy: readable ones (neither hidden nor deleted), in order."""
    return thread.posts.readable().select_related("author__user", "author__agency").order_by("position")


def _credit(post):
    if not post.author_id:
        return _("A former member")
    author = post.author
    return f"{author.name} — {author.affiliation}" if author.affiliation else author.name


def _body(thread, posts, thread_url):
    intro = _("Written up from the forum discussion %(link)s, with the contributions of its members.") % {
        "link": f'<a href="{escape(thread_url)}">{escape(thread.title)}</a>'
    }
    blocks = [("paragraph", f"<p>{intro}</p>")]
    for post in posts:
        blocks.append(("heading", {"text": _credit(post)[:150]}))
        blocks.append(("paragraph", post.body_html))  # sanitised by community.markdown when posted
    return blocks


@transaction.atomic
def capture_thread(
    *, editor, thread, title, summary, posts, government_affair, agency=None, region=None, tags=()
):
    """A draft practice from ``thread`` built from ``posts`` (readable posts of the thread), in review."""
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if thread.practice_id is not None:
        raise CaptureError(_("This discussion has already been written up as a practice."))
    index = PracticeIndexPage.objects.first()
    if index is None:
        raise CaptureError(_("There is no best practice library to add the practice to."))
    allowed = {post.pk: post for post in capturable_posts(thread)}
    chosen = [allowed[post.pk] for post in sorted(posts, key=lambda p: p.position) if post.pk in allowed]
    chosen = chosen[:MAX_CAPTURED_POSTS]
    if not chosen:
        raise CaptureError(_("Choose at least one post to copy into the practice."))

    practice = PracticePage(
        live=False,
        has_unpublished_changes=True,
        owner=editor,
        title=title,
        draft_title=title,
        summary=summary,
        agency=agency,
        region=region,
        government_affair=government_affair,
        status=PracticeStatus.RUNNING,
        slug=_unique_slug(index, title),
        submitted_markdown="\n\n".join(post.body_markdown for post in chosen)[:50000],
    )
    practice.body = _body(thread, chosen, thread.get_absolute_url())
    index.add_child(instance=practice)
    practice.tags.set(list(tags) or [tag.name for tag in thread.tags.all()])
    authors = []
    for post in chosen:
        if post.author_id and post.author not in authors:
            authors.append(post.author)
    practice.authors.set(authors)
    practice.save()
    practice.save_revision(user=editor, log_action=True)
    practice.get_workflow().start(practice, editor)
    # update(): the thread's search document does not depend on it.
    Thread.objects.filter(pk=thread.pk).update(practice=practice)
    return practice


def published_practice_for(thread, user):
    """The live practice this thread became, if the reader may see it; else None."""
    if not thread.practice_id:
        return None
    return PracticePage.objects.visible_to(user).filter(pk=thread.practice_id).first()
