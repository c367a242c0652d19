"""Rebuild the search index in bulk: ``manage.py reindex [event person …]``.

Saving a record keeps its entry current; this is for data that arrived without
a save (bulk loads, raw SQL, a restored dump) and for after changing how
records are indexed.
"""

from django.core.management.base import BaseCommand, CommandError

from archive.record_types import RECORD_TYPES
from archive.search.index import reindex

#: The kinds of entry, one per record type: ``{"event": Event, …}``.
MODELS = {record_type.name: record_type.model for record_type in RECORD_TYPES}


class Command(BaseCommand):
    help = "Rebuild the search index of every searchable record (or of the kinds named)."

    def add_arguments(self, parser):
        parser.add_argument("kinds", nargs="*", metavar="kind", help=f"Limit to these kinds: {', '.join(MODELS)}.")
        parser.add_argument("--database", default="default")
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, kinds, database, batch_size, **options):
        unknown = sorted(set(kinds) - set(MODELS))
        if unknown:
            raise CommandError(f"Unknown kind: {', '.join(unknown)}. Choose from {', '.join(MODELS)}.")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        models = [MODELS[kind] for kind in kinds] or None
        counts = reindex(models, using=database, batch_size=batch_size)
        for kind, count in counts.items():
            self.stdout.write(f"{kind}: {count} indexed")
