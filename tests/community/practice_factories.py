"""Practices for tests: published, draft, in review or members-only, under /praktik-baik/.

Pages are built the way Wagtail builds them: added under the one
PracticeIndexPage (created by migration 0006), saved as a revision and, when
`live`, published from that revision.
"""

import datetime
import itertools

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from community.models import GovernmentAffair, PracticeIndexPage, PracticeOutcome, PracticePage

_numbers = itertools.count(1)


def practice_index():
    return PracticeIndexPage.objects.get()


def make_practice(
    title=None,
    *,
    live=True,
    tags=(),
    authors=(),
    related=(),
    outcomes=(),
    published_at=None,
    members_only=False,
    **fields,
):
    """A practice under /praktik-baik/; `authors` are users, `outcomes` (label, before, after)."""
    number = next(_numbers)
    title = title or f"Praktik Uji {number}"
    fields.setdefault("summary", f"Ringkasan {title}.")
    fields.setdefault("government_affair", GovernmentAffair.HEALTH)
    page = PracticePage(title=title, slug=f"{slugify(title)[:60]}-{number}", live=False, **fields)
    practice_index().add_child(instance=page)
    page.tags.set(list(tags))
    page.authors.set([user.profile for user in authors])
    page.related_practices.set(list(related))
    for label, before, after in outcomes:
        page.outcomes.add(PracticeOutcome(label=label, before=before, after=after))
    page.save()
    revision = page.save_revision()
    if live:
        revision.publish()
        if published_at is not None:
            PracticePage.objects.filter(pk=page.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
    if members_only:
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return PracticePage.objects.get(pk=page.pk)


def make_practice_in_review(title=None, *, submitted_by, **fields):
    """A draft practice its author has sent into the "Tinjauan editor" workflow."""
    page = make_practice(title, live=False, authors=[submitted_by], **fields)
    page.get_workflow().start(page, submitted_by)
    return PracticePage.objects.get(pk=page.pk)


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)
