"""Backups: the whole archive — every row and every stored file — in one portable archive file.

``write(path)`` streams the database, model by model in dependency order, as Django's JSON
serialization with natural keys (so a backup taken on PostgreSQL restores on SQLite and back),
and every file the storage holds under the media folders. ``read(path)`` puts it all back:
files first, then the rows in one transaction, then the search index is rebuilt. The manifest
records counts and a SHA-256 of every file, checked on restore.

Left out, because they are rebuilt or belong to the running site: content types and
permissions (recreated by ``migrate``, referred to by natural key), sessions, and the search
index (``reindex`` after loading).
"""

import datetime
import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from editorial.retention import stored_files

FORMAT = 1
SKIPPED = {"contenttypes.contenttype", "auth.permission", "sessions.session", "archive.searchentry"}


class BackupError(Exception):
    """The backup cannot be read or restored; the message says why, for people."""


def backed_up_models():
    """Every model whose rows the backup holds, parents before the rows that point at them."""
    app_list = {config: None for config in apps.get_app_configs() if config.models_module is not None}
    ordered = serializers.sort_dependencies(app_list.items(), allow_cycles=True)
    return [
        model
        for model in ordered
        if model._meta.label_lower not in SKIPPED and model._meta.managed and not model._meta.proxy
    ]


def _add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size, info.mtime = len(data), int(timezone.now().timestamp())
    tar.addfile(info, io.BytesIO(data))


class _Hashing(io.RawIOBase):
    """Reads through a file while hashing what passes."""

    def __init__(self, fileobj):
        self.fileobj, self.sha256 = fileobj, hashlib.sha256()

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self.fileobj.read(len(buffer))
        self.sha256.update(data)
        buffer[: len(data)] = data
        return len(data)


def write(path, *, progress=lambda total, unit: _NoProgress()):
    """Write a backup of the database and the stored files to ``path`` (a .tar.gz); return the manifest."""
    models = backed_up_models()
    counts = {model._meta.label_lower: model._base_manager.count() for model in models}
    files = list(stored_files())
    manifest = {
        "format": FORMAT,
        "created": timezone.now().isoformat(),
        "database": connection.vendor,
        "rows": counts,
        "files": {},
    }
    with tarfile.open(path, "w:gz") as tar, tempfile.TemporaryDirectory() as scratch:
        with progress(sum(counts.values()), "rows") as bar:
            for position, model in enumerate(models):
                label = model._meta.label_lower
                dump = Path(scratch) / f"{label}.json"
                with dump.open("w", encoding="utf-8") as out:
                    rows = _counting(model._base_manager.order_by("pk").iterator(chunk_size=2000), bar)
                    serializers.serialize(
                        "json", rows, stream=out, use_natural_foreign_keys=True, use_natural_primary_keys=True
                    )
                tar.add(dump, arcname=f"data/{position:03d}-{label}.json")
        with progress(len(files), "files") as bar:
            for name in files:
                size = default_storage.size(name)
                with default_storage.open(name, "rb") as stored:
                    hashing = _Hashing(stored)
                    info = tarfile.TarInfo(f"media/{name}")
                    info.size = size
                    info.mtime = int(default_storage.get_modified_time(name).timestamp())
                    tar.addfile(info, io.BufferedReader(hashing))
                manifest["files"][name] = {"size": size, "sha256": hashing.sha256.hexdigest()}
                bar.update(1)
        _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=1).encode())
    return manifest


def _counting(rows, bar):
    for row in rows:
        bar.update(1)
        yield row


def read_manifest(tar):
    try:
        manifest = json.load(tar.extractfile("manifest.json"))
    except (KeyError, ValueError) as exc:
        raise BackupError("This is not a Madeni backup: it has no readable manifest.") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"This backup has format {manifest.get('format')!r}; this version reads {FORMAT}.")
    return manifest


def database_is_empty():
    return not any(model._base_manager.exists() for model in backed_up_models())


def read(path, *, progress=lambda total, unit: _NoProgress()):
    """Restore a backup made by ``write`` into an empty database and storage; return its manifest."""
    from archive.search.index import reindex

    try:
        tar = tarfile.open(path, "r:gz")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"Cannot open {path}: {exc}") from exc
    with tar:
        manifest = read_manifest(tar)
        if not database_is_empty():
            raise BackupError("The database already holds data: restore into an empty, migrated database.")
        members = {member.name: member for member in tar.getmembers() if member.isfile()}
        # Files first: once the rows commit, every file they name is there.
        with progress(len(manifest["files"]), "files") as bar:
            for name, expected in manifest["files"].items():
                member = members.get(f"media/{name}")
                if member is None:
                    raise BackupError(f"The backup lacks the file {name} its manifest lists.")
                data = tar.extractfile(member).read()
                if hashlib.sha256(data).hexdigest() != expected["sha256"]:
                    raise BackupError(f"The file {name} is damaged in the backup (its checksum differs).")
                if not default_storage.exists(name):
                    default_storage.save(name, File(io.BytesIO(data), name=name))
                bar.update(1)
        dumps = sorted(name for name in members if name.startswith("data/"))
        loaded_models = set()
        with progress(sum(manifest["rows"].values()), "rows") as bar, transaction.atomic():
            for name in dumps:
                with tar.extractfile(members[name]) as stream:
                    for obj in serializers.deserialize("json", io.TextIOWrapper(stream, encoding="utf-8")):
                        obj.save()
                        loaded_models.add(type(obj.object))
                        bar.update(1)
            _reset_sequences(loaded_models)
            reindex()
    return manifest


def _reset_sequences(models):
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n=1):
        pass


def default_name(now=None):
    stamp = (now or datetime.datetime.now(tz=datetime.UTC)).strftime("%Y%m%d-%H%M%S")
    return f"madeni-backup-{stamp}.tar.gz"
