"""An OpenSearch cluster that cannot be reached: search says so, every page still serves (issue 11).

The site is configured as production would be with SIMPUL_SEARCH_BACKEND=opensearch,
pointed at an address on this machine where nothing listens, so every call of
the real client fails with its own connection error, as when the cluster is down.
Content is written first (the index writes wait in the queue, as they would).
"""

import socket

import pytest
from bs4 import BeautifulSoup

from config.search_backends import search_backends
from search.models import PendingIndexUpdate
from tests.community.practice_factories import make_practice
from tests.forum.factories import make_forum, make_thread

pytestmark = pytest.mark.django_db

UNAVAILABLE = "server pencarian tidak terjangkau"


def closed_port():
    """A local TCP port nothing listens on: connections to it are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def cluster_down(settings):
    environ = {
        "SIMPUL_SEARCH_BACKEND": "opensearch",
        "SIMPUL_SEARCH_URLS": f"http://127.0.0.1:{closed_port()}",
        "SIMPUL_SEARCH_INDEX_PREFIX": "simpul_test_",
    }
    settings.WAGTAILSEARCH_BACKENDS = search_backends(environ, index_path="unused")


@pytest.fixture
def content(cluster_down, member):
    practice = make_practice("Posyandu Digital", summary="Kader posyandu mencatat balita lewat aplikasi.")
    thread = make_thread(
        make_forum("Forum Kesehatan", slug="kesehatan"), author=member, title="Jadwal posyandu"
    )
    return practice, thread


def test_the_search_page_says_search_is_unavailable_and_keeps_the_query(anonymous, content):
    response = anonymous.get("/cari/", {"q": "posyandu digital"})

    assert response.status_code == 200
    content_text = response.content.decode()
    assert UNAVAILABLE in content_text
    assert "Tidak ada yang ditemukan" not in content_text
    page = BeautifulSoup(content_text, "html.parser")
    assert page.select_one("p.message-error[role=alert]") is not None
    assert page.select_one("form.search-form-large input[name=q]")["value"] == "posyandu digital"


def test_a_misspelt_filtered_query_meets_the_same_message(member_client, content):
    response = member_client.get(
        "/cari/", {"q": "posyandu digitl", "jenis": "practicepage", "urutan": "terbaru"}
    )

    assert response.status_code == 200
    assert UNAVAILABLE in response.content.decode()


def test_suggestions_are_empty_json(anonymous, content):
    response = anonymous.get("/cari/saran/", {"q": "posy"})

    assert response.status_code == 200
    assert response.json() == {"suggestions": []}


def test_practice_and_thread_pages_serve_without_related_content(anonymous, content):
    practice, thread = content

    for url, title in [(practice.url, "Posyandu Digital"), (thread.get_absolute_url(), "Jadwal posyandu")]:
        response = anonymous.get(url)
        assert response.status_code == 200, url
        assert title in response.content.decode()


def test_writes_wait_in_the_index_queue(content):
    assert PendingIndexUpdate.objects.exists()


def test_the_health_endpoint_reports_the_cluster_unreachable(anonymous, cluster_down):
    response = anonymous.get("/kesehatan/")

    assert response.status_code == 503
    assert "search_unreachable" in response.json()["problems"]
