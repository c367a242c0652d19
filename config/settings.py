"""Madeni settings, read from the environment.

Development needs no configuration: SQLite in the project folder, DEBUG on only
when asked for. Production (DJANGO_DEBUG unset or 0) refuses to start without a
secret key and allowed hosts.
"""

import os
from pathlib import Path

import dj_database_url
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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "archive",
    "editorial",
    "oai",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "admin:login"

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
STATIC_ROOT = BASE_DIR / "staticfiles"
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

# Media. Uploads are checked by archive.uploads (limits below) and served only
# through archive.files, which checks visibility: MEDIA_ROOT has no URL.
# DJANGO_STORAGE=s3 keeps them in S3-compatible object storage (private bucket,
# credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) so app servers stay
# stateless; published files are then handed out as short-lived signed URLs.
MADENI_MAX_UPLOAD_MB = env_int("MADENI_MAX_UPLOAD_MB", 40)
MADENI_MAX_IMAGE_PIXELS = env_int("MADENI_MAX_IMAGE_PIXELS", 64_000_000)
MADENI_PDF_MAX_PAGES = env_int("MADENI_PDF_MAX_PAGES", 2000)
MADENI_PDF_EXTRACT_SECONDS = env_int("MADENI_PDF_EXTRACT_SECONDS", 30)
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

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "madeni@localhost")
# The public address of the site, for absolute links in emails (https://madeni.kz).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000" if DEBUG else "")

# OAI-PMH (/oai/): the repository identifier in every OAI identifier (a domain name; by
# default the host of DJANGO_SITE_URL), the contact shown by Identify, records per page.
MADENI_OAI_REPOSITORY_ID = os.environ.get("MADENI_OAI_REPOSITORY_ID", "")
MADENI_OAI_ADMIN_EMAIL = os.environ.get("MADENI_OAI_ADMIN_EMAIL", "")
MADENI_OAI_PAGE_SIZE = env_int("MADENI_OAI_PAGE_SIZE", 100)

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
