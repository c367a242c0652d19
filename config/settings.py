"""Madeni settings, read from the environment.

Development needs no configuration: SQLite in the project folder, DEBUG on only
when asked for. Production (DJANGO_DEBUG unset or 0) refuses to start without a
secret key and allowed hosts.
"""

import datetime
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from None


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if not SECRET_KEY:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS is required when DJANGO_DEBUG is off.")
    if "*" in ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS may not contain '*' in production.")

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    "archive.apps.MadeniAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "archive",
    "editorial",
    "ops",
    "django_rq",
    "oai",
    "maps",
    "iiif",
    "exchange",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "api",
    "citations",
    # Development tools, no models: the demo archive (loaddemo) and the benchmarks.
    "demo",
    "benchmark",
]

MIDDLEWARE = [
    "ops.requestid.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # CORS headers for /api/ only (CORS_URLS_REGEX below), before anything that may answer.
    "corsheaders.middleware.CorsMiddleware",
    "archive.middleware.ContentSecurityPolicyMiddleware",
    "archive.middleware.RefuseNulBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "archive.middleware.VerifiedStaffOnlyMiddleware",
    "ops.routers.ReplicaMiddleware",
    "ops.pagecache.PageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so that it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

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
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite in the project folder unless DATABASE_URL names another database
# (postgres:// and postgresql:// both work).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several people write at once (two editors, a double publish, share-link views). WAL lets
    # readers go on while one request writes; IMMEDIATE takes the write lock when a transaction
    # begins, so none fails half-way upgrading a read lock ("database is locked"); the timeout
    # (seconds) makes the others wait their turn. Then the version check decides, as on PostgreSQL.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "admin:login"

# Editorial workflow: a record's last author may not approve or publish it themselves
# (superusers may, giving a reason kept in the audit log).
MADENI_SEPARATE_DUTIES = env_bool("MADENI_SEPARATE_DUTIES", True)
# The editors' dashboard marks a record overdue once it has waited this many days for review or
# publication; "recently published" covers this many days too.
MADENI_REVIEW_OVERDUE_DAYS = env_int("MADENI_REVIEW_OVERDUE_DAYS", 7)
MADENI_DASHBOARD_RECENT_DAYS = env_int("MADENI_DASHBOARD_RECENT_DAYS", 7)

# Logins: django-axes locks a username from one address after repeated wrong
# passwords (the lockout page is archive.admin_site.lockout_response); the first
# backend only watches, the second checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("MADENI_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("MADENI_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "archive.admin_site.lockout_response"
# Two-factor login for staff: the admin asks for a TOTP code (devices are managed
# in the admin, under "TOTP devices"; give every staff member one before turning
# this on).
MADENI_STAFF_2FA = env_bool("MADENI_STAFF_2FA", default=False)
OTP_TOTP_ISSUER = "Madeni"

# Internationalisation: English is the source language; Kazakh and Russian are
# first-class; French is welcome.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("kk", _("Kazakh")),
    ("ru", _("Russian")),
    ("fr", _("French")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date formats for readers of an archive (config/formats/<lang>/formats.py).
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
TIME_ZONE = "Asia/Almaty"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "kk", "ru", "fr")
# A missing translation falls back to English first, then to the other
# language most readers of that language also read.
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("en",),
    "kk": ("ru", "en"),
    "ru": ("en", "kk"),
    "fr": ("en",),
}

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Media. Uploads are checked by archive.media.uploads (limits below) and served only
# through archive.media.views, which check visibility: MEDIA_ROOT has no URL.
# DJANGO_STORAGE=s3 keeps them in S3-compatible object storage (private bucket,
# credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) so app servers stay
# stateless; published files are then handed out as short-lived signed URLs.
MADENI_MAX_UPLOAD_MB = env_int("MADENI_MAX_UPLOAD_MB", 40)
MADENI_MAX_IMAGE_PIXELS = env_int("MADENI_MAX_IMAGE_PIXELS", 64_000_000)
# Bulk imports (exchange/importer.py): records per file, and the admin upload's size.
MADENI_IMPORT_MAX_ROWS = env_int("MADENI_IMPORT_MAX_ROWS", 5000)
MADENI_IMPORT_MAX_MB = env_int("MADENI_IMPORT_MAX_MB", 2)
MADENI_PDF_MAX_PAGES = env_int("MADENI_PDF_MAX_PAGES", 2000)
MADENI_PDF_EXTRACT_SECONDS = env_int("MADENI_PDF_EXTRACT_SECONDS", 20)
MADENI_PDF_EXTRACT_MB = env_int("MADENI_PDF_EXTRACT_MB", 512)  # address space of the PDF reader's process
MADENI_EXTRACTED_TEXT_MAX_CHARS = env_int("MADENI_EXTRACTED_TEXT_MAX_CHARS", 5_000_000)
MADENI_FILES_CACHE_SECONDS = env_int("MADENI_FILES_CACHE_SECONDS", 3600)
# How many days history keeps the files of old revisions; unset keeps them for ever. Files that a
# live row, a record's newest (or pending) revision or an active share link names are always kept.
MADENI_FILE_RETENTION_DAYS = env_int("MADENI_FILE_RETENTION_DAYS", None)
MEDIA_STORAGE = os.environ.get("DJANGO_STORAGE", "local").strip().lower() or "local"
if MEDIA_STORAGE == "s3":
    if not os.environ.get("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured("AWS_STORAGE_BUCKET_NAME is required when DJANGO_STORAGE=s3.")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env_int("AWS_QUERYSTRING_EXPIRE", 600),
            "file_overwrite": False,
        },
    }
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured(f"DJANGO_STORAGE must be 'local' or 's3', not {MEDIA_STORAGE!r}")
MADENI_REDIRECT_PUBLISHED_FILES = env_bool("MADENI_REDIRECT_PUBLISHED_FILES", default=MEDIA_STORAGE == "s3")

# Content-Security-Policy on every HTML page (archive.middleware): the public site
# runs no inline script or style at all (JSON-LD is data, which CSP leaves alone).
# Images come from /files/, or from object storage when published files redirect there.
MADENI_CSP_IMG_SRC = [SELF, *env_list("MADENI_CSP_IMG_SRC")]
if MEDIA_STORAGE == "s3" and MADENI_REDIRECT_PUBLISHED_FILES:
    if os.environ.get("AWS_S3_ENDPOINT_URL"):
        endpoint = urlsplit(os.environ["AWS_S3_ENDPOINT_URL"])
        MADENI_CSP_IMG_SRC += [f"{endpoint.scheme}://{endpoint.netloc}", f"{endpoint.scheme}://*.{endpoint.netloc}"]
    else:
        MADENI_CSP_IMG_SRC.append("https://*.amazonaws.com")
PUBLIC_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": MADENI_CSP_IMG_SRC,
    "font-src": [SELF],
    "object-src": [NONE],
    "base-uri": [NONE],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
# The admin's own templates (and the editorial panels) use inline style attributes.
MADENI_ADMIN_URL_PREFIX = "/admin/"
MADENI_ADMIN_CONTENT_SECURITY_POLICY = {"DIRECTIVES": {**PUBLIC_CSP_DIRECTIVES, "style-src": [SELF, UNSAFE_INLINE]}}

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "madeni@localhost")
# The public address of the site, for absolute links in emails (https://madeni.kz).
# Where mail links point; unset, to the address the acting editor used.
SITE_URL = os.environ.get("DJANGO_SITE_URL", "")

# OAI-PMH (/oai/): the repository identifier in every OAI identifier (a domain name; by
# default the host of DJANGO_SITE_URL), the contact shown by Identify, records per page.
# Maps are drawn offline from Natural Earth outlines (maps/). Optionally, each place on a
# map can also link to an outside map server: a URL with {lat} and {lon}, e.g.
# "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=12/{lat}/{lon}". Off by default.
MADENI_MAP_SERVER_URL = os.environ.get("MADENI_MAP_SERVER_URL", "").strip()
if MADENI_MAP_SERVER_URL and not (
    MADENI_MAP_SERVER_URL.startswith(("https://", "http://"))
    and "{lat}" in MADENI_MAP_SERVER_URL
    and "{lon}" in MADENI_MAP_SERVER_URL
):
    raise ImproperlyConfigured("MADENI_MAP_SERVER_URL must be an http(s) URL containing {lat} and {lon}.")

MADENI_OAI_REPOSITORY_ID = os.environ.get("MADENI_OAI_REPOSITORY_ID", "")
MADENI_OAI_ADMIN_EMAIL = os.environ.get("MADENI_OAI_ADMIN_EMAIL", "")
MADENI_OAI_PAGE_SIZE = env_int("MADENI_OAI_PAGE_SIZE", 100)

# The read-only JSON API (api/, /api/v1/): anonymous requests per address, as DRF's rate
# ("120/minute", "5000/day"); any site may read it (CORS for GET only, no credentials).
MADENI_API_ANON_RATE = os.environ.get("MADENI_API_ANON_RATE", "120/minute").strip()
if not re.fullmatch(r"[0-9]+/(s|sec|second|m|min|minute|h|hour|d|day)", MADENI_API_ANON_RATE):
    raise ImproperlyConfigured(f"MADENI_API_ANON_RATE must look like 120/minute, not {MADENI_API_ANON_RATE!r}")
# Behind N proxies that append to X-Forwarded-For, the client's address is the Nth from the end;
# 0 (the default) uses REMOTE_ADDR only, so a client cannot pick its own throttle bucket.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "NUM_PROXIES": env_int("MADENI_API_PROXIES", 0),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Madeni API",
    "DESCRIPTION": "Read-only JSON API of the public archive (see api/__init__.py and the README).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "ProgramKindEnum": "archive.models.Program.Kind",
        "OrganizationKindEnum": "archive.models.Organization.Kind",
        "PlaceKindEnum": "archive.models.Place.Kind",
    },
}
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_EXPOSE_HEADERS = ("ETag",)

# HTTPS. Production redirects plain HTTP to HTTPS (but for the health check) and
# sends HSTS for a year; behind a TLS-terminating proxy that sets
# X-Forwarded-Proto, DJANGO_TRUST_X_FORWARDED_PROTO=1 lets Django see HTTPS.
if env_bool("DJANGO_TRUST_X_FORWARDED_PROTO", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=True)

# Logs go to standard error, one JSON object a line in production (DJANGO_LOG_FORMAT=json, the
# default when DEBUG is off) or plain text, each with the request id (ops.requestid).
LOG_FORMAT = os.environ.get("DJANGO_LOG_FORMAT", "text" if DEBUG else "json").strip().lower()
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured(f"DJANGO_LOG_FORMAT must be json or text, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "ops.requestid.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Several app servers share state through Redis (REDIS_URL, e.g. redis://127.0.0.1:6379/0):
# the cache and the sessions. Without it each process keeps its own memory cache and
# sessions live in the database, which is all the embedded default needs.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "madeni",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole public pages from the cache (ops.pagecache), invalidated on every change the public may
# see; this many seconds at most. Off (0) when debugging.
MADENI_PAGE_CACHE_SECONDS = env_int("MADENI_PAGE_CACHE_SECONDS", 0 if DEBUG else 600)

# Background work (ops.tasks): "rq" sends it to RQ workers through Redis (needs REDIS_URL);
# "inline" (the default) runs it in the request.
MADENI_TASK_QUEUE = os.environ.get("MADENI_TASK_QUEUE", "inline").strip().lower()
if MADENI_TASK_QUEUE not in ("inline", "rq"):
    raise ImproperlyConfigured(f"MADENI_TASK_QUEUE must be inline or rq, not {MADENI_TASK_QUEUE!r}")
if MADENI_TASK_QUEUE == "rq" and not REDIS_URL:
    raise ImproperlyConfigured("MADENI_TASK_QUEUE=rq needs REDIS_URL.")
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 600}}

# A PostgreSQL read replica for public reads (ops.routers); staff and writes use the primary.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60), conn_health_checks=True
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["ops.routers.ReplicaRouter"]

# Error reporting (ops.errors): off unless SENTRY_DSN is set.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
SENTRY_ENVIRONMENT = os.environ.get("SENTRY_ENVIRONMENT", "production")
SENTRY_TRACES_SAMPLE_RATE = float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0") or 0)
