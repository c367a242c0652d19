"""The admin's record search, fast on a large archive.

Django's own admin search tests every search field with ``UPPER(field) LIKE``
joined by OR: no index can serve that, so at 100,000 events a search read the
whole table three times (the page, the count, the year bar). Here the search
fields are joined into one text, which PostgreSQL indexes by trigrams
(migration ``0011_admin_search_indexes``), so:

- a rare word is found through the index, a common one by walking the date
  index newest first until the page is full;
- the result count stops at ``SearchPaginator.cap`` ("more than 1,000"):
  counting every match of a common word reads most of the table;
- the year bar is left out while a search is active, unless a year is
  already chosen (its list of years is one more pass over every match); the
  year filter beside the list still narrows the results.
"""

from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.text import smart_split, unescape_string_literal

#: Keeps the fields apart in the joined text, so no word is found across two fields.
SEPARATOR = "\n"


class JoinedText(Func):
    """``COALESCE(a, '') || '\n' || COALESCE(b, '') …``, flat: SQLite's parser overflows on Concat's nested pairs."""

    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = TextField()


def joined_text(fields):
    """One text of all ``fields`` (NULLs as empty), the expression the trigram indexes are built on."""
    parts = []
    for name in fields:
        parts += [Coalesce(F(name), Value("")), Value(SEPARATOR)]
    return JoinedText(*parts[:-1])


def search(queryset, fields, search_term):
    """Records whose ``fields`` contain every word of ``search_term`` (quoted phrases stay whole)."""
    queryset = queryset.alias(admin_search_text=joined_text(fields))
    for bit in smart_split(search_term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        if bit:
            queryset = queryset.filter(admin_search_text__icontains=bit)
    return queryset


class SearchPaginator(Paginator):
    """Counts search results up to ``cap`` only; ``capped`` says there are more."""

    cap = 1000

    @cached_property
    def found(self):
        return self.object_list[: self.cap + 1].count()

    @cached_property
    def count(self):
        return min(self.found, self.cap)

    @property
    def capped(self):
        return self.found > self.cap


class RecordChangeList(ChangeList):
    @property
    def show_date_hierarchy(self):
        """The year bar, except while searching with no date chosen yet (see the module's docstring)."""
        if not self.date_hierarchy:
            return False
        return not self.query or any(key.startswith(f"{self.date_hierarchy}__") for key in self.params)
