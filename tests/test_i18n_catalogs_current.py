"""Every string marked for translation in the code is in the catalogs.

A new ``{% translate "…" %}`` or ``_("…")`` fails here until ``makemessages`` is
run and the string translated (see locale/README.md).
Strings spread over several lines or in ``{% blocktranslate %}`` are not read here.
"""

import ast
import re
from pathlib import Path

from django.conf import settings

from tests.po_catalogs import messages

BASE = Path(settings.BASE_DIR)
_TEMPLATE = re.compile(r'\{% (?:translate|trans) "([^"]+)"')
_PYTHON = re.compile(r'\b(?:_|gettext|gettext_lazy)\("((?:[^"\\]|\\.)+)"\)')


def _marked_strings():
    found = {}
    for path in sorted((BASE / "templates").rglob("*.html")):
        for text in _TEMPLATE.findall(path.read_text(encoding="utf-8")):
            found.setdefault(text, path.relative_to(BASE))
    for package in ("archive", "editorial", "config", "maps"):
        for path in sorted((BASE / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for literal in _PYTHON.findall(path.read_text(encoding="utf-8")):
                found.setdefault(ast.literal_eval(f'"{literal}"'), path.relative_to(BASE))
    return found


def test_every_marked_string_is_in_the_catalogs():
    marked = _marked_strings()
    assert len(marked) > 300
    catalogued = {entry.msgid for entry in messages("kk")}
    missing = {text: str(path) for text, path in marked.items() if text not in catalogued}
    assert not missing, "run makemessages (see locale/README) and translate: " + repr(missing)
