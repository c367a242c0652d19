"""Several app servers: cache and sessions in Redis, public reads from a read replica."""

import subprocess
import sys
import uuid

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import transaction

from ops import routers

REDIS = "redis://127.0.0.1:6379/15"

SHARED_STATE_PROBE = """
import django, sys
django.setup()
from django.conf import settings
from django.core.cache import cache
key, value = sys.argv[1], sys.argv[2]
if value == "-":
    print(cache.get(key))
else:
    cache.set(key, value, 30)
    print(settings.SESSION_ENGINE, settings.CACHES["default"]["BACKEND"])
"""


def _process(env, *args):
    base = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.test_settings",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", SHARED_STATE_PROBE, *args],
        env={**base, **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_two_processes_share_the_cache_and_sessions_through_redis():
    key, value = f"probe-{uuid.uuid4().hex}", uuid.uuid4().hex

    written = _process({"REDIS_URL": REDIS}, key, value)
    read_back = _process({"REDIS_URL": REDIS}, key, "-")

    assert written == "django.contrib.sessions.backends.cache django_redis.cache.RedisCache"
    assert read_back == value


def test_without_redis_each_process_keeps_its_own_cache():
    key = f"probe-{uuid.uuid4().hex}"
    _process({}, key, "local")
    assert _process({}, key, "-") == "None"


def _reads_during(request):
    seen = []
    routers.ReplicaMiddleware(lambda req: seen.append(routers.reads_from()) or "response")(request)
    return seen[0]


class _Staff:
    is_authenticated = True


def test_public_reads_go_to_the_replica_and_staff_reads_to_the_primary(rf):
    anonymous = rf.get("/en/events/")
    anonymous.user = AnonymousUser()
    staff = rf.get("/admin/archive/event/")
    staff.user = _Staff()
    posted = rf.post("/en/search/")
    posted.user = AnonymousUser()

    assert _reads_during(anonymous) == "replica"
    assert _reads_during(staff) == "default"
    assert _reads_during(posted) == "default"
    assert routers.reads_from() == "default"  # outside a request: commands, workers


@pytest.mark.django_db
def test_reads_inside_a_transaction_stay_on_the_primary(rf):
    request = rf.get("/en/")
    request.user = AnonymousUser()
    seen = []

    def view(req):
        with transaction.atomic():
            seen.append(routers.ReplicaRouter().db_for_read(None))
        return "response"

    routers.ReplicaMiddleware(view)(request)
    assert seen == ["default"]


def test_the_router_writes_and_migrates_only_the_primary():
    router = routers.ReplicaRouter()
    assert router.db_for_write(None) == "default"
    assert router.allow_migrate("default", "archive") and not router.allow_migrate("replica", "archive")
