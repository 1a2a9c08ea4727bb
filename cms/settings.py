"""Trayecto settings: everything comes from environment variables.

With nothing set you get the embedded set-up (SQLite file, local-memory cache,
Celery tasks run in-process, media on local disk). Production sets
DATABASE_URL, REDIS_URL, SECRET_KEY and ALLOWED_HOSTS; see README.md.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
TESTING = "PYTEST_VERSION" in os.environ

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if os.environ.get("DATABASE_URL") and not (DEBUG or TESTING):
        raise ImproperlyConfigured("Set SECRET_KEY: a deployment must keep its sessions stable.")
    # Embedded runs only: a throwaway key, so no secret is ever committed.
    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "curriculum",
    "councils",
    "progress",
    "network",
    "insights",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks.backends.immediate",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages travel compressed on slow connections. Django pads each gzip response with
    # random bytes (since 4.2), the BREACH mitigation, and CSRF tokens are masked per response.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "cms.middleware.SharedDeviceMiddleware",
    "cms.middleware.SecurityHeadersMiddleware",
    # Last: it must know who asks (session, auth, messages) and it answers before Wagtail.
    "cms.page_cache.AnonymousPageCacheMiddleware",
    # On a miss there: the site, its settings and the page's route, from the cache.
    "cms.frame_cache.FrameCacheMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "cms.User"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "trayecto"),
            # A Redis outage costs speed, not a hung request: fail fast and serve uncached.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous public pages are kept this long at most (cms.page_cache); every change to
# the pages makes them stale at once anyway. 0 turns the page cache off; the test suite
# runs without it (tests read response.context), tests/cms/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0" if TESTING else "600"))
# Every page's frame (site, route, menu, language links, settings; cms.frame_cache) is
# kept under the same generation, for signed-in visitors too, tests included. 0 turns it off.
FRAME_CACHE_SECONDS = int(os.environ.get("FRAME_CACHE_SECONDS", "600"))

# --- Background work ---------------------------------------------------------
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL) or "memory://"
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "") or None
# Without a broker, tasks run in-process so a newcomer needs nothing but Python.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
# A task is acknowledged once done: a worker killed midway leaves it to the next worker
# (the tasks are idempotent). The visibility timeout is how long Redis waits for that.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A broker that is down must not hang a request: publishing gives up within about two
# seconds, and the outbox (progress.PendingRecompute) keeps what was not enqueued.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 1,
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600")),
}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "America/Caracas"
CELERY_BEAT_SCHEDULE = {
    "refresh-all-study-paths-nightly": {
        "task": "curriculum.tasks.refresh_all_study_paths",
        "schedule": 60 * 60 * 24,
    },
    "recompute-pending-records": {
        # The outbox: recomputes a broker outage kept from being enqueued.
        "task": "progress.tasks.recompute_pending",
        "schedule": 60 * 5,
    },
    "facilitated-sessions-count-daily": {
        "task": "progress.tasks.recompute_recent_facilitators",
        "schedule": 60 * 60 * 6,
    },
    "forget-old-login-failures-hourly": {
        "task": "cms.tasks.forget_old_login_failures",
        "schedule": 60 * 60,
    },
    "insights-rebuild-nightly": {
        # Every summary the dashboards read, rebuilt from the events (idempotent).
        "task": "insights.tasks.rebuild_all",
        "schedule": 60 * 60 * 24,
    },
    "session-reminders-daily": {
        "task": "councils.tasks.send_session_reminders",
        # Every hour: the unique (session, person) reminder makes repeats harmless,
        # and a missed run (server down at night) is caught up by the next one.
        "schedule": 60 * 60,
    },
    "purge-erased-councils-hourly": {
        # Councils whose 7-day grace period after an erase request is over.
        "task": "councils.tasks.purge_councils_due",
        "schedule": 60 * 60,
    },
}

# Wagtail's own background jobs (search index updates, reference index) go
# through django-tasks; they run in the request, in every set-up.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Accounts ----------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:profile"
LOGOUT_REDIRECT_URL = "/"
# Lock a login name *from one client* after AXES_FAILURE_LIMIT failures in an hour (a stranger
# elsewhere cannot lock its owner out), and one client across all names after
# AXES_CLIENT_FAILURE_LIMIT (password spraying; higher, as many people share an address).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "8"))
AXES_CLIENT_FAILURE_LIMIT = int(os.environ.get("AXES_CLIENT_FAILURE_LIMIT", "40"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "cms.security.LoginAttemptHandler"
AXES_ENABLED = env_bool("AXES_ENABLED", not TESTING)
# No raw IP address is stored: axes sees a keyed hash of it that changes daily.
AXES_CLIENT_IP_CALLABLE = "cms.security.hashed_client"
AXES_DISABLE_ACCESS_LOG = True
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
# "Shared device" logins end when the browser closes or after this long without a request.
SHARED_DEVICE_IDLE_SECONDS = 2 * 60 * 60
RECOVERY_CODE_COUNT = 8

# --- Languages -----------------------------------------------------------------
LANGUAGE_CODE = "es"
LANGUAGES = [("es", "Español"), ("en", "English")]
# First and only: project catalogues win over every app's, so locale/ can reword Django's
# own messages (tú instead of usted; see cms/auth_messages.py).
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Caracas")

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True

# --- Files ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt", "epub", "ods", "xlsx", "odp", "pptx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 8 * 1024 * 1024

# --- Wagtail -------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Trayecto"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL full-text configuration: Spanish stemming for the main language.
        "SEARCH_CONFIG": os.environ.get("SEARCH_CONFIG", "trayecto_spanish"),
    }
}
WAGTAILEMBEDS_FINDERS = []  # embeds would fetch from third parties
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to a third party
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_RECENT_EDITS_LIMIT = 5

# --- Security and privacy --------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
# Sessions stay in the database only (Django's default engine, said here on purpose):
# ``cached_db`` would save a query per signed-in page, but a logout while Redis is away
# would leave the session readable in the cache once Redis is back.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG and not TESTING)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
BEHIND_HTTPS_PROXY = env_bool("BEHIND_HTTPS_PROXY")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_HTTPS_PROXY else None
# Behind HTTPS: plain HTTP is redirected, and browsers are told to use HTTPS only (HSTS).
SECURE_SSL_REDIRECT = BEHIND_HTTPS_PROXY
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", 31536000 if BEHIND_HTTPS_PROXY else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading is a public, hard-to-undo request to browser makers: the operator opts in.
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD")
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS.append("security.W021")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No page is ever framed; Wagtail's own preview overrides this with SAMEORIGIN for its iframe.
X_FRAME_OPTIONS = "DENY"
# cms.middleware.SecurityHeadersMiddleware: browser features no page of ours uses.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
    "browsing-topics=()"
)
CONTENT_SECURITY_POLICY = {
    # The Wagtail admin ships inline scripts of its own; the public site does not.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "trayecto@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}

LIBRARY_PAGE_SIZE = 12
