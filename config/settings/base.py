"""Settings shared by every environment. Wiring only: no secrets here."""

from pathlib import Path

from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from config.search_backends import whoosh_backend

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    "community",
    "forum",
    "forum.notifications",
    "forum.moderation",
    "forum.sessions",
    "django_tasks",
    # The database queue for django-tasks (production's TASKS backend); its
    # table exists everywhere so any environment can switch to it.
    "django_tasks_db",
    "search.apps.SearchConfig",
    # Before Wagtail: for msgids both translate ("Password", "Email"),
    # allauth's Indonesian wording fits the sign-up and sign-in pages.
    "allauth",
    "allauth.account",
    "wagtail.contrib.forms",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # After wagtail.search: takes over its save/delete handlers (search.indexing).
    "search.indexing.apps.SearchIndexingConfig",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Compresses HTML when no proxy does (its random padding blunts BREACH);
    # static files come compressed from WhiteNoise, which production puts
    # right after SecurityMiddleware, before this.
    "django.middleware.gzip.GZipMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "community.middleware.SimpulCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "community.middleware.IndonesianFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "community.middleware.MemberTimezoneMiddleware",
    "community.throttle.ThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes must come after authentication so it sees its outcome.
    "axes.middleware.AxesMiddleware",
    # Last: a cached page passes through every middleware above like a rendered one.
    "community.page_cache.middleware.AnonymousPageCacheMiddleware",
]

# Response headers. Django's SecurityMiddleware sends X-Content-Type-Options:
# nosniff, Referrer-Policy and Cross-Origin-Opener-Policy (stated here so a
# change is deliberate); production.py adds HSTS and secure cookies.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views lift this for themselves.

# Content-Security-Policy (django-csp): the public site runs only our own
# files: no inline script or style, no plugins, forms post only to us.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin (editors only, behind sign-in) still writes inline
# scripts and styles (wagtail/wagtail#1288): community.middleware.SimpulCSPMiddleware
# gives the paths below this looser policy, and only those.
SIMPUL_ADMIN_CSP_PATH_PREFIXES = ("/admin/",)
SIMPUL_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        # The editor's live preview frames admin URLs.
        "frame-ancestors": [SELF],
    },
}
# Permissions-Policy (django-permissions-policy): nothing on Simpul needs the
# camera, the microphone or the reader's location; say so to the browser.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "forum.notifications.context_processors.unread_notifications",
                "community.context_processors.admin_access",
            ],
        },
    },
]

# SQLite in WAL mode under var/ by default; DATABASE_URL selects another
# database (see production.py).
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "db.sqlite3",
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses locked-out credentials before any other backend.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Language and time: Indonesian first; times stored in UTC and shown in
# each member's zone (WIB by default).
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_wagtail"]  # first wins: ours, then Wagtail admin
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Forum attachments stay outside MEDIA_ROOT: they are served only through a
# view that checks who may read the post (forum.attachments).
SIMPUL_FORUM_ATTACHMENTS_ROOT = VAR_DIR / "forum-attachments"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

SITE_ID = 1

# Accounts (django-allauth): e-mail is the identity, verified before use.
LOGIN_URL = "account_login"
# A member whose profile is still empty is sent to it instead (SimpulAccountAdapter).
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Simpul] "
ACCOUNT_RATE_LIMITS = {
    # Sign-up floods: at most 5 accounts an hour from one address.
    "signup": "5/h/ip",
    # Per account, looser than django-axes (AXES_FAILURE_LIMIT) so that axes,
    # not this limit, refuses the sixth attempt, with its lockout page.
    "login_failed": "10/m/ip,10/5m/key",
    "reset_password": "5/m/ip,3/m/key",
    "confirm_email": "1/3m/key",
}
ACCOUNT_ADAPTER = "community.accounts.SimpulAccountAdapter"
ACCOUNT_FORMS = {
    "signup": "community.accounts.SimpulSignupForm",
    "login": "community.accounts.SimpulLoginForm",
}

# Brute-force protection (django-axes): five failures lock the pair
# (username, address) for half an hour.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "login"
AXES_USERNAME_CALLABLE = "community.accounts.axes_username"
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_RESET_ON_SUCCESS = True
# The lockout answers like every other limit: 429 with Retry-After (community.throttle).
AXES_LOCKOUT_CALLABLE = "community.throttle.axes_lockout"

# Simpul's own limits (community.throttle): views listed by URL name, and a
# scope's rate here overrides the one given in code ({"forum-post": "20/h"}).
# Generous: a whole office often shares one address; suggestions follow typing.
SIMPUL_THROTTLED_VIEWS = {
    "search:search": {"scope": "search", "rate": "120/m", "key": "ip"},
    "search:suggestions": {"scope": "search-suggestions", "rate": "300/m", "key": "ip"},
}
SIMPUL_THROTTLE_RATES = {}

DEFAULT_FROM_EMAIL = "Simpul <noreply@simpul.local>"

# Wagtail
WAGTAIL_SITE_NAME = "Simpul"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# Whoosh under var/; production and the test run choose another by
# SIMPUL_SEARCH_BACKEND (config/search_backends.py).
WAGTAILSEARCH_BACKENDS = {"default": whoosh_backend(VAR_DIR / "index")}
# Equivalents derived from data, merged under the editors' synonyms (search.models.editor_synonyms).
SIMPUL_SEARCH_SYNONYM_SOURCES = ["community.search_vocabulary.agency_synonyms"]
# What the site search at /cari/ searches, ranked together.
SIMPUL_SEARCH_MODELS = ["community.PracticePage", "forum.Thread", "forum_sessions.SessionPage"]
# Demo content of other apps, loaded by community's seed_demo after its own (see that command).
SIMPUL_DEMO_LOADERS = ["forum.demo.load", "forum.sessions.demo.load"]
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "txt",
    "csv",
    "zip",
    "jpg",
    "jpeg",
    "png",
]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
TAGGIT_CASE_INSENSITIVE = True

# Tasks (search indexing, e-mail) run in the web process right after the
# request's transaction commits, so they never hold SQLite's write lock.
TASKS = {"default": {"BACKEND": "community.task_backends.ImmediateAfterCommitBackend"}}

# Forum rate limits (forum.moderation.limits): accounts younger than this many
# days post at most this many threads and replies an hour; every member flags
# at most this many posts an hour. Over a limit: HTTP 429 with Retry-After.
SIMPUL_FORUM_NEW_ACCOUNT_DAYS = 3
SIMPUL_FORUM_NEW_ACCOUNT_POSTS_PER_HOUR = 5
SIMPUL_FORUM_FLAGS_PER_HOUR = 10

# Rate limits, the anonymous page cache (community.page_cache) and values
# kept between publishes. A file cache needs nothing installed; production
# selects Redis or Memcached with SIMPUL_CACHE_URL (see production.py).
CACHES = {
    "default": {
        # Django's file cache, but a full or unwritable disk reads as an empty cache, not a 500.
        "BACKEND": "community.cache_backends.TolerantFileBasedCache",
        "LOCATION": VAR_DIR / "cache",
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
}
# Sessions stay in the database (the source of truth, shared by every worker) and
# are read through the cache: a member's page does not query the session table.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SIMPUL_PAGE_CACHE_ENABLED = True
SIMPUL_PAGE_CACHE_TIMEOUT = 10 * 60  # the longest a cached page lives without any change
SIMPUL_VIEW_COUNT_FLUSH_SECONDS = 30
# Searches for the editors' report are counted in memory and written as often (search/models.py).
SIMPUL_SEARCH_LOG_FLUSH_SECONDS = 30

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
TAGGIT_TAGS_FROM_STRING = "community.tagging.parse_tags"
