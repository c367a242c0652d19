"""Delete stored files that nothing names any more: the one place that deletes media.

Saving, replacing, restoring and deleting never delete a file. This command sweeps what
``editorial.retention.needed_names`` does not mark: files no live row, no kept revision and
no active share link names (replaced renditions, uploads of rolled-back requests, files of
revisions older than ``MADENI_FILE_RETENTION_DAYS``). Files younger than ``--grace`` minutes
are kept, as an upload in progress may not have committed its row yet.

    python manage.py prune_media --dry-run
"""

import datetime

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from editorial.retention import needed_names, stored_files


class Command(BaseCommand):
    help = "Delete stored media files that no record, rendition or kept revision names."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the orphans without deleting them.")
        parser.add_argument("--grace", type=int, default=60, help="Keep files younger than this many minutes.")

    def handle(self, *args, dry_run=False, grace=60, **options):
        storage = default_storage
        now = timezone.now()
        cutoff = now - datetime.timedelta(minutes=grace)
        # Listed before marking: a file stored after the listing is not swept this time.
        candidates = [name for name in stored_files(storage) if storage.get_modified_time(name) <= cutoff]
        needed = needed_names(now=now)
        orphans = [name for name in candidates if name not in needed]
        for name in orphans:
            if not dry_run:
                storage.delete(name)
            self.stdout.write(f"{'would delete' if dry_run else 'deleted'} {name}")
        self.stdout.write(f"{len(orphans)} orphaned file(s){' found' if dry_run else ' deleted'}.")
