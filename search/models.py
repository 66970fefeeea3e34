"""What the search layer keeps in the database: editors' synonyms and query outcomes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.db.models import F, IntegerField, Sum, Value
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .batched_counts import BatchedCounts


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
        from .backends.whoosh.synonyms import MAX_GROUP_SIZE, merged_group_size, shipped_entries

        term = " ".join((self.term or "").split()).lower()
        if not term:
            return
        entries = shipped_entries()
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


class SpellingVariant(models.Model):
    """A non-standard spelling and its standard (KBBI) form, e.g. "ijin" = "izin".

    Editors extend the shipped list (search/backends/whoosh/indonesian.py) in
    the admin; both forms then find each other, read at query time like
    the synonyms.
    """

    variant = models.CharField(
        _("non-standard spelling"), max_length=60, unique=True, help_text=_("For example: ijin")
    )
    standard = models.CharField(_("standard spelling"), max_length=60, help_text=_("For example: izin"))

    class Meta:
        ordering = ["variant"]
        verbose_name = _("spelling variant")
        verbose_name_plural = _("spelling variants")

    def __str__(self):
        return f"{self.variant} = {self.standard}"

    def save(self, *args, **kwargs):
        self.variant = " ".join(self.variant.split()).lower()
        self.standard = " ".join(self.standard.split()).lower()
        super().save(*args, **kwargs)

    def clean(self):
        variant = " ".join((self.variant or "").split()).lower()
        if variant and variant == " ".join((self.standard or "").split()).lower():
            raise ValidationError({"standard": _("The standard spelling must differ from the variant.")})


def _search_analysis():
    """The configured backend's text analysis (None on a backend without one)."""
    from wagtail.search.backends import get_search_backend

    return getattr(get_search_backend(), "analysis", None)


_SYNONYMS_KEY = "search:editor-synonyms"
_SYNONYMS_SECONDS = 10 * 60


def editor_synonyms():
    """{term: [equivalents]} for the backend, read once and kept until an entry changes.

    Pairs that other apps derive from their data come first
    (settings.SIMPUL_SEARCH_SYNONYM_SOURCES: each a function returning
    ``values_list(term, equivalent)`` querysets, one or a list, e.g. every agency's acronym
    and name), then editors' spelling variants, then editors' synonyms: an
    editor's synonym replaces a derived entry with the same term. Empty if
    the tables aren't there yet.

    A site search compiles several queries (results, facets, "did you mean"),
    each asking for the synonyms: they are read in one database query and
    kept in the cache until a synonym, a spelling variant or a row of a
    derived source (an agency) is saved or deleted.
    """
    from django.core.cache import cache

    found = cache.get(_SYNONYMS_KEY)
    if found is not None:
        return found
    found = _read_synonyms()
    if found is None:
        return {}
    cache.set(_SYNONYMS_KEY, found, _SYNONYMS_SECONDS)
    return found


def _forget_synonyms(**kwargs):
    from django.core.cache import cache

    cache.delete(_SYNONYMS_KEY)


def _derived_synonym_sources():
    derived = []
    for path in getattr(settings, "SIMPUL_SEARCH_SYNONYM_SOURCES", ()):
        found = import_string(path)()
        derived.extend(found if isinstance(found, (list, tuple)) else [found])
    return derived


def forget_synonyms_on_change():
    """Connect the receivers that forget the kept synonyms (SearchConfig.ready, in every process)."""
    for model in [Synonym, SpellingVariant, *(queryset.model for queryset in _derived_synonym_sources())]:
        label = model._meta.label
        post_save.connect(_forget_synonyms, sender=model, dispatch_uid=f"search_synonyms_saved_{label}")
        post_delete.connect(_forget_synonyms, sender=model, dispatch_uid=f"search_synonyms_deleted_{label}")


def _read_synonyms():
    """{term: [equivalents]} in one database query, or None if the tables aren't there yet."""

    def ranked(queryset, rank):
        # No ORDER BY inside a compound statement (SQLite refuses it).
        return queryset.order_by().annotate(rank=Value(rank, output_field=IntegerField()))

    derived = _derived_synonym_sources()
    rows = ranked(Synonym.objects.values_list("term", "equivalents"), 2).union(
        ranked(SpellingVariant.objects.values_list("variant", "standard"), 1),
        *(ranked(queryset, 0) for queryset in derived),
        all=True,
    )
    try:
        rows = sorted(rows, key=lambda row: row[2])
    except DatabaseError:
        return None
    from .backends.whoosh.synonyms import shipped_entries

    # Derived pairs extend a shipped entry of the same term ("dinkes"); editors' entries replace it.
    shipped = shipped_entries()
    entries = {}
    for term, equivalents, rank in rows:
        term = " ".join(str(term).split()).lower()
        if not term:
            continue
        if rank == 2:
            entries[term] = [item.strip() for item in equivalents.split(",") if item.strip()]
        elif rank == 1:
            entries[term] = [equivalents]
        else:
            listed = entries.setdefault(term, list(shipped.get(term, ())))
            name = " ".join(str(equivalents).split()).lower()
            if name and name != term and name not in listed:
                listed.append(name)
    return entries


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
        """Count one search: Wagtail's daily hits plus our zero-result count, added up
        in memory and written in batches (SIMPUL_SEARCH_LOG_FLUSH_SECONDS), so a search
        is not a database write."""
        today = timezone.localdate()  # the reader's day, not UTC's (Wagtail's default)
        _search_log.add(
            (normalise_query_string(query_string), today), searches=1, zero_results=0 if result_count else 1
        )

    @classmethod
    def write_counts(cls, batch):
        """``{(query string, date): {"searches": n, "zero_results": m}}`` into the report's tables."""
        for (query_string, date), amounts in sorted(batch.items()):
            query = Query.get(query_string)
            hits, _ = QueryDailyHits.objects.get_or_create(query=query, date=date)
            QueryDailyHits.objects.filter(pk=hits.pk).update(hits=F("hits") + amounts["searches"])
            outcome, _ = cls.objects.get_or_create(query=query, date=date)
            cls.objects.filter(pk=outcome.pk).update(
                searches=F("searches") + amounts["searches"],
                zero_results=F("zero_results") + amounts["zero_results"],
            )


_search_log = BatchedCounts(
    "Search log", QueryOutcome.write_counts, setting="SIMPUL_SEARCH_LOG_FLUSH_SECONDS"
)


def flush_search_log():
    """Write the searches counted so far (the editors' report reads them)."""
    _search_log.flush()


class PendingIndexUpdate(models.Model):
    """An object whose search documents must be rewritten (or removed).

    Written in the same transaction as the change itself, so a change that
    commits is never lost to the index: whoever drains the queue next (the
    request after its commit, a retry, the worker or ``search_index drain``)
    indexes the object as it is *then* — or removes it when it is gone or no
    longer searchable. See search.indexing.
    """

    model_label = models.CharField(max_length=100)
    object_pk = models.CharField(max_length=64)
    #: Changes with every enqueue: a drain removes only the entries it saw.
    change = models.CharField(max_length=32)
    enqueued_at = models.DateTimeField()
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["model_label", "object_pk"], name="one_pending_update_per_object")
        ]
        indexes = [models.Index(fields=["enqueued_at"], name="pending_index_by_age")]
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")

    def __str__(self):
        return f"{self.model_label}:{self.object_pk}"
