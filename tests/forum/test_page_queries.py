"""SQL per forum and session reader page: at most 10, the same with 2 threads as with 12.

Counted with the page cache switched off (every request renders the page)
after one warm-up request, as tests/community/test_page_cache_queries.py
does for the practice library.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory
from tests.forum.factories import make_thread
from tests.forum.sessions.helpers import make_session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

MAX_QUERIES = 10


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.SIMPUL_PAGE_CACHE_ENABLED = False


def add_threads(forum, count, *, start):
    for number in range(start, start + count):
        author = UserFactory(username=f"penanya{number}")
        make_thread(
            forum,
            author=author,
            title=f"Pertanyaan nomor {number} tentang posyandu",
            tags=["posyandu", f"tema {number % 3}"],
            replies=2,
        )


def pages(forum, session):
    thread = forum.threads.order_by("pk").first()
    return {
        "forum index": "/forum/",
        "forum page": forum.url,
        "forum page, filtered": forum.url + "?tag=posyandu&selesai=1",
        "thread page": thread.get_absolute_url() + "?halaman=1",
        "session listing": "/sesi/",
        "session page": session.url,
    }


def count(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return [query["sql"] for query in queries]


def test_forum_and_session_pages_run_a_few_queries_whatever_the_amount_of_content(anonymous, public_forum):
    session = make_session(public_forum, title="Sesi Berbagi Posyandu")
    add_threads(public_forum, 2, start=1)
    small = {name: count(anonymous, path) for name, path in pages(public_forum, session).items()}
    add_threads(public_forum, 10, start=3)
    make_session(public_forum, title="Sesi Berbagi Kedua")
    large = {name: count(anonymous, path) for name, path in pages(public_forum, session).items()}

    for name in small:
        assert len(large[name]) <= MAX_QUERIES, (name, large[name])
        assert len(large[name]) == len(small[name]), (name, small[name], large[name])
