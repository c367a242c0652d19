"""Print recall@10 and mean reciprocal rank per language over the search judgment set.

Run it on the demo archive (``manage.py loaddemo``), on PostgreSQL for the real figures.
"""

from django.core.management.base import BaseCommand

from archive.search.quality import JUDGMENTS, evaluate, load_judgments


class Command(BaseCommand):
    help = "Measure search quality (recall@10, MRR) per language against the judgment set."

    def add_arguments(self, parser):
        parser.add_argument("--judgments", default=str(JUDGMENTS), help="A judgment file (JSON).")
        parser.add_argument("--misses", action="store_true", help="List the expected records not found.")
        parser.add_argument("--database", default="default")

    def handle(self, *args, judgments, misses, database, **options):
        scores = evaluate(load_judgments(judgments), using=database)
        self.stdout.write(f"{'language':<10}{'queries':>8}{'recall@10':>11}{'MRR':>7}")
        for language, score in scores.items():
            self.stdout.write(f"{language:<10}{score.queries:>8}{score.recall:>11.1%}{score.mrr:>7.2f}")
        if misses:
            for language, score in scores.items():
                for text, key in score.misses:
                    self.stdout.write(f"miss [{language}] {text!r}: {key}")
