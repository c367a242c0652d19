"""Pages the editorial admin adds to every record: panel, transitions, history, diff, preview, share.

Each view finds the record through its admin (so unknown ids are 404), checks ``can()`` first,
and calls one workflow function.
"""

import functools
import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.db.models import Q
from django.http import Http404, HttpResponseBadRequest, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from archive.models import Status
from archive.record_types import RECORD_MODELS

from . import content, outcomes, references, revisions, rules, workflow
from . import diff as diffs
from . import preview as previews
from .forms import ScheduleForm, ShareForm, TransitionForm, reviewer_choices
from .models import AuditEntry, ReviewState, ShareLink, Stage

logger = logging.getLogger(__name__)


def _storage_errors():
    """What a storage backend raises when it cannot write: the disk's, or the object store's."""
    if settings.MEDIA_STORAGE == "s3":
        from botocore.exceptions import BotoCoreError, ClientError

        return (OSError, BotoCoreError, ClientError)
    return (OSError,)


def guarded(request, call, *, back):
    """Run a write (``call()``); if the storage or the database fails, say so and go ``back``.

    The write's own atomic blocks have rolled back by the time the error arrives here, so
    nothing is half-done; the editor gets a message instead of a server error.
    """
    try:
        return call()
    except (DatabaseError, *_storage_errors()) as exc:
        if request.method != "POST":
            raise
        logger.exception("An editorial write failed and was rolled back")
        if isinstance(exc, DatabaseError):
            message = _("The database did not answer, so nothing was changed. Try again in a moment.")
        else:
            message = _(
                "The file could not be stored, so nothing was saved (%(reason)s). Try again; if it keeps "
                "failing, tell the site's administrators."
            ) % {"reason": getattr(exc, "strerror", None) or exc.__class__.__name__}
        messages.error(request, message)
        return HttpResponseRedirect(back)


def require_post(view):
    """``require_POST`` for views that take the model admin first."""

    @functools.wraps(view)
    def wrapper(model_admin, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(model_admin, request, *args, **kwargs)

    return wrapper


ACTIONS = {
    "submit": workflow.submit,
    "approve": workflow.approve,
    "send_back": workflow.send_back,
    "publish": workflow.publish,
    "unpublish": workflow.unpublish,
    "archive": workflow.archive,
    "comment": workflow.comment,
}


def _url(model_admin, name, record, *args):
    info = model_admin.opts.app_label, model_admin.opts.model_name
    return reverse(f"admin:{info[0]}_{info[1]}_{name}", args=[record.pk, *args])


def _record(model_admin, request, object_id, action="view"):
    record = model_admin.get_object(request, object_id)
    if record is None:
        raise Http404
    if action and not rules.can(request.user, action, record):
        raise PermissionDenied(rules.why_not(request.user, action, record))
    return record


def _back(model_admin, record):
    return HttpResponseRedirect(_url(model_admin, "change", record))


def panel(model_admin, request, record):
    """What the change form shows above the fields: state, banner, buttons, links."""
    user = request.user
    stage = rules.stage(record)
    state = rules.review_state(record)
    pending = revisions.pending(record)
    can_share = rules.can(user, "share", record)
    return {
        "stage": Stage(stage),
        "live": record.status == Status.PUBLISHED,
        "public_now": record.is_published(),
        "pending": pending,
        "state": state,
        "overdue": bool(state and state.is_overdue()),
        "actions": workflow.allowed_actions(user, record),
        **_held_by_duties(user, record),
        "can_comment": rules.can(user, "comment", record),
        "can_schedule": rules.can(user, "schedule", record),
        "can_share": can_share,
        "can_view": rules.can(user, "view", record),
        "reviewers": reviewer_choices() if rules.can(user, "submit", record) else (),
        "share_links": _share_links(record) if can_share else (),
        "comments": AuditEntry.objects.for_record(record).exclude(comment="").select_related("actor")[:10],
        "urls": {
            "act": _url(model_admin, "editorial_act", record),
            "schedule": _url(model_admin, "editorial_schedule", record),
            "diff": _url(model_admin, "editorial_diff", record),
            "preview": _url(model_admin, "editorial_preview", record),
            "share": _url(model_admin, "editorial_share", record),
            "history": _url(model_admin, "history", record),
        },
    }


def _held_by_duties(user, record):
    """Approve/publish buttons held back only because ``user`` is the last author: why, for people;
    for superusers, the buttons to go ahead with a reason."""
    held, overrides = [], []
    for name in rules.SEPARATE:
        conflict = rules.duty_conflict(user, name, record)
        if not conflict:
            continue
        if user.is_superuser and rules.can(user, name, record, override_reason="?"):
            overrides.append((name, rules.RULES[name].label))
        elif not user.is_superuser and rules.why_not(user, name, record) == conflict:
            held.append((rules.RULES[name].label, conflict))
    return {"held": held, "overrides": overrides}


def _share_links(record):
    """The record's links, to see and revoke; their addresses were shown once, when made."""
    return ShareLink.objects.filter(revision__in=revisions.for_record(record)).select_related("revision", "created_by")


@require_post
def act(model_admin, request, object_id):
    record = _record(model_admin, request, object_id, action=None)
    return guarded(request, lambda: _act(model_admin, request, record), back=_url(model_admin, "change", record))


#: Transitions that take a record off the public site: asked again on a page of their own.
CONFIRMED = ("unpublish", "archive")


def _related_key(record):
    return f"{record._meta.label_lower}:{record.pk}"


def _publishable_links(user, record):
    """The unpublished records ``record`` links to, each with why ``user`` may not publish it (or None)."""
    return [
        {
            "record": target,
            "key": _related_key(target),
            "kind": target._meta.verbose_name.capitalize(),
            "state": Stage(rules.stage(target)).label,
            "refusal": rules.why_not(user, "publish", target),
        }
        for target in references.hidden_links(record)
    ]


def _ticked_related(request, record):
    """The linked records ticked on the publish confirmation, among those the record links to and
    the public cannot see (anything else posted is ignored; the workflow checks each again)."""
    wanted = set(request.POST.getlist("related"))
    return [target for target in references.hidden_links(record) if _related_key(target) in wanted]


def _confirm(model_admin, request, record, name, data):
    """The "are you sure?" page: unpublish and archive (what goes, what links to it) and publish
    when the record links to unpublished records (offered as a list to tick, published with it)."""
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": _("%(action)s “%(record)s”?") % {"action": rules.RULES[name].label, "record": record},
        "object": record,
        "action": name,
        "action_label": rules.RULES[name].label,
        "version": data["version"],
        "comment": data["comment"],
        "referrers": references.published_referrers(record) if name != "publish" else (),
        "links": data.get("links", ()),
        "override_reason": data.get("override_reason", ""),
        "act_url": _url(model_admin, "editorial_act", record),
        "change_url": _url(model_admin, "change", record),
    }
    return previews.private(TemplateResponse(request, "editorial/confirm.html", context))


def _act(model_admin, request, record):
    if request.POST.get("action") not in ACTIONS:
        return HttpResponseBadRequest(_("Unknown action."))
    form = TransitionForm(request.POST)
    if not form.is_valid():
        errors = "; ".join(f"{form.fields[name].label or name}: {' '.join(e)}" for name, e in form.errors.items())
        messages.error(request, _("Nothing was changed. %(errors)s") % {"errors": errors})
        return _back(model_admin, record)
    data = form.cleaned_data
    name = data["action"]
    if name in CONFIRMED and not request.POST.get("confirmed") and rules.can(request.user, name, record):
        return _confirm(model_admin, request, record, name, data)
    if name == "publish" and not request.POST.get("confirmed"):
        links = _publishable_links(request.user, record)
        if links and rules.can(request.user, name, record, override_reason=data["override_reason"]):
            return _confirm(model_admin, request, record, name, {**data, "links": links})
    kwargs = {"by": request.user}
    if name != "comment":
        kwargs["expected_version"] = data["version"]
    if name in ("send_back", "comment"):
        kwargs["comment"] = data["comment"]
    elif data["comment"]:
        kwargs["comment"] = data["comment"]
    if name == "submit":
        kwargs.update(reviewer=data["reviewer"], due=data["due"])
    if name in rules.SEPARATE:
        kwargs["override_reason"] = data["override_reason"]
    related = _ticked_related(request, record) if name == "publish" and request.POST.get("confirmed") else []
    try:
        if related:
            outcome = workflow.publish_with_related(record, related, **kwargs)
        else:
            outcome = ACTIONS[name](record, **kwargs)
    except workflow.Refused as refused:
        messages.error(request, str(refused))
        return _back(model_admin, record)
    messages.success(request, outcomes.done(name, [record]))
    if related:
        messages.success(request, outcomes.done("publish", related))
    if outcome.related and name == "publish":
        messages.warning(
            request,
            _("Published, but these linked records are not public, so their links stay off the page: %(list)s")
            % {"list": "; ".join(f"{r._meta.verbose_name.capitalize()} “{r}”" for r in outcome.related)},
        )
    if outcome.related and name == "archive":
        messages.warning(
            request,
            _("These published records link to it: %(list)s")
            % {"list": "; ".join(f"{r._meta.verbose_name.capitalize()} “{r}”" for r in outcome.related)},
        )
    return _back(model_admin, record)


@require_post
def schedule(model_admin, request, object_id):
    record = _record(model_admin, request, object_id, action=None)
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter valid dates and times."))
        return _back(model_admin, record)
    try:
        workflow.schedule(
            record,
            by=request.user,
            go_live_at=form.cleaned_data["go_live_at"],
            expire_at=form.cleaned_data["expire_at"],
            expected_version=form.cleaned_data["version"],
        )
    except workflow.Refused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("Schedule saved."))
    return _back(model_admin, record)


def history(model_admin, request, object_id):
    record = _record(model_admin, request, object_id)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": _("History: %(record)s") % {"record": record},
        "object": record,
        "revisions": revisions.for_record(record),
        "entries": AuditEntry.objects.for_record(record).select_related("actor")[:200],
        "can_restore": rules.can(request.user, "restore", record),
        "urls": {
            "diff": _url(model_admin, "editorial_diff", record),
            "change": _url(model_admin, "change", record),
            "preview": _url(model_admin, "editorial_preview", record),
        },
    }
    return previews.private(TemplateResponse(request, "editorial/history.html", context))


def _side(record, value):
    """Content for one side of a diff: "live" (the row) or a revision number."""
    if value in (None, "", "live"):
        return _("live version"), content.serialize(record)
    if value == "none":
        return _("nothing (before the first version)"), {"fields": {}, "labels": {}, "files": {}, "m2m": {}}
    try:
        number = int(value)
    except ValueError:
        raise Http404 from None
    revision = get_object_or_404(revisions.for_record(record), number=number)
    return _("revision #%(number)s") % {"number": number}, revision.content


def diff(model_admin, request, object_id):
    record = _record(model_admin, request, object_id)
    latest = revisions.latest(record)
    # By default: what the newest revision changed (for pending changes: against the live version).
    a = request.GET.get("a")
    if not a:
        if record.has_pending_changes or latest is None:
            a = "live"
        else:  # what the newest revision changed; for the first one, everything it holds
            a = latest.number - 1 if latest.number > 1 else "none"
    b = request.GET.get("b") or (latest.number if latest else "live")
    (a_label, a_content), (b_label, b_content) = _side(record, str(a)), _side(record, str(b))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": _("Changes: %(record)s") % {"record": record},
        "object": record,
        "a_label": a_label,
        "b_label": b_label,
        "changes": diffs.compare(type(record), a_content, b_content),
        "change_url": _url(model_admin, "change", record),
        "history_url": _url(model_admin, "history", record),
    }
    return previews.private(TemplateResponse(request, "editorial/diff.html", context))


@require_post
def restore(model_admin, request, object_id, number):
    record = _record(model_admin, request, object_id, action=None)
    revision = get_object_or_404(revisions.for_record(record), number=number)

    def restore_it():
        try:
            workflow.restore(record, revision, by=request.user)
        except workflow.Refused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, _("Revision #%(number)s restored as a new draft revision.") % {"number": number})
        return _back(model_admin, record)

    return guarded(request, restore_it, back=_url(model_admin, "change", record))


def preview(model_admin, request, object_id):
    """The public page with the working copy (or ``?revision=N``), for editors only."""
    record = _record(model_admin, request, object_id)
    number = request.GET.get("revision")
    if number:
        data = _side(record, number)[1]
    else:
        data = revisions.working_content(record)
    back = _url(model_admin, "change", record)
    return previews.render(request, record, data, back_url=back, draft_media=True)


@require_post
def share(model_admin, request, object_id):
    record = _record(model_admin, request, object_id, action="share")
    form = ShareForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how many days the link lasts (1–90)."))
        return _back(model_admin, record)
    if form.cleaned_data["revoke"]:
        link = get_object_or_404(
            ShareLink.objects.filter(revision__in=revisions.for_record(record)), pk=form.cleaned_data["revoke"]
        )
        workflow.revoke_share_link(link, by=request.user)
        messages.success(request, _("The share link was revoked."))
        return _back(model_admin, record)
    number = form.cleaned_data["revision"]
    revision = get_object_or_404(revisions.for_record(record), number=number) if number else None
    link = workflow.share(record, revision, by=request.user, days=form.cleaned_data["days"])
    url = request.build_absolute_uri(reverse("editorial:share", args=[link.token]))
    messages.success(
        request,
        _("Share link for revision #%(number)s (copy it now: it is shown only once): %(url)s")
        % {"number": link.revision.number, "url": url},
    )
    return _back(model_admin, record)


def _queue_rows(states, user):
    today = timezone.localdate()
    rows = []
    for state in states:
        if state.record is None:
            continue
        rows.append(
            {
                "state": state,
                "record": state.record,
                "opts": state.record._meta,
                "overdue": state.is_overdue(today=today),
                "mine": state.reviewer_id == user.pk,
            }
        )
    return rows


def _in_review_without_state():
    """Records in review that no submission put there (loaded, imported): the queue lists them too."""
    from django.contrib.contenttypes.models import ContentType

    rows = []
    for model in RECORD_MODELS:
        tracked = ReviewState.objects.filter(content_type=ContentType.objects.get_for_model(model)).values("object_id")
        records = model._base_manager.filter(status=Status.IN_REVIEW).exclude(pk__in=tracked).order_by("modified")
        rows += [{"state": None, "record": r, "opts": model._meta, "overdue": False, "mine": False} for r in records]
    return rows


def queue(model_admin, request):
    """What waits for the current user's roles, oldest first."""
    if not rules.is_editor(request.user):
        raise PermissionDenied
    user = request.user
    roles = rules.ROLES if user.is_superuser else rules.roles(user)
    base = ReviewState.objects.select_related("reviewer", "submitted_by", "content_type").prefetch_related("record")
    sections = []
    if rules.REVIEWER in roles:
        waiting = base.filter(stage=Stage.IN_REVIEW).order_by("submitted_at", "pk")
        sections.append((_("Waiting for review"), _queue_rows(waiting, user) + _in_review_without_state()))
    if rules.PUBLISHER in roles:
        approved = base.filter(stage=Stage.APPROVED).order_by("submitted_at", "pk")
        sections.append((_("Approved, waiting to be published"), _queue_rows(approved, user)))
    if rules.AUTHOR in roles:
        returned = base.filter(stage=Stage.DRAFT).exclude(note="")
        if not user.is_superuser:
            returned = returned.filter(Q(submitted_by=user))
        sections.append((_("Sent back to you"), _queue_rows(returned.order_by("updated", "pk"), user)))
    scheduled = []
    if rules.PUBLISHER in roles:
        now = timezone.now()
        for model in RECORD_MODELS:
            queryset = model._base_manager.filter(status=Status.PUBLISHED).filter(
                Q(go_live_at__gt=now) | Q(expire_at__gt=now)
            )
            scheduled += [{"record": r, "opts": model._meta} for r in queryset.order_by("go_live_at")[:50]]
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": _("Review queue"),
        "sections": sections,
        "scheduled": scheduled,
    }
    return TemplateResponse(request, "editorial/queue.html", context)
