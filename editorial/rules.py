"""Who may do what, in one table: roles, the stage of a record, and ``can()``.

Both the workflow functions (which refuse) and the admin (which hides buttons) ask ``can()``.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from archive.models import Status

from .models import ReviewState, Stage

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


def why_not(user, action, record):
    """None when ``user`` may do ``action`` on ``record`` now, else the reason, for people."""
    rule = RULES[action]
    if not is_editor(user):
        return _("You do not have an editorial role.")
    if rule.statuses:
        if record.status not in rule.statuses:
            return _("This cannot be done while the record is %(state)s.") % {"state": record.get_status_display()}
    elif stage(record) not in rule.stages:
        return _("This cannot be done while the record is %(state)s.") % {"state": Stage(stage(record)).label}
    if user.is_superuser:
        return None
    if not roles(user) & rule.roles:
        return _("Only a %(roles)s may do this.") % {"roles": " / ".join(sorted(rule.roles))}
    if rule.own and record.created_by_id != user.pk:
        return _("Authors may only change their own records.")
    return None


def can(user, action, record):
    return why_not(user, action, record) is None
