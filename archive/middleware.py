"""Request filters that run before any view."""

from functools import partial

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
