"""Best practices ("praktik baik"): the curated knowledge of Simpul.

Members submit practices from the front end; editors review and publish
them through Wagtail's workflow; readers browse them by tag, agency, region,
government affair (urusan) and year.
"""

import datetime

from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from search.params import parse_page, query_string_of
from search.searchable import SearchableMixin

from .. import permissions, view_counts
from ..blocks import PracticeBodyBlock
from ..page_cache import CachedPage, remember
from ..restrictions import restricted_paths
from ..search_facets import facet_labels, province_and_children_ids
from ..sections import PRACTICE_PAGE, sections_for
from .members import MemberProfile
from .one_line import OneLineFieldsMixin
from .relations import reverse_related, through_queryset

STALE_AFTER_DAYS = 365


class GovernmentAffair(models.TextChoices):
    """Urusan pemerintahan: the fixed list practices are classified by."""

    HEALTH = "kesehatan", _("Health")
    EDUCATION = "pendidikan", _("Education")
    POPULATION = "kependudukan", _("Population and civil registration")
    SOCIAL = "sosial", _("Social affairs")
    PUBLIC_WORKS = "pekerjaan-umum", _("Public works and spatial planning")
    HOUSING = "perumahan", _("Housing and settlements")
    ORDER = "ketertiban", _("Public order and community protection")
    MANPOWER = "tenaga-kerja", _("Manpower")
    WOMEN_CHILDREN = "pemberdayaan-perempuan", _("Women's empowerment and child protection")
    FOOD = "pangan", _("Food security")
    ENVIRONMENT = "lingkungan-hidup", _("Environment")
    TRANSPORT = "perhubungan", _("Transport")
    COMMUNICATION = "komunikasi-informatika", _("Communication and informatics")
    SMALL_BUSINESS = "koperasi-umkm", _("Cooperatives and small businesses")
    INVESTMENT = "penanaman-modal", _("Investment")
    AGRICULTURE = "pertanian", _("Agriculture")
    FISHERIES = "kelautan-perikanan", _("Marine affairs and fisheries")
    TOURISM = "pariwisata", _("Tourism")
    VILLAGES = "pemberdayaan-desa", _("Village development")
    CIVIL_SERVICE = "kepegawaian", _("Civil service management")
    PLANNING = "perencanaan", _("Planning and budgeting")
    FINANCE = "keuangan", _("Regional finance")
    PUBLIC_SERVICE = "pelayanan-publik", _("Public service delivery")


class PracticeStatus(models.TextChoices):
    RUNNING = "berjalan", _("Running")
    STOPPED = "berhenti", _("Stopped")


class PracticeSort(models.TextChoices):
    NEWEST = "terbaru", _("Newest")
    MOST_VIEWED = "dilihat", _("Most viewed")
    MOST_REPLICATED = "direplikasi", _("Most replicated")


class TaggedPractice(TaggedItemBase):
    content_object = ParentalKey(
        "community.PracticePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PracticeQuerySet(PageQuerySet):
    def visible_to(self, user):
        """Live practices this user may read: members-only pages for members.

        Pages restricted by password or to particular groups stay out of
        listings for everyone; they are reached only by their own URL.
        """
        practices = self.live()
        # The restrictions are read once per publish (restrictions.py), not joined per query.
        for path in restricted_paths(user):
            practices = practices.exclude(path__startswith=path)
        return practices

    def for_listing(self):
        return self.select_related("agency", "region", "region__parent").prefetch_related("tags")

    def filter_by(self, *, tag=None, agency=None, region=None, affair=None, year=None, status=None):
        practices = self
        if tag:
            practices = practices.filter(tags__slug=tag)
        if agency:
            practices = practices.filter(agency=agency)
        if region:
            practices = practices.filter(Q(region=region) | Q(region__parent=region))
        if affair:
            practices = practices.filter(government_affair=affair)
        if year:
            practices = practices.filter(started_on__year=year)
        if status:
            practices = practices.filter(status=status)
        return practices

    def with_replication_count(self):
        return self.annotate(replication_count=Count("replications", distinct=True))

    def sorted_by(self, sort):
        if sort == PracticeSort.MOST_VIEWED:
            return self.order_by("-view_count", "-first_published_at")
        if sort == PracticeSort.MOST_REPLICATED:
            practices = (
                self if "replication_count" in self.query.annotations else self.with_replication_count()
            )
            return practices.order_by("-replication_count", "-first_published_at")
        return self.order_by("-first_published_at", "-pk")

    def stale(self, today=None):
        """Practices not reviewed for more than a year."""
        today = today or timezone.localdate()
        cutoff = today - datetime.timedelta(days=STALE_AFTER_DAYS)
        return self.filter(Q(last_reviewed__lt=cutoff) | Q(last_reviewed__isnull=True))


PracticeManager = PageManager.from_queryset(PracticeQuerySet)


def _practice_tag_uses():
    public_ids = PracticePage.objects.visible_to(None).values("pk")
    return (
        Tag.objects.filter(community_taggedpractice_items__content_object__in=public_ids)
        .annotate(uses=Count("community_taggedpractice_items"))
        .order_by("-uses", "name")
    )


def popular_practice_tags(*, limit=20):
    """The tags most used on public, live practices, with their counts; counted once per publish."""
    return remember(
        f"popular-practice-tags:{limit}", lambda: list(_practice_tag_uses()[:limit]), depends_on=("pages",)
    )


def popular_tags(*, limit=20):
    """The tags most used on public content: practices, and whatever other apps count in
    (community.sections.register_tag_counter, e.g. the forum's public threads); counted once per change."""
    return remember(f"popular-tags:{limit}", lambda: _popular_tags(limit), depends_on=("pages", "forum"))


def _popular_tags(limit):
    from ..sections import extra_tag_uses

    uses = extra_tag_uses()
    if not uses:
        return list(_practice_tag_uses()[:limit])
    for tag_id, count in _practice_tag_uses().values_list("pk", "uses"):
        uses[tag_id] += count
    tags = {tag.pk: tag for tag in Tag.objects.filter(pk__in=list(uses))}
    ranked = sorted(tags.values(), key=lambda tag: (-uses[tag.pk], tag.name))[:limit]
    for tag in ranked:
        tag.uses = uses[tag.pk]
    return ranked


def practice_index_url():
    """The URL of /praktik-baik/ (there is one index), or "" before it exists."""

    def find():
        index = PracticeIndexPage.objects.live().first()
        return index.url if index else ""

    return remember("practice-index-url", find, depends_on=("pages",))


def _agency(pk):
    from .agencies import Agency

    return remember(f"agency:{pk}", lambda: Agency.objects.filter(pk=pk).first())


def _region(pk):
    from .regions import Region

    return remember(f"region:{pk}", lambda: Region.objects.select_related("parent").filter(pk=pk).first())


class PracticePage(OneLineFieldsMixin, CachedPage, SearchableMixin, Page):
    """One best practice: what an agency did, how, and what changed."""

    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(PracticeBodyBlock(), verbose_name=_("body"), blank=True)
    agency = models.ForeignKey(
        "community.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    region = models.ForeignKey(
        "community.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=TaggedPractice, blank=True)
    government_affair = models.CharField(
        _("government affair (urusan)"), max_length=40, choices=GovernmentAffair.choices
    )
    authors = ParentalManyToManyField(
        "community.MemberProfile", verbose_name=_("authors"), blank=True, related_name="practices"
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), max_length=254, blank=True)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=PracticeStatus.choices, default=PracticeStatus.RUNNING
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    related_practices = ParentalManyToManyField(
        "self", verbose_name=_("related practices"), blank=True, symmetrical=False
    )
    is_featured = models.BooleanField(
        _("featured on the home page"), default=False, help_text=_("Editors' pick for the home page.")
    )
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)
    submitted_markdown = models.TextField(
        _("submitted text (Markdown)"), blank=True, max_length=50000, editable=False
    )

    objects = PracticeManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("agency"),
                FieldPanel("region"),
                FieldPanel("government_affair"),
                FieldPanel("tags"),
                FieldPanel("authors"),
            ],
            heading=_("Where and who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("started_on"),
                FieldPanel("status"),
                FieldPanel("last_reviewed"),
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
            ],
            heading=_("Status and contact"),
        ),
        InlinePanel("outcomes", heading=_("Measurable outcomes"), label=_("Outcome")),
        FieldPanel("related_practices"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("is_featured")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2), index.FilterField("slug")]),
        index.RelatedFields("agency", [index.SearchField("name"), index.SearchField("acronym")]),
        index.RelatedFields("region", [index.SearchField("name")]),
        index.SearchField("search_place_names"),
        index.FilterField("agency"),
        index.FilterField("region"),
        index.FilterField("government_affair"),
        index.FilterField("status"),
        index.FilterField("started_on"),
        index.FilterField("first_published_at"),
        index.FilterField("is_featured"),
        index.FilterField("tags"),
        index.FilterField("search_province"),
        index.FilterField("search_year"),
    ]
    search_facet_fields = {
        "agency": "agency_id",
        "province": "search_province",
        "tag": "tags",
        "year": "search_year",
        "urusan": "government_affair",
    }
    search_facet_expressions = {
        "search_province": Coalesce("region__parent_id", "region_id"),
        "search_year": ExtractYear("first_published_at", tzinfo=datetime.UTC),
    }

    parent_page_types = ["community.PracticeIndexPage"]
    subpage_types = []

    page_cache_params = ("cetak",)
    page_cache_depends_on = ("pages", "members", "forum")  # authors' names; related discussions
    page_cache_counts_views = True

    class Meta:
        verbose_name = _("best practice")
        verbose_name_plural = _("best practices")

    @property
    def province(self):
        return self.region.province if self.region_id else None

    @property
    def is_stale(self):
        if self.last_reviewed is None:
            return True
        return self.last_reviewed < timezone.localdate() - datetime.timedelta(days=STALE_AFTER_DAYS)

    @classmethod
    def get_indexed_objects(cls):
        """What a rebuild or a batch of index updates reads: with the region's
        province (facet, place names) and the tags (filter) fetched in bulk,
        not three queries per practice."""
        return (
            super()
            .get_indexed_objects()
            .select_related("region__parent")
            .prefetch_related("tagged_items__tag")
        )

    def search_province(self):
        return self.region.province.pk if self.region_id else None

    def search_place_names(self):
        """Where this practice happened, for place-aware ranking: its region and province."""
        if not self.region_id:
            return ""
        province = self.region.province
        return self.region.name if province.pk == self.region.pk else f"{self.region.name}, {province.name}"

    def search_year(self):
        return self.first_published_at.year if self.first_published_at else None

    def search_snippet_text(self):
        return self.summary

    def search_related_text(self):
        return " ".join([self.title, *(tag.name for tag in self.tags.all())])

    @classmethod
    def search_scope(cls, user):
        return cls.objects.visible_to(user)

    @classmethod
    def apply_search_filters(cls, queryset, *, agency=None, province=None, tag=None, year=None, urusan=""):
        """Facet choices as the site search parsed them: ids and year are ints (search/params.py)."""
        if agency is not None:
            queryset = queryset.filter(agency_id=agency)
        if province is not None:
            queryset = queryset.filter(region_id__in=province_and_children_ids(province))
        if tag is not None:
            queryset = queryset.filter(
                pk__in=TaggedPractice.objects.filter(tag_id=tag).values("content_object_id")
            )
        if year is not None:
            start = datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)
            queryset = queryset.filter(
                first_published_at__gte=start, first_published_at__lt=start.replace(year=start.year + 1)
            )
        if urusan:
            queryset = queryset.filter(government_affair=urusan)
        return queryset

    @classmethod
    def search_facet_labels(cls, key, values):
        return facet_labels(key, values, affair_choices=GovernmentAffair.choices)

    def related_links(self, request):
        """Related content from the index; the search runs once per publish and audience, not per view.

        A preview finds it afresh from the draft's words, and keeps nothing.
        """
        from search.related import related_audience, related_links

        viewer = request.user
        audience = related_audience(viewer)
        if audience is None or self.pk is None or getattr(request, "is_preview", False):
            return related_links(self, viewer)
        return remember(
            f"related:{self.pk}:{audience}",
            lambda: related_links(self, viewer),
            depends_on=("pages", "forum"),
        )

    def record_view(self):
        """Count a reading; written to view_count in batches (view_counts.py)."""
        view_counts.count_view(self._meta.label_lower, self.pk)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        viewer = request.user
        # Agencies and regions change rarely: kept in the cache instead of a query each.
        if self.agency_id:
            self.agency = _agency(self.agency_id) or self.agency
        if self.region_id:
            self.region = _region(self.region_id) or self.region
        context["index_url"] = practice_index_url()
        context["related_links"] = self.related_links(request)
        # Previews build the page from a revision: see relations.py.
        context["authors"] = through_queryset(
            MemberProfile.objects.select_related("user", "agency"), self.authors
        ).order_by("display_name", "pk")
        context["tags"] = self.tags.all()
        context["outcomes"] = self.outcomes.all()
        context["related"] = through_queryset(
            PracticePage.objects.visible_to(viewer).select_related("agency"), self.related_practices
        ).order_by("title")
        context["replications"] = reverse_related(
            Replication.objects.select_related(
                "agency", "agency__region", "agency__region__parent", "member__user"
            ),
            self,
            "practice",
        )
        context["sections"] = sections_for(PRACTICE_PAGE, request, practice=self)
        context["can_replicate"] = permissions.can_record_replication(viewer, self)
        if context["can_replicate"]:
            from ..practice_forms import ReplicationForm

            context["replication_form"] = ReplicationForm(initial={"agency": viewer.profile.agency_id})
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "GET" and not getattr(request, "is_preview", False):
            self.record_view()
        return super().serve(request, *args, **kwargs)


class PracticeOutcome(Orderable):
    """A measurable result: what was counted, before and after."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="outcomes")
    label = models.CharField(_("indicator"), max_length=150)
    before = models.CharField(_("before"), max_length=60)
    after = models.CharField(_("after"), max_length=60)

    panels = [FieldPanel("label"), FieldPanel("before"), FieldPanel("after")]

    class Meta(Orderable.Meta):
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")


class PracticeIndexPage(CachedPage, Page):
    """/praktik-baik/: every published practice, filtered and sorted."""

    intro = RichTextField(_("introduction"), blank=True, max_length=2000)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["community.HomePage"]
    subpage_types = ["community.PracticePage", "community.PracticeCollectionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("best practice index")

    page_size = 12

    @property
    def page_cache_child_models(self):
        return (PracticePage,)

    page_cache_params = ("tag", "instansi", "wilayah", "urusan", "tahun", "status", "urutan", "halaman")

    def practices_for(self, user):
        return PracticePage.objects.child_of(self).visible_to(user)

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from ..practice_forms import PracticeFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = PracticeFilterForm(request.GET or None)
        practices = (
            self.practices_for(request.user)
            .filter_by(**form.filters())
            .with_replication_count()
            .for_listing()
            .sorted_by(form.sort())
        )
        results = Paginator(practices, self.page_size).get_page(parse_page(request.GET.get("halaman")))
        results.object_list = list(results.object_list)
        collections = PracticeCollectionPage.objects.child_of(self).live()
        for path in restricted_paths(None):  # listed for everyone alike, as public() did
            collections = collections.exclude(path__startswith=path)
        context.update(
            form=form,
            collections=list(collections.order_by("title")),
            results=results,
            query_string=query_string_of(request.GET, form.fields),
            filtered=bool(form.filters() and any(form.filters().values())),
        )
        return context


class PracticeCollectionPage(CachedPage, Page):
    """A curated collection, e.g. "Transformasi digital layanan publik"."""

    intro = RichTextField(_("introduction"), blank=True, max_length=4000)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("items", heading=_("Practices in this collection"), label=_("Practice")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["community.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practice collection")
        verbose_name_plural = _("practice collections")

    def practices_for(self, user):
        # values_list works on the live manager and on a revision's FakeQuerySet alike.
        ids = list(self.items.values_list("practice_id", flat=True))
        visible = {p.pk: p for p in PracticePage.objects.filter(pk__in=ids).visible_to(user).for_listing()}
        return [visible[pk] for pk in ids if pk in visible]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practices"] = self.practices_for(request.user)
        return context


class PracticeCollectionItem(Orderable):
    collection = ParentalKey(PracticeCollectionPage, on_delete=models.CASCADE, related_name="items")
    practice = models.ForeignKey(
        PracticePage, verbose_name=_("practice"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("practice")]


class Replication(models.Model):
    """ "Kami mereplikasi": an agency took a practice home, and how it is going."""

    practice = models.ForeignKey(
        PracticePage, verbose_name=_("practice"), on_delete=models.CASCADE, related_name="replications"
    )
    agency = models.ForeignKey(
        "community.Agency", verbose_name=_("agency"), on_delete=models.CASCADE, related_name="replications"
    )
    member = models.ForeignKey(
        "community.MemberProfile",
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="replications",
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=PracticeStatus.choices, default=PracticeStatus.RUNNING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("replication")
        verbose_name_plural = _("replications")
        constraints = [
            models.UniqueConstraint(fields=["practice", "agency"], name="one_replication_per_agency"),
        ]

    def __str__(self):
        return f"{self.agency} → {self.practice}"
