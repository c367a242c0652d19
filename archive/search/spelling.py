"""'Did you mean …': a spelling from the archive's own vocabulary for a word that matches nothing.

The vocabulary is ``SearchWord``: the words of titles, names and summaries,
added as records are indexed. A word of the query that matches no public record
is looked up there by trigram similarity (PostgreSQL's pg_trgm; SQLite offers no
suggestions), and the closest word that does find a public record is offered.
That last check is what keeps a draft's words from being suggested.
"""

import re

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connections

from archive.models import SearchWord

#: Candidates tried per misspelt word, closest first.
CANDIDATES = 5


def suggest(parsed, clauses, base, finds, *, found=None, using="default"):
    """``{word as typed: suggested word}`` for the plain words of a query that found nothing.

    ``clauses`` are the Q of each clause of ``parsed``, ``base`` the public entries,
    ``finds(word)`` whether a word finds a public record; ``found``, if given, says for
    each clause whether it matches (else each is asked).
    """
    if connections[using].vendor != "postgresql":
        return {}
    alone = len(clauses) == 1
    if found is None:
        found = [not alone and base.filter(clause).exists() for clause in clauses]
    suggestions = {}
    for source, matches in zip(parsed.sources, found, strict=True):
        if source is None or len(source) < 3 or matches:
            continue
        candidates = (
            SearchWord.objects.using(using)
            .filter(word__trigram_similar=source.lower())
            .annotate(similarity=TrigramSimilarity("word", source.lower()))
            .order_by("-similarity", "word")
            .values_list("word", flat=True)[:CANDIDATES]
        )
        for candidate in candidates:
            if finds(candidate):
                suggestions[source] = candidate
                break
    return suggestions


def corrected(text, suggestions):
    """``text`` with each misspelt word replaced by its suggestion."""
    for word, suggestion in suggestions.items():
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", suggestion, text)
    return text
