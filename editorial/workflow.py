"""The editorial workflow: one function per action, each checked, atomic and audited.

draft → in_review → (approved) → published → archived, and back to draft by send-back or
unpublish. A live record keeps its public row untouched while its *pending changes* go
through the same review; ``publish`` applies them. Every function takes the acting user
as keyword-only ``by``, refuses with ``Refused`` (nothing changed) when ``can()`` says no or
the caller's ``expected_version`` is stale, and writes an audit entry.
"""

import dataclasses
import datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from archive.models import Status

from . import audit, content, notify, references, retention, revisions, translations
from .models import ReviewState, ShareLink, Stage, TranslationState
from .rules import RULES, duty_conflict, review_state, stage, why_not


class Refused(Exception):
    """The action is not allowed now; the message says why, for people."""


@dataclasses.dataclass
class Outcome:
    record: object
    #: Linked records still hidden from the public (publish) or published records linking here (archive).
    related: list = dataclasses.field(default_factory=list)


def _lock(record, action, by, expected_version=None, override_reason=""):
    """The record's row, locked, after checking ``by`` may do ``action`` on it now."""
    locked = type(record)._base_manager.select_for_update().get(pk=record.pk)
    # A stale page first: whoever pressed the same button a moment earlier is why it no longer applies.
    if expected_version is not None and int(expected_version) != locked.version:
        raise Refused(_("Someone changed this record since you opened it; reload the page and try again."))
    reason = why_not(by, action, locked, override_reason=override_reason)
    if reason:
        raise Refused(reason)
    return locked


def _with_override(comment, by, action, locked, override_reason):
    """The audit comment, with the superuser's reason when they approve or publish their own work."""
    if not duty_conflict(by, action, locked):
        return comment
    note = _("Separation of duties overridden by a superuser: %(reason)s") % {"reason": override_reason.strip()}
    return f"{comment}\n{note}" if comment else note


def _state(record):
    state = review_state(record)
    if state is None:
        state, _created = ReviewState.objects.get_or_create(
            content_type_id=_content_type_id(record), object_id=record.pk
        )
        record._review_state = state
    return state


def _content_type_id(record):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(record).pk


def _save_row(record, *fields, public=False):
    """Save the workflow columns; ``modified`` moves only when the public version changes (``public``).

    ``modified`` is the public "updated" time (feed, sitemap): pending changes and their
    review leave it alone until they are published. Admin saves of records not live move it
    as before (``auto_now``), so admin lists still show recent edits of drafts.
    """
    record.version += 1
    record.save(update_fields=[*fields, "version", *(["modified"] if public else [])])


def _finish(original, locked, action, *, by, before, comment="", revision=None):
    after = stage(locked)
    audit.log(locked, action, by=by, from_state=before, to_state=after, comment=comment, revision=revision)
    for name in ("status", "has_pending_changes", "version", "go_live_at", "expire_at", "modified"):
        setattr(original, name, getattr(locked, name))
    original._review_state = review_state(locked)


@transaction.atomic
def submit(record, *, by, reviewer=None, due=None, comment="", expected_version=None):
    locked = _lock(record, "submit", by, expected_version)
    before = stage(locked)
    state = _state(locked)
    state.stage, state.reviewer, state.due = Stage.IN_REVIEW, reviewer, due
    state.submitted_by, state.submitted_at, state.note, state.note_by = by, timezone.now(), "", None
    state.save()
    if locked.status == Status.DRAFT:
        locked.status = Status.IN_REVIEW
    _save_row(locked, "status")
    _finish(record, locked, "submit", by=by, before=before, comment=comment)
    notify.submitted(locked, state, by=by, comment=comment)
    return Outcome(record)


@transaction.atomic
def comment(record, *, by, comment):
    if not comment.strip():
        raise Refused(_("Write a comment."))
    locked = _lock(record, "comment", by)
    before = stage(locked)
    _finish(record, locked, "comment", by=by, before=before, comment=comment)
    return Outcome(record)


@transaction.atomic
def send_back(record, *, by, comment, expected_version=None):
    if not comment.strip():
        raise Refused(_("Say what the author should change: a comment is required to send back."))
    locked = _lock(record, "send_back", by, expected_version)
    before = stage(locked)
    state = _state(locked)
    state.stage, state.note, state.note_by = Stage.DRAFT, comment, by
    state.save()
    if locked.status == Status.IN_REVIEW:
        locked.status = Status.DRAFT
    _save_row(locked, "status")
    _finish(record, locked, "send_back", by=by, before=before, comment=comment)
    notify.sent_back(locked, state, by=by, comment=comment)
    return Outcome(record)


@transaction.atomic
def approve(record, *, by, comment="", expected_version=None, override_reason=""):
    """Approve the working copy; its last author may not (a superuser may, with ``override_reason``)."""
    locked = _lock(record, "approve", by, expected_version, override_reason)
    comment = _with_override(comment, by, "approve", locked, override_reason)
    before = stage(locked)
    state = _state(locked)
    state.stage = Stage.APPROVED
    state.save()
    _save_row(locked)
    _finish(record, locked, "approve", by=by, before=before, comment=comment)
    notify.approved(locked, state, by=by, comment=comment)
    return Outcome(record)


@transaction.atomic
def publish(record, *, by, comment="", expected_version=None, override_reason=""):
    """Make the approved working copy public (at its go-live time, if scheduled).

    Its last author may not (a superuser may, with ``override_reason``, kept in the audit log).
    The outcome lists linked records the public cannot see yet: those links stay off the
    public page until their targets are published.
    """
    locked = _lock(record, "publish", by, expected_version, override_reason)
    comment = _with_override(comment, by, "publish", locked, override_reason)
    before = stage(locked)
    revision = revisions.pending(locked)
    if revision is not None:
        content.apply(locked, revision.content)
    problems = locked.publish_problems()
    if problems:
        raise Refused(" ".join(problems))
    if revision is not None:
        revision.published = True
        revision.save(update_fields=["published"])
    else:
        revision = revisions.latest(locked) or revisions.create(locked, by=by, comment=_("Published"))
        revision.published = True
        revision.save(update_fields=["published"])
    locked.status, locked.has_pending_changes = Status.PUBLISHED, False
    _save_row(locked, "status", "has_pending_changes", public=True)
    state = _state(locked)
    state.stage, state.reviewer, state.due, state.note = Stage.PUBLISHED, None, None, ""
    state.save()
    _finish(record, locked, "publish", by=by, before=before, comment=comment, revision=revision)
    notify.published(locked, state, by=by)
    return Outcome(record, related=references.hidden_links(locked))


def publish_with_related(record, related, *, by, comment="", expected_version=None, override_reason=""):
    """Publish ``record`` and the linked records ticked for it (``related``), all in one transaction.

    Each linked record goes through ``publish`` like a record of its own: the same rules
    (it must be approved, by someone else than its last author) and its own audit entry,
    noting what it was published with. All or nothing: when any is refused, nothing is
    published and ``Refused`` names the record and why. Only records ``record`` links to
    and that the public cannot see are taken; anything else in ``related`` is refused too.
    """
    with transaction.atomic():
        outcome = publish(
            record, by=by, comment=comment, expected_version=expected_version, override_reason=override_reason
        )
        hidden = {(type(target), target.pk) for target in outcome.related}
        for target in related:
            if (type(target), target.pk) not in hidden:
                raise Refused(
                    _("“%(record)s” is not an unpublished record this one links to, so nothing was published.")
                    % {"record": target}
                )
            note = _("Published together with %(kind)s “%(record)s”.") % {
                "kind": record._meta.verbose_name,
                "record": record,
            }
            try:
                publish(target, by=by, comment=note)
            except Refused as refused:
                raise Refused(
                    _("“%(record)s” could not be published with it, so nothing was published: %(reason)s")
                    % {"record": target, "reason": refused}
                ) from None
    live = type(record)._base_manager.get(pk=record.pk)
    return Outcome(record, related=references.hidden_links(live))


@transaction.atomic
def unpublish(record, *, by, comment="", expected_version=None):
    """Take the record off the public site, back to draft; pending changes become the draft."""
    locked = _lock(record, "unpublish", by, expected_version)
    before = stage(locked)
    revision = revisions.pending(locked)
    if revision is not None:
        content.apply(locked, revision.content)
    locked.status, locked.has_pending_changes = Status.DRAFT, False
    _save_row(locked, "status", "has_pending_changes", public=True)
    state = _state(locked)
    state.stage = Stage.DRAFT
    state.save()
    _finish(record, locked, "unpublish", by=by, before=before, comment=comment)
    return Outcome(record)


@transaction.atomic
def archive(record, *, by, comment="", expected_version=None):
    """Withdraw the record from public view and keep it as published; pending changes stay in history.

    The outcome lists the published records that still link to it.
    """
    locked = _lock(record, "archive", by, expected_version)
    before = stage(locked)
    locked.status, locked.has_pending_changes = Status.ARCHIVED, False
    _save_row(locked, "status", "has_pending_changes", public=True)
    state = _state(locked)
    state.stage, state.reviewer, state.due = Stage.ARCHIVED, None, None
    state.save()
    _finish(record, locked, "archive", by=by, before=before, comment=comment)
    return Outcome(record, related=references.published_referrers(locked))


@transaction.atomic
def schedule(record, *, by, go_live_at, expire_at, expected_version=None):
    """Set when the record goes live and when it leaves; ``published()`` honours both."""
    if go_live_at and expire_at and expire_at <= go_live_at:
        raise Refused(_("Expiry must come after go-live."))
    locked = _lock(record, "schedule", by, expected_version)
    before = stage(locked)
    locked.go_live_at, locked.expire_at = go_live_at, expire_at
    _save_row(locked, "go_live_at", "expire_at", public=True)
    when = _("go live %(go)s, expire %(exp)s") % {"go": go_live_at or "—", "exp": expire_at or "—"}
    _finish(record, locked, "schedule", by=by, before=before, comment=when)
    return Outcome(record)


@transaction.atomic
def restore(record, revision, *, by, comment="", expected_version=None):
    """Bring back an old revision as a new draft revision; a live record gets it as pending changes."""
    if revision.content_type_id != _content_type_id(record) or revision.object_id != record.pk:
        raise Refused(_("That revision belongs to another record."))
    locked = _lock(record, "restore", by, expected_version)
    missing = retention.missing_files(type(locked), revision.content)
    if missing:
        raise Refused(
            _("The file of revision #%(number)s is no longer kept (%(names)s), so it cannot be restored.")
            % {"number": revision.number, "names": ", ".join(missing)}
        )
    before = stage(locked)
    note = comment or _("Restored revision #%(number)s") % {"number": revision.number}
    previous = revisions.working_content(locked)
    if locked.status == Status.PUBLISHED:
        locked.has_pending_changes = True
        _save_row(locked, "has_pending_changes")
        new = revisions.create(locked, by=by, comment=note, data=revision.content, pending=True)
        state = _state(locked)
        state.stage = Stage.DRAFT
        state.save()
    else:
        content.apply(locked, revision.content)
        _save_row(locked)
        new = revisions.create(locked, by=by, comment=note)
    translations.track(locked, new.content, previous=previous)
    _finish(record, locked, "restore", by=by, before=before, comment=note, revision=new)
    return Outcome(record)


@transaction.atomic
def confirm_translation(record, *, by, language, fields=None, comment=""):
    """Say the outdated ``language`` translation of ``record`` is still right for the current source text.

    Nothing in the content changes, so the version stays; the audit log names the fields.
    """
    if language not in translations.targets():
        raise Refused(_("Choose a language the record is translated into."))
    locked = _lock(record, "edit", by)
    before = stage(locked)
    confirmed = translations.confirm(locked, language, fields)
    if not confirmed:
        raise Refused(_("There is no outdated translation to confirm in that language."))
    names = ", ".join(str(type(locked)._meta.get_field(name).verbose_name) for name in confirmed)
    note = _("Translation confirmed as still right (%(language)s): %(fields)s") % {
        "language": translations.language_name(language),
        "fields": names,
    }
    note = f"{note}\n{comment}" if comment else note
    _finish(record, locked, "confirm_translation", by=by, before=before, comment=note)
    return Outcome(record)


def deletion_blockers(record):
    """Why ``record`` cannot be deleted now, as sentences for people (empty when it can)."""
    reasons = []
    if record.status == Status.PUBLISHED:
        reasons.append(
            _("“%(record)s” is published: unpublish or archive it first.") % {"record": record},
        )
    for referrer in references.referrers(record):
        reasons.append(
            _("%(kind)s “%(record)s” links to it.")
            % {"kind": referrer._meta.verbose_name.capitalize(), "record": referrer}
        )
    return reasons


@transaction.atomic
def delete(record, *, by, comment=""):
    """Delete a record that is not live and that nothing links to; its revisions and audit log stay."""
    locked = type(record)._base_manager.select_for_update().get(pk=record.pk)
    if not by.has_perm(f"{locked._meta.app_label}.delete_{locked._meta.model_name}"):
        raise Refused(_("You may not delete records of this kind."))
    reasons = deletion_blockers(locked)
    if reasons:
        raise Refused(" ".join(reasons))
    audit.log(locked, "delete", by=by, from_state=stage(locked), comment=comment)
    ReviewState.objects.for_record(locked).delete()
    TranslationState.objects.for_record(locked).delete()
    locked.delete()
    return Outcome(record)


def save_pending(record, data, *, by, comment="", expected_version=None):
    """Store edited content of a live record as pending changes; the public row stays as it is."""
    with transaction.atomic():
        locked = _lock(record, "edit", by, expected_version)
        before = stage(locked)
        revisions.ensure_baseline(locked)
        previous = revisions.working_content(locked)
        locked.has_pending_changes = True
        _save_row(locked, "has_pending_changes")
        revision = revisions.create(locked, by=by, comment=comment, data=data, pending=True)
        translations.track(locked, data, previous=previous)
        state = _state(locked)
        if state.stage not in (Stage.DRAFT,):
            state.stage = Stage.DRAFT
            state.save()
        _finish(record, locked, "save_pending", by=by, before=before, comment=comment, revision=revision)
    return revision


def saved(record, *, by, comment="", created=False):
    """Record a save made straight to the row (records not live): revision and audit entry."""
    previous = revisions.latest(record)
    revision = revisions.create(record, by=by, comment=comment)
    translations.track(record, revision.content, previous=previous.content if previous else None)
    state = stage(record)
    audit.log(record, "create" if created else "save", by=by, to_state=state, comment=comment, revision=revision)
    return revision


def allowed_actions(user, record):
    """The transitions ``user`` may press on ``record`` now, as (name, label) pairs."""
    from .rules import TRANSITIONS

    return [(name, RULES[name].label) for name in TRANSITIONS if why_not(user, name, record) is None]


@transaction.atomic
def share(record, revision=None, *, by, days=7):
    """A link to preview ``revision`` (default: the working copy) without an account, for ``days``.

    The link's token is on the returned link only (``link.token``): show it now, it is not stored.
    """
    locked = _lock(record, "share", by)
    if revision is None:
        revision = revisions.pending(locked)
    if revision is None:
        latest, current = revisions.latest(locked), content.serialize(locked)
        if latest is not None and content.same_content(latest.content, current):
            revision = latest
        else:
            revision = revisions.create(locked, by=by, comment=_("Saved for a share link"), data=current)
    link = ShareLink.objects.issue(
        revision=revision, created_by=by, expires_at=timezone.now() + datetime.timedelta(days=days)
    )
    audit.log(
        locked,
        "share",
        by=by,
        from_state=stage(locked),
        to_state=stage(locked),
        comment=_("Share link for revision #%(number)s, expires %(when)s")
        % {"number": revision.number, "when": link.expires_at.strftime("%Y-%m-%d %H:%M")},
        revision=revision,
    )
    return link


@transaction.atomic
def revoke_share_link(link, *, by):
    record = link.revision.record
    locked = _lock(record, "share", by)
    link.revoked_at = timezone.now()
    link.save(update_fields=["revoked_at"])
    audit.log(
        locked, "share_revoked", by=by, comment=_("Revoked a link to revision #%(n)s") % {"n": link.revision.number}
    )
    return link


def share_link_used(link, *, request=None):
    """Count a view of a share link; the first one also goes to the audit log.

    The audit log says that a link handed out was opened, and from where; every later view
    would only repeat it (a reload, a chat app fetching the page, a crawler), so those are
    counted on the link instead (``view_count``, ``last_viewed_at``), one UPDATE each. The
    ``view_count=0`` condition makes "first" hold when two people open the link at once.
    """
    now = timezone.now()
    links = ShareLink.objects.filter(pk=link.pk)
    first = links.filter(view_count=0).update(view_count=F("view_count") + 1, last_viewed_at=now)
    if not first:
        links.update(view_count=F("view_count") + 1, last_viewed_at=now)
        return None
    record = link.revision.record
    where = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    return audit.log(
        record,
        "share_used",
        by=None,
        comment=_("Share link %(id)s opened (revision #%(n)s) from %(where)s")
        % {"id": link.pk, "n": link.revision.number, "where": where or "?"},
        revision=link.revision,
    )
