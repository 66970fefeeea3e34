"""Test settings: fast hashing, in-memory cache and mail, immediate tasks.

DATABASE_URL (set by `make test` for the PostgreSQL run) selects PostgreSQL.
"""

import atexit
import os
import shutil
import tempfile

import dj_database_url

from config.search_backends import search_backends

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Views are written at once, so a test reads them right after the request.
SIMPUL_VIEW_COUNT_FLUSH_SECONDS = 0
SIMPUL_SEARCH_LOG_FLUSH_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def _temporary_directory(prefix):
    """A directory for this process, removed when it exits (not by a forked child)."""
    path = tempfile.mkdtemp(prefix=prefix)
    owner = os.getpid()
    atexit.register(lambda: os.getpid() == owner and shutil.rmtree(path, ignore_errors=True))
    return path


MEDIA_ROOT = _temporary_directory("simpul-test-media-")
SIMPUL_FORUM_ATTACHMENTS_ROOT = _temporary_directory("simpul-test-forum-attachments-")
# One Whoosh index per test process (tests that need a clean index rebuild it);
# SIMPUL_SEARCH_BACKEND=postgres runs the site search on modelsearch's
# PostgreSQL backend instead (make test's PostgreSQL pass does, for tests/search).
WAGTAILSEARCH_BACKENDS = search_backends(index_path=_temporary_directory("simpul-test-index-"))
if WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backends.whoosh":
    WAGTAILSEARCH_BACKENDS["default"]["SYNONYMS_TTL"] = 0
# Tests run inside a transaction that never commits: run tasks at once.
# tests/reliability/test_sqlite_embedded.py runs the after-commit backend of base.py.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(tempfile.gettempdir(), "simpul-test.sqlite3")}
# The indexing queue retries in a background thread on the site; tests drain explicitly.
SIMPUL_SEARCH_QUEUE_RETRY = False
