"""The audit log: one entry per transition, save, deletion and share-link use."""

from django.contrib.contenttypes.models import ContentType

from .models import AuditEntry


def log(record, action, *, by, from_state="", to_state="", comment="", revision=None):
    actor = by if by is not None and by.is_authenticated else None
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        record_repr=str(record)[:300],
        actor=actor,
        actor_name=actor.get_username() if actor else "",
        action=action,
        from_state=from_state,
        to_state=to_state,
        comment=comment,
        revision=revision,
    )
