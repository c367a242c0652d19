"""DJANGO_STORAGE picks local files (the default) or S3-compatible object storage."""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]

PROBE = """
import json
from django.conf import settings
import django
django.setup()
from django.core.files.storage import default_storage
print(json.dumps({
    "backend": settings.STORAGES["default"]["BACKEND"],
    "options": settings.STORAGES["default"].get("OPTIONS", {}),
    "redirect": settings.MADENI_REDIRECT_PUBLISHED_FILES,
    "url": default_storage.url("photos/abc.jpg"),
}))
"""


def _run(**env):
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "DJANGO_", "MADENI_"))
    }
    environment |= {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY": "probe",
        "DJANGO_ALLOWED_HOSTS": "archive.example.org",
    } | env
    return subprocess.run(  # noqa: S603  (our own interpreter and code)
        [sys.executable, "-c", PROBE], env=environment, cwd=BASE_DIR, capture_output=True, text=True, timeout=60
    )


def test_local_storage_is_the_default():
    result = _run()
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout)
    assert probe["backend"] == "django.core.files.storage.FileSystemStorage"
    assert probe["redirect"] is False


def test_s3_storage_is_private_and_signs_its_urls():
    result = _run(
        DJANGO_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="madeni-media",
        AWS_S3_ENDPOINT_URL="https://objects.example.net",
        AWS_S3_REGION_NAME="kz-ala-1",
        AWS_ACCESS_KEY_ID="probe-key",
        AWS_SECRET_ACCESS_KEY="probe-secret",  # noqa: S106
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout)
    assert probe["backend"] == "storages.backends.s3.S3Storage"
    assert probe["options"]["default_acl"] == "private"
    assert probe["options"]["file_overwrite"] is False
    assert probe["redirect"] is True
    assert probe["url"].startswith("https://objects.example.net/madeni-media/photos/abc.jpg?")
    assert "Signature" in probe["url"] and "Expires" in probe["url"]


def test_s3_without_a_bucket_refuses_to_start():
    result = _run(DJANGO_STORAGE="s3")
    assert result.returncode != 0
    assert "AWS_STORAGE_BUCKET_NAME is required" in result.stderr


def test_an_unknown_storage_refuses_to_start():
    result = _run(DJANGO_STORAGE="ftp")
    assert result.returncode != 0
    assert "DJANGO_STORAGE must be 'local' or 's3'" in result.stderr
