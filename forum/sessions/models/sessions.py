"""The monthly sharing session: a Wagtail page under a forum.

A host agency runs it; members register, attend and earn the JP (jam
pelajaran) value the host sets. Times are stored in UTC and shown in each
reader's zone (forum.sessions.timezones).
"""

import secrets
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelsearch import index
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet

from community.models.one_line import OneLineFieldsMixin
from community.page_cache import CachedPage
from search.searchable import SearchableMixin

from ..timezones import SessionTime

MAX_DURATION_MINUTES = 12 * 60
CHECK_IN_EARLY = timedelta(minutes=15)
CHECK_IN_LATE = timedelta(minutes=30)
JP_STEP = Decimal("0.25")
SEARCH_UPCOMING, SEARCH_PAST = "akan-datang", "lalu"


class SessionMode(models.TextChoices):
    ONLINE = "daring", _("Online")
    IN_PERSON = "luring", _("In person")
    HYBRID = "hybrid", _("Hybrid")


class SessionState(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    LIVE = "live", _("Live now")
    FINISHED = "finished", _("Finished")
    CANCELLED = "cancelled", _("Cancelled")


class TaggedSession(TaggedItemBase):
    content_object = ParentalKey(
        "forum_sessions.SessionPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class SessionQuerySet(PageQuerySet):
    def visible_to(self, user):
        """Live sessions in forums this user may read.

        A session behind a view restriction of its own (a password, a group)
        stays out of listings as practices do; members see members-only ones.
        """
        from community.restrictions import restricted_paths
        from forum.models.forums import visible_forum_ids

        # A list of ids (kept until pages change), not a subquery: the search index filters on it.
        sessions = self.live().filter(forum_id__in=visible_forum_ids(user))
        # The restrictions are read once per publish (community.restrictions), not joined per query.
        for path in restricted_paths(user):
            sessions = sessions.exclude(path__startswith=path)
        return sessions

    def upcoming(self, now=None):
        return self.filter(end_at__gt=now or timezone.now()).order_by("start_at", "pk")

    def past(self, now=None):
        return self.filter(end_at__lte=now or timezone.now()).order_by("-start_at", "-pk")

    def not_cancelled(self):
        return self.filter(is_cancelled=False)

    def for_listing(self):
        return self.select_related("forum", "host_agency", "host_agency__region")


SessionManager = PageManager.from_queryset(SessionQuerySet)


def new_check_in_code():
    return f"{secrets.randbelow(10**6):06d}"


class SessionPage(OneLineFieldsMixin, CachedPage, SearchableMixin, Page):
    """One sharing session of a forum ("Sesi Berbagi"), e.g. a Dinas Kesehatan's monthly forum.

    Its discussion thread is created in the forum when it is first
    published (forum.sessions.signals). Attendance at it is a member's JP
    evidence (forum.sessions.models.attendance).
    """

    theme = models.CharField(_("theme"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    start_at = models.DateTimeField(
        _("starts at"),
        db_index=True,
        help_text=_("In your admin time zone (WIB unless you chose another); stored in UTC."),
    )
    duration_minutes = models.IntegerField(
        _("duration (minutes)"), default=120, help_text=_("From 1 minute to 12 hours.")
    )
    # Kept from start_at and duration_minutes on save, so listings filter on it.
    end_at = models.DateTimeField(_("ends at"), db_index=True, editable=False)
    host_agency = models.ForeignKey(
        "community.Agency",
        verbose_name=_("host agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_sessions",
    )
    agenda = RichTextField(_("agenda"), blank=True, max_length=8000)
    mode = models.CharField(_("mode"), max_length=10, choices=SessionMode.choices, default=SessionMode.ONLINE)
    meeting_url = models.URLField(
        _("meeting link"), max_length=500, blank=True, help_text=_("Shown to signed-in members only.")
    )
    location = models.CharField(_("location"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    recording_url = models.URLField(_("recording link"), max_length=500, blank=True)
    minutes = RichTextField(_("minutes (notulen)"), blank=True, max_length=40000)
    jp_value = models.DecimalField(
        _("JP value"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "Learning hours (JP) set by the host, in quarters, at most the session's length in hours."
        ),
    )
    is_cancelled = models.BooleanField(_("cancelled"), default=False)
    cancellation_note = models.CharField(_("cancellation note"), max_length=300, blank=True)
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=TaggedSession, blank=True)

    # Kept by the system, never by the form (see save()).
    forum = models.ForeignKey(
        "forum.ForumPage",
        verbose_name=_("forum"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    thread = models.ForeignKey(
        "forum.Thread",
        verbose_name=_("discussion thread"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="session_pages",
    )
    check_in_code = models.CharField(
        _("check-in code"), max_length=6, default=new_check_in_code, editable=False
    )
    sequence = models.PositiveIntegerField(_("calendar sequence"), default=0, editable=False)
    recording_announced = models.BooleanField(default=False, editable=False)
    minutes_announced = models.BooleanField(default=False, editable=False)

    objects = SessionManager()
    one_line_fields = ("title", "draft_title", "theme", "location", "cancellation_note")

    content_panels = [
        *Page.content_panels,
        FieldPanel("theme"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_at"), FieldPanel("duration_minutes")]),
                FieldPanel("host_agency"),
                FieldPanel("mode"),
                FieldPanel("meeting_url"),
                FieldPanel("location"),
                FieldPanel("capacity"),
            ],
            heading=_("When, where and who hosts"),
            help_text=_(
                "After saving you will see a warning if the slot falls outside 08.00–16.00 in WIB, WITA "
                "or WIT, or during Friday prayers."
            ),
        ),
        InlinePanel("speakers", label=_("Speakers")),
        FieldPanel("agenda"),
        InlinePanel("materials", label=_("Materials")),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("minutes"), FieldPanel("jp_value")],
            heading=_("After the session"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_cancelled"), FieldPanel("cancellation_note")], heading=_("Cancellation")
        ),
        FieldPanel("tags"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("theme", boost=2),
        index.SearchField("summary"),
        index.SearchField("agenda"),
        index.SearchField("minutes"),
        index.AutocompleteField("title"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2), index.FilterField("slug")]),
        index.RelatedFields("host_agency", [index.SearchField("name"), index.SearchField("acronym")]),
        index.RelatedFields("speakers", [index.SearchField("guest_name"), index.SearchField("topic")]),
        index.FilterField("host_agency"),
        index.FilterField("forum"),
        index.FilterField("start_at"),
        index.FilterField("end_at"),
        index.FilterField("is_cancelled"),
        index.FilterField("tags"),
        index.FilterField("search_province"),
        index.FilterField("search_year"),
        index.SearchField("search_place_names"),
    ]
    #: The site search's type facet: /cari/?jenis=sesi
    search_type_key = "sesi"
    search_date_field = "start_at"
    search_facet_fields = {
        "agency": "host_agency_id",
        "province": "search_province",
        "tag": "tags",
        "year": "search_year",
    }
    search_facet_expressions = {
        "search_province": Coalesce("host_agency__region__parent_id", "host_agency__region_id"),
        "search_year": ExtractYear("start_at", tzinfo=UTC),
    }
    #: /cari/?waktu=akan-datang or ?waktu=lalu: counted by filtering on end_at, as the clock moves.
    search_choice_facets = {"when": (SEARCH_UPCOMING, SEARCH_PAST)}
    search_choice_sources = {"when": "end_at"}

    parent_page_types = ["forum.ForumPage"]
    subpage_types = []
    template = "forum/sessions/session_page.html"

    class Meta:
        verbose_name = _("sharing session")
        verbose_name_plural = _("sharing sessions")

    # What changes a calendar entry: SEQUENCE goes up and registrants hear of it.
    SCHEDULE_FIELDS = ("start_at", "duration_minutes", "is_cancelled", "location", "mode")
    SYSTEM_FIELDS = ("thread_id", "check_in_code", "sequence", "recording_announced", "minutes_announced")

    @property
    def ends_at(self):
        """When it ends: stored on save, computed for a page not saved yet (the admin's preview)."""
        if self.start_at and self.duration_minutes:
            return self.start_at + timedelta(minutes=self.duration_minutes)
        return self.end_at

    def clean(self):
        super().clean()
        errors = {}
        if self.duration_minutes is not None:
            if self.duration_minutes <= 0:
                errors["duration_minutes"] = _(
                    "The session would end before it starts: the duration must be more than 0 minutes."
                )
            elif self.duration_minutes > MAX_DURATION_MINUTES:
                errors["duration_minutes"] = _("A session lasts at most 12 hours (720 minutes).")
        if self.jp_value is not None:
            error = jp_value_error(self.jp_value, self.duration_minutes)
            if error:
                errors["jp_value"] = error
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.start_at and self.duration_minutes:
            self.end_at = self.start_at + timedelta(minutes=self.duration_minutes)
        if self.path and update_fields is None:
            # A session belongs to the forum it sits under, also after a move.
            parent = self.get_parent()
            if parent is not None:
                self.forum_id = parent.pk
        self._schedule_changed = False
        if self.pk and update_fields is None:
            current = (
                type(self)
                .objects.filter(pk=self.pk)
                .values(*self.SCHEDULE_FIELDS, *self.SYSTEM_FIELDS)
                .first()
            )
            if current:
                self._keep_system_fields(current)
                self._schedule_changed = any(
                    getattr(self, name) != current[name] for name in self.SCHEDULE_FIELDS
                )
                if self._schedule_changed:
                    self.sequence += 1
        news = self._news_to_announce() if update_fields is None else []
        super().save(*args, **kwargs)
        for kind in news:
            transaction.on_commit(partial(_enqueue_notice, self.pk, kind))

    def _news_to_announce(self):
        """What registrants must hear about after this save (the flags make each happen once)."""
        from .attendance import NoticeKind

        if not self.live:
            return []
        news = []
        if self._schedule_changed:
            news.append(NoticeKind.CANCELLED if self.is_cancelled else NoticeKind.CHANGED)
        if self.recording_url and not self.recording_announced:
            self.recording_announced = True
            news.append(NoticeKind.RECORDING)
        if self.minutes and not self.minutes_announced:
            self.minutes_announced = True
            news.append(NoticeKind.MINUTES)
        return news

    def _keep_system_fields(self, current):
        """A revision published later carries old copies of these: the database's win."""
        self.thread_id = self.thread_id or current["thread_id"]
        self.check_in_code = current["check_in_code"] or self.check_in_code
        self.sequence = max(self.sequence, current["sequence"])
        self.recording_announced = self.recording_announced or current["recording_announced"]
        self.minutes_announced = self.minutes_announced or current["minutes_announced"]

    # --- search ---------------------------------------------------------

    def search_province(self):
        region = self.host_agency.region if self.host_agency_id else None
        return region.province.pk if region else None

    def search_year(self):
        return self.start_at.year if self.start_at else None

    def search_place_names(self):
        """The host agency's region and province, for place-aware ranking."""
        region = self.host_agency.region if self.host_agency_id else None
        if region is None:
            return ""
        province = region.province
        return region.name if province.pk == region.pk else f"{region.name}, {province.name}"

    def search_snippet_text(self):
        when = self.time_for("Asia/Jakarta")
        return f"{self.theme} — {self.state_label()}, {when.text}. {self.summary}".strip()

    def search_related_text(self):
        return " ".join([self.title, self.theme, *(tag.name for tag in self.tags.all())])

    @classmethod
    def search_scope(cls, user):
        return cls.objects.visible_to(user)

    @classmethod
    def apply_search_filters(
        cls, queryset, *, when="", agency=None, province=None, tag=None, year=None, **ignored
    ):
        """Facet choices as the site search parsed them: ids and year are ints (search/params.py)."""
        from community.search_facets import province_and_children_ids

        if when == SEARCH_UPCOMING:
            queryset = queryset.filter(end_at__gt=timezone.now())
        elif when == SEARCH_PAST:
            queryset = queryset.filter(end_at__lte=timezone.now())
        if agency is not None:
            queryset = queryset.filter(host_agency_id=agency)
        if province is not None:
            from community.models import Agency

            hosts = Agency.objects.filter(region_id__in=province_and_children_ids(province))
            queryset = queryset.filter(host_agency_id__in=list(hosts.values_list("pk", flat=True)))
        if tag is not None:
            queryset = queryset.filter(
                pk__in=TaggedSession.objects.filter(tag_id=tag).values("content_object_id")
            )
        if year is not None:
            start = datetime(year, 1, 1, tzinfo=UTC)
            queryset = queryset.filter(start_at__gte=start, start_at__lt=start.replace(year=start.year + 1))
        return queryset

    @classmethod
    def search_choice_for(cls, key, value):
        """Upcoming until it ends, past after (as apply_search_filters filters ``when``)."""
        if key != "when" or value is None:
            return None
        return SEARCH_UPCOMING if value > timezone.now() else SEARCH_PAST

    @classmethod
    def search_facet_labels(cls, key, values):
        from community.search_facets import facet_labels

        if key == "when":
            labels = {SEARCH_UPCOMING: _("Upcoming"), SEARCH_PAST: _("Past")}
            return {value: str(labels[value]) for value in values if value in labels}
        return facet_labels(key, values)

    # --- time and state ---------------------------------------------------

    @property
    def duration(self):
        return timedelta(minutes=self.duration_minutes)

    @property
    def duration_hours(self):
        return Decimal(self.duration_minutes) / 60

    def time_for(self, zone):
        return SessionTime(start=self.start_at, end=self.ends_at, zone=zone)

    def state(self, now=None):
        now = now or timezone.now()
        if self.is_cancelled:
            return SessionState.CANCELLED
        if now < self.start_at:
            return SessionState.UPCOMING
        if now < self.ends_at:
            return SessionState.LIVE
        return SessionState.FINISHED

    def state_label(self, now=None):
        return SessionState(self.state(now)).label

    def check_in_window(self):
        return self.start_at - CHECK_IN_EARLY, self.ends_at + CHECK_IN_LATE

    def is_check_in_open(self, now=None):
        now = now or timezone.now()
        opens, closes = self.check_in_window()
        return not self.is_cancelled and opens <= now <= closes

    @property
    def is_online(self):
        return self.mode in (SessionMode.ONLINE, SessionMode.HYBRID)

    @property
    def is_in_person(self):
        return self.mode in (SessionMode.IN_PERSON, SessionMode.HYBRID)

    @property
    def host_name(self):
        return str(self.host_agency) if self.host_agency_id else ""

    def serve(self, request, *args, **kwargs):
        from django.http import Http404

        from forum.permissions import can_view_forum

        # The forum it was routed through is its forum (save() keeps them the same): no query.
        parent = getattr(self, "_cached_parent_obj", None)
        if parent is not None and parent.pk == self.forum_id:
            self.forum = parent
        # A session in a members-only forum does not exist for anonymous readers.
        if self.forum is None or not can_view_forum(request.user, self.forum):
            raise Http404
        return super().serve(request, *args, **kwargs)

    # Registration counts ("sessions") and the discussion thread ("forum") show on the page too.
    page_cache_depends_on = ("pages", "forum", "sessions")

    def page_cache_timeout(self):
        """Kept until the session starts or ends at the latest: its state and places change then."""
        if self.is_cancelled or not self.start_at:
            return None
        now = timezone.now()
        for moment in (self.start_at, self.ends_at):
            if moment and now < moment:
                return int((moment - now).total_seconds())
        return None

    def get_context(self, request, *args, **kwargs):
        from ..context import session_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_page_context(self, request))
        return context


def _enqueue_notice(session_pk, kind):
    from ..tasks import send_session_notice

    send_session_notice.enqueue(session_pk, str(kind))


def jp_value_error(value, duration_minutes):
    """Why a JP value is not acceptable, or None."""
    if value < 0:
        return _("The JP value cannot be negative.")
    if (value / JP_STEP) % 1 != 0:
        return _("The JP value goes in quarters: e.g. 1, 1.25, 1.5 or 1.75.")
    if duration_minutes and duration_minutes > 0 and value > Decimal(duration_minutes) / 60:
        return _("The JP value cannot be more than the session's length in hours.")
    return None


class SessionSpeaker(Orderable):
    """A presenter: a member (recorded as presenter for their JP) or a named guest with their agency."""

    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="speakers")
    member = models.ForeignKey(
        "community.MemberProfile",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="session_talks",
    )
    guest_name = models.CharField(_("guest name"), max_length=150, blank=True)
    guest_agency = models.CharField(_("guest's agency"), max_length=200, blank=True)
    topic = models.CharField(_("topic"), max_length=200, blank=True)

    panels = [FieldPanel("member"), FieldPanel("guest_name"), FieldPanel("guest_agency"), FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name

    def clean(self):
        if not self.member_id and not self.guest_name.strip():
            raise ValidationError({"guest_name": _("Choose a member or write the guest's name.")})

    @property
    def name(self):
        return self.member.name if self.member_id else self.guest_name

    @property
    def affiliation(self):
        return self.member.affiliation if self.member_id else self.guest_agency


class SessionMaterial(Orderable):
    """A document shared for the session (slides, a template, a report)."""

    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Leave empty to use the document's.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return self.title or self.document.title

    @property
    def size(self):
        return self.document.get_file_size() or 0
