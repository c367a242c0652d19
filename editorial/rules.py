"""Who may do what, in one table: roles, the stage of a record, and ``can()``.

Both the workflow functions (which refuse) and the admin (which hides buttons) ask ``can()``.
With ``MADENI_SEPARATE_DUTIES`` on, a record's last author may not approve or publish it:
someone else must (superusers may, giving a reason that goes into the audit log).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from archive.models import Status

from .models import AuditEntry, ReviewState, Stage

AUTHOR, REVIEWER, PUBLISHER = "Author", "Reviewer", "Publisher"
ROLES = (AUTHOR, REVIEWER, PUBLISHER)
ALL_STAGES = frozenset(Stage.values)


@dataclass(frozen=True)
class Rule:
    label: str
    roles: frozenset
    #: Stages of the working copy the action starts from (see ``stage()``).
    stages: frozenset = frozenset()
    #: Or: live statuses of the record row it starts from (unpublish, archive, schedule).
    statuses: frozenset = frozenset()
    #: Only the record's creator may do it (superusers excepted).
    own: bool = False


RULES = {
    "view": Rule(_("View history and preview"), frozenset(ROLES), stages=ALL_STAGES),
    "edit": Rule(_("Edit"), frozenset({AUTHOR}), stages=frozenset({Stage.DRAFT, Stage.PUBLISHED}), own=True),
    "restore": Rule(_("Restore"), frozenset({AUTHOR}), stages=frozenset({Stage.DRAFT, Stage.PUBLISHED}), own=True),
    "submit": Rule(_("Submit for review"), frozenset({AUTHOR}), stages=frozenset({Stage.DRAFT}), own=True),
    "comment": Rule(_("Comment"), frozenset({REVIEWER}), stages=frozenset({Stage.IN_REVIEW, Stage.APPROVED})),
    "send_back": Rule(_("Send back"), frozenset({REVIEWER}), stages=frozenset({Stage.IN_REVIEW, Stage.APPROVED})),
    "approve": Rule(_("Approve"), frozenset({REVIEWER}), stages=frozenset({Stage.IN_REVIEW})),
    "publish": Rule(_("Publish"), frozenset({PUBLISHER}), stages=frozenset({Stage.APPROVED})),
    "unpublish": Rule(_("Unpublish"), frozenset({PUBLISHER}), statuses=frozenset({Status.PUBLISHED, Status.ARCHIVED})),
    "archive": Rule(_("Archive"), frozenset({PUBLISHER}), statuses=frozenset({Status.PUBLISHED})),
    "schedule": Rule(
        _("Schedule"), frozenset({PUBLISHER}), statuses=frozenset({Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED})
    ),
    "share": Rule(_("Share a preview link"), frozenset({PUBLISHER}), stages=ALL_STAGES - {Stage.ARCHIVED}),
}

#: The state changes, in the order their buttons appear.
TRANSITIONS = ("submit", "approve", "send_back", "publish", "unpublish", "archive")

#: Actions that need someone other than the record's last author (``MADENI_SEPARATE_DUTIES``).
SEPARATE = {
    "approve": _("You were the last to write or submit this record: someone else must approve it."),
    "publish": _("You were the last to write or submit this record: someone else must publish it."),
}
#: What makes someone the author of the working copy: saving its content or submitting it.
AUTHORING = ("create", "save", "save_pending", "restore", "submit")


def review_state(record):
    """The record's ``ReviewState`` or None, cached on the instance."""
    if not hasattr(record, "_review_state"):
        record._review_state = ReviewState.objects.for_record(record).first()
    return record._review_state


def stage(record):
    """Where the working copy stands: for a live record with pending changes, their review stage."""
    if record.status == Status.ARCHIVED:
        return Stage.ARCHIVED
    if record.status == Status.DRAFT:
        return Stage.DRAFT
    state = review_state(record)
    if record.status == Status.IN_REVIEW:
        return Stage.APPROVED if state and state.stage == Stage.APPROVED else Stage.IN_REVIEW
    if not record.has_pending_changes:
        return Stage.PUBLISHED
    if state and state.stage in (Stage.IN_REVIEW, Stage.APPROVED):
        return Stage(state.stage)
    return Stage.DRAFT


def roles(user):
    if not hasattr(user, "_editorial_roles"):
        user._editorial_roles = frozenset(user.groups.filter(name__in=ROLES).values_list("name", flat=True))
    return user._editorial_roles


def is_editor(user):
    """An active staff member with an editorial role (or a superuser)."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or bool(roles(user))


def last_author_id(record):
    """Who last saved the record's content or submitted it (from the audit log), else its creator."""
    if not hasattr(record, "_last_author_id"):
        entries = AuditEntry.objects.for_record(record).filter(action__in=AUTHORING, actor__isnull=False)
        record._last_author_id = entries.values_list("actor_id", flat=True).first() or record.created_by_id
    return record._last_author_id


def duty_conflict(user, action, record):
    """Why ``user`` may not do ``action`` as the record's last author, or None."""
    if action not in SEPARATE or not settings.MADENI_SEPARATE_DUTIES:
        return None
    return SEPARATE[action] if last_author_id(record) == user.pk else None


def why_not(user, action, record, *, override_reason=""):
    """None when ``user`` may do ``action`` on ``record`` now, else the reason, for people.

    ``override_reason``: a superuser's reason to approve or publish their own work.
    """
    rule = RULES[action]
    if not is_editor(user):
        return _("You do not have an editorial role.")
    if rule.statuses:
        if record.status not in rule.statuses:
            return _("This cannot be done while the record is %(state)s.") % {"state": record.get_status_display()}
    elif stage(record) not in rule.stages:
        return _("This cannot be done while the record is %(state)s.") % {"state": Stage(stage(record)).label}
    if not user.is_superuser:
        if not roles(user) & rule.roles:
            return _("Only a %(roles)s may do this.") % {"roles": " / ".join(sorted(rule.roles))}
        if rule.own and record.created_by_id != user.pk:
            return _("Authors may only change their own records.")
    conflict = duty_conflict(user, action, record)
    if conflict and not user.is_superuser:
        return conflict
    if conflict and not override_reason.strip():
        return "{} {}".format(conflict, _("As a superuser you may go ahead if you give a reason."))
    return None


def can(user, action, record, *, override_reason=""):
    return why_not(user, action, record, override_reason=override_reason) is None
