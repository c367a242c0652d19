"""Readiness: can this app server do its work now? Database, cache and storage, each checked."""

import logging

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    cache.set("madeni:readyz", "ok", 10)
    if cache.get("madeni:readyz") != "ok":
        raise RuntimeError("the cache did not keep a value")


def _storage():
    default_storage.exists("readyz-probe")  # a read: answers only if the storage does


@never_cache
@require_safe
def readyz(request):
    """200 with every check "ok", or 503 naming what failed (a load balancer takes the server out)."""
    results = {}
    for name, check in (("database", _database), ("cache", _cache), ("storage", _storage)):
        try:
            check()
            results[name] = "ok"
        except Exception as exc:  # noqa: BLE001  (a database, cache or storage client may raise anything)
            logger.warning("Readiness check %s failed: %s", name, exc)
            results[name] = "failing"
    ready = all(value == "ok" for value in results.values())
    return JsonResponse({"ready": ready, "checks": results}, status=200 if ready else 503)
