"""Measure search quality against the judgment set (``judgments.json``).

Each judgment is a query as a reader types it, the language it is written in,
and the records (``kind:slug``) that must appear in its first ten results.
Recall@10 is the share of those records found in the first ten, over all the
judgments of a language; MRR is the mean over its queries of 1 / the rank of
the first expected record (0 when none is in the first ten).
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import query

JUDGMENTS = Path(__file__).with_name("judgments.json")
TOP = 10


def load_judgments(path=JUDGMENTS):
    return json.loads(Path(path).read_text(encoding="utf-8"))["queries"]


@dataclass
class Score:
    queries: int = 0
    expected: int = 0
    found: int = 0
    reciprocal_ranks: float = 0.0
    misses: list = field(default_factory=list)

    @property
    def recall(self):
        return self.found / self.expected if self.expected else 0.0

    @property
    def mrr(self):
        return self.reciprocal_ranks / self.queries if self.queries else 0.0


def top_keys(text, *, language, using="default"):
    """The first ten results of a query, as ``kind:slug``."""
    results = query.search(text, language=language, using=using)
    rows = list(results.entries.values_list("kind", "object_id")[:TOP])
    return [f"{kind}:{record.slug}" for kind, record in query.load_records(rows, using=using)]


def evaluate(judgments=None, *, using="default"):
    """Scores per language, in the order the judgments name them."""
    scores = {}
    for judgment in judgments if judgments is not None else load_judgments():
        score = scores.setdefault(judgment["lang"], Score())
        found = top_keys(judgment["q"], language=judgment["lang"], using=using)
        expected = judgment["expect"]
        score.queries += 1
        score.expected += len(expected)
        score.found += sum(key in found for key in expected)
        ranks = [found.index(key) + 1 for key in expected if key in found]
        score.reciprocal_ranks += 1 / min(ranks) if ranks else 0.0
        score.misses += [(judgment["q"], key) for key in expected if key not in found]
    return scores
