"""What the search layer keeps in the database: editors' synonyms and query outcomes."""

from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.db.models import F, Sum
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class Synonym(models.Model):
    """A term and what it also means, e.g. "Disdukcapil" = "Dinas Kependudukan ...".

    Editors extend the shipped list in the admin; the Whoosh backend reads
    these at query time (see settings: SYNONYMS), so no reindex is needed.
    """

    term = models.CharField(_("term"), max_length=100, unique=True)
    equivalents = models.TextField(
        _("equivalents"),
        max_length=1000,
        help_text=_("Separate with commas, e.g.: Dinas Kependudukan dan Pencatatan Sipil, Dukcapil"),
    )

    class Meta:
        ordering = ["term"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        self.term = " ".join(self.term.split()).lower()
        super().save(*args, **kwargs)

    @property
    def equivalent_list(self):
        return [item.strip() for item in self.equivalents.split(",") if item.strip()]

    def clean(self):
        """Tell the editor when this entry would join a group too large to expand.

        Entries sharing a term are merged into one group of equivalents; the
        backend stops merging at ``MAX_GROUP_SIZE`` (so a query stays fast),
        which would silently leave part of this entry out.
        """
        from .backends.whoosh.synonyms import DEFAULT_SYNONYMS, MAX_GROUP_SIZE, merged_group_size

        term = " ".join((self.term or "").split()).lower()
        if not term:
            return
        entries = {key.lower(): value for key, value in DEFAULT_SYNONYMS.items()}
        others = Synonym.objects.exclude(pk=self.pk) if self.pk else Synonym.objects.all()
        entries.update({other.term: other.equivalent_list for other in others})
        entries[term] = self.equivalent_list
        size = merged_group_size(entries, term, _search_analysis())
        if size > MAX_GROUP_SIZE:
            raise ValidationError(
                {
                    "equivalents": _(
                        "Through terms it shares with other entries, this entry would join a group of "
                        "%(size)d equivalent terms; search expands at most %(limit)d. Remove shared "
                        "terms or split the entry into narrower ones."
                    )
                    % {"size": size, "limit": MAX_GROUP_SIZE}
                }
            )


def _search_analysis():
    """The configured backend's text analysis (None on a backend without one)."""
    from wagtail.search.backends import get_search_backend

    return getattr(get_search_backend(), "analysis", None)


_SYNONYMS_KEY = "search:editor-synonyms"
_SYNONYMS_SECONDS = 10 * 60


def editor_synonyms():
    """{term: [equivalents]} from the database; empty if the table isn't there yet.

    A site search compiles several queries (results, facets, "did you mean"),
    each asking for the synonyms: they are read once and kept in the cache
    until an editor changes an entry (the receivers below forget them).
    """
    from django.core.cache import cache

    found = cache.get(_SYNONYMS_KEY)
    if found is not None:
        return found
    try:
        found = {synonym.term: synonym.equivalent_list for synonym in Synonym.objects.all()}
    except DatabaseError:
        return {}
    cache.set(_SYNONYMS_KEY, found, _SYNONYMS_SECONDS)
    return found


@receiver(post_save, sender=Synonym, dispatch_uid="search_synonym_saved")
@receiver(post_delete, sender=Synonym, dispatch_uid="search_synonym_deleted")
def _synonyms_changed(**kwargs):
    from django.core.cache import cache

    cache.delete(_SYNONYMS_KEY)


class QueryOutcomeQuerySet(models.QuerySet):
    def since(self, date):
        return self.filter(date__gte=date)

    def top_queries(self):
        return (
            self.values("query__query_string")
            .annotate(total=Sum("searches"), empty=Sum("zero_results"))
            .order_by("-total", "query__query_string")
        )

    def zero_result_queries(self):
        return self.top_queries().filter(empty__gt=0).order_by("-empty", "query__query_string")


class QueryOutcome(models.Model):
    """Per query and day: how often it was searched and how often it found nothing."""

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="outcomes")
    date = models.DateField()
    searches = models.PositiveIntegerField(default=0)
    zero_results = models.PositiveIntegerField(default=0)

    objects = QueryOutcomeQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="one_outcome_per_query_day")]
        verbose_name = _("query outcome")
        verbose_name_plural = _("query outcomes")

    def __str__(self):
        return f"{self.query} {self.date}"

    @classmethod
    def record(cls, query_string, *, result_count):
        """Log one search: Wagtail's daily hits plus our zero-result count."""
        query = Query.get(query_string)
        query.add_hit()
        today = timezone.localdate()
        outcome, _ = cls.objects.get_or_create(query=query, date=today)
        cls.objects.filter(pk=outcome.pk).update(
            searches=F("searches") + 1, zero_results=F("zero_results") + (0 if result_count else 1)
        )
