"""Settings for the test suite: production-like (DEBUG off), fast hashing, local mail."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "0")
# The test client speaks plain HTTP (tests/security/test_deploy_check.py checks the redirect).
os.environ.setdefault("DJANGO_SSL_REDIRECT", "0")

from django.core.exceptions import ImproperlyConfigured  # noqa: E402

from .settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="madeni-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files from the app folders, as runserver does: tests need no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests build records directly and read pages at once: the page cache is tested on its own.
MADENI_PAGE_CACHE_SECONDS = 0
# Jobs run inline unless a test switches to the queue; its Redis database is the tests' own, one
# per pytest-xdist worker (gw0 14, gw1 13…) so that no worker empties another's queue. (15 is
# tests/ops/test_scale_out.py's.)
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
if _WORKER > 13:
    raise ImproperlyConfigured(f"No Redis test database is left for pytest-xdist worker gw{_WORKER}: use -n 14 or less")
RQ_QUEUES = {"default": {"URL": f"redis://127.0.0.1:6379/{14 - _WORKER}", "DEFAULT_TIMEOUT": 60}}
# The suite makes many API requests from one address; tests/api/test_throttle.py lowers it.
MADENI_API_ANON_RATE = "100000/minute"
