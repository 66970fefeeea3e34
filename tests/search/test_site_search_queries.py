"""SQL per /cari/ request: at most 10, the same with few matches as with many (issue 12).

Practices, threads and sessions all match the query, so every searchable
type takes part: its hits, facet counts and facet labels, a thread's best
matching post, the editors' picks and the editors' search log.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.features import SINGLE_SEARCH
from search.models import QueryOutcome, flush_search_log
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory, RegencyFactory, UserFactory, province
from tests.forum.factories import make_forum, make_thread
from tests.forum.sessions.helpers import make_session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

MAX_QUERIES = 10
PATHS = {
    "one word": "/cari/?q=posyandu",
    "two words": "/cari/?q=posyandu+digital",
    "a filter": "/cari/?q=posyandu&jenis=thread",
    "page 2": "/cari/?q=posyandu&halaman=2",
    "newest first": "/cari/?q=posyandu&urutan=terbaru",
}


@pytest.fixture(autouse=True)
def as_in_production(settings):
    """Searches logged in batches and the place names kept between queries, as in production
    (the test settings write the log at once and re-read the places for every query)."""
    settings.SIMPUL_SEARCH_LOG_FLUSH_SECONDS = 3600
    backends = {alias: dict(options) for alias, options in settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"]["SYNONYMS_TTL"] = 300
    settings.WAGTAILSEARCH_BACKENDS = backends
    yield
    flush_search_log()


def add_content(forum, count, *, start):
    regency = RegencyFactory(parent=province("33"))
    for number in range(start, start + count):
        author = UserFactory(username=f"penulis{number}")
        author.profile.agency = AgencyFactory()
        author.profile.region = regency
        author.profile.save()
        make_practice(
            f"Posyandu digital nomor {number}",
            tags=["posyandu", f"tema {number % 3}"],
            authors=[author],
            agency=author.profile.agency,
            region=regency,
        )
        make_thread(
            forum,
            author=author,
            title=f"Pertanyaan nomor {number} tentang posyandu",
            body="Bagaimana posyandu digital mencatat balita?",
            tags=["posyandu"],
            replies=2,
        )
        make_session(forum, title=f"Sesi berbagi posyandu {number}")


def count(client, path):
    client.get(path)  # warm: templates, values kept between publishes
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return [query["sql"] for query in queries]


@pytest.mark.search_features(SINGLE_SEARCH)
def test_the_site_search_runs_a_few_queries_whatever_the_number_of_matches(anonymous, home_page):
    public_forum = make_forum("Forum Kesehatan", slug="kesehatan")
    add_content(public_forum, 2, start=1)
    small = {name: count(anonymous, path) for name, path in PATHS.items()}
    add_content(public_forum, 12, start=3)
    large = {name: count(anonymous, path) for name, path in PATHS.items()}

    for name in small:
        assert len(large[name]) <= MAX_QUERIES, (name, large[name])
        # Never more with more matches (fewer when the first page shows fewer types).
        assert len(large[name]) <= len(small[name]), (name, small[name], large[name])


def test_the_search_log_is_written_in_batches_and_loses_no_search(anonymous, home_page):
    make_practice("Posyandu digital di Sorong", tags=["posyandu"])

    for query in ("posyandu", "posyandu", "Posyandu", "tidak ada hasilnya"):
        assert anonymous.get("/cari/", {"q": query}).status_code == 200
    assert not QueryOutcome.objects.exists()  # nothing written while reading

    flush_search_log()

    logged = {row["query__query_string"]: row for row in QueryOutcome.objects.top_queries()}
    assert logged["posyandu"]["total"] == 3
    assert logged["posyandu"]["empty"] == 0
    assert logged["tidak ada hasilnya"]["empty"] == 1
