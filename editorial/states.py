"""A record's editorial state in lists: one annotation, Q objects per state, the admin column and filter.

``rules.stage()`` answers for one record in memory; lists need the same answer for many rows
in one query. ``with_review()`` annotates each row with its ``ReviewState`` columns (one
subquery each, no query per row) and the Q objects below mirror ``rules.stage()`` on them:
an approved record is "Approved", not "In review", and a sent-back draft is "Sent back".
"""

import datetime

from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from archive.models import Status, published_q

from .models import ReviewState, Stage

#: The states people see in lists, in workflow order.
STATES = {
    "draft": _("Draft"),
    "sent_back": _("Sent back"),
    "in_review": _("In review"),
    "approved": _("Approved"),
    "scheduled": _("Scheduled"),
    "published": _("Published"),
    "archived": _("Archived"),
}


def with_review(queryset):
    """``queryset`` with its rows' review stage, note, submitter, reviewer, submission time and due date."""
    states = ReviewState.objects.filter(
        content_type=ContentType.objects.get_for_model(queryset.model), object_id=OuterRef("pk")
    )

    def column(name):
        return Subquery(states.values(name)[:1])

    return queryset.annotate(
        desk_stage=Coalesce(column("stage"), Value(""), output_field=CharField()),
        desk_note=Coalesce(column("note"), Value(""), output_field=TextField()),
        desk_submitted_by=column("submitted_by"),
        desk_reviewer=column("reviewer"),
        desk_submitted_at=column("submitted_at"),
        desk_due=column("due"),
    )


def _pending(stage):
    """A live record whose pending changes are at ``stage``."""
    return Q(status=Status.PUBLISHED, has_pending_changes=True, desk_stage=stage)


#: The working copy is a draft: ``rules.stage()`` is DRAFT (annotated rows only).
DRAFT_STAGE = Q(status=Status.DRAFT) | (
    Q(status=Status.PUBLISHED, has_pending_changes=True) & ~Q(desk_stage__in=[Stage.IN_REVIEW, Stage.APPROVED])
)
IN_REVIEW_STAGE = (Q(status=Status.IN_REVIEW) & ~Q(desk_stage=Stage.APPROVED)) | _pending(Stage.IN_REVIEW)
APPROVED_STAGE = Q(status=Status.IN_REVIEW, desk_stage=Stage.APPROVED) | _pending(Stage.APPROVED)
SENT_BACK = DRAFT_STAGE & ~Q(desk_note="")


def state_q(name, *, now=None):
    """Rows (annotated by ``with_review``) in the list state ``name``; None for an unknown name."""
    now = now or timezone.now()
    return {
        "draft": DRAFT_STAGE & Q(desk_note=""),
        "sent_back": SENT_BACK,
        "in_review": IN_REVIEW_STAGE,
        "approved": APPROVED_STAGE,
        "scheduled": Q(status=Status.PUBLISHED, go_live_at__gt=now),
        "published": published_q(now=now),
        "archived": Q(status=Status.ARCHIVED),
    }.get(name)


def overdue_review_q(*, now=None):
    """In review or approved for longer than ``MADENI_REVIEW_OVERDUE_DAYS``, or past its due date."""
    now = now or timezone.now()
    waited = now - datetime.timedelta(days=settings.MADENI_REVIEW_OVERDUE_DAYS)
    return Q(desk_submitted_at__lt=waited) | Q(desk_due__lt=timezone.localdate(now))


def is_overdue(row, *, now=None):
    """``overdue_review_q`` for one annotated row in memory."""
    now = now or timezone.now()
    submitted, due = getattr(row, "desk_submitted_at", None), getattr(row, "desk_due", None)
    waited = now - datetime.timedelta(days=settings.MADENI_REVIEW_OVERDUE_DAYS)
    return bool((submitted and submitted < waited) or (due and due < timezone.localdate(now)))


def _waiting(label, row, now):
    if is_overdue(row, now=now):
        return _("%(state)s (overdue)") % {"state": label}
    return label


def state_label(row, *, now=None):
    """What the list column says for one annotated row (no query); waiting too long says "overdue"."""
    now = now or timezone.now()
    stage, note = getattr(row, "desk_stage", ""), getattr(row, "desk_note", "")
    if row.status == Status.ARCHIVED:
        return STATES["archived"]
    if row.status == Status.DRAFT:
        return STATES["sent_back"] if note else STATES["draft"]
    if row.status == Status.IN_REVIEW:
        return _waiting(STATES["approved"] if stage == Stage.APPROVED else STATES["in_review"], row, now)
    if row.go_live_at and row.go_live_at > now:
        label = STATES["scheduled"]
    elif row.expire_at and row.expire_at <= now:
        label = _("Expired")
    else:
        label = STATES["published"]
    if row.has_pending_changes:
        if stage in (Stage.IN_REVIEW, Stage.APPROVED):
            changes = _waiting(STATES[stage], row, now)
        else:
            changes = STATES["sent_back"] if note else STATES["draft"]
        return _("%(state)s; changes: %(changes)s") % {"state": label, "changes": changes}
    return label


class StateFilter(admin.SimpleListFilter):
    """Draft / Sent back / In review / Approved / Scheduled / Published / Archived (live records whose
    pending changes are in review or approved are found under those too)."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return list(STATES.items())

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        condition = state_q(self.value())
        return queryset.none() if condition is None else queryset.filter(condition)
