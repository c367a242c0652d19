"""``manage.py check --deploy`` passes clean under production settings, which come from the environment."""

import secrets
import subprocess
import sys

import pytest
from django.conf import settings as django_settings


def _check_deploy(**env):
    production = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "archive.example.org",
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=production | env,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_defaults_pass_the_deploy_check_without_a_warning():
    result = _check_deploy()

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "warning"),
    [
        ({"DJANGO_HSTS_SECONDS": "0"}, "security.W004"),
        ({"DJANGO_SSL_REDIRECT": "0"}, "security.W008"),
        ({"DJANGO_SECURE_COOKIES": "0"}, "security.W012"),
    ],
)
def test_switching_a_protection_off_in_the_environment_shows_in_the_deploy_check(env, warning):
    result = _check_deploy(**env)

    assert result.returncode != 0
    assert warning in result.stderr


@pytest.mark.parametrize("value", ["yes please", "-"])
def test_a_malformed_value_stops_the_start(value):
    result = _check_deploy(DJANGO_HSTS_SECONDS=value)

    assert result.returncode != 0
    assert "DJANGO_HSTS_SECONDS must be an integer" in result.stderr


def test_plain_http_is_redirected_to_https_except_the_health_check(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/en/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/"

    assert client.get("/healthz").status_code == 200


def test_behind_a_proxy_that_says_https_nothing_is_redirected(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

    response = client.get("/en/", headers={"x-forwarded-proto": "https"})

    assert response.status_code == 200
    assert response["Strict-Transport-Security"].startswith(f"max-age={settings.SECURE_HSTS_SECONDS}")
