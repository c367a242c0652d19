"""Field-by-field differences between two serialized contents of a record."""

import dataclasses

from django.db import models
from django.utils.translation import gettext as _

from .content import child_relations, content_fields, m2m_fields


@dataclasses.dataclass
class FileSide:
    name: str
    size: int | None
    url: str
    is_image: bool


@dataclasses.dataclass
class Change:
    field: str
    label: str
    old: str = ""
    new: str = ""
    added: list = dataclasses.field(default_factory=list)
    removed: list = dataclasses.field(default_factory=list)
    old_file: FileSide | None = None
    new_file: FileSide | None = None

    @property
    def kind(self):
        if self.old_file or self.new_file:
            return "file"
        return "relation" if self.added or self.removed else "value"


def _display(field, value, labels):
    if value in (None, ""):
        return ""
    if field.is_relation:
        return labels.get(field.attname) or f"#{value}"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def _field_label(model, field):
    label = str(field.verbose_name)
    base = getattr(field, "translated_field", None)
    if base is not None:
        label = f"{base.verbose_name} [{field.language}]"
    return label[:1].upper() + label[1:]


def _file_side(field, info):
    if not info:
        return None
    storage = field.storage
    try:
        url = storage.url(info["name"])
    except (ValueError, NotImplementedError):
        url = ""
    return FileSide(info["name"], info.get("size"), url, isinstance(field, models.ImageField))


def compare(model, old, new):
    """The changes from ``old`` to ``new`` (serialized contents of a ``model`` record), in field order."""
    changes = []
    old_fields, new_fields = old.get("fields", {}), new.get("fields", {})
    for field in content_fields(model):
        before, after = old_fields.get(field.attname), new_fields.get(field.attname)
        if before == after or (before in (None, "") and after in (None, "")):
            continue
        change = Change(field.attname, _field_label(model, field))
        if isinstance(field, models.FileField):
            change.old_file = _file_side(field, old.get("files", {}).get(field.attname))
            change.new_file = _file_side(field, new.get("files", {}).get(field.attname))
        else:
            change.old = _display(field, before, old.get("labels", {}))
            change.new = _display(field, after, new.get("labels", {}))
        changes.append(change)
    for field in m2m_fields(model):
        before = dict(old.get("m2m", {}).get(field.name, []))
        after = dict(new.get("m2m", {}).get(field.name, []))
        added = [after[pk] for pk in after if pk not in before]
        removed = [before[pk] for pk in before if pk not in after]
        if added or removed:
            changes.append(Change(field.name, _field_label(model, field), added=added, removed=removed))
    for relation in child_relations(model):
        name = relation.get_accessor_name()
        before = [row["label"] for row in old.get("children", {}).get(name, [])]
        after = [row["label"] for row in new.get("children", {}).get(name, [])]
        added = [label for label in after if label not in before]
        removed = [label for label in before if label not in after]
        if added or removed:
            label = str(relation.related_model._meta.verbose_name)
            changes.append(Change(name, label[:1].upper() + label[1:], added=added, removed=removed))
    return changes


def field_names(model, changes):
    """Short list of what changed, for messages: "title [en], participant"."""
    return ", ".join(change.label for change in changes)
