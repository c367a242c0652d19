"""A request id on every request, its response and every log line written while serving it.

A trusted proxy's ``X-Request-ID`` is kept when it looks like an id; otherwise one is made.
"""

import contextvars
import logging
import re
import uuid

_current = contextvars.ContextVar("request_id", default="-")
_request = contextvars.ContextVar("request", default=None)
_VALID = re.compile(r"[A-Za-z0-9._-]{8,64}")
HEADER = "X-Request-ID"


def current():
    return _current.get()


def current_request():
    """The request being served in this thread or task (None outside one)."""
    return _request.get()


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get(HEADER, "")
        request.id = offered if _VALID.fullmatch(offered) else uuid.uuid4().hex
        token, request_token = _current.set(request.id), _request.set(request)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
            _request.reset(request_token)
        response[HEADER] = request.id
        return response


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every log record (``-`` outside a request)."""

    def filter(self, record):
        record.request_id = current()
        return True
