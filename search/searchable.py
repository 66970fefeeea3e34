"""What a model declares to take part in the site search.

A searchable model mixes this in and fills the hooks; the site search
(search/site_search.py) reads only these.
"""


class SearchableMixin:
    #: Field used for "newest first".
    search_date_field = "first_published_at"
    #: Facet key (agency, province, tag, year, urusan) -> FilterField name.
    search_facet_fields = {}
    #: Facet key -> the values it offers, counted by filtering instead of read from an index column:
    #: for a choice that moves with the clock (a session is upcoming, then past). The site search
    #: counts each value with ``apply_search_filters(**{key: value})`` inside the engine.
    search_choice_facets = {}
    #: Choice facet key -> the FilterField its choices are read from
    #: (``search_choice_for(key, value)``): while none of its choices is selected the
    #: site search counts them from that field's counts in the same engine pass,
    #: instead of one search per choice.
    search_choice_sources = {}
    #: FilterField computed by a method -> an ORM expression of the same value. A backend
    #: that counts facets in the database (modelsearch's PostgreSQL backend) has no
    #: column for a method's value: the site search annotates it with this expression.
    search_facet_expressions = {}

    @classmethod
    def search_scope(cls, user):
        """Everything of this type the user may see."""
        raise NotImplementedError(f"{cls.__name__} must define search_scope(user)")

    @classmethod
    def search_audience(cls, user):
        """A name for everyone whose search_scope(user) is the same as this user's.

        Related content is kept in the cache per object and audience; a
        model whose scope depends on more than being signed in (a forum's
        members, moderators) returns something finer, or None to never share.
        """
        return "member" if user is not None and user.is_authenticated else "anonymous"

    @classmethod
    def apply_search_filters(cls, queryset, **filters):
        """Narrow the scope by facet choices (keys as in search_facet_fields).

        Choices arrive parsed (search/params.py): ``agency``, ``province`` and
        ``tag`` are ids (ints), ``year`` an int, ``urusan`` a bounded string.
        """
        return queryset

    @classmethod
    def search_choice_for(cls, key, value):
        """The choice of facet ``key`` a document with ``value`` in its
        ``search_choice_sources[key]`` field falls under (None: no choice)."""
        return None

    @classmethod
    def search_facet_labels(cls, key, values):
        """{value: label} for facet values this model knows about."""
        return {}

    def search_snippet_text(self):
        return ""

    def search_result_link(self, query, user=None):
        """(url, text the snippet is cut from) of this object shown as a hit for ``query``.

        A thread, for example, links to the post that matches best.
        """
        return self.url, self.search_snippet_text()

    @classmethod
    def search_result_links(cls, objects, query, user=None):
        """[(url, snippet source)] of several hits of this type, in order: override to
        look up what they need in one query instead of one per hit."""
        return [obj.search_result_link(query, user) for obj in objects]

    def search_related_text(self):
        """Words that describe this object, used to find related content."""
        return str(self)
