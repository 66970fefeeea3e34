"""Settings for benchmarks: the test settings on a throwaway SQLite database.

bench/benchsite.py sets SIMPUL_BENCH_DIR to a fresh temporary directory
before Django starts. DATABASE_URL is deliberately ignored: a benchmark
generates hundreds of members and must never write them into a real database.
"""

import os
from pathlib import Path

from config.settings.base import DATABASES as BASE_DATABASES
from config.settings.test import *  # noqa: F403
from config.settings.test import WAGTAILSEARCH_BACKENDS

BENCH_DIR = Path(os.environ["SIMPUL_BENCH_DIR"])

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BENCH_DIR / "bench.sqlite3",
        "OPTIONS": dict(BASE_DATABASES["default"]["OPTIONS"]),
    }
}
MEDIA_ROOT = BENCH_DIR / "media"
STATIC_ROOT = BENCH_DIR / "static"
# Serve the project's own static files through WhiteNoise without
# collectstatic, so page_weight.py fetches CSS and icons like a browser would.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A search backend that keeps an index on disk keeps it in the bench directory.
WAGTAILSEARCH_BACKENDS = {
    name: {**backend, "PATH": str(BENCH_DIR / f"index-{name}")} if "PATH" in backend else backend
    for name, backend in WAGTAILSEARCH_BACKENDS.items()
}
