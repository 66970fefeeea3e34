"""How threads take part in the site search (/cari/), suggestions, "did you mean" and related content.

One document per thread, carrying the text of its readable posts
-----------------------------------------------------------------
A thread is indexed as a single document: its title, its tags, the opening
post and the text of its replies, up to ``MAX_INDEXED_REPLY_CHARS``. Posts
are not indexed on their own. When a thread is shown as a hit, the post
whose words match the query best is looked up among that thread's readable
posts (one small query per hit shown, never per match) and the hit links to
that post's permalink (/p/<id>/) with a snippet of its text.

Why not one document per post:

* Size and speed. The bench content (bench/forum.py) has 10,000 threads
  and 200,000 posts. Per-post documents make the index 21 times as many
  documents; every query, facet count and "did you mean" walks them, and an
  index build writes 210,000 documents instead of 10,000. Measured with
  ``bench/forum.py --index-sample 300`` on this machine: building thread
  documents indexes about as much text per second as post documents, but a
  full build needs ~20x fewer documents, so it ends in a twentieth of the
  time, and a query has one document per conversation to score.
* Ranking. Readers look for conversations, not single messages: a thread
  whose question and answers share the query's words should rank as one
  hit, not as twenty near-duplicates crowding out practices.
* One engine pass per model (issue 9): a second searchable model would
  double the engine searches of every query.

The cost is a thread's document being rewritten on every reply. Writes
happen after the transaction commits (forum.search.updates), once per
transaction however many posts changed, and a long thread's text is bounded
so a reply to a 1,000-post thread does not rebuild megabytes.

Access rules
------------
Only readable posts (neither hidden nor deleted) are ever put into a
document, so words of a hidden or deleted post can never make a thread
match, show in a snippet or be offered by "did you mean". Which threads a
reader may find is ``Thread.objects.visible_to(user)`` (members-only forums
for members, hidden threads for that forum's moderators and editors); the
index stores ``forum`` and ``is_hidden`` as filter fields so that scope runs
inside the engine, for results, counts, facets, suggestions and spelling.
"""

import datetime

from django.db.models import Case, F, Value, When
from django.db.models.functions import Coalesce, ExtractYear
from django.utils.translation import gettext_lazy as _
from modelsearch import index
from modelsearch.queryset import SearchableQuerySetMixin

from search.params import parse_id
from search.searchable import SearchableMixin

from ..text import plain_text

#: Replies' text kept in a thread's document (the opening post is always kept whole).
MAX_INDEXED_REPLY_CHARS = 60_000
#: Replies read from the database to fill it (newest replies beyond are not indexed).
MAX_INDEXED_REPLIES = 300
SOLVED, UNSOLVED = "ya", "tidak"
_SNIPPET_SOURCE_CHARS = 2_000
_MATCH_CANDIDATES = 30


_METHOD_FIELDS = (
    "search_opening_text",
    "search_replies_text",
    "search_solved",
    "search_year",
    "search_agency",
    "search_province",
    "search_place_names",
)


class SearchableThreadQuerySetMixin(SearchableQuerySetMixin):
    """``Thread.objects.visible_to(user).search(...)`` and ``.autocomplete(...)``."""


def _plain(html):
    return plain_text(html)


class ThreadSearchMixin(SearchableMixin, index.Indexed):
    """The site-search hooks of forum.Thread (see the module docstring)."""

    search_date_field = "last_activity_at"
    search_facet_fields = {
        "forum": "forum_id",
        "solved": "search_solved",
        "tag": "tags",
        "year": "search_year",
        "agency": "search_agency",
        "province": "search_province",
    }
    search_facet_expressions = {
        "search_solved": Case(When(solution__isnull=False, then=Value(SOLVED)), default=Value(UNSOLVED)),
        "search_year": ExtractYear("created_at", tzinfo=datetime.UTC),
        "search_agency": F("author__agency_id"),
        "search_province": Coalesce("author__region__parent_id", "author__region_id"),
    }

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("search_opening_text", boost=1.5),
        index.SearchField("search_replies_text"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2), index.FilterField("slug")]),
        # Facet choices narrow by pk (apply_search_filters); database backends want it declared.
        index.FilterField("id"),
        index.FilterField("forum"),
        index.FilterField("is_hidden"),
        index.FilterField("solution"),
        index.FilterField("tags"),
        index.FilterField("last_activity_at"),
        index.FilterField("created_at"),
        index.FilterField("search_solved"),
        index.FilterField("search_year"),
        index.FilterField("search_agency"),
        index.FilterField("search_province"),
        index.SearchField("search_place_names"),
    ]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # modelsearch names a method's index column after the class that
        # defines it; defined here, that would be this mixin, which is not a
        # model. Put the methods on the model itself (forum.Thread).
        for name in _METHOD_FIELDS:
            if name not in cls.__dict__:
                setattr(cls, name, cls.__dict__.get(name) or getattr(ThreadSearchMixin, name))

    # What the document is built from -------------------------------------

    @classmethod
    def get_indexed_objects(cls):
        return cls._default_manager.select_related("author__agency", "author__region__parent")

    def _indexed_posts(self):
        from ..models import Post

        cached = getattr(self, "_search_posts", None)
        if cached is None:
            posts = (
                Post.objects.filter(thread_id=self.pk)
                .readable()
                .order_by("position")
                .values_list("position", "body_html")[: MAX_INDEXED_REPLIES + 1]
            )
            cached = self._search_posts = list(posts)
        return cached

    def search_opening_text(self):
        return next((_plain(html) for position, html in self._indexed_posts() if position == 1), "")

    def search_replies_text(self):
        pieces, length = [], 0
        for position, html in self._indexed_posts():
            if position == 1:
                continue
            text = _plain(html)
            if length + len(text) > MAX_INDEXED_REPLY_CHARS:
                break
            pieces.append(text)
            length += len(text) + 1
        return "\n".join(pieces)

    def search_solved(self):
        return SOLVED if self.solution_id else UNSOLVED

    def search_year(self):
        return self.created_at.year if self.created_at else None

    def search_agency(self):
        return self.author.agency_id if self.author_id else None

    def search_province(self):
        if not self.author_id or not self.author.region_id:
            return None
        region = self.author.region
        return region.parent_id or region.pk

    def search_place_names(self):
        """The author's region and province, for place-aware ranking."""
        if not self.author_id or not self.author.region_id:
            return ""
        region = self.author.region
        if not region.parent_id:
            return region.name
        return f"{region.name}, {region.parent.name}"

    # The site search's hooks ----------------------------------------------

    @property
    def url(self):
        return self.get_absolute_url()

    @classmethod
    def search_scope(cls, user):
        # The forum comes with each hit: its link and label need it.
        return cls.objects.visible_to(user).select_related("forum")

    @classmethod
    def apply_search_filters(
        cls, queryset, *, forum=None, solved="", tag=None, year=None, agency=None, province=None, **unknown
    ):
        from community.search_facets import province_and_children_ids

        from ..models import TaggedThread, Thread

        # Ids and the year come parsed by the site search (search/params.py): ints or None.
        if forum is not None:
            queryset = queryset.filter(forum_id=forum)
        if solved == SOLVED:
            queryset = queryset.filter(solution__isnull=False)
        elif solved == UNSOLVED:
            queryset = queryset.filter(solution__isnull=True)
        # Lookups across relations become pk filters (one SQL query each): the index holds ids, not joins.
        if tag is not None:
            queryset = queryset.filter(
                pk__in=TaggedThread.objects.filter(tag_id=tag).values("content_object_id")
            )
        if year is not None:
            start = datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)
            queryset = queryset.filter(
                created_at__gte=start, created_at__lt=start.replace(year=start.year + 1)
            )
        if agency is not None:
            queryset = queryset.filter(pk__in=Thread.objects.filter(author__agency_id=agency).values("pk"))
        if province is not None:
            regions = province_and_children_ids(province)
            queryset = queryset.filter(
                pk__in=Thread.objects.filter(author__region_id__in=regions).values("pk")
            )
        return queryset

    @classmethod
    def search_facet_labels(cls, key, values):
        from community.search_facets import facet_labels

        from ..models import ForumPage

        if key == "forum":
            ids = [pk for pk in map(parse_id, values) if pk is not None]
            return {
                str(pk): title
                for pk, title in ForumPage.objects.filter(pk__in=ids).values_list("pk", "title")
            }
        if key == "solved":
            labels = {SOLVED: _("Has an accepted solution"), UNSOLVED: _("Not solved yet")}
            return {value: str(labels[value]) for value in values if value in labels}
        return facet_labels(key, values)

    def search_snippet_text(self):
        return self.search_opening_text()[:_SNIPPET_SOURCE_CHARS]

    @classmethod
    def search_result_links(cls, threads, query, user=None):
        """[(url, snippet source)] of threads shown as hits: each links to the permalink of
        its post that matches best, all found in one query (best_matching_posts)."""
        best = cls.best_matching_posts([thread.pk for thread in threads], query)
        links = []
        for thread in threads:
            post = best.get(thread.pk)
            if post is None:
                links.append((thread.get_absolute_url(), thread.search_snippet_text()))
            else:
                links.append((post.get_absolute_url(), _plain(post.body_html)[:_SNIPPET_SOURCE_CHARS]))
        return links

    def search_result_link(self, query, user=None):
        """(url, snippet source) of this thread as a hit: the permalink of the post that matches best."""
        return self.search_result_links([self], query, user)[0]

    @staticmethod
    def best_matching_posts(thread_ids, query):
        """{thread id: the readable post of that thread sharing most of the query's words},
        the earliest on a tie, or the first readable post when none has any: one query
        for all the threads, reading at most ``_MATCH_CANDIDATES`` posts of each.

        Readable posts of a thread the reader may see are posts they may
        read (Post.objects.visible_to(user).readable() of this thread), so no
        further check is needed here.
        """
        from django.db.models import Case, F, IntegerField, Q, Value, When, Window
        from django.db.models.functions import RowNumber

        from ..models import Post

        if not thread_ids:
            return {}
        keys = _match_keys(query)
        condition = Q()
        for key in keys:
            condition |= Q(body_html__icontains=key)
        matches = Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())
        # Per thread: its matching posts first, in thread order; the first post when none match.
        ranked = (
            Post.objects.filter(thread_id__in=thread_ids)
            .readable()
            .annotate(matches=matches if keys else Value(0, output_field=IntegerField()))
            .annotate(
                rank=Window(
                    RowNumber(), partition_by=[F("thread_id")], order_by=[F("matches").desc(), F("position")]
                )
            )
            .filter(rank__lte=_MATCH_CANDIDATES)
            .only("pk", "thread_id", "position", "body_html")
        )
        candidates = {}
        for post in ranked:
            candidates.setdefault(post.thread_id, []).append(post)
        best = {}
        for thread_id, posts in candidates.items():
            matching = [post for post in posts if post.matches]
            if matching:
                best[thread_id] = max(
                    matching, key=lambda post: (_score(post.body_html, keys), -post.position)
                )
            else:
                best[thread_id] = min(posts, key=lambda post: post.position)
        return best

    def search_related_text(self):
        return " ".join([self.title, *(tag.name for tag in self.tags.all())])


def _match_keys(query):
    """Stems of the query's words (so "pelatihan" finds "latihan"), at least three letters."""
    from search.highlight import _WORD, _analysis, _normalise

    analysis = _analysis()
    keys = {_normalise(word, analysis) for word in _WORD.findall(query or "") if len(word) > 2}
    return sorted(key for key in keys if len(key) > 2)[:8]


def _score(html, keys):
    text = (html or "").lower()
    return sum(1 for key in keys if key in text)
