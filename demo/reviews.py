"""Demo review work on top of the demo archive: items in review, a send-back, pending changes.

``load(stdout)`` is idempotent and picks existing records generically. It acts as the demo
users ``author``, ``reviewer`` and ``publisher`` when they exist (else as a superuser), so
every step goes through the real workflow functions and their audit entries.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from archive.models import Event, Status
from editorial import content, revisions, workflow
from editorial.models import ReviewState
from editorial.rules import AUTHOR, PUBLISHER, REVIEWER


def _user(username, role):
    users = get_user_model().objects.filter(is_active=True, is_staff=True)
    return users.filter(username=username, groups__name=role).first() or users.filter(is_superuser=True).first()


def load(stdout):
    if ReviewState.objects.exists():
        stdout.write("Editorial demo: already loaded.")
        return
    author, reviewer, publisher = _user("author", AUTHOR), _user("reviewer", REVIEWER), _user("publisher", PUBLISHER)
    if not (author and reviewer and publisher):
        stdout.write("Editorial demo: skipped (no author, reviewer and publisher accounts or superuser).")
        return
    assigned = reviewer if reviewer.groups.filter(name=REVIEWER).exists() else None
    drafts = list(Event.objects.filter(status=Status.DRAFT).order_by("pk")[:3])
    for event in drafts:
        if event.created_by_id is None:
            Event.objects.filter(pk=event.pk).update(created_by=author)
            event.created_by = author
        revisions.ensure_baseline(event)
    today = timezone.localdate()
    notes = [
        ("Ready for review: dates checked against the ministry's press release.", today + datetime.timedelta(days=3)),
        ("Please check the participants' roles.", today - datetime.timedelta(days=2)),
        ("First draft of the summary.", None),
    ]
    for event, (note, due) in zip(drafts, notes, strict=False):
        workflow.submit(event, by=author, reviewer=assigned, due=due, comment=note)
    if drafts:
        workflow.comment(drafts[0], by=reviewer, comment="Looks good so far; the venue needs a source.")
    if len(drafts) > 2:
        workflow.send_back(drafts[2], by=reviewer, comment="The summary repeats the title; say what happened.")

    live = Event.objects.published().filter(has_pending_changes=False).order_by("pk").first()
    pending = 0
    if live is not None:
        if live.created_by_id is None:
            Event.objects.filter(pk=live.pk).update(created_by=author)
            live.created_by = author
        data = content.serialize(live)
        data["fields"]["summary_en"] = (data["fields"].get("summary_en") or "") + " (Updated with the closing concert.)"
        workflow.save_pending(live, data, by=author, comment="Added the closing concert to the summary.")
        pending = 1
    stdout.write(
        f"Editorial demo: {len(drafts)} event(s) submitted for review, "
        f"{1 if len(drafts) > 2 else 0} sent back, {pending} published event with pending changes."
    )
