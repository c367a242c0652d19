"""Small real images for tests."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def png(name="photo.png", size=(8, 6), color="red"):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")
