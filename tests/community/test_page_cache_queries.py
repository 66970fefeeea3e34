"""SQL per reader page: at most 10, and the same with 2 practices as with 14.

Counted with the page cache switched off (every request renders the page)
after one warm-up request, so values kept between publishes (counts, option
lists, related content) come from the cache as they do in production.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community import view_counts
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory, RegencyFactory, UserFactory, province

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

MAX_QUERIES = 10


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.SIMPUL_PAGE_CACHE_ENABLED = False
    # View counts are written in batches, as in production; the last batch
    # goes into this test's database, not the next test's.
    settings.SIMPUL_VIEW_COUNT_FLUSH_SECONDS = 3600
    yield
    view_counts.flush()


def add_content(count, *, start):
    regency = RegencyFactory(parent=province("33"))
    for number in range(start, start + count):
        author = UserFactory(username=f"penulis{number}")
        author.profile.agency = AgencyFactory()
        author.profile.region = regency
        author.profile.save()
        author.profile.expertise.set([f"keahlian {number}", "stunting"])
        make_practice(
            f"Praktik Baik Nomor {number}",
            tags=["stunting", f"tag {number}", f"tema {number % 3}"],
            authors=[author],
            agency=author.profile.agency,
            region=regency,
            outcomes=[("Cakupan", "40%", "80%")],
            is_featured=number % 2 == 0,
        )


def reader_pages():
    from community.models import MemberProfile, PracticePage

    practice = PracticePage.objects.order_by("pk").first()
    profile = MemberProfile.objects.order_by("pk").first()
    return {
        "home": "/",
        "practice index": "/praktik-baik/",
        "practice index, filtered": "/praktik-baik/?tag=stunting&urutan=dilihat",
        "practice page": practice.url,
        "tag page": "/tag/stunting/",
        "directory": "/anggota/",
        "directory, filtered": "/anggota/?tag=stunting",
        "profile": f"/anggota/{profile.user.username}/",
        "feed": "/praktik-baik/feed/atom/",
        "tag feed": "/tag/stunting/feed/atom/",
    }


def count_queries(client, path):
    client.get(path)  # warm: templates, values kept between publishes
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return [query["sql"] for query in queries]


def counts(client):
    return {name: count_queries(client, path) for name, path in reader_pages().items()}


def test_reader_pages_run_a_few_queries_whatever_the_amount_of_content(anonymous, home_page):
    add_content(2, start=1)
    small = counts(anonymous)
    add_content(12, start=3)
    large = counts(anonymous)

    for name in small:
        assert len(large[name]) <= MAX_QUERIES, (name, large[name])
        assert len(large[name]) == len(small[name]), (name, small[name], large[name])


def test_a_signed_in_member_reads_pages_with_a_few_queries_too(member_client, home_page):
    add_content(3, start=1)

    for name, path in reader_pages().items():
        queries = count_queries(member_client, path)
        # Their session, user, profile (time zone) and permissions (the header's
        # admin link) are five more queries than an anonymous reader's.
        assert len(queries) <= MAX_QUERIES + 5, (name, queries)


def test_a_practice_page_writes_nothing_when_it_is_read(anonymous, home_page):
    add_content(1, start=1)

    queries = count_queries(anonymous, reader_pages()["practice page"])

    assert not [sql for sql in queries if sql.lstrip().upper().startswith("UPDATE")]
