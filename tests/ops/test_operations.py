"""Readiness, request ids in responses and logs, JSON logs, and optional error reporting."""

import json
import logging
from unittest import mock

import pytest
from django.db import DatabaseError

from ops import errors

pytestmark = pytest.mark.django_db


def test_readiness_answers_200_when_database_cache_and_storage_answer(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"ready": True, "checks": {"database": "ok", "cache": "ok", "storage": "ok"}}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("target", "failure", "name"),
    [
        ("ops.views._database", DatabaseError("gone"), "database"),
        ("ops.views.cache.set", ConnectionError("redis is down"), "cache"),
        ("ops.views.default_storage.exists", OSError("bucket unreachable"), "storage"),
    ],
)
def test_readiness_answers_503_naming_what_fails(client, target, failure, name):
    with mock.patch(target, side_effect=failure):
        response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"][name] == "failing"
    assert response.json()["ready"] is False


def test_liveness_stays_at_healthz(client):
    assert client.get("/healthz").content == b"ok\n"


def test_every_response_carries_a_request_id(client):
    first, second = client.get("/healthz"), client.get("/healthz")

    assert len(first["X-Request-ID"]) == 32 and first["X-Request-ID"] != second["X-Request-ID"]


def test_a_proxy_request_id_is_kept_and_a_hostile_one_replaced(client):
    kept = client.get("/healthz", headers={"X-Request-ID": "lb-1234abcd"})
    replaced = client.get("/healthz", headers={"X-Request-ID": "<script>alert(1)</script>"})

    assert kept["X-Request-ID"] == "lb-1234abcd"
    assert replaced["X-Request-ID"] != "<script>alert(1)</script>" and len(replaced["X-Request-ID"]) == 32


def test_log_lines_are_json_with_the_request_id(client, capsys):
    from django.conf import settings

    handler = logging.StreamHandler()
    config = settings.LOGGING
    handler.setFormatter(logging.config.DictConfigurator(config).configure_formatter(config["formatters"]["json"]))
    handler.addFilter(logging.config.DictConfigurator(config).configure_filter(config["filters"]["request_id"]))
    logger = logging.getLogger("ops.views")
    logger.addHandler(handler)
    try:
        with mock.patch("ops.views._database", side_effect=DatabaseError("gone")):
            response = client.get("/readyz", headers={"X-Request-ID": "trace-0001abcd"})
    finally:
        logger.removeHandler(handler)

    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert response["X-Request-ID"] == "trace-0001abcd"
    assert line["request_id"] == "trace-0001abcd"
    assert line["level"] == "WARNING" and "database" in line["message"]


def test_error_reporting_starts_only_with_a_dsn(settings):
    settings.SENTRY_DSN = ""
    with mock.patch("sentry_sdk.init") as init:
        assert errors.configure() is False
    init.assert_not_called()

    settings.SENTRY_DSN = "https://public@errors.example.org/1"
    with mock.patch("sentry_sdk.init") as init:
        assert errors.configure() is True
    assert init.call_args.kwargs["dsn"] == "https://public@errors.example.org/1"
    assert init.call_args.kwargs["send_default_pii"] is False
