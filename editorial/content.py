"""A record's editable content as JSON, and back: fields, relations, children and files.

``serialize(record)`` reads what the admin edits into a plain dict; ``apply(record, content)``
writes such a dict back to the database rows. Revisions store the dict; publishing applies it.
Workflow columns (status, schedule, version, stamps) are never part of the content.
"""

from django.db import models
from modeltranslation.translator import NotRegistered, translator

#: Columns the workflow owns; content never carries them.
WORKFLOW_FIELDS = frozenset(
    {"status", "go_live_at", "expire_at", "has_pending_changes", "version", "created_by", "created", "modified"}
)

#: Rows owned by a record and edited inline with it (reverse foreign keys, by accessor name).
CHILDREN = {
    "archive.event": ("participations", "event_organizations"),
    "archive.person": ("positions",),
}


def _translated_base_names(model):
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def content_fields(model, *, exclude=()):
    """Concrete fields that make up the content (per-language columns, not their base field)."""
    skip = WORKFLOW_FIELDS | _translated_base_names(model) | set(exclude)
    return [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in skip]


def m2m_fields(model):
    """Plain many-to-many fields; those with a ``through`` model are edited as children."""
    return [f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]


def child_relations(model):
    names = CHILDREN.get(model._meta.label_lower, ())
    return [model._meta.get_field(name) for name in names]


def _to_json(field, obj):
    value = field.value_from_object(obj)
    if isinstance(field, models.FileField):
        return value.name or ""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return field.value_to_string(obj)


def _file_info(fieldfile):
    if not fieldfile:
        return None
    try:
        size = fieldfile.size
    except (OSError, ValueError):
        size = None
    return {"name": fieldfile.name, "size": size}


def _read_fields(obj, fields):
    values, labels, files = {}, {}, {}
    for field in fields:
        values[field.attname] = _to_json(field, obj)
        if field.is_relation and values[field.attname] is not None:
            target = getattr(obj, field.name, None)
            labels[field.attname] = str(target) if target is not None else ""
        if isinstance(field, models.FileField):
            files[field.attname] = _file_info(getattr(obj, field.name))
    return values, labels, files


def serialize(record):
    """Everything an editor can change on ``record``, as JSON-safe data."""
    model = type(record)
    values, labels, files = _read_fields(record, content_fields(model))
    m2m = {
        field.name: [[item.pk, str(item)] for item in getattr(record, field.name).all()] for field in m2m_fields(model)
    }
    children = {}
    for relation in child_relations(model):
        fields = content_fields(relation.related_model, exclude=[relation.field.name])
        rows = []
        for child in getattr(record, relation.get_accessor_name()).all():
            child_values, child_labels, _files = _read_fields(child, fields)
            rows.append({"pk": child.pk, "label": str(child), "fields": child_values, "labels": child_labels})
        children[relation.get_accessor_name()] = rows
    return {"fields": values, "labels": labels, "files": files, "m2m": m2m, "children": children}


def _write_fields(obj, fields, values):
    for field in fields:
        if field.attname not in values:
            continue
        value = values[field.attname]
        if isinstance(field, models.FileField):
            # Past the descriptor: an image field would open the file to measure it, but the
            # content carries its width and height already.
            obj.__dict__[field.attname] = value or ""
            continue
        value = field.to_python(value)
        if field.is_relation and value is not None:
            if not field.related_model._base_manager.filter(pk=value).exists():
                value = None  # the target was deleted since
        setattr(obj, field.attname, value)


def apply(record, content, *, save=True):
    """Write ``content`` to ``record``'s row, its many-to-many links and its children.

    ``save=False`` writes the row with a queryset update, skipping ``save()`` and its signals
    (previews do that inside a transaction they roll back). The caller owns the transaction.
    """
    model = type(record)
    fields = content_fields(model)
    _write_fields(record, fields, content.get("fields", {}))
    if save:
        record.save()
    else:
        model._base_manager.filter(pk=record.pk).update(**{f.attname: getattr(record, f.attname) for f in fields})
    for field in m2m_fields(model):
        if field.name in content.get("m2m", {}):
            pks = [pk for pk, _label in content["m2m"][field.name]]
            getattr(record, field.name).set(field.related_model._base_manager.filter(pk__in=pks))
    for relation in child_relations(model):
        if relation.get_accessor_name() in content.get("children", {}):
            _apply_children(record, relation, content["children"][relation.get_accessor_name()])
    return record


def _apply_children(record, relation, rows):
    """Make the record's children match ``rows``, keeping their primary keys where possible.

    Stable keys let an admin inline form rendered from pending changes be posted back.
    """
    child_model, parent_name = relation.related_model, relation.field.name
    fields = content_fields(child_model, exclude=[parent_name])
    manager = getattr(record, relation.get_accessor_name())
    wanted = [row.get("pk") for row in rows if row.get("pk")]
    manager.exclude(pk__in=wanted).delete()
    existing = {child.pk: child for child in manager.filter(pk__in=wanted)}
    taken = set(child_model._base_manager.filter(pk__in=wanted).exclude(pk__in=existing).values_list("pk", flat=True))
    for row in rows:
        pk = row.get("pk")
        child = existing.get(pk) or child_model(**{parent_name: record})
        if pk and pk not in existing and pk not in taken:
            child.pk = pk
        _write_fields(child, fields, row["fields"])
        if all(getattr(child, f.attname) is not None for f in fields if f.is_relation and not f.null):
            child.save()


def same_content(a, b):
    """Whether two serialized contents differ in anything an editor changed (labels aside)."""
    return (
        a.get("fields") == b.get("fields")
        and {k: [pk for pk, _l in v] for k, v in a.get("m2m", {}).items()}
        == {k: [pk for pk, _l in v] for k, v in b.get("m2m", {}).items()}
        and {k: [r["fields"] for r in v] for k, v in a.get("children", {}).items()}
        == {k: [r["fields"] for r in v] for k, v in b.get("children", {}).items()}
    )


def in_memory(record, data):
    """``record`` with the fields of serialized content ``data`` set, nothing saved (a live record's working copy)."""
    _write_fields(record, content_fields(type(record)), data.get("fields", {}))
    return record


def with_changes(data, record, *, m2m=None):
    """Serialized content ``data`` with the fields of the unsaved ``record`` and the many-to-many targets ``m2m``.

    Builds a live record's pending changes in memory (imports): children and files stay as in ``data``.
    """
    values, labels, _files = _read_fields(record, content_fields(type(record)))
    changed = {**data, "fields": values, "labels": labels, "m2m": dict(data.get("m2m", {}))}
    for name, targets in (m2m or {}).items():
        changed["m2m"][name] = [[item.pk, str(item)] for item in targets]
    return changed
