"""Reading uploaded documents: page count and text for the search index (pypdf).

Extraction is capped (``MADENI_PDF_MAX_PAGES`` pages, ``MADENI_PDF_EXTRACT_SECONDS``
seconds, ``MADENI_EXTRACTED_TEXT_MAX_CHARS`` characters) so a huge or hostile PDF
cannot hold a request for long; what is read before a cap is kept.
"""

import logging
import time
import warnings
from dataclasses import dataclass

from django.conf import settings
from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)

# What pypdf raises on damaged files besides its own errors.
_PDF_ERRORS = (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)


class UnreadablePDF(Exception):
    pass


@dataclass(frozen=True)
class Extracted:
    text: str
    page_count: int | None
    complete: bool


def _reader(fileobj):
    fileobj.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pypdf warns about harmless oddities of real-world PDFs
        try:
            reader = PdfReader(fileobj, strict=False)
            if reader.is_encrypted:
                reader.decrypt("")
            return reader, len(reader.pages)
        except _PDF_ERRORS as exc:
            raise UnreadablePDF(str(exc)) from exc


def count_pages(fileobj):
    """The page count of a PDF; ``UnreadablePDF`` if pypdf cannot read it."""
    try:
        reader, pages = _reader(fileobj)
    finally:
        fileobj.seek(0)
    if pages < 1:
        raise UnreadablePDF("no pages")
    return pages


def extract(fileobj, kind):
    """The text of a PDF (page by page, within the caps) or of a plain-text file."""
    max_chars = settings.MADENI_EXTRACTED_TEXT_MAX_CHARS
    fileobj.seek(0)
    if kind == "text":
        text = fileobj.read(max_chars * 4).decode("utf-8", errors="replace")[:max_chars]
        fileobj.seek(0)
        return Extracted(text=text.replace("\x00", ""), page_count=None, complete=True)
    try:
        reader, pages = _reader(fileobj)
    except UnreadablePDF:
        logger.warning("Could not read a stored PDF for text extraction", exc_info=True)
        fileobj.seek(0)
        return Extracted(text="", page_count=None, complete=False)
    deadline = time.monotonic() + settings.MADENI_PDF_EXTRACT_SECONDS
    parts, length, complete = [], 0, True
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for number, page in enumerate(reader.pages):
            if number >= settings.MADENI_PDF_MAX_PAGES or time.monotonic() > deadline or length >= max_chars:
                complete = False
                break
            try:
                page_text = page.extract_text() or ""
            except _PDF_ERRORS:
                logger.info("Skipped a page whose text pypdf could not read", exc_info=True)
                continue
            parts.append(page_text)
            length += len(page_text)
    fileobj.seek(0)
    text = "\n\n".join(part.strip() for part in parts if part.strip())
    return Extracted(text=text.replace("\x00", "")[:max_chars], page_count=pages, complete=complete)
