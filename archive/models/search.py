"""The search index: one row per searchable record, as analysed, script-neutral keys."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import RecordQuerySet, Status


def kinds():
    """``[(kind, label)]``: an entry's kind is the name of its record type (``event``…), in menu order."""
    from archive.record_types import RECORD_TYPES

    return [(record_type.name, record_type.title) for record_type in RECORD_TYPES]


class SearchEntry(models.Model):
    """What search needs to know about one record, kept current on save.

    The text columns hold the search keys of every language version of a field
    class (``archive.search.analysis``: each word's script-neutral key, then the
    keys of its stems). ``vector`` is the weighted tsvector of the same keys, a
    word's keys sharing its position, written by ``archive.search.index`` on
    PostgreSQL and left empty on SQLite. Status and
    schedule are copied from the record so that ``published()`` (the same
    definition records use) can run on the index itself; the records shown are
    loaded through their own ``published()`` again.
    """

    kind = models.CharField(max_length=16, choices=kinds)
    object_id = models.PositiveBigIntegerField()

    status = models.CharField(max_length=16, choices=Status.choices)
    go_live_at = models.DateTimeField(null=True, blank=True)
    expire_at = models.DateTimeField(null=True, blank=True)
    date_lower = models.DateField(null=True, blank=True)
    date_upper = models.DateField(null=True, blank=True)

    title = models.TextField(blank=True)
    names = models.TextField(blank=True)
    #: The names of the public records this one shows (its participants, place…).
    links = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    vector = SearchVectorField(null=True, editable=False)

    objects = RecordQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="unique_search_entry")]
        # The GIN indexes on vector and names exist on PostgreSQL only; the
        # search_index migration creates them.
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class SearchWord(models.Model):
    """A word of the archive's titles, names and summaries, as written (lowercase).

    The vocabulary "Did you mean …" picks spellings from (``archive.search.spelling``),
    by trigram similarity on PostgreSQL. Indexing a record adds its words; none is
    removed, because a suggestion is offered only if it finds a public record.
    """

    word = models.CharField(max_length=64, unique=True)

    class Meta:
        # The trigram index on word exists on PostgreSQL only (see its migration).
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.word


class SearchKey(models.Model):
    """A key of the search index: a lexeme of some ``SearchEntry.vector``, past or present.

    A query key of four letters or more also matches as a prefix ("kultur" finds
    "kulturnoi"). PostgreSQL's GIN index answers a prefix by reading every posting list
    under it in full, where it skips through the lists of plain keys, guided by the
    rarest: so ``archive.search.postgres.expand`` first looks up which keys begin with
    it here, and asks for those. Indexing adds a record's keys before its entry is
    written; none is removed (a key no entry holds any more only widens a question).
    """

    #: Unique: on PostgreSQL, Django adds a text_pattern_ops index that finds keys by prefix.
    key = models.TextField(unique=True)

    class Meta:
        verbose_name = _("search key")
        verbose_name_plural = _("search keys")

    def __str__(self):
        return self.key
