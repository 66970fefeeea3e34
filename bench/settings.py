"""Settings for benchmarks: the test settings on a throwaway SQLite database.

bench/benchsite.py sets SIMPUL_BENCH_DIR to a fresh temporary directory
before Django starts. DATABASE_URL is deliberately ignored: a benchmark
generates hundreds of members and must never write them into a real database.
"""

import contextlib
import os
from pathlib import Path

from config.settings import test as _test_settings
from config.settings.base import DATABASES as BASE_DATABASES
from config.settings.test import *  # noqa: F403
from config.settings.test import MIDDLEWARE, WAGTAILSEARCH_BACKENDS

BENCH_DIR = Path(os.environ["SIMPUL_BENCH_DIR"])

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BENCH_DIR / "bench.sqlite3",
        "OPTIONS": dict(BASE_DATABASES["default"]["OPTIONS"]),
    }
}
# bench/load.py --postgres, run inside .ci/with-postgres.sh: that script's
# throwaway server (DATABASE_URL), never a real database.
if os.environ.get("SIMPUL_BENCH_POSTGRES") == "1":
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
if os.environ.get("SIMPUL_BENCH_USE_DATABASE_URL") == "1" and os.environ.get("DATABASE_URL"):
    # Only bench/relevance_set.py sets this, for the throwaway server .ci/with-postgres.sh starts.
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
MEDIA_ROOT = BENCH_DIR / "media"
STATIC_ROOT = BENCH_DIR / "static"
# Serve static files through WhiteNoise, as production does (right after the
# security middleware), but from the finders: no collectstatic needed, and
# page_weight.py fetches CSS, scripts and icons like a browser would.
WHITENOISE = "whitenoise.middleware.WhiteNoiseMiddleware"
if WHITENOISE not in MIDDLEWARE:
    _after = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
    MIDDLEWARE = [*MIDDLEWARE[:_after], WHITENOISE, *MIDDLEWARE[_after:]]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A search backend that keeps an index on disk keeps it in the bench directory.
WAGTAILSEARCH_BACKENDS = {
    name: {**backend, "PATH": str(BENCH_DIR / f"index-{name}")} if "PATH" in backend else backend
    for name, backend in WAGTAILSEARCH_BACKENDS.items()
}

# The test settings make empty temporary directories for media and the index
# when imported; the bench uses its own, so leave nothing behind in /tmp.
for _unused in [
    _test_settings.MEDIA_ROOT,
    *(b.get("PATH") for b in _test_settings.WAGTAILSEARCH_BACKENDS.values()),
]:
    if _unused:
        with contextlib.suppress(OSError):
            os.rmdir(_unused)  # removes only an empty directory: mkdtemp's, made a moment ago

ROOT_URLCONF = "bench.urls"
# One cache shared by the bench process and its gunicorn workers, as in
# production (a file cache by default); SIMPUL_BENCH_PAGE_CACHE=0 switches
# the anonymous page cache off for the "cold" server.
CACHES = {
    "default": {
        "BACKEND": "community.cache_backends.TolerantFileBasedCache",
        "LOCATION": str(BENCH_DIR / "cache"),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
}
SIMPUL_PAGE_CACHE_ENABLED = os.environ.get("SIMPUL_BENCH_PAGE_CACHE", "1") == "1"

# bench/load.py: the site as it runs, not as the tests run it. Tasks (search
# indexing through the queue, e-mail) after the commit in the web process,
# with the queue's retry thread; one address for every simulated member, so
# the per-address search limit is lifted (an office behind one NAT would
# raise it too); members old enough to post freely.
if os.environ.get("SIMPUL_BENCH_AS_DEPLOYED") == "1":
    from config.settings.base import TASKS  # noqa: F401, E402

    SIMPUL_SEARCH_QUEUE_RETRY = True
    SIMPUL_THROTTLED_VIEWS = {}

# A load test from one address: the per-address abuse limits (search: 120/min) would
# answer 429 after the first seconds and the bench would time the refusal page.
SIMPUL_THROTTLE_ENABLED = False
