"""Cursor pagination in a stable order."""

from rest_framework.exceptions import NotFound
from rest_framework.pagination import CursorPagination

from .filters import NO_NUL

#: A position longer than this is no id of ours.
MAX_POSITION_DIGITS = 18


class StableCursorPagination(CursorPagination):
    """Pages by id, oldest first: a record added while a client walks the pages comes last.

    The cursor is opaque (DRF encodes the last id seen); a cursor that was not made here
    answers 404 like any unknown page.
    """

    ordering = "pk"
    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100

    def decode_cursor(self, request):
        cursor = super().decode_cursor(request)
        if cursor is not None and cursor.position is not None:
            position = str(cursor.position)
            if not (position.isascii() and position.isdigit() and len(position) <= MAX_POSITION_DIGITS):
                raise NotFound(self.invalid_cursor_message)
        return cursor

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.cursor_query_param:
                parameter["description"] = "Where the page starts: the next or previous link of another page."
                parameter["schema"]["pattern"] = NO_NUL
            elif parameter["name"] == self.page_size_query_param:
                parameter["description"] = (
                    f"Records a page ({self.page_size} unless given, {self.max_page_size} at most)."
                )
        return parameters
