"""Production: every secret and host comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS. Optional: DATABASE_URL (PostgreSQL),
EMAIL_URL parts (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
EMAIL_USE_TLS), DEFAULT_FROM_EMAIL, SIMPUL_INDEX_PATH, SIMPUL_BASE_URL,
CSRF_TRUSTED_ORIGINS, MEDIA_ROOT, STATIC_ROOT, SIMPUL_SEARCH_BACKEND with
SIMPUL_SEARCH_URLS and SIMPUL_SEARCH_INDEX_PREFIX (config/search_backends.py), SIMPUL_CACHE_URL (redis://,
rediss:// or memcached://host:port; a file cache under var/ without it) or
SIMPUL_CACHE_DIR.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.search_backends import search_backends

from .base import *  # noqa: F403
from .base import CACHES as BASE_CACHES
from .base import DATABASES, MIDDLEWARE, VAR_DIR, WAGTAILSEARCH_BACKENDS


def _env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _env_required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Set the {name} environment variable (see config/settings/production.py)."
        )
    return value


def _env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


DEBUG = _env_bool("DEBUG", False)
SECRET_KEY = _env_required("SECRET_KEY")
ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS")

if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"], conn_max_age=600, conn_health_checks=True
        )
    }


def cache_from_url(url, *, directory):
    """CACHES["default"] for SIMPUL_CACHE_URL: Redis, Memcached, or the file cache when empty.

    All three answer as an empty cache while the server is down (community.cache_backends).
    """
    if not url:
        return {**BASE_CACHES["default"], "LOCATION": directory}
    scheme, _, rest = url.partition("://")
    if scheme in {"redis", "rediss"}:
        return {"BACKEND": "community.cache_backends.TolerantRedisCache", "LOCATION": url}
    if scheme == "memcached":
        return {"BACKEND": "community.cache_backends.TolerantPyMemcacheCache", "LOCATION": rest}
    raise ImproperlyConfigured(
        "SIMPUL_CACHE_URL must start with redis://, rediss:// or memcached:// (see production.py)."
    )


CACHES = {
    "default": cache_from_url(
        os.environ.get("SIMPUL_CACHE_URL", "").strip(),
        directory=os.environ.get("SIMPUL_CACHE_DIR", str(VAR_DIR / "cache")),
    )
}

# WhiteNoise serves the collected, compressed static files right after security.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]

STATIC_ROOT = os.environ.get("STATIC_ROOT", str(VAR_DIR / "static"))
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(VAR_DIR / "media"))
SIMPUL_FORUM_ATTACHMENTS_ROOT = os.environ.get(
    "SIMPUL_FORUM_ATTACHMENTS_ROOT", str(VAR_DIR / "forum-attachments")
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Whoosh under SIMPUL_INDEX_PATH unless SIMPUL_SEARCH_BACKEND chooses PostgreSQL or
# OpenSearch/Elasticsearch (config/search_backends.py).
WAGTAILSEARCH_BACKENDS = search_backends(
    index_path=os.environ.get("SIMPUL_INDEX_PATH", "").strip() or WAGTAILSEARCH_BACKENDS["default"]["PATH"]
)
WAGTAILADMIN_BASE_URL = os.environ.get("SIMPUL_BASE_URL", "https://simpul.example.go.id")

# E-mail and other slow work go through a database queue, worked through by
# `manage.py db_worker` (django-tasks-db); see the README.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Simpul <noreply@simpul.example.go.id>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Behind nginx (or another reverse proxy) the client's address is in
# X-Forwarded-For; trust exactly the proxies we run, so lockouts and rate
# limits count per visitor, not per proxy.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if TRUSTED_PROXY_COUNT else ("REMOTE_ADDR",)
)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
