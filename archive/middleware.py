"""Request filters that run before any view."""

from django.http import HttpResponseBadRequest

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
