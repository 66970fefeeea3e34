"""``WhooshSearchBackend``: wires the pieces together."""

import functools

from modelsearch.backends.base import BaseSearchBackend

from . import drift
from .analysis import TextAnalysis
from .compiler import WhooshAutocompleteQueryCompiler, WhooshSearchQueryCompiler
from .index import WhooshIndex
from .options import WhooshOptions
from .places import get_place_provider
from .rebuilder import WhooshSearchAtomicRebuilder, WhooshSearchRebuilder
from .results import WhooshSearchResults
from .schema import build_schema
from .spelling import SpellingCorrector
from .storage import IndexStore
from .synonyms import get_synonym_provider


@functools.lru_cache(maxsize=16)
def _analysis(language, extra_stop_words, min_gram, max_gram, stem_cache_size):
    return TextAnalysis(language, extra_stop_words, min_gram, max_gram, stem_cache_size)


class WhooshSearchBackend(BaseSearchBackend):
    query_compiler_class = WhooshSearchQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    index_class = WhooshIndex
    results_class = WhooshSearchResults
    basic_rebuilder_class = WhooshSearchRebuilder
    atomic_rebuilder_class = WhooshSearchAtomicRebuilder

    #: The database is the source of truth: an index failure (lock timeout,
    #: full disk) is logged by modelsearch's signal handlers instead of failing
    #: the save; ``check_drift``/``repair`` bring the index back in line.
    catch_indexing_errors = True

    def __init__(self, params):
        super().__init__(params)
        self.options = WhooshOptions.from_params(params)
        self.analysis = _analysis(
            self.options.language,
            self.options.extra_stop_words,
            self.options.autocomplete_min_gram,
            self.options.autocomplete_max_gram,
            self.options.stem_cache_size,
        )
        self.synonyms = get_synonym_provider(self.options, self.analysis)
        self.places = get_place_provider(self.options, self.analysis)
        self.rebuilder_class = (
            self.atomic_rebuilder_class if self.options.atomic_rebuild else self.basic_rebuilder_class
        )

    # Indexes -----------------------------------------------------------------

    def build_schema(self):
        return build_schema(self.analysis)

    def get_store(self, index_name):
        return IndexStore(self.options.path, index_name, self.build_schema, self.options)

    def get_index_for_model(self, model):
        return self.index_class(self, model)

    # Searching ---------------------------------------------------------------

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        return super().search(
            query,
            model_or_queryset,
            fields=fields,
            operator=operator or self.options.operator,
            order_by_relevance=order_by_relevance,
        )

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        return super().autocomplete(
            query,
            model_or_queryset,
            fields=fields,
            operator=operator or self.options.operator,
            order_by_relevance=order_by_relevance,
        )

    def suggest_spelling(self, query_string, models):
        """For "did you mean": ``query_string`` with its misspelt words replaced by
        the closest words indexed for ``models`` (models or querysets), or ``""``
        when there is nothing to correct. Never raises for odd input; raises
        :class:`~.exceptions.IndexUnavailable` like a search (unless
        ``ON_UNAVAILABLE="empty"``). See :mod:`.spelling`."""
        return SpellingCorrector(self).suggest(query_string, models)

    # Maintenance -------------------------------------------------------------

    def check_drift(self, model_or_queryset):
        """Compare the database with the index for a model (or a queryset of
        it). Returns a :class:`~.drift.DriftReport` with ``missing`` and
        ``extra`` primary keys (strings)."""
        return drift.check_drift(self, model_or_queryset)

    def repair(self, model_or_queryset, report=None, reindex_all=False):
        """Index the missing objects and delete the extra documents found by
        :meth:`check_drift` (which is run if ``report`` is not given)."""
        return drift.repair(self, model_or_queryset, report=report, reindex_all=reindex_all)
