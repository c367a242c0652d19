"""Keep the search index current: one ``SearchEntry`` per searchable record.

``index_record()`` runs on every save (see ``connect_signals``), so the index
needs no separate job; ``reindex()`` rebuilds it in bulk (``manage.py reindex``).
"""

from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.db import connections, router

from archive import record_types
from archive.models import Event, SearchEntry, SearchKey, SearchWord
from ops import tasks

from .analysis import WORD, analyse
from .linked import dependants, found_by, known_by, linked_records, shows_links, with_links

# Every record type is searchable, its entries of the kind named after it (``event``…).
# Which fields feed each weight class, title (A) > names (B) > summary (C) > body (D), is
# its ``search`` in ``archive.record_types``. Translated fields contribute every language
# version; the names of linked records (``found_by``) make the links column.

#: Text beyond this many characters of one field is not indexed (a tsvector holds at most 1 MB).
MAX_FIELD_CHARS = 200_000

#: The tsvector weight of each column: title (A) > names (B) > summary (C) > body (D).
#: The names of linked records weigh as the body: an event in Kazakhstan is not about
#: Kazakhstan as much as its title says.
WEIGHT_LETTERS = {"title": "A", "names": "B", "summary": "C", "body": "D", "links": "D"}

#: PostgreSQL keeps positions up to this one (later words all sit here) and this many per lexeme.
MAX_POSITION = 16383
MAX_POSITIONS = 256

TEXT_COLUMNS = tuple(WEIGHT_LETTERS)
#: The columns whose words make the vocabulary of spelling suggestions (bodies are too long and loose).
VOCABULARY_COLUMNS = ("title", "names", "summary")
UPDATE_FIELDS = ("status", "go_live_at", "expire_at", "date_lower", "date_upper", *TEXT_COLUMNS, "vector")


def field_values(obj, name):
    """``(language, text)`` for every language version of a translated field, or ``(None, value)``.

    Blanks and repeats are dropped.
    """
    if hasattr(obj, f"{name}_en"):
        values = [(lang, getattr(obj, f"{name}_{lang}")) for lang in settings.MODELTRANSLATION_LANGUAGES]
    else:
        values = [(None, getattr(obj, name))]
    seen, found = set(), []
    for language, value in values:
        if value and value not in seen:
            seen.add(value)
            found.append((language, value[:MAX_FIELD_CHARS]))
    return found


def tsvector(columns):
    """A tsvector literal from ``{column: [keys of each word]}``: a word's keys share its position."""
    positions = defaultdict(list)
    position = 0
    for column, words in columns.items():
        weight = WEIGHT_LETTERS[column]
        for word_keys in words:
            position = min(position + 1, MAX_POSITION)
            for key in word_keys:
                held = positions[key]
                mark = f"{position}{weight}"
                if len(held) < MAX_POSITIONS and (not held or held[-1] != mark):
                    held.append(mark)
    return " ".join(f"'{key}':{','.join(marks)}" for key, marks in positions.items())


def entry_for(obj):
    """An unsaved ``SearchEntry`` describing ``obj``, its analysed words kept for the vector."""
    model = type(obj)
    fields = record_types.of(model).search.columns()
    vocabulary = {
        word.lower()
        for column in VOCABULARY_COLUMNS
        for name in fields[column]
        for _language, value in field_values(obj, name)
        for word in WORD.findall(value)
        if 3 <= len(word) <= 64 and word.isalpha()
    }
    words = {
        column: [
            keys for name in names for language, value in field_values(obj, name) for keys in analyse(value, language)
        ]
        for column, names in fields.items()
    }
    if found_by(model):
        words["links"] = [
            keys
            for record in linked_records(obj)
            for name in known_by(type(record))
            for language, value in field_values(record, name)
            for keys in analyse(value, language)
        ]
    texts = {column: " ".join(key for keys in words.get(column, ()) for key in keys) for column in TEXT_COLUMNS}
    entry = SearchEntry(
        kind=record_types.of(model).name,
        object_id=obj.pk,
        status=obj.status,
        go_live_at=obj.go_live_at,
        expire_at=obj.expire_at,
        date_lower=getattr(obj, "date_lower", None),
        date_upper=getattr(obj, "date_upper", None),
        **texts,
    )
    entry.words, entry.vocabulary = words, vocabulary
    return entry


def _write(entries, using):
    """Insert or update entries in one statement, with their vectors on PostgreSQL."""
    if not entries:
        return
    with_vectors(entries, using=using)
    if connections[using].vendor == "postgresql":
        # First, so that every key of an entry anyone can read is known (``SearchKey``).
        add_vocabulary(entries, using=using)
    SearchEntry.objects.using(using).bulk_create(
        entries, update_conflicts=True, unique_fields=["kind", "object_id"], update_fields=UPDATE_FIELDS
    )


def add_vocabulary(entries, *, using="default"):
    """Add the words of entries made by ``entry_for`` to the vocabulary of spelling suggestions, and their keys.

    Call it before the entries are written (see ``SearchKey``). Rows go in sorted, so
    that two writers adding the same ones wait for each other instead of deadlocking.
    """
    words = sorted(set().union(*(entry.vocabulary for entry in entries)))
    SearchWord.objects.using(using).bulk_create([SearchWord(word=word) for word in words], ignore_conflicts=True)
    keys = sorted({key for entry in entries for words in entry.words.values() for keys in words for key in keys})
    SearchKey.objects.using(using).bulk_create([SearchKey(key=key) for key in keys], ignore_conflicts=True)


def with_vectors(entries, *, using="default"):
    """Give entries made by ``entry_for`` their tsvector (PostgreSQL; SQLite keeps none); returns them."""
    postgres = connections[using].vendor == "postgresql"
    entries = list(entries)
    for entry in entries:
        entry.vector = tsvector(entry.words) if postgres else None
    return entries


def index_record(obj, *, using=None):
    """Bring the index entry of one record up to date, and those of the records that show it.

    A record shown in others' entries (a person in their events…) is compared with its
    entry first; if its name or visibility changed, those records are indexed again.
    """
    model = type(obj)
    if model not in record_types.RECORD_MODELS or obj.pk is None:
        return
    using = using or obj._state.db or router.db_for_write(model)
    entry = entry_for(obj)
    before = _shown_as(model, SearchEntry.objects.using(using).filter(kind=entry.kind, object_id=obj.pk))
    _write([entry], using)
    if before and before[0] != _shown_as(model, [entry])[0]:
        tasks.defer(index_dependants_of, model._meta.label, obj.pk, using=using)


#: What of an entry other records show: its visibility, its title and (for people and organizations) names.
def _shown_as(model, entries):
    if not shows_links(model):
        return []
    columns = ("status", "go_live_at", "expire_at", "title") + (("names",) if not found_by(model) else ())
    if isinstance(entries, list):
        return [tuple(getattr(entry, column) for column in columns) for entry in entries]
    return list(entries.values_list(*columns))


def index_dependants(record, *, using="default"):
    """Index again the records that show ``record`` through a link (a few queries per kind)."""
    for queryset in dependants(record).values():
        index_records(with_links(queryset.using(using)), using=using)


def index_dependants_of(label, pk, *, using="default"):
    """Worker job: ``index_dependants`` of the record ``label``/``pk`` as it is now (gone: nothing to do).

    A person in thousands of events makes a rename cost seconds; with a task queue the
    request only saves the person, and a worker brings the events' entries up to date.
    """
    record = apps.get_model(label)._base_manager.using(using).filter(pk=pk).first()
    if record is not None:
        index_dependants(record, using=using)


def index_pks(label, pks, *, using="default"):
    """Worker job: index again the records ``label`` with these primary keys."""
    index_records(with_links(apps.get_model(label)._base_manager.using(using).filter(pk__in=pks)), using=using)


def unindex_record(obj, *, using=None):
    model = type(obj)
    if model not in record_types.RECORD_MODELS:
        return
    using = using or obj._state.db or router.db_for_write(model)
    SearchEntry.objects.using(using).filter(kind=record_types.of(model).name, object_id=obj.pk).delete()


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
    """Rebuild the entries of ``models`` (all record models by default); returns the count per kind."""
    counts = {}
    for model in models or record_types.RECORD_MODELS:
        kind = record_types.of(model).name
        records = model._base_manager.using(using).order_by("pk")
        SearchEntry.objects.using(using).filter(kind=kind).exclude(object_id__in=records.values("pk")).delete()
        records = with_links(records).iterator(chunk_size=batch_size)
        counts[kind] = index_records(records, using=using, batch_size=batch_size)
    return counts


def _saved(sender, instance, raw=False, using=None, **kwargs):
    index_record(instance, using=using)


def _deleting(sender, instance, using=None, **kwargs):
    # Links go with the record (cascades, cleared many-to-many rows): note who shows it first.
    if shows_links(sender):
        instance._search_dependants = {
            model: list(queryset.using(using).values_list("pk", flat=True))
            for model, queryset in dependants(instance).items()
        }


def _deleted(sender, instance, using=None, **kwargs):
    unindex_record(instance, using=using)
    for model, pks in getattr(instance, "_search_dependants", {}).items():
        if pks:
            tasks.defer(index_pks, model._meta.label, pks, using=using)


def _link_saved_or_deleted(sender, instance, using=None, **kwargs):
    """A participation or an organization's role changed: index its event again."""
    event = Event._base_manager.using(using).filter(pk=instance.event_id).first()
    if event is not None:
        index_record(event, using=using)


def _links_changed(sender, instance, action, reverse, model, pk_set, using, **kwargs):
    """A many-to-many link was added or removed: index the record that shows it again."""
    if action == "pre_clear" and reverse:
        # The records losing their link to ``instance`` are known only before the rows go.
        field = next(field for field in instance._meta.related_objects if field.through is sender)
        instance._search_cleared = list(getattr(instance, field.get_accessor_name()).values_list("pk", flat=True))
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        index_record(instance, using=using)
        return
    pks = pk_set if action != "post_clear" else getattr(instance, "_search_cleared", [])
    index_pks(model._meta.label, pks, using=using)


def connect_signals():
    """Keep the index current as records and their links are saved and deleted (from ``ArchiveConfig.ready``)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

    from archive.models import EventOrganization, Participation

    for model in record_types.RECORD_MODELS:
        label = model._meta.label
        post_save.connect(_saved, sender=model, dispatch_uid=f"search-index-{label}")
        pre_delete.connect(_deleting, sender=model, dispatch_uid=f"search-dependants-{label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-unindex-{label}")
    for through in (Participation, EventOrganization):
        label = through._meta.label
        post_save.connect(_link_saved_or_deleted, sender=through, dispatch_uid=f"search-link-saved-{label}")
        post_delete.connect(_link_saved_or_deleted, sender=through, dispatch_uid=f"search-link-deleted-{label}")
    for model in record_types.RECORD_MODELS:
        for attr in found_by(model):
            if model._meta.get_field(attr).many_to_many:
                through = getattr(model, attr).through
                m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"search-links-{through._meta.label}")
