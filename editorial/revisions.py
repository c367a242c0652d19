"""Revisions: every save of a record's content, and its pending changes while it is live."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max

from . import content
from .models import Revision


def for_record(record):
    return Revision.objects.for_record(record).select_related("created_by")


def latest(record):
    return for_record(record).order_by("-number").first()


def pending(record):
    """The pending changes of a live record (its latest revision), or None."""
    return latest(record) if record.has_pending_changes else None


def working_content(record):
    """What an editor currently works on: the pending changes, else the row itself."""
    revision = pending(record)
    return revision.content if revision else content.serialize(record)


def create(record, *, by, comment="", data=None, pending=False, published=False):
    """Store a new revision of ``record`` (its current rows unless ``data`` is given)."""
    ct = ContentType.objects.get_for_model(record)
    last = Revision.objects.filter(content_type=ct, object_id=record.pk).aggregate(n=Max("number"))["n"] or 0
    return Revision.objects.create(
        content_type=ct,
        object_id=record.pk,
        number=last + 1,
        record_version=record.version,
        created_by=by if by is not None and by.is_authenticated else None,
        comment=comment,
        content=data if data is not None else content.serialize(record),
        pending=pending,
        published=published,
    )


def at_version(record, version):
    """The content an editor saw at ``version``: the newest revision saved at or before it.

    Transitions also count up the version without saving content, hence "at or before".
    """
    return for_record(record).filter(record_version__lte=version).order_by("-number").first()


def ensure_baseline(record):
    """Before the first revision of a record made elsewhere (demo, import), keep its stored state."""
    if for_record(record).exists():
        return None
    stored = type(record)._base_manager.get(pk=record.pk)
    return create(stored, by=None, comment="Stored version before the first edit", published=stored.is_published())
