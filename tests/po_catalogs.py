"""A small reader for the gettext catalogs in ``locale/`` (no polib needed).

It understands what ``makemessages`` writes: comments and flags, ``msgctxt``, ``msgid``,
``msgid_plural``, ``msgstr`` / ``msgstr[n]`` and continuation lines.
"""

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
_KEYWORD = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[(\d+)\])?) (".*")$')


@dataclass
class Entry:
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict = field(default_factory=dict)
    flags: set = field(default_factory=set)
    obsolete: bool = False

    @property
    def translations(self):
        return [self.msgstr[index] for index in sorted(self.msgstr)]


def catalog_path(language):
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def read_catalog(language):
    """The entries of a language's catalog, the header (empty msgid) first."""
    entries = []
    for block in catalog_path(language).read_text(encoding="utf-8").strip().split("\n\n"):
        entry, target = Entry(), None
        for line in block.splitlines():
            if line.startswith("#~"):
                entry.obsolete = True
            elif line.startswith("#,"):
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif match := _KEYWORD.match(line):
                keyword, index, value = match.groups()
                text = ast.literal_eval(value)
                if keyword == "msgstr" or index is not None:
                    target = int(index or 0)
                    entry.msgstr[target] = text
                else:
                    target = keyword
                    setattr(entry, keyword, text)
            elif line.startswith('"'):
                text = ast.literal_eval(line)
                if isinstance(target, int):
                    entry.msgstr[target] += text
                else:
                    setattr(entry, target, getattr(entry, target) + text)
            else:
                raise ValueError(f"{catalog_path(language)}: cannot read {line!r}")
        entries.append(entry)
    return entries


def header(language):
    first = read_catalog(language)[0]
    assert first.msgid == "", "the header comes first"
    return dict(line.split(": ", 1) for line in first.msgstr[0].splitlines() if ": " in line)


def messages(language):
    """The translatable entries, without the header."""
    return [entry for entry in read_catalog(language) if entry.msgid]
