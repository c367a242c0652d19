"""Reading uploaded documents: page count and text for the search index (pypdf).

pypdf never runs in the request's process. A hostile PDF (a tiny compressed stream that
inflates to tens of megabytes, shared by every page) takes pypdf minutes and hundreds of
megabytes, so each reading runs in a child process (``archive/media/pdf_worker.py``) whose address
space is capped (``MADENI_PDF_EXTRACT_MB``) and which is killed after
``MADENI_PDF_EXTRACT_SECONDS``. Text is also capped (``MADENI_PDF_MAX_PAGES`` pages,
``MADENI_EXTRACTED_TEXT_MAX_CHARS`` characters); what is read before a cap is kept, and the
result's ``status`` says whether the reading finished or why it gave up.
"""

import json
import logging
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

#: How a reading ended (``Document.text_status`` stores these).
EXTRACTED, TIMEOUT, MEMORY, UNREADABLE = "extracted", "time", "memory", "unreadable"

WORKER = Path(__file__).with_name("pdf_worker.py")
_WORKER_EXIT_MEMORY = 3


class UnreadablePDF(Exception):
    pass


class PDFTooCostly(UnreadablePDF):
    """pypdf gave up within the time or memory limit; ``reason`` is ``TIMEOUT`` or ``MEMORY``."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Extracted:
    text: str
    page_count: int | None
    complete: bool
    status: str = EXTRACTED


def _lines(output):
    """The complete JSON lines the worker wrote (a line cut by a kill is dropped)."""
    lines = []
    for raw in (output or b"").split(b"\n"):
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        if isinstance(line, dict):
            lines.append(line)
    return lines


def _read_in_child(fileobj, mode):
    """Run the worker on the file; return its JSON lines and how it ended."""
    seconds = settings.MADENI_PDF_EXTRACT_SECONDS
    if seconds <= 0:
        return [], TIMEOUT
    fileobj.seek(0)
    data = fileobj.read()
    fileobj.seek(0)
    limits = (settings.MADENI_PDF_MAX_PAGES, settings.MADENI_EXTRACTED_TEXT_MAX_CHARS, settings.MADENI_PDF_EXTRACT_MB)
    # The CPU limit only backs up the kill below, should this process die before it.
    command = [sys.executable, "-I", str(WORKER), mode, *map(str, limits), str(seconds + 1)]
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=seconds, check=False)  # noqa: S603
    except subprocess.TimeoutExpired as expired:  # run() has killed the child
        return _lines(expired.stdout), TIMEOUT
    lines = _lines(done.stdout)
    if lines and "status" in lines[-1]:
        return lines, lines[-1]["status"]
    if done.returncode == _WORKER_EXIT_MEMORY or b"MemoryError" in done.stderr or done.returncode == -signal.SIGKILL:
        return lines, MEMORY
    if done.returncode == -signal.SIGXCPU:
        return lines, TIMEOUT
    logger.warning("The PDF reader failed (exit %s): %s", done.returncode, done.stderr[-2000:].decode(errors="replace"))
    return lines, UNREADABLE


def _page_count(lines):
    return next((line["pages"] for line in lines if isinstance(line.get("pages"), int)), None)


def count_pages(fileobj):
    """The page count of a PDF; ``UnreadablePDF`` if pypdf cannot read it, ``PDFTooCostly`` within the limits."""
    lines, status = _read_in_child(fileobj, "pages")
    if status in (TIMEOUT, MEMORY):
        raise PDFTooCostly(status)
    pages = _page_count(lines)
    if status != EXTRACTED or pages is None:
        raise UnreadablePDF(lines[-1].get("reason", "") if lines else "")
    if pages < 1:
        raise UnreadablePDF("no pages")
    return pages


def extract(fileobj, kind):
    """The text of a PDF (page by page, within the caps) or of a plain-text file."""
    max_chars = settings.MADENI_EXTRACTED_TEXT_MAX_CHARS
    if kind == "text":
        fileobj.seek(0)
        text = fileobj.read(max_chars * 4).decode("utf-8", errors="replace")[:max_chars]
        fileobj.seek(0)
        return Extracted(text=text.replace("\x00", ""), page_count=None, complete=True)
    lines, status = _read_in_child(fileobj, "text")
    if status != EXTRACTED:
        logger.warning("Text extraction of a PDF gave up: %s", status)
    text = "\n\n".join(line["text"] for line in lines if isinstance(line.get("text"), str))
    complete = status == EXTRACTED and bool(lines[-1].get("complete"))
    return Extracted(
        text=text.replace("\x00", "")[:max_chars], page_count=_page_count(lines), complete=complete, status=status
    )


def read_stored_text(document_pk, file_name):
    """Worker job: read the pages and text of a stored document file into its row, then index it.

    The job is for one file: if the document's file was replaced or removed meanwhile, it does
    nothing (the newer file has its own job). It writes with ``update()``, not ``save()``, so an
    editor's open form does not go stale because a worker finished reading.
    """
    from django.db import transaction

    from archive.models import Document
    from archive.search.index import index_record
    from ops import pagecache

    current = Document._base_manager.filter(pk=document_pk, file=file_name)
    document = current.first()
    if document is None:
        return
    with document.file.open("rb") as fileobj:
        extracted = extract(fileobj, document.text_kind)
    if current.update(extracted_text=extracted.text, page_count=extracted.page_count, text_status=extracted.status):
        document.refresh_from_db()
        index_record(document)
        transaction.on_commit(pagecache.bump)
