"""Keep the search index current: one ``SearchEntry`` per searchable record.

``index_record()`` runs on every save (see ``connect_signals``), so the index
needs no separate job; ``reindex()`` rebuilds it in bulk (``manage.py reindex``).
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connections, router

from archive.models import Document, Event, Organization, Person, Photo, Program, SearchEntry

from .translit import fold

Kind = SearchEntry.Kind

#: The searchable models, by index kind. Places have no public page, so they are not searched.
MODELS = {
    Kind.EVENT: Event,
    Kind.PERSON: Person,
    Kind.PROGRAM: Program,
    Kind.DOCUMENT: Document,
    Kind.ORGANIZATION: Organization,
    Kind.PHOTO: Photo,
}
KINDS = {model: kind for kind, model in MODELS.items()}

#: Which fields feed each weight class: title (A) > names (B) > summary (C) > body (D).
#: Translated fields contribute every language version.
FIELDS = {
    Event: {"title": ["title"], "names": [], "summary": ["summary"], "body": ["body"]},
    Person: {"title": ["name"], "names": ["name", "sort_name", "aliases"], "summary": ["summary"], "body": ["body"]},
    Program: {"title": ["title"], "names": [], "summary": ["summary"], "body": ["body"]},
    Document: {"title": ["title"], "names": [], "summary": ["summary"], "body": ["body", "extracted_text"]},
    Organization: {"title": ["name"], "names": ["name", "acronym"], "summary": ["summary"], "body": ["body"]},
    Photo: {"title": ["title"], "names": [], "summary": ["summary", "caption"], "body": ["body", "alt_text", "credit"]},
}

#: Text beyond this many characters of one field is not indexed (a tsvector holds at most 1 MB).
MAX_FIELD_CHARS = 200_000

#: The text search configuration; the folded text is Latin, so English stemming
#: folds plurals ("concerts") and does the same to the query.
CONFIG = "english"

VECTOR = (
    SearchVector("title", weight="A", config=CONFIG)
    + SearchVector("names", weight="B", config=CONFIG)
    + SearchVector("summary", weight="C", config=CONFIG)
    + SearchVector("body", weight="D", config=CONFIG)
)

TEXT_COLUMNS = ("title", "names", "summary", "body")
UPDATE_FIELDS = ("status", "go_live_at", "expire_at", "date_lower", "date_upper", *TEXT_COLUMNS)


def field_values(obj, name):
    """Every language version of a translated field, or the field's value; blanks and repeats dropped."""
    if hasattr(obj, f"{name}_en"):
        values = [getattr(obj, f"{name}_{lang}") for lang in settings.MODELTRANSLATION_LANGUAGES]
    else:
        values = [getattr(obj, name)]
    return list(dict.fromkeys(value[:MAX_FIELD_CHARS] for value in values if value))


def entry_for(obj):
    """An unsaved ``SearchEntry`` describing ``obj``."""
    model = type(obj)
    texts = {
        column: fold("\n".join(value for name in names for value in field_values(obj, name)))
        for column, names in FIELDS[model].items()
    }
    return SearchEntry(
        kind=KINDS[model],
        object_id=obj.pk,
        status=obj.status,
        go_live_at=obj.go_live_at,
        expire_at=obj.expire_at,
        date_lower=getattr(obj, "date_lower", None),
        date_upper=getattr(obj, "date_upper", None),
        **texts,
    )


def _write(entries, using):
    """Insert or update entries (one statement), then compute their vectors on PostgreSQL."""
    if not entries:
        return
    manager = SearchEntry.objects.using(using)
    manager.bulk_create(
        entries, update_conflicts=True, unique_fields=["kind", "object_id"], update_fields=UPDATE_FIELDS
    )
    if connections[using].vendor == "postgresql":
        kinds = {entry.kind for entry in entries}
        ids = [entry.object_id for entry in entries]
        manager.filter(kind__in=kinds, object_id__in=ids).update(vector=VECTOR)


def update_vectors(kind, *, using="default"):
    """Compute the vectors of every entry of one kind in one statement (PostgreSQL; a no-op elsewhere)."""
    if connections[using].vendor == "postgresql":
        SearchEntry.objects.using(using).filter(kind=kind).update(vector=VECTOR)


def index_record(obj, *, using=None):
    """Bring the index entry of one record up to date (two queries on PostgreSQL, one on SQLite)."""
    model = type(obj)
    if model not in KINDS or obj.pk is None:
        return
    _write([entry_for(obj)], using or obj._state.db or router.db_for_write(model))


def unindex_record(obj, *, using=None):
    model = type(obj)
    if model not in KINDS:
        return
    using = using or obj._state.db or router.db_for_write(model)
    SearchEntry.objects.using(using).filter(kind=KINDS[model], object_id=obj.pk).delete()


def index_records(records, *, using="default", batch_size=500):
    """Index many saved records (any iterable) in batches; returns how many."""
    batch, count = [], 0
    for obj in records:
        batch.append(entry_for(obj))
        if len(batch) >= batch_size:
            _write(batch, using)
            count, batch = count + len(batch), []
    _write(batch, using)
    return count + len(batch)


def reindex(models=None, *, using="default", batch_size=500):
    """Rebuild the entries of ``models`` (all searchable models by default); returns the count per kind."""
    counts = {}
    for model in models or MODELS.values():
        kind = KINDS[model]
        records = model._base_manager.using(using).order_by("pk")
        SearchEntry.objects.using(using).filter(kind=kind).exclude(object_id__in=records.values("pk")).delete()
        counts[kind] = index_records(records.iterator(chunk_size=batch_size), using=using, batch_size=batch_size)
    return counts


def _saved(sender, instance, raw=False, using=None, **kwargs):
    index_record(instance, using=using)


def _deleted(sender, instance, using=None, **kwargs):
    unindex_record(instance, using=using)


def connect_signals():
    """Index records as they are saved and drop them as they are deleted (from ``ArchiveConfig.ready``)."""
    from django.db.models.signals import post_delete, post_save

    for model in MODELS.values():
        post_save.connect(_saved, sender=model, dispatch_uid=f"search-index-{model._meta.label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-unindex-{model._meta.label}")
