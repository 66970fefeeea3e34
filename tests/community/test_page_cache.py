"""The anonymous page cache: who is served from it, what expires it, what never goes in.

A hit is recognised by the X-Simpul-Cache header and by running no SQL at
all; the cache is the test settings' LocMemCache, emptied before each test.
"""

import gzip

import pytest
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from community import page_cache, view_counts
from community.cache_backends import TolerantCacheMixin
from community.models import PracticePage
from tests.community.practice_factories import make_practice
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

# A Redis that is down (nothing listens on port 1) and a file cache whose directory cannot exist.
REDIS_DOWN = {
    "default": {"BACKEND": "community.cache_backends.TolerantRedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}
DISK_BROKEN = {
    "default": {
        "BACKEND": "community.cache_backends.TolerantFileBasedCache",
        "LOCATION": "/dev/null/simpul-cache",
    }
}


@pytest.fixture
def practice(db):
    return make_practice("Posyandu Digital Kota Uji", tags=["posyandu"])


def served_from_cache(client, path, **extra):
    """(response, was it a hit) — a hit reads nothing from the database.

    The test settings write view counts at once: that UPDATE is the only SQL a hit may run.
    """
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    hit = response.get("X-Simpul-Cache") == "hit"
    reads = [q["sql"] for q in queries if "view_count" not in q["sql"] and "SAVEPOINT" not in q["sql"]]
    assert not hit or not reads, reads
    return response, hit


def page_entries():
    return [key for key in cache._cache if "simpul:page:" in key]


READER_PAGES = ["/", "/praktik-baik/", "/tag/posyandu/", "/anggota/", "/praktik-baik/feed/atom/"]


@pytest.mark.parametrize("path", READER_PAGES)
def test_an_anonymous_reader_gets_the_second_view_of_a_reader_page_from_the_cache(anonymous, practice, path):
    first, first_hit = served_from_cache(anonymous, path)
    second, second_hit = served_from_cache(anonymous, path)

    assert first.status_code == second.status_code == 200
    assert (first_hit, second_hit) == (False, True)
    assert second.content == first.content


def test_a_practice_page_and_a_profile_are_served_from_the_cache_too(anonymous, practice, member):
    for path in (practice.url, f"/anggota/{member.username}/"):
        served_from_cache(anonymous, path)
        response, hit = served_from_cache(anonymous, path)
        assert response.status_code == 200 and hit


def test_a_cached_practice_page_still_counts_every_reading(anonymous, practice):
    served_from_cache(anonymous, practice.url)
    _, hit = served_from_cache(anonymous, practice.url)

    practice.refresh_from_db()
    assert hit
    assert practice.view_count == 2


def test_a_signed_in_member_always_gets_a_fresh_private_page(member_client, practice):
    member_client.get(practice.url)
    response, hit = served_from_cache(member_client, practice.url)

    assert not hit
    assert "private" in response["Cache-Control"]
    assert "Keluar" in response.content.decode()  # their own header: "Sign out"


def test_a_members_header_is_never_served_to_an_anonymous_reader(client_factory, practice):
    member = UserFactory(username="rahasia_budi")
    signed_in = client_factory()
    signed_in.force_login(member)
    assert "rahasia_budi" in signed_in.get("/").content.decode()
    signed_in.get(practice.url)

    anonymous = client_factory()
    for path in ("/", practice.url):
        for _ in range(2):
            page = anonymous.get(path).content.decode()
            assert "Profil saya" not in page
            assert "Keluar" not in page
            assert 'action="/akun/logout/"' not in page
            assert ">Masuk</a>" in page


def test_an_anonymous_page_cached_first_does_not_hide_a_members_header(client_factory, anonymous, practice):
    anonymous.get("/")
    anonymous.get("/")
    member = UserFactory(username="dewi_anggota")
    signed_in = client_factory()
    signed_in.force_login(member)

    page = signed_in.get("/").content.decode()
    assert "dewi_anggota" in page
    assert "Keluar" in page


def test_publishing_a_change_expires_the_cached_pages_that_show_it(anonymous, practice):
    anonymous.get(practice.url)
    anonymous.get("/praktik-baik/")

    practice.title = "Posyandu Digital Versi Baru"
    practice.save_revision().publish()

    for path in (practice.url, "/praktik-baik/", "/"):
        response, hit = served_from_cache(anonymous, path)
        assert not hit
        assert "Posyandu Digital Versi Baru" in response.content.decode()


def test_an_unpublished_practice_is_gone_from_the_cache(anonymous, practice):
    anonymous.get(practice.url)
    anonymous.get("/praktik-baik/")

    practice.unpublish()

    assert anonymous.get(practice.url).status_code == 404
    assert "Posyandu Digital Kota Uji" not in anonymous.get("/praktik-baik/").content.decode()


def test_renaming_a_tag_expires_the_pages_that_show_it(anonymous, practice):
    anonymous.get(practice.url)
    anonymous.get("/tag/posyandu/")

    tag = Tag.objects.get(slug="posyandu")
    tag.name = "posyandu keliling"
    tag.save()

    assert "posyandu keliling" in anonymous.get(practice.url).content.decode()
    assert "posyandu keliling" in anonymous.get("/tag/posyandu/").content.decode()


def test_a_draft_is_never_served_to_an_anonymous_reader(anonymous, editor_client, practice):
    anonymous.get(practice.url)
    practice.title = "Judul Draf Belum Terbit"
    practice.save_revision()
    # The editor reads the draft in the admin's preview and the live page.
    editor_client.get(f"/admin/pages/{practice.pk}/view_draft/")
    editor_client.get(practice.url)

    for _ in range(2):
        page = anonymous.get(practice.url).content.decode()
        assert "Judul Draf Belum Terbit" not in page
        assert "Posyandu Digital Kota Uji" in page


def test_a_members_only_practice_is_never_served_from_the_cache_to_anonymous_readers(
    anonymous, member_client
):
    secret = make_practice("Praktik Khusus Anggota Saja", members_only=True)
    assert "Praktik Khusus Anggota Saja" in member_client.get(secret.url).content.decode()
    member_client.get("/praktik-baik/")

    for _ in range(2):
        response = anonymous.get(secret.url)
        assert response.status_code == 302
        assert "Praktik Khusus Anggota Saja" not in anonymous.get("/praktik-baik/").content.decode()


def test_a_page_made_members_only_after_it_was_cached_is_no_longer_served(anonymous, practice):
    anonymous.get(practice.url)
    anonymous.get(practice.url)

    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)

    assert anonymous.get(practice.url).status_code == 302
    assert "Posyandu Digital Kota Uji" not in anonymous.get("/praktik-baik/").content.decode()


def test_a_password_protected_page_is_not_stored(anonymous, practice):
    PageViewRestriction.objects.create(
        page=practice,
        restriction_type=PageViewRestriction.PASSWORD,
        password="rahasia",  # noqa: S106
    )
    anonymous.get(practice.url)
    response, hit = served_from_cache(anonymous, practice.url)

    assert not hit
    assert "Posyandu Digital Kota Uji" not in response.content.decode()


def test_a_bump_from_another_app_expires_the_pages_that_depend_on_it(anonymous, practice):
    anonymous.get(practice.url)
    assert served_from_cache(anonymous, practice.url)[1]

    page_cache.bump("forum")

    assert not served_from_cache(anonymous, practice.url)[1]
    assert served_from_cache(anonymous, "/anggota/")[1] is False  # first view: nothing to expire
    page_cache.bump("forum")
    assert served_from_cache(anonymous, "/anggota/")[1]  # the directory does not show the forum


def test_each_language_and_time_zone_has_its_own_cached_page(client_factory, practice):
    indonesian, english, papua = client_factory(), client_factory(), client_factory()
    english.cookies["django_language"] = "en"
    papua.cookies["simpul_tz"] = "Asia/Jayapura"
    indonesian.get("/")
    indonesian.get("/")

    assert ">Home</a>" in english.get("/").content.decode()
    assert 'value="Asia/Jayapura" selected' in papua.get("/").content.decode()
    assert ">Beranda</a>" in indonesian.get("/").content.decode()


def test_a_reader_with_messages_waiting_gets_a_fresh_page(anonymous, practice):
    anonymous.get("/")
    anonymous.get("/")
    anonymous.cookies["messages"] = "anything"

    assert not served_from_cache(anonymous, "/")[1]


def test_anonymous_pages_carry_no_csrf_token_and_set_no_cookie(anonymous, practice):
    for path in ("/", practice.url, "/praktik-baik/", "/tag/posyandu/", "/anggota/"):
        response = anonymous.get(path)
        assert "csrfmiddlewaretoken" not in response.content.decode(), path
        assert not response.cookies, path


def test_the_footer_preferences_still_work_without_a_token(client_factory):
    strict = client_factory(enforce_csrf_checks=True)

    assert strict.post("/bahasa/", {"language": "en", "next": "/"}).status_code == 302
    assert strict.post("/zona-waktu/", {"time_zone": "Asia/Makassar", "next": "/"}).status_code == 302
    assert strict.cookies["simpul_tz"].value == "Asia/Makassar"


def test_cached_pages_tell_browsers_and_proxies_how_they_vary(anonymous, practice):
    anonymous.get(practice.url)
    response = anonymous.get(practice.url)

    assert "public" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_unknown_query_parameters_neither_fill_the_cache_nor_bypass_it(anonymous, practice):
    anonymous.get("/praktik-baik/")
    for number in range(20):
        response, hit = served_from_cache(anonymous, f"/praktik-baik/?utm_source=x{number}&acak={number}")
        assert response.status_code == 200 and hit

    assert len(page_entries()) == 1


def test_over_long_values_are_dropped_from_the_key(anonymous, practice):
    anonymous.get("/praktik-baik/?tag=posyandu")
    for number in range(5):
        response = anonymous.get(f"/praktik-baik/?tag={'x' * 5000}{number}")
        assert response.status_code == 200

    assert len(page_entries()) == 2  # ?tag=posyandu, and the index without a filter


def test_the_allowed_parameters_still_filter_and_page(anonymous, practice):
    make_practice("Bank Sampah Sekolah", tags=["sampah"])
    anonymous.get("/praktik-baik/")
    filtered = anonymous.get("/praktik-baik/?tag=sampah&abaikan=1").content.decode()

    assert "Bank Sampah Sekolah" in filtered
    assert "Posyandu Digital Kota Uji" not in filtered
    assert "abaikan" not in filtered  # the footer's `next` shows the URL the page was rendered for


def test_the_printable_version_is_cached_apart_from_the_normal_one(anonymous, practice):
    anonymous.get(practice.url)
    anonymous.get(practice.url)

    assert "printable" in anonymous.get(practice.url, {"cetak": 1}).content.decode()
    assert "printable" not in anonymous.get(practice.url).content.decode()


@pytest.mark.parametrize("broken", [REDIS_DOWN, DISK_BROKEN], ids=["redis down", "disk broken"])
@pytest.mark.parametrize("path", ["/", "/praktik-baik/", "/anggota/", "/akun/login/"])
def test_pages_are_still_served_when_the_cache_is_down(anonymous, practice, settings, path, broken):
    settings.CACHES = broken

    for _ in range(2):
        response = anonymous.get(path)
        assert response.status_code == 200
        assert response.get("X-Simpul-Cache") != "hit"


def test_a_practice_page_is_still_served_and_counted_when_the_cache_is_down(anonymous, practice, settings):
    settings.CACHES = REDIS_DOWN

    assert anonymous.get(practice.url).status_code == 200
    assert anonymous.get(practice.url).status_code == 200
    practice.refresh_from_db()
    assert practice.view_count == 2


@pytest.mark.parametrize("hit", [False, True])
def test_html_is_sent_compressed_to_browsers_that_accept_gzip(anonymous, practice, hit):
    if hit:
        anonymous.get("/praktik-baik/")
    response = anonymous.get("/praktik-baik/", HTTP_ACCEPT_ENCODING="gzip, deflate")

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert "Posyandu Digital Kota Uji" in gzip.decompress(response.content).decode()
    assert len(response.content) < len(anonymous.get("/praktik-baik/").content)


def test_switching_the_page_cache_off_serves_every_page_fresh(anonymous, practice, settings):
    settings.SIMPUL_PAGE_CACHE_ENABLED = False
    anonymous.get(practice.url)

    assert not served_from_cache(anonymous, practice.url)[1]
    assert PracticePage.objects.get(pk=practice.pk).view_count == 2


def test_views_are_written_in_batches_and_still_order_the_most_viewed(anonymous, settings):
    settings.SIMPUL_VIEW_COUNT_FLUSH_SECONDS = 3600
    settings.SIMPUL_PAGE_CACHE_ENABLED = False
    rarely = make_practice("Praktik Jarang Dibaca")
    often = make_practice("Praktik Sering Dibaca")
    try:
        anonymous.get(rarely.url)
        for _ in range(3):
            anonymous.get(often.url)
        assert PracticePage.objects.get(pk=often.pk).view_count == 0  # not written on every read
    finally:
        view_counts.flush()

    assert PracticePage.objects.get(pk=often.pk).view_count == 3
    assert PracticePage.objects.get(pk=rarely.pk).view_count == 1
    listing = anonymous.get("/praktik-baik/?urutan=dilihat").content.decode()
    assert listing.index("Praktik Sering Dibaca") < listing.index("Praktik Jarang Dibaca")


class _FullCache(LocMemCache):
    """A cache that refuses every write, as a Redis at its memory limit (noeviction) does."""

    def _refuse(self, *args, **kwargs):
        raise OSError("OOM command not allowed when used memory > 'maxmemory'")

    set = add = set_many = incr = touch = _refuse


class FullTolerantCache(TolerantCacheMixin, _FullCache):
    pass


# Settings always configure the tolerant backends (production.py's cache_from_url): Wagtail's own
# site-root cache would fail on a plain one.
FULL = {"default": {"BACKEND": "tests.community.test_page_cache.FullTolerantCache"}}
TINY = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5}}
}


def test_random_values_of_an_allowed_parameter_fill_at_most_the_variant_budget(anonymous, practice, settings):
    settings.SIMPUL_PAGE_CACHE_MAX_VARIANTS = 5
    anonymous.get("/praktik-baik/?tag=posyandu")  # a variant readers share, stored first
    for number in range(30):
        response = anonymous.get(f"/praktik-baik/?tag=acak-{number}")
        assert response.status_code == 200

    entries = page_entries()
    assert len(entries) == 5  # ?tag=posyandu and four random ones; the rest rendered, not stored
    response, hit = served_from_cache(anonymous, "/praktik-baik/?tag=posyandu")
    assert hit and "Posyandu Digital Kota Uji" in response.text
    response, hit = served_from_cache(anonymous, "/praktik-baik/?tag=acak-29")
    assert response.status_code == 200 and not hit


def test_the_variant_budget_opens_again_when_the_content_changes(anonymous, practice, settings):
    settings.SIMPUL_PAGE_CACHE_MAX_VARIANTS = 2
    for number in range(4):
        anonymous.get(f"/praktik-baik/?tag=acak-{number}")
    assert not served_from_cache(anonymous, "/praktik-baik/?tag=acak-3")[1]
    page_cache.bump("pages")
    anonymous.get("/praktik-baik/?tag=acak-3")

    assert served_from_cache(anonymous, "/praktik-baik/?tag=acak-3")[1]


@pytest.mark.parametrize("cache_settings", [FULL, TINY], ids=["full", "tiny"])
def test_pages_are_still_served_right_when_the_cache_is_full(
    client_factory, practice, member, settings, cache_settings
):
    settings.CACHES = cache_settings
    anonymous = client_factory()
    paths = [
        "/",
        "/praktik-baik/",
        practice.url,
        "/tag/posyandu/",
        "/anggota/",
        f"/anggota/{member.username}/",
    ]
    for _round in range(2):
        for path in paths:
            response = anonymous.get(path)
            assert response.status_code == 200, path
    make_practice("Praktik Baru Setelah Penuh", tags=["posyandu"])
    assert "Praktik Baru Setelah Penuh" in anonymous.get("/praktik-baik/").text
    signed_in = client_factory()
    signed_in.force_login(member)
    assert signed_in.get("/").status_code == 200
