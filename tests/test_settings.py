"""Production settings refuse to start half-configured."""

import subprocess
import sys

import pytest
from django.conf import settings


def _load_settings(**env):
    base = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings"}
    return subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        ],
        env={**base, **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "complaint"),
    [
        ({}, "DJANGO_SECRET_KEY is required"),
        ({"DJANGO_SECRET_KEY": "s"}, "DJANGO_ALLOWED_HOSTS is required"),
        ({"DJANGO_SECRET_KEY": "s", "DJANGO_ALLOWED_HOSTS": "*"}, "may not contain '*'"),
        ({"DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG must be a boolean"),
    ],
)
def test_production_refuses_to_start_without_secret_and_hosts(env, complaint):
    result = _load_settings(**env)
    assert result.returncode != 0
    assert complaint in result.stderr


def test_production_starts_when_configured():
    result = _load_settings(DJANGO_SECRET_KEY="s", DJANGO_ALLOWED_HOSTS="archive.example.org")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_development_needs_no_configuration():
    result = _load_settings(DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
