"""The editors' dashboard on the admin home: what waits for whom, with counts, links and overdue marks.

``SECTIONS`` is the list of what the dashboard shows; adding a section is one entry. Each
section's ``rows`` is a Q object over records annotated by ``states.with_review``; the same
entry counts on the dashboard and filters the record lists behind its links (``DeskFilter``,
``?desk=<key>``), so a count and the list it links to always agree.
"""

import dataclasses
import datetime
from collections.abc import Callable

from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from archive.models import Status, published_q
from archive.record_types import RECORD_MODELS

from . import rules, states
from .models import ReviewState, Stage
from .translations import outdated_translations


@dataclasses.dataclass(frozen=True)
class Section:
    key: str
    title: str
    #: Who sees it: editors with one of these roles (superusers see every section).
    roles: frozenset
    #: ``rows(user, now)``: the records in this section, as a Q over annotated rows.
    rows: Callable
    #: ``overdue(now)``: which of them are overdue, or None when nothing here can be late.
    overdue: Callable | None = None
    #: List the send-back notes of the user's records under the counts.
    notes: bool = False
    #: ``rows`` takes the model as a third argument (for conditions that name it).
    per_model: bool = False
    #: ``rows`` reads the review-state annotations (``states.with_review``).
    reviewed: bool = True

    def condition(self, user, now, model):
        rows = self.rows(user, now, model) if self.per_model else self.rows(user, now)
        # The cheap test first: PostgreSQL then skips the review-state subqueries for the
        # settled published records, which no reviewed section holds.
        return (REVIEWABLE & rows) if self.reviewed else rows


def _recent(now):
    return now - datetime.timedelta(days=settings.MADENI_DASHBOARD_RECENT_DAYS)


def _approved_overdue(now):
    """Waited too long, or its go-live time has passed while it is still not published."""
    return states.overdue_review_q(now=now) | Q(go_live_at__lte=now)


ALL_ROLES = frozenset(rules.ROLES)
#: The rows a section about review can hold: not published, or published with pending changes.
REVIEWABLE = ~Q(status=Status.PUBLISHED) | Q(has_pending_changes=True)

SECTIONS = [
    Section(
        "my_drafts",
        _("My drafts"),
        frozenset({rules.AUTHOR}),
        lambda user, now: states.DRAFT_STAGE & Q(desk_note="", created_by=user.pk),
    ),
    Section(
        "sent_back",
        _("Sent back to me"),
        frozenset({rules.AUTHOR}),
        lambda user, now: states.SENT_BACK & Q(desk_submitted_by=user.pk),
        notes=True,
    ),
    Section(
        "to_review",
        _("Waiting for my review"),
        frozenset({rules.REVIEWER}),
        lambda user, now: states.IN_REVIEW_STAGE & (Q(desk_reviewer__isnull=True) | Q(desk_reviewer=user.pk)),
        overdue=lambda now: states.overdue_review_q(now=now),
    ),
    Section(
        "approved",
        _("Approved, waiting to be published"),
        frozenset({rules.PUBLISHER}),
        lambda user, now: states.APPROVED_STAGE,
        overdue=_approved_overdue,
    ),
    Section(
        "scheduled",
        _("Scheduled"),
        frozenset({rules.PUBLISHER}),
        lambda user, now: Q(status=Status.PUBLISHED, go_live_at__gt=now),
        reviewed=False,
    ),
    Section(
        "recent",
        _("Recently published"),
        ALL_ROLES,
        lambda user, now: published_q(now=now) & Q(modified__gte=_recent(now)),
        reviewed=False,
    ),
    Section(
        "translations",
        _("Translations outdated"),
        ALL_ROLES,
        lambda user, now, model: Q(pk__in=outdated_translations(model=model).values("object_id")),
        per_model=True,
        reviewed=False,
    ),
]


def sections_for(user):
    """The sections ``user`` sees, in order."""
    if not rules.is_editor(user):
        return []
    if user.is_superuser:
        return list(SECTIONS)
    mine = rules.roles(user)
    return [section for section in SECTIONS if section.roles & mine]


def section(key):
    return next((s for s in SECTIONS if s.key == key), None)


def _changelist(model):
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    except NoReverseMatch:
        return None


def build(user, *, now=None):
    """The dashboard of ``user``: per section, its count, overdue count and a link per kind of record.

    One aggregate query per kind of record, whatever the number of records or sections,
    plus the sent-back notes (one query, and one per kind of record they name).
    """
    now = now or timezone.now()
    visible = sections_for(user)
    if not visible:
        return []
    counts = {}
    for model in RECORD_MODELS:
        aggregates = {}
        for entry in visible:
            rows = entry.condition(user, now, model)
            aggregates[entry.key] = Count("pk", filter=rows)
            if entry.overdue is not None:
                aggregates[f"{entry.key}__overdue"] = Count("pk", filter=rows & entry.overdue(now))
        candidates = model._base_manager.filter(pk__in=_candidates(model, now, user))
        counts[model] = states.with_review(candidates).aggregate(**aggregates)
    result = []
    for entry in visible:
        kinds = []
        for model in RECORD_MODELS:
            count = counts[model][entry.key]
            url = _changelist(model)
            if count and url:
                kinds.append(
                    {
                        "label": model._meta.verbose_name_plural.capitalize(),
                        "count": count,
                        "overdue": counts[model].get(f"{entry.key}__overdue", 0),
                        "url": f"{url}?{urlencode({DeskFilter.parameter_name: entry.key})}",
                    }
                )
        result.append(
            {
                "key": entry.key,
                "title": entry.title,
                "count": sum(kind["count"] for kind in kinds),
                "overdue": sum(kind["overdue"] for kind in kinds),
                "kinds": kinds,
                "notes": _notes(user) if entry.notes else [],
            }
        )
    return result


def _candidates(model, now, user):
    """The keys of the rows any section can hold for ``user``: a few, however large the archive.

    A record is in a section only when it is the user's own draft, has entered review
    (a review state), is in review, has pending changes, is scheduled, was changed
    lately or has a translation behind. Each of these is read from its own index and the
    keys are joined (a UNION: an OR of them would scan the whole table), so the
    dashboard costs what the editorial work in hand costs, not what the archive holds.
    """
    rows = model._base_manager.values_list("pk", flat=True).order_by()
    reviewed = ReviewState.objects.filter(content_type=ContentType.objects.get_for_model(model))
    return rows.filter(status=Status.DRAFT, created_by=user.pk).union(
        reviewed.values_list("object_id", flat=True).order_by(),
        rows.filter(status=Status.IN_REVIEW),
        rows.filter(has_pending_changes=True),
        rows.filter(go_live_at__gt=now),
        rows.filter(modified__gte=_recent(now)),
        outdated_translations(model=model).values_list("object_id", flat=True).order_by(),
    )


def _notes(user, limit=10):
    """The user's records sent back with a note, newest first: what the reviewer asked for."""
    returned = (
        ReviewState.objects.filter(stage=Stage.DRAFT, submitted_by=user)
        .exclude(note="")
        .select_related("note_by")
        .prefetch_related("record")
        .order_by("-updated", "-pk")[:limit]
    )
    notes = []
    for state in returned:
        record = state.record
        if record is None:
            continue
        url = _changelist(type(record))
        notes.append(
            {
                "record": record,
                "note": state.note,
                "by": state.note_by,
                "when": state.updated,
                "url": url
                and reverse(f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk]),
            }
        )
    return notes


class DeskFilter(admin.SimpleListFilter):
    """The dashboard's sections as a list filter, so each count links to exactly its records."""

    title = _("dashboard section")
    parameter_name = "desk"

    def lookups(self, request, model_admin):
        return [(entry.key, entry.title) for entry in sections_for(request.user)]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        entry = section(self.value())
        if entry is None or entry not in sections_for(request.user):
            return queryset.none()
        return queryset.filter(entry.condition(request.user, timezone.now(), queryset.model))
