"""Whole public pages from the cache, invalidated exactly, never for staff.

A page is stored under the current *publication version*, a token that changes (after commit)
whenever anything the public sees may have changed: any save or deletion of an archive row
(records, their links, renditions, themes), which every publish, unpublish, archive, schedule
and deletion is. Go-live and expiry times change ``published()`` without a write, so a page is
kept at most until the next such moment. Nothing is served from the cache, or stored in it, for
a logged-in user, a non-GET request, or a response that is private, sets a cookie or varies by
cookie or language.

Responses carry ``Cache-Control: public, no-cache`` and an ETag (Django's conditional GET):
a CDN may keep them but asks again each time, and gets a 304 while nothing changed.

On with ``MADENI_PAGE_CACHE_SECONDS`` > 0 (the upper bound of a page's life in the cache).
"""

import datetime
import hashlib
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Min, Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.middleware.http import ConditionalGetMiddleware
from django.utils import timezone
from django.utils.cache import patch_cache_control

VERSION_KEY = "pagecache:version"
#: Paths never cached: staff, previews, files and OAI-PMH (with their own conditional answers), probes.
SKIPPED_PREFIXES = ("/admin/", "/editorial/", "/files/", "/i18n/", "/healthz", "/readyz", "/oai/")


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        current = cache.get(VERSION_KEY)
    return current


def bump():
    """Retire every cached page (called after a commit that changed what the public may see)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _changed(sender, **kwargs):
    """Bump the version once the transaction commits; once per transaction, not per row.

    A bump already registered at this savepoint level or an outer one covers this change; one
    registered in an inner savepoint does not (it goes if that savepoint rolls back).
    """
    connection = transaction.get_connection(kwargs.get("using") or "default")
    if connection.in_atomic_block:
        active = set(connection.savepoint_ids)
        for sids, func, _robust in connection.run_on_commit:
            if getattr(func, "pending_bump", False) and sids <= active:
                return

    def bump_once():
        bump_once.pending_bump = False
        bump()

    bump_once.pending_bump = True
    transaction.on_commit(bump_once, using=connection.alias)


def connect_signals():
    for model in apps.get_app_config("archive").get_models():
        uid = f"pagecache-{model._meta.label_lower}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}-delete")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(_changed, sender=through, dispatch_uid=f"pagecache-{through._meta.label_lower}")


def seconds_to_next_schedule(now=None):
    """Seconds until the next go-live or expiry of a published record (None if none is set)."""
    from archive.models import Status
    from archive.record_types import RECORD_MODELS

    now = now or timezone.now()
    upcoming = []
    for model in RECORD_MODELS:
        found = model._base_manager.filter(status=Status.PUBLISHED).aggregate(
            go=Min("go_live_at", filter=Q(go_live_at__gt=now)), exp=Min("expire_at", filter=Q(expire_at__gt=now))
        )
        upcoming += [moment for moment in found.values() if moment is not None]
    if not upcoming:
        return None
    return max((min(upcoming) - now) / datetime.timedelta(seconds=1), 0)


def _lifetime(current_version):
    """How long a page stored now may live: the setting, cut at the next scheduled change."""
    key = f"pagecache:next-schedule:{current_version}"
    cached = cache.get(key)
    if cached is None:
        until = seconds_to_next_schedule()
        cached = {"at": timezone.now().timestamp(), "in": until}
        cache.set(key, cached, settings.MADENI_PAGE_CACHE_SECONDS)
    limit = settings.MADENI_PAGE_CACHE_SECONDS
    if cached["in"] is None:
        return limit
    left = cached["in"] - (timezone.now().timestamp() - cached["at"])
    return int(max(min(limit, left), 0))


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(SKIPPED_PREFIXES)
        and not request.user.is_authenticated
    )


def _cacheable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = response.get("Vary", "").lower()
    return "cookie" not in vary and "accept-language" not in vary


class PageCacheMiddleware:
    """Serve and store public pages (after ``AuthenticationMiddleware``), with ETags and 304s."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.conditional = ConditionalGetMiddleware(get_response)

    def __call__(self, request):
        if settings.MADENI_PAGE_CACHE_SECONDS <= 0 or not _cacheable_request(request):
            return self.get_response(request)
        current = version()
        digest = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        key = f"pagecache:page:{current}:{digest}"
        response = cache.get(key)
        if response is not None:
            response["X-Cache"] = "hit"
            return self.conditional.process_response(request, response)
        response = self.get_response(request)
        if _cacheable_response(response):
            patch_cache_control(response, public=True, no_cache=True)
            lifetime = _lifetime(current)
            if lifetime > 0:
                cache.set(key, response, lifetime)
            response["X-Cache"] = "miss"
            return self.conditional.process_response(request, response)
        return response
