"""Relaxed matching, place names and self-correcting typos stay bounded (issue 9, bad input).

A question word, a place name or a spelling variant repeated thousands of
times, or 10,000 characters of typos, must compile to a query under the
clause cap, cost a bounded number of engine searches, and answer the page
(never a 500). Measured as work, never as time.
"""

import pytest
from modelsearch.backends import get_search_backend
from whoosh.searching import Searcher

from community.models import PracticePage
from search.backends.whoosh.matching import Coordinated
from search.backends.whoosh.query import QueryTranslator, clause_count
from tests.community.practice_factories import make_practice
from tests.factories import RegencyFactory, province

pytestmark = [pytest.mark.django_db, pytest.mark.whoosh_index]

SEARCH = "/cari/"
RELAXED_HOSTILE = [
    "bagaimana cara apa apakah " * 2000,
    "posyandu di Sorong " * 1000,
    "Sorong Banyuwangi Papua Barat Daya " * 500,
    "ijin antri resiko kwalitas praktek " * 600,
    "pelatihn kepemimpinn sosialisasi stuntng " * 300,
    "satpol pp spbe umkm e-kinerja " * 500,
    " ".join(f"kataa{n}" for n in range(2500)),
    '"bagaimana" (cara) AND ijin OR -antri* field:x ' * 300,
]


def compiled(query_string):
    backend = get_search_backend()
    compiler = PracticePage.objects.live().search(query_string).query_compiler
    translator = QueryTranslator(
        backend.analysis,
        backend.synonyms,
        backend.options,
        compiler.get_text_columns(),
        places=backend.places,
    )
    return translator.translate(compiler.query)


@pytest.fixture
def practices(search_backend):
    sorong = RegencyFactory(code="96.01", name="Kabupaten Sorong", parent=province("96"))
    make_practice("Posyandu di Kampung Sorong", summary="Kader posyandu menimbang balita.", region=sorong)
    make_practice("Pelatihan Kepemimpinan", summary="Sosialisasi stunting dan izin usaha.")


@pytest.mark.parametrize("query", RELAXED_HOSTILE, ids=lambda q: ascii(q[:24]))
def test_a_hostile_relaxed_query_compiles_under_the_clause_cap(practices, query):
    query_tree = compiled(query)

    assert isinstance(query_tree, Coordinated)
    assert clause_count(query_tree) <= get_search_backend().options.max_expanded_clauses


@pytest.mark.parametrize("query", RELAXED_HOSTILE, ids=lambda q: ascii(q[:24]))
def test_a_hostile_relaxed_query_answers_the_page(anonymous, practices, query):
    assert anonymous.get(SEARCH, {"q": query}).status_code == 200
    assert anonymous.get(SEARCH, {"q": query, "persis": "1"}).status_code == 200


def test_ten_thousand_characters_of_typos_cost_a_bounded_number_of_engine_searches(
    anonymous, practices, monkeypatch, settings
):
    calls = []
    original = Searcher.search_with_collector

    def counted(self, q, collector, context=None):
        calls.append(q)
        return original(self, q, collector, context)

    monkeypatch.setattr(Searcher, "search_with_collector", counted)
    query = ("kepemimpinn pelatihn " * 500)[:10_000]

    response = anonymous.get(SEARCH, {"q": query})

    assert response.status_code == 200
    models = len(settings.SIMPUL_SEARCH_MODELS)
    # The query, the spelling check's scope (one per model), the corrected query, the widened one.
    assert len(calls) <= 4 * models
