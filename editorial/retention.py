"""Which stored files the archive still needs: the "mark" of ``prune_media``'s mark-and-sweep.

No code path deletes a file on save, replace, restore or delete. A file becomes garbage only
when nothing names it: no live row (photo, rendition, document), no revision that history
keeps, no active share link. ``MADENI_FILE_RETENTION_DAYS`` says how long history keeps the
files of old revisions; a record's newest revision (its pending changes, or the version
before them) is kept whatever its age, so restoring what an editor can see never fails.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from archive.models import Rendition
from archive.record_types import RECORD_MODELS

from .content import content_fields
from .models import Revision, ShareLink

#: The storage folders that hold media (originals, documents, renditions).
MEDIA_FOLDERS = ("photos", "documents", "renditions")


def stored_files(storage=None):
    """Every file name under the media folders of the storage, recursively."""
    from django.core.files.storage import default_storage

    storage = storage or default_storage

    def walk(folder):
        if not storage.exists(folder):
            return
        directories, filenames = storage.listdir(folder)
        for filename in sorted(filenames):
            yield f"{folder}/{filename}"
        for directory in sorted(directories):
            yield from walk(f"{folder}/{directory}")

    for folder in MEDIA_FOLDERS:
        yield from walk(folder)


def file_fields(model):
    """The file columns of a record model's content, by attname."""
    return [f.attname for f in content_fields(model) if isinstance(f, models.FileField)]


def file_models():
    return [model for model in RECORD_MODELS if file_fields(model)]


def live_names():
    """Files named by rows: every record's file columns and every rendition."""
    names = set()
    for model in file_models():
        for attname in file_fields(model):
            names.update(model._base_manager.exclude(**{attname: ""}).values_list(attname, flat=True))
    names.update(Rendition.objects.values_list("file", flat=True))
    return names


def kept_revisions(*, now=None):
    """The revisions whose files history keeps now."""
    content_types = ContentType.objects.get_for_models(*file_models()).values()
    revisions = Revision.objects.filter(content_type__in=content_types)
    days = settings.MADENI_FILE_RETENTION_DAYS
    if days is None:
        return revisions
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    newest = (
        Revision.objects.filter(content_type=OuterRef("content_type"), object_id=OuterRef("object_id"))
        .order_by("-number")
        .values("number")[:1]
    )
    shared = ShareLink.objects.active(now=now).values("revision")
    return revisions.filter(Q(created__gte=cutoff) | Q(number=Subquery(newest)) | Q(pk__in=shared))


def revision_names(*, now=None):
    """Files named by the revisions history keeps."""
    names = set()
    by_type = {ContentType.objects.get_for_model(model).pk: file_fields(model) for model in file_models()}
    kept = kept_revisions(now=now)
    for content_type, attnames in by_type.items():
        lookups = [f"content__fields__{attname}" for attname in attnames]
        for row in kept.filter(content_type=content_type).values_list(*lookups).iterator():
            names.update(name for name in row if isinstance(name, str) and name)
    return names


def needed_names(*, now=None):
    """Every stored file name something still needs."""
    return live_names() | revision_names(now=now)


def missing_files(model, data, storage=None):
    """File names in serialized ``data`` of ``model`` that are not in storage."""
    from django.core.files.storage import default_storage

    storage = storage or default_storage
    fields = data.get("fields", {})
    names = [fields.get(attname) for attname in file_fields(model)]
    return [name for name in names if name and not storage.exists(name)]
