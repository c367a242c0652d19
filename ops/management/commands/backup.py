"""``manage.py backup [PATH]``: the database and every stored file in one .tar.gz, with progress."""

from django.core.management.base import BaseCommand

from ops import backup
from ops.progress import progress_for


class Command(BaseCommand):
    help = "Back up every row and every stored file into one portable .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="Where to write it (default: madeni-backup-<time>.tar.gz).")

    def handle(self, *args, path=None, **options):
        path = path or backup.default_name()
        manifest = backup.write(path, progress=progress_for(self, options["verbosity"]))
        rows = sum(manifest["rows"].values())
        self.stdout.write(f"Backed up {rows} rows and {len(manifest['files'])} files to {path}.")
