"""Links between records: what a record points at, and which public records point at it."""

from archive import record_types
from archive.models import Record

from .content import child_relations, content_fields, m2m_fields


def _record_fks(model, exclude=()):
    return [
        f
        for f in content_fields(model, exclude=exclude)
        if f.is_relation and f.editable and issubclass(f.related_model, Record)
    ]


def linked_records(record):
    """The records ``record`` links to through its fields, many-to-many links and children."""
    found = {}
    for field in _record_fks(type(record)):
        target = getattr(record, field.name)
        if target is not None:
            found[(type(target), target.pk)] = target
    for field in m2m_fields(type(record)):
        if issubclass(field.related_model, Record):
            for target in getattr(record, field.name).all():
                found[(type(target), target.pk)] = target
    for relation in child_relations(type(record)):
        fks = _record_fks(relation.related_model, exclude=[relation.field.name])
        for child in getattr(record, relation.get_accessor_name()).select_related(*(f.name for f in fks)):
            for field in fks:
                target = getattr(child, field.name)
                if target is not None:
                    found[(type(target), target.pk)] = target
    # Records that link to it but belong with it (its type's ``attached``: an event's photos…).
    for name in record_types.of(record).attached:
        for target in getattr(record, name).all():
            found[(type(target), target.pk)] = target
    return list(found.values())


def hidden_links(record, *, now=None):
    """Linked records the public cannot see (yet): their links stay off the public page."""
    return [target for target in linked_records(record) if not target.is_published(now=now)]


def published_referrers(record):
    """Published records that link to ``record``."""
    return referrers(record, public=True)


def referrers(record, *, public=False):
    """Records that link to ``record``, whatever their state (only published ones with ``public``)."""
    target_model = type(record)
    found = []
    for model in record_types.RECORD_MODELS:
        lookups = [f.name for f in _record_fks(model) if f.related_model is target_model]
        lookups += [f.name for f in m2m_fields(model) if f.related_model is target_model]
        for relation in child_relations(model):
            child_fks = _record_fks(relation.related_model, exclude=[relation.field.name])
            lookups += [f"{relation.name}__{f.name}" for f in child_fks if f.related_model is target_model]
        for lookup in lookups:
            manager = model.objects.published() if public else model._base_manager.all()
            queryset = manager.filter(**{lookup: record})
            if model is target_model:
                queryset = queryset.exclude(pk=record.pk)
            found.extend(queryset.distinct())
    unique = {(type(r), r.pk): r for r in found}
    return list(unique.values())
