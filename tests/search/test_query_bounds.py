"""Every stage of the query path stays bounded, whatever is typed or stored (issue 7, defects 6 and 7).

Measured as work, never as time: leaf clauses of the compiled Whoosh query,
terms analysed, words stemmed for a snippet, words checked for spelling,
terms an autocomplete asks for. Synonym groups stay bounded however many
editor entries share a term, and the editor is told in the admin.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from modelsearch.backends import get_search_backend

from community.models import PracticePage
from search import highlight as highlight_module
from search.backends.whoosh.query import QueryTranslator, clause_count
from search.backends.whoosh.synonyms import MAX_EQUIVALENTS, MAX_GROUP_SIZE, SynonymMap
from search.models import Synonym
from tests.community.practice_factories import make_practice

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"
MARKUP = "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(window.x&&window.x(56))>"
HOSTILE_QUERIES = [
    MARKUP,
    MARKUP * 40,
    "&#" + "&#".join(str(n) for n in range(2000)),
    "<a href='javascript:alert(1)'>" * 200,
    "stunting " * 2000,
    " ".join(f"kata{n}" for n in range(3000)),
    "a" * 10_000,
    "(((((" * 1000 + '"' * 500,
    "🙏" * 5000,
    "\x00\x1f" * 3000,
    "x-" * 5000,
    "e.learning." * 900,
]


def compiled_query(query_string):
    """The Whoosh text query the backend builds for a practice search (before pruning)."""
    backend = get_search_backend()
    compiler = PracticePage.objects.live().search(query_string).query_compiler
    translator = QueryTranslator(
        backend.analysis, backend.synonyms, backend.options, compiler.get_text_columns()
    )
    return translator.translate(compiler.query)


@pytest.fixture
def practice(search_backend):
    return make_practice(
        "Posyandu Digital Cegah Stunting",
        summary="Kader posyandu mencatat balita " + MARKUP * 30,
        tags=["stunting"],
    )


def stunting_entries(count):
    return {f"istilah{n}": ["stunting"] for n in range(count)}


def test_sixty_four_entries_sharing_a_term_make_bounded_groups():
    synonym_map = SynonymMap(stunting_entries(64), get_search_backend().analysis)

    groups = [synonym_map.segment([f"istilah{n}"])[0][1] for n in range(64)]
    (stunting,) = synonym_map.segment(["stunting"])
    assert len(stunting[1]) <= MAX_EQUIVALENTS
    assert all(len(group) < MAX_GROUP_SIZE for group in groups)
    assert all(("stunting",) in group for group in groups), "every entry still finds what it lists"


def test_a_query_for_a_term_sixty_four_entries_share_stays_under_the_clause_cap(practice):
    for number in range(64):
        Synonym.objects.create(term=f"istilah{number}", equivalents="stunting, gizi buruk kronis")
    cap = get_search_backend().options.max_expanded_clauses

    for query in ["stunting", "stunting gizi buruk kronis istilah1 istilah2 " * 5]:
        assert clause_count(compiled_query(query)) <= cap


def test_an_editor_is_told_when_a_synonym_would_join_a_large_group(editor_client, db):
    for number in range(MAX_GROUP_SIZE):
        Synonym.objects.create(term=f"istilah{number}", equivalents="stunting")

    response = editor_client.post(
        reverse("wagtailsnippets_simpul_search_synonym:add"),
        {"term": "gagal tumbuh", "equivalents": "stunting"},
    )

    assert response.status_code == 200
    content = BeautifulSoup(response.content.decode(), "html.parser").get_text()
    assert "akan bergabung dengan kelompok" in content
    assert not Synonym.objects.filter(term="gagal tumbuh").exists()


def test_a_synonym_that_joins_a_small_group_is_saved(editor_client, db):
    Synonym.objects.create(term="mpp", equivalents="mal pelayanan publik")

    response = editor_client.post(
        reverse("wagtailsnippets_simpul_search_synonym:add"), {"term": "gerai layanan", "equivalents": "mpp"}
    )

    assert response.status_code == 302
    assert Synonym.objects.filter(term="gerai layanan").exists()


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=lambda q: ascii(q[:30]))
def test_a_hostile_query_compiles_to_a_bounded_query(practice, query):
    backend = get_search_backend()
    compiled = compiled_query(query)

    assert clause_count(compiled) <= backend.options.max_expanded_clauses
    assert len(backend.analysis.query_terms(query[: backend.options.max_query_length])) <= 256


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=lambda q: ascii(q[:30]))
def test_a_hostile_query_answers_the_search_page_and_suggestions(anonymous, practice, query):
    assert anonymous.get(SEARCH, {"q": query}).status_code == 200
    assert anonymous.get("/cari/saran/", {"q": query}).status_code == 200


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=lambda q: ascii(q[:30]))
def test_highlighting_a_long_marked_up_text_stems_a_bounded_number_of_words(monkeypatch, practice, query):
    analysis = get_search_backend().analysis
    stemmed = []
    original = analysis.stem

    def counting_stem(word):
        stemmed.append(word)
        return original(word)

    monkeypatch.setattr(analysis, "stem", counting_stem)
    text = (MARKUP + " posyandu ") * 2000

    snippet = highlight_module.highlight(text, query)

    assert len(stemmed) <= highlight_module.MAX_SOURCE_LENGTH // 2 + highlight_module.MAX_QUERY_KEYS
    assert "<img" not in snippet


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=lambda q: ascii(q[:30]))
def test_spelling_checks_a_bounded_number_of_words(practice, query):
    from search.backends.whoosh.spelling import MAX_WORDS, SpellingCorrector

    corrector = SpellingCorrector(get_search_backend())

    assert sum(1 for _, word in corrector._words(query) if word) <= MAX_WORDS
