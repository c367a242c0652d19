"""Delete stored files that no photo, rendition or document refers to.

Deletes and replacements already remove their files after commit; what can
still be left is the rare file written by a transaction that then rolled back
(renditions are made inside the save). Files younger than ``--grace`` minutes
are kept, as an upload in progress may not have committed its row yet.

    python manage.py prune_media --dry-run
"""

import datetime

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from archive.models import Document, Photo, Rendition

FOLDERS = ("photos", "documents", "renditions")


def stored_names(storage, folder):
    """Every file name under a folder of the storage, recursively."""
    if not storage.exists(folder):
        return
    directories, filenames = storage.listdir(folder)
    for filename in filenames:
        yield f"{folder}/{filename}"
    for directory in directories:
        yield from stored_names(storage, f"{folder}/{directory}")


def referenced_names():
    return (
        set(Photo.objects.exclude(image="").values_list("image", flat=True))
        | set(Document.objects.exclude(file="").values_list("file", flat=True))
        | set(Rendition.objects.values_list("file", flat=True))
    )


class Command(BaseCommand):
    help = "Delete stored media files that no record refers to (orphans)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the orphans without deleting them.")
        parser.add_argument("--grace", type=int, default=60, help="Keep files younger than this many minutes.")

    def handle(self, *args, dry_run=False, grace=60, **options):
        storage = default_storage
        cutoff = timezone.now() - datetime.timedelta(minutes=grace)
        referenced = referenced_names()
        orphans = [
            name
            for folder in FOLDERS
            for name in stored_names(storage, folder)
            if name not in referenced and storage.get_modified_time(name) <= cutoff
        ]
        for name in orphans:
            if not dry_run:
                storage.delete(name)
            self.stdout.write(f"{'would delete' if dry_run else 'deleted'} {name}")
        self.stdout.write(f"{len(orphans)} orphaned file(s){' found' if dry_run else ' deleted'}.")
