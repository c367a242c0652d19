"""The one editorial page open to people without an account: a share link's preview."""

from django.http import HttpResponseForbidden, HttpResponseGone
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from archive.models import Status

from . import preview, workflow
from .models import ShareLink


def shared_preview(request, token):
    """The preview pinned to a share link's revision.

    403 once expired or revoked; 410 once the record is archived or deleted, as its public
    page is then gone too. Uses are counted (see ``workflow.share_link_used``).
    """
    link = get_object_or_404(ShareLink.objects.for_token(token).select_related("revision"))
    record = link.revision.record
    if record is None or record.status == Status.ARCHIVED:
        return preview.private(HttpResponseGone(_("This record was withdrawn, so its preview link no longer works.")))
    if not link.is_valid():
        return preview.private(HttpResponseForbidden(_("This preview link has expired or was revoked.")))
    preview.language(request)  # an unknown ?lang= is a 404 before the use is counted
    workflow.share_link_used(link, request=request)
    return preview.render(request, record, link.revision.content, reuse_key=f"share:{link.pk}")
