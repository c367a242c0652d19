"""Validation of uploaded photos and documents, before anything is stored.

Every upload is judged by its content, never by its name: Pillow (images) or the
PDF header and pypdf (documents) say what a file really is, and only an
allow-list of formats gets through. Size and pixel limits come from settings
(``MADENI_MAX_UPLOAD_MB``, ``MADENI_MAX_IMAGE_PIXELS``). A refusal is a
``ValidationError`` whose message names the file and the reason, so forms show
it and nothing is saved.
"""

import logging
import math
import os
import re
import unicodedata
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

logger = logging.getLogger(__name__)

#: Image formats accepted, as Pillow names them, with the extensions each may carry.
IMAGE_FORMATS = {
    "JPEG": ("jpg", "jpeg"),
    "PNG": ("png",),
    "WEBP": ("webp",),
}
#: Document kinds accepted, with the extensions each may carry.
DOCUMENT_FORMATS = {
    "pdf": ("pdf",),
    "text": ("txt",),
}
DOCUMENT_CONTENT_TYPES = {"pdf": "application/pdf", "text": "text/plain; charset=utf-8"}

# Markup that turns a file into an HTML/script polyglot, searched through the
# whole file: long, distinctive sequences only, so that compressed image data
# practically never matches (about once in 10^5 twelve-megabyte photos).
_MARKUP = re.compile(rb"<script|<iframe|<html[\s>]|<body[\s>]|<!doctype\s+html|<\?php\s", re.IGNORECASE)
# Shorter tell-tales, looked for only at the start of a file, where they would be its real content.
_MARKUP_AT_START = re.compile(rb"^\s*(?:<svg|<\?xml|<!--|<[a-z]+[\s>])", re.IGNORECASE)
_SCAN_CHUNK = 1 << 20
_SCAN_OVERLAP = 32


@dataclass(frozen=True)
class ImageInfo:
    format: str
    extension: str
    width: int
    height: int


@dataclass(frozen=True)
class DocumentInfo:
    kind: str
    extension: str
    page_count: int | None


def max_upload_bytes():
    return settings.MADENI_MAX_UPLOAD_MB * 1024 * 1024


def max_image_pixels():
    return settings.MADENI_MAX_IMAGE_PIXELS


def safe_filename(name, extension):
    """A file name safe to show and to suggest on download: no folders, no odd characters.

    Storage names are random (see ``upload_to``); this one is only remembered.
    """
    base = os.path.basename(str(name).replace("\\", "/"))
    stem = unicodedata.normalize("NFKC", base.rsplit(".", 1)[0] if "." in base else base)
    stem = re.sub(r"[^\w\- ]", "", stem).strip(" .-_")[:100]
    try:
        stem = get_valid_filename(stem)
    except Exception:  # noqa: BLE001  (SuspiciousFileOperation for an empty name)
        stem = "file"
    return f"{stem or 'file'}.{extension}"


def _display_name(upload):
    return os.path.basename(str(getattr(upload, "name", "") or "")).replace("\\", "/").rsplit("/", 1)[-1][:120]


def _extension(upload):
    name = _display_name(upload)
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _refuse(upload, reason, code):
    raise ValidationError(
        _("“%(name)s” was refused: %(reason)s Nothing was saved."),
        code=code,
        params={"name": _display_name(upload) or _("the file"), "reason": reason},
    )


def _check_size(upload):
    size = getattr(upload, "size", None)
    if size is None:
        upload.seek(0, os.SEEK_END)
        size = upload.tell()
    if size == 0:
        _refuse(upload, _("the file is empty."), "empty")
    if size > max_upload_bytes():
        _refuse(
            upload,
            _("it is %(size).1f MB; the limit is %(limit)d MB per file.")
            % {"size": math.ceil(size / 1024 / 1024 * 10) / 10, "limit": settings.MADENI_MAX_UPLOAD_MB},
            "too_large",
        )


def _head(upload, length=4096):
    upload.seek(0)
    head = upload.read(length)
    upload.seek(0)
    return head


def _contains_markup(upload):
    """Whether HTML or script appears anywhere in the file (read in chunks, never whole)."""
    upload.seek(0)
    tail = b""
    try:
        while chunk := upload.read(_SCAN_CHUNK):
            if _MARKUP.search(tail + chunk):
                return True
            tail = chunk[-_SCAN_OVERLAP:]
        return False
    finally:
        upload.seek(0)


def _describe(head):
    """What a refused file looks like, in words an editor understands."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"<svg") or (stripped.startswith(b"<?xml") and b"<svg" in stripped):
        return _("it is an SVG drawing, which can carry scripts")
    if _MARKUP.search(head) or _MARKUP_AT_START.match(stripped):
        return _("it contains HTML or script")
    if stripped.startswith(b"#!"):
        return _("it is a script")
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return _("the image is truncated or corrupt")
    if head.startswith(b"%PDF-"):
        return _("it is a PDF")
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        return _("it is a program")
    return _("its content is not an image we accept")


def _png_trailing_bytes(upload):
    """Bytes after the PNG's IEND chunk (None if the chunk structure is broken)."""
    upload.seek(8)
    try:
        while header := upload.read(8):
            if len(header) < 8:
                return None
            length = int.from_bytes(header[:4], "big")
            upload.seek(length + 4, os.SEEK_CUR)  # data and CRC
            if header[4:8] == b"IEND":
                return upload.read(1 << 20)
        return None
    finally:
        upload.seek(0)


def validate_image(upload):
    """Check an uploaded image and give it a safe name; return what it is.

    Refuses (``ValidationError``): empty or too large files, anything Pillow
    does not recognise as JPEG, PNG or WebP, content that does not match the
    extension, HTML or script inside the file or after a PNG's end, images over
    the pixel cap (checked from the header, before any pixel is decoded), and
    truncated or corrupt images.
    """
    _check_size(upload)
    extension = _extension(upload)
    accepted = ", ".join(sorted({ext for exts in IMAGE_FORMATS.values() for ext in exts}))
    if extension not in {ext for exts in IMAGE_FORMATS.values() for ext in exts}:
        _refuse(
            upload,
            _("“.%(ext)s” files are not accepted for photos (accepted: %(accepted)s).")
            % {"ext": extension or "?", "accepted": accepted},
            "format",
        )
    head = _head(upload)
    try:
        image = Image.open(upload, formats=list(IMAGE_FORMATS))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow's own guard fired while reading the header; its message carries the pixel count.
        found = re.search(r"\((\d+) pixels\)", str(exc))
        _refuse(upload, _too_many_pixels_message(int(found.group(1)) if found else None), "too_many_pixels")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        _refuse(upload, _("%(what)s.") % {"what": _describe(head)}, "not_an_image")
    with image:
        if extension not in IMAGE_FORMATS[image.format]:
            _refuse(
                upload,
                _("its content is a %(format)s image but its name ends in “.%(ext)s”.")
                % {"format": image.format, "ext": extension},
                "mismatch",
            )
        width, height = image.size
        # The explicit cap, read from the header before load(): a bomb is never decoded.
        if width * height > max_image_pixels():
            _refuse(upload, _too_many_pixels_message(width * height, (width, height)), "too_many_pixels")
        if _contains_markup(upload):
            _refuse(upload, _("it contains HTML or script besides the image."), "polyglot")
        if image.format == "PNG" and _png_trailing_bytes(upload) != b"":
            _refuse(upload, _("it has data hidden after the end of the image."), "trailing_data")
        _decode_fully(upload, image)
    upload.seek(0)
    upload.name = safe_filename(_display_name(upload), IMAGE_FORMATS[image.format][0])
    return ImageInfo(format=image.format, extension=IMAGE_FORMATS[image.format][0], width=width, height=height)


def _too_many_pixels_message(pixels, size=None):
    limit = max_image_pixels() / 1_000_000
    if size:
        return _("it is %(w)d × %(h)d pixels; the limit is %(limit)d megapixels.") % {
            "w": size[0],
            "h": size[1],
            "limit": limit,
        }
    if pixels:
        return _("it is %(found)d megapixels; the limit is %(limit)d.") % {"found": pixels / 1_000_000, "limit": limit}
    return _("it has more than %(limit)d megapixels.") % {"limit": limit}


def _decode_fully(upload, image):
    """Decode every byte of pixel data so truncated or corrupt files are caught.

    A JPEG is decoded at reduced scale (``draft``): libjpeg still reads all the
    data, at a fraction of the memory.
    """
    try:
        if image.format == "JPEG":
            image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        logger.info("Refused a corrupt image upload: %s", exc)
        _refuse(upload, _("the image is truncated or corrupt."), "corrupt")


def validate_document(upload):
    """Check an uploaded PDF or plain-text file and give it a safe name; return what it is."""
    from archive.media import documents

    _check_size(upload)
    extension = _extension(upload)
    kinds = {ext: kind for kind, exts in DOCUMENT_FORMATS.items() for ext in exts}
    if extension not in kinds:
        _refuse(
            upload,
            _("“.%(ext)s” files are not accepted for documents (accepted: PDF and plain text).")
            % {"ext": extension or "?"},
            "format",
        )
    kind = kinds[extension]
    head = _head(upload)
    page_count = None
    if kind == "pdf":
        if not head.startswith(b"%PDF-"):
            _refuse(upload, _("its name ends in “.pdf” but %(what)s.") % {"what": _describe(head)}, "mismatch")
        try:
            page_count = documents.count_pages(upload)
        except documents.PDFTooCostly:
            _refuse(upload, _("reading the PDF needed more time or memory than allowed."), "too_costly")
        except documents.UnreadablePDF:
            _refuse(upload, _("the PDF is damaged or cannot be read."), "corrupt")
    else:
        _check_plain_text(upload, head)
    upload.seek(0)
    upload.name = safe_filename(_display_name(upload), extension)
    return DocumentInfo(kind=kind, extension=extension, page_count=page_count)


def _check_plain_text(upload, head):
    if b"\x00" in head:
        _refuse(upload, _("it is not plain text (it contains binary data)."), "mismatch")
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") or _MARKUP.search(head):
        _refuse(upload, _("it is HTML or XML, not plain text."), "mismatch")
    upload.seek(0)
    try:
        upload.read().decode("utf-8")
    except UnicodeDecodeError:
        _refuse(upload, _("it is not UTF-8 plain text."), "encoding")
    finally:
        upload.seek(0)


class ImageUploadField(forms.FileField):
    """A form field that accepts only what ``validate_image`` accepts."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            upload.image_info = validate_image(upload)
        return upload


class DocumentUploadField(forms.FileField):
    """A form field that accepts only what ``validate_document`` accepts."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            upload.document_info = validate_document(upload)
        return upload


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleImageField(forms.FileField):
    """Several images in one input; each is validated, all errors are reported together."""

    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data]
        uploads = [upload for upload in uploads if upload]
        if not uploads:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        errors = []
        for upload in uploads:
            try:
                upload.image_info = validate_image(upload)
            except ValidationError as exc:
                errors.extend(exc.error_list)
        if errors:
            raise ValidationError(errors)
        return uploads
