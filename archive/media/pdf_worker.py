"""The child process that reads a PDF with pypdf, under a memory cap (run by ``archive.media.documents``).

Run as ``python -I pdf_worker.py MODE MAX_PAGES MAX_CHARS MEMORY_MB CPU_SECONDS`` with the PDF on
stdin. It caps its own address space (``RLIMIT_AS``) and CPU time before it imports pypdf,
then writes JSON lines to stdout, flushed as it goes so the parent keeps what was read if it
has to kill it: ``{"pages": n}``, then (mode ``text``) one ``{"text": "…"}`` per page, and
last ``{"status": "extracted" | "unreadable" | "memory", "complete": bool}``.

Only the standard library and pypdf are imported: no Django, nothing from the project.
"""

import io
import json
import resource
import sys
import warnings

EXIT_MEMORY = 3

# What pypdf raises on damaged files besides its own errors.
_PDF_ERRORS = (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)


def _write(**line):
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def _cap(memory_mb, cpu_seconds):
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))


def _read(data, mode, max_pages, max_chars):
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    errors = (PyPdfError, *_PDF_ERRORS)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = len(reader.pages)
    except errors as exc:
        _write(status="unreadable", complete=False, reason=str(exc)[:200])
        return
    _write(pages=pages)
    if mode != "text":
        _write(status="extracted", complete=True)
        return
    length, complete = 0, True
    for number, page in enumerate(reader.pages):
        if number >= max_pages or length >= max_chars:
            complete = False
            break
        try:
            text = (page.extract_text() or "").strip()
        except errors:
            continue  # a page pypdf cannot read; the others may be fine
        if text:
            text = text[: max_chars - length]
            _write(text=text)
            length += len(text)
    _write(status="extracted", complete=complete)


def main(argv):
    mode, max_pages, max_chars, memory_mb, cpu_seconds = argv[0], *map(int, argv[1:5])
    _cap(memory_mb, cpu_seconds)
    data = sys.stdin.buffer.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns about harmless oddities of real-world PDFs
            _read(data, mode, max_pages, max_chars)
    except MemoryError:
        _write(status="memory", complete=False)
        return EXIT_MEMORY
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
