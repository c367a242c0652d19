"""``manage.py restore PATH``: put a backup back into an empty, migrated database, with progress."""

from django.core.management.base import BaseCommand, CommandError

from ops import backup
from ops.progress import progress_for


class Command(BaseCommand):
    help = "Restore a backup made by 'manage.py backup' into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file (.tar.gz).")

    def handle(self, *args, path, **options):
        try:
            manifest = backup.read(path, progress=progress_for(self, options["verbosity"]))
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["rows"].values())
        self.stdout.write(f"Restored {rows} rows and {len(manifest['files'])} files from {path}.")
