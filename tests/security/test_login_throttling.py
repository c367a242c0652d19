"""Repeated wrong passwords lock that username from that address for a while (django-axes)."""

import datetime

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from tests.factories import make_user

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def editor(db):
    return make_user("editor", is_superuser=True)


def _login(client, password, *, username="editor", **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def _logged_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_fifty_wrong_passwords_are_answered_only_until_the_limit(client, editor, settings):
    answers = [_login(client, f"wrong{n}").status_code for n in range(50)]

    assert answers.count(200) == settings.AXES_FAILURE_LIMIT - 1
    assert answers.count(429) == 50 - settings.AXES_FAILURE_LIMIT + 1
    assert answers[settings.AXES_FAILURE_LIMIT - 1 :] == [429] * (50 - settings.AXES_FAILURE_LIMIT + 1)


def test_the_right_password_does_not_work_during_the_lockout(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        _login(client, f"wrong{n}")

    response = _login(client, "pw")

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_says_what_happened_and_for_how_long(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = _login(client, f"wrong{n}")

    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "Too many failed logins" in html
    assert f"{settings.AXES_COOLOFF_TIME.seconds // 60} minutes" in html
    assert "Traceback" not in html


def test_the_lockout_page_is_translated(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = _login(client, f"wrong{n}", headers={"accept-language": "ru"})

    assert response.status_code == 429
    html = response.content.decode()
    assert "Слишком много неудачных попыток входа" in html
    minutes = settings.AXES_COOLOFF_TIME.seconds // 60
    assert f"вход в эту учётную запись с вашего адреса приостановлен на {minutes} минут" in html


def test_the_right_password_works_again_after_the_cool_off(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        _login(client, f"wrong{n}")

    with time_machine.travel(timezone.now() + settings.AXES_COOLOFF_TIME + datetime.timedelta(seconds=1)):
        assert _logged_in(_login(client, "pw"))


def test_the_lock_is_for_that_username_from_that_address_only(editor, settings):
    make_user("reviewer")
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    for n in range(settings.AXES_FAILURE_LIMIT):
        _login(attacker, f"wrong{n}")
    assert _login(attacker, "pw").status_code == 429

    assert _logged_in(_login(Client(REMOTE_ADDR="198.51.100.2"), "pw"))
    assert _logged_in(_login(attacker, "pw", username="reviewer"))


def test_a_success_before_the_limit_starts_the_count_again(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        _login(client, f"wrong{n}")
    assert _logged_in(_login(client, "pw"))
    client.logout()

    answers = [_login(client, f"again{n}").status_code for n in range(settings.AXES_FAILURE_LIMIT - 1)]

    assert answers == [200] * (settings.AXES_FAILURE_LIMIT - 1)


def test_the_limit_and_the_cool_off_come_from_the_environment():
    import subprocess
    import sys

    from django.conf import settings

    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.AXES_FAILURE_LIMIT, int(s.AXES_COOLOFF_TIME.total_seconds()))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "1",
        "MADENI_LOGIN_FAILURE_LIMIT": "3",
        "MADENI_LOGIN_COOLOFF_MINUTES": "90",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", "5400"]
