"""Email to the people a transition concerns, sent once the transaction commits."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import DisallowedHost
from django.core.mail import send_mass_mail
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from ops import requestid, tasks

from .rules import PUBLISHER, REVIEWER


def admin_url(record):
    """The record's admin page, absolute: on ``DJANGO_SITE_URL``, else on the address the acting
    editor used (the request being served), else as a path."""
    try:
        path = reverse(f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk])
    except NoReverseMatch:
        return ""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/") + path
    request = requestid.current_request()
    if request is not None:
        try:
            return request.build_absolute_uri(path)
        except DisallowedHost:
            pass
    return path


def _their_words(comment):
    return _("\nTheir comment:\n%(comment)s\n") % {"comment": comment} if comment.strip() else ""


def _send(subject, body, users):
    addresses = sorted({u.email for u in users if u is not None and u.is_active and u.email})
    if not addresses:
        return
    messages = [(subject, body, None, [address]) for address in addresses]
    transaction.on_commit(lambda: tasks.defer(send_mass_mail, messages, fail_silently=False))


def _authors(record, state):
    return [record.created_by, state.submitted_by if state else None]


def submitted(record, state, *, by, comment=""):
    if state.reviewer is not None:
        reviewers = [state.reviewer]
    else:
        reviewers = get_user_model().objects.filter(groups__name=REVIEWER, is_active=True, is_staff=True)
    due = _("Due: %(due)s\n") % {"due": state.due} if state.due else ""
    body = _("%(who)s submitted “%(record)s” for review.\n%(due)s%(comment)s\n%(url)s") % {
        "who": by,
        "record": record,
        "due": due,
        "comment": _their_words(comment),
        "url": admin_url(record),
    }
    _send(_("Review requested: %(record)s") % {"record": record}, body, [u for u in reviewers if u != by])


def sent_back(record, state, *, by, comment):
    body = _("%(who)s sent “%(record)s” back to draft:\n\n%(comment)s\n\n%(url)s") % {
        "who": by,
        "record": record,
        "comment": comment,
        "url": admin_url(record),
    }
    _send(_("Sent back: %(record)s") % {"record": record}, body, _authors(record, state))


def approved(record, state, *, by, comment=""):
    publishers = get_user_model().objects.filter(groups__name=PUBLISHER, is_active=True, is_staff=True)
    body = _("%(who)s approved “%(record)s”: it is ready to be published.\n%(comment)s\n%(url)s") % {
        "who": by,
        "record": record,
        "comment": _their_words(comment),
        "url": admin_url(record),
    }
    _send(_("Approved, ready to publish: %(record)s") % {"record": record}, body, [u for u in publishers if u != by])


def published(record, state, *, by):
    body = _("%(who)s published “%(record)s”.\n\n%(url)s") % {"who": by, "record": record, "url": admin_url(record)}
    _send(_("Published: %(record)s") % {"record": record}, body, _authors(record, state))
