"""``manage.py import_records FILE --type events --user NAME [--dry-run]``: a bulk import, with progress."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from archive.record_types import RECORD_TYPES
from exchange import columns, importer
from ops.progress import progress_for

ACTIONS = {"create": "new drafts", "update": "drafts updated", "pending": "pending edits", "unchanged": "unchanged"}


class Command(BaseCommand):
    help = (
        "Import records of one type from a CSV or JSON file (columns as in docs/exports.md), matched by slug. "
        "All or nothing; new records are drafts and live records get pending changes: nothing is published."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv or .json file.")
        segments = sorted(record_type.segment for record_type in RECORD_TYPES)
        parser.add_argument("--type", required=True, choices=segments, help="Which records.")
        parser.add_argument("--user", required=True, help="The editor the revisions and audit entries name.")
        parser.add_argument("--format", choices=importer.FORMATS, help="Default: from the file's extension.")
        parser.add_argument("--dry-run", action="store_true", help="Check and show what would change; write nothing.")
        parser.add_argument("--comment", default="", help="Comment on each revision (default: Imported).")

    def handle(self, *args, **options):
        model = columns.model_for(options["type"])
        try:
            user = get_user_model().objects.get(username=options["user"])
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user {options['user']!r}.") from None
        path = Path(options["file"])
        try:
            data = path.read_bytes()
            fmt = importer.detect_format(path.name, options["format"])
            report = importer.run(
                model,
                data,
                fmt,
                by=user,
                dry_run=options["dry_run"],
                comment=options["comment"],
                progress=progress_for(self, options["verbosity"]),
            )
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from None
        except importer.FileRefused as refused:
            raise CommandError(str(refused)) from None
        if not report.ok:
            for error in report.errors:
                self.stderr.write(f"row {error.row}, column {error.column or '-'}: {error.message}")
            raise CommandError(f"{len(report.errors)} error(s); nothing was imported.")
        if options["verbosity"] >= 2 or options["dry_run"]:
            for plan in report.rows:
                self.stdout.write(f"row {plan.row} {plan.slug}: {plan.action}")
                for column, old, new in plan.changes:
                    self.stdout.write(f"    {column}: {old!r} -> {new!r}")
        summary = ", ".join(f"{report.count(action)} {label}" for action, label in ACTIONS.items())
        verb = "Would import" if options["dry_run"] else "Imported"
        self.stdout.write(f"{verb} {len(report.rows)} rows: {summary}.")
