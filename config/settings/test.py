"""Test settings: fast hashing, in-memory cache and mail, immediate tasks.

DATABASE_URL (set by `make test` for the PostgreSQL run) selects PostgreSQL.
"""

import os
import tempfile

import dj_database_url

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="simpul-test-media-")
SIMPUL_FORUM_ATTACHMENTS_ROOT = tempfile.mkdtemp(prefix="simpul-test-forum-attachments-")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends.whoosh",
        # One index per test process; tests that need a clean index rebuild it.
        "PATH": tempfile.mkdtemp(prefix="simpul-test-index-"),
        "SYNONYMS": "search.models.editor_synonyms",
        "SYNONYMS_TTL": 0,
    }
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(tempfile.gettempdir(), "simpul-test.sqlite3")}
