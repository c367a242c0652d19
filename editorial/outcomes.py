"""What editors are told after a transition: what happened, and what comes next.

Used by the change form's buttons and by the bulk actions of the record lists alike.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


def _done():
    return {
        "submit": gettext_lazy("Submitted for review: %(records)s."),
        "approve": gettext_lazy("Approved: %(records)s."),
        "send_back": gettext_lazy("Sent back to the author: %(records)s."),
        "publish": gettext_lazy("Published: %(records)s."),
        "unpublish": gettext_lazy("Unpublished and back to draft: %(records)s."),
        "archive": gettext_lazy("Archived: %(records)s."),
        "comment": gettext_lazy("Comment saved on %(records)s."),
    }


def _next():
    return {
        "submit": gettext_lazy("A reviewer will now approve it or send it back with a comment."),
        "approve": gettext_lazy("A publisher can now publish it; it waits under “Approved” on the dashboard."),
        "send_back": gettext_lazy("The author sees your comment on their dashboard, can edit and submit again."),
        "publish": gettext_lazy("The public site shows it now."),
        "unpublish": gettext_lazy("The public no longer sees it; it can be edited and sent for review again."),
        "archive": gettext_lazy("The public no longer sees it; its published version is kept."),
        "comment": gettext_lazy("It is in the record's history for everyone working on it."),
    }


def names(records, limit=20):
    """“A”, “B”, “C” … and N more."""
    shown = ", ".join(f"“{record}”" for record in records[:limit])
    if len(records) > limit:
        shown = _("%(shown)s and %(count)s more") % {"shown": shown, "count": len(records) - limit}
    return shown


def done(action, records, *, now=None):
    """The success message of ``action`` done on ``records`` (one or more)."""
    now = now or timezone.now()
    message = _done()[action] % {"records": names(records)}
    later = [r for r in records if action == "publish" and r.go_live_at and r.go_live_at > now]
    if later and len(later) == len(records):
        when = date_format(timezone.localtime(min(r.go_live_at for r in later)), "SHORT_DATETIME_FORMAT")
        return "{} {}".format(message, _("It is scheduled: the public site shows it from %(when)s.") % {"when": when})
    return f"{message} {_next()[action]}"


def refused(action, failures):
    """The message for records ``action`` was refused on: each with its reason. ``failures``: (record, reason)."""
    from .rules import RULES

    listed = "; ".join(f"“{record}”: {reason}" for record, reason in failures[:20])
    if len(failures) > 20:
        listed = _("%(shown)s and %(count)s more") % {"shown": listed, "count": len(failures) - 20}
    return _("Not done (%(action)s), nothing was changed on these: %(list)s") % {
        "action": RULES[action].label,
        "list": listed,
    }
