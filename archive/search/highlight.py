"""Highlighted snippets: escape the text, then mark the words the query folds to."""

import re

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .translit import fold_word

WORD = re.compile(r"\w+")

#: Only this much of a field is scanned for a match (extracted text can be long).
SCAN_CHARS = 50_000


class Terms:
    """The folded query terms, to test the words of a page's texts against.

    A word answers a term that begins it (the term "concert": "concerts"), or, when it has
    four letters or more, a term it begins and is at most two letters shorter than (the
    term "concerts": "concert").
    A search page tests thousands of words, most of them many times over (the same names
    and phrases in every record's languages): each distinct word is folded and tested once.
    """

    def __init__(self, terms):
        terms = tuple(terms)
        self.beginnings = terms
        self.shortened = frozenset(term[:n] for term in terms for n in range(max(4, len(term) - 2), len(term) + 1))
        self.answers = {}

    def __call__(self, word):
        """Does ``word`` (as written in the text) answer one of the terms?"""
        answer = self.answers.get(word)
        if answer is None:
            key = fold_word(word)
            answer = self.answers[word] = bool(key) and (key.startswith(self.beginnings) or key in self.shortened)
        return answer


def _terms(terms):
    return terms if isinstance(terms, Terms) else Terms(terms)


def _marked(text, terms):
    """``text`` escaped, with every matching word wrapped in <mark>; and whether anything matched."""
    parts, last, found = [], 0, False
    for match in WORD.finditer(text):
        if terms(match.group()):
            parts += [escape(text[last : match.start()]), "<mark>", escape(match.group()), "</mark>"]
            last, found = match.end(), True
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts)), found  # noqa: S308 -- every piece of text went through escape()


def highlight(text, terms):
    """The whole of ``text``, HTML-escaped, query words marked (for titles).

    ``terms``: the folded query terms, or a ``Terms`` that a page shares among its texts.
    """
    return _marked(text or "", _terms(terms))[0]


def first_match(text, terms):
    for match in WORD.finditer(text[:SCAN_CHARS]):
        if terms(match.group()):
            return match.start()
    return None


def snippet(texts, terms, *, length=240):
    """A window of the first text with a match around its first match, escaped and marked.

    Without any match, the start of the first non-empty text, escaped. Returns "" if all are empty.
    """
    terms = _terms(terms)
    texts = [text for text in texts if text]
    for text in texts:
        position = first_match(text, terms)
        if position is not None:
            return _window(text, position, terms, length)
    return _window(texts[0], 0, terms, length) if texts else ""


def _window(text, position, terms, length):
    start = max(0, position - length // 3)
    if start:
        space = text.find(" ", start, position)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start + length // 2, end)
        end = space if space != -1 else end
    marked = _marked(" ".join(text[start:end].split()), terms)[0]
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{marked}{suffix}")  # noqa: S308 -- marked is escaped; the rest are literals


def record_texts(obj):
    """The texts of a record a snippet may come from: the reader's language first, then the others.

    The summary or the passage that matched: never alt text or a list of aliases, which read
    badly out of place (and only the record's own public text, never a linked record's).
    """
    names = ["summary", "caption", "body"]
    # The fields as the reader sees them (with language fallbacks), then every language version.
    texts = [getattr(obj, name, None) for name in names]
    texts += [getattr(obj, f"{name}_{lang}", None) for lang in settings.MODELTRANSLATION_LANGUAGES for name in names]
    texts.append(getattr(obj, "extracted_text", None))
    return list(dict.fromkeys(text for text in texts if text))
