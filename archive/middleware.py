"""Project-wide middleware: refuse NUL bytes, require verified staff sessions, send the CSP header."""

from functools import partial

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseBadRequest
from django.utils.functional import SimpleLazyObject

NUL = "\x00"
NUL_MESSAGE = (
    "Bad request: the address, a cookie or a form value contains a NUL byte (%00), which is never valid here.\n"
)
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _has_nul(request):
    if NUL in request.path:
        return True
    if any(NUL in key or NUL in value for key, value in request.COOKIES.items()):
        return True
    forms = [request.GET]
    if request.method == "POST" and request.content_type in FORM_TYPES:
        forms.append(request.POST)
    for form in forms:
        if any(NUL in key or any(NUL in value for value in values) for key, values in form.lists()):
            return True
    return len(forms) > 1 and any(NUL in key or NUL in (upload.name or "") for key, upload in request.FILES.items())


class RefuseNulBytesMiddleware:
    """Answer 400 to a request with a NUL byte in its path, query string, cookies or form values.

    No text a person types contains one, and PostgreSQL refuses it in any query
    (``DataError``), so it would otherwise surface as a 500 wherever the value
    meets the database: a share-link token, an admin filter or autocomplete term,
    a session cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            return HttpResponseBadRequest(NUL_MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class VerifiedStaffOnlyMiddleware:
    """With ``MADENI_STAFF_2FA`` on, a session not verified with a one-time code counts as anonymous.

    The admin checks verification itself (archive.admin_site); this covers every
    other staff-only view (drafts and originals under /files/) and sessions opened
    before the setting was switched on. Goes after django-otp's OTPMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.MADENI_STAFF_2FA:
            request.user = SimpleLazyObject(partial(_verified_or_anonymous, request.user))
        return self.get_response(request)


def _verified_or_anonymous(user):
    if not user.is_authenticated or user.is_verified():
        return user
    anonymous = AnonymousUser()
    anonymous.otp_device = None
    anonymous.is_verified = lambda: False
    return anonymous


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's header, on HTML pages only, with the admin's own policy under /admin/.

    The public policy (``CONTENT_SECURITY_POLICY``) allows no inline script or
    style. Django's admin and the editorial panels use inline style attributes,
    so pages under ``MADENI_ADMIN_URL_PREFIX`` get ``MADENI_ADMIN_CONTENT_SECURITY_POLICY``.
    Files keep their own header (archive.media.views); a PDF gets none, so that the
    browser's viewer can show it.
    """

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.MADENI_ADMIN_URL_PREFIX):
            parts.config = settings.MADENI_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
