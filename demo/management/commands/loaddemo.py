from django.core.management.base import BaseCommand

from demo.load import load


class Command(BaseCommand):
    help = (
        "Load the demo archive (events, people, programmes, documents, photos) and, with DEBUG on, the demo "
        "accounts. Safe to run again: existing records are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Also reset demo records that exist but differ from the demo data (edits made in the admin are lost).",
        )

    def handle(self, *args, refresh=False, **options):
        load(self.stdout, refresh=refresh)
