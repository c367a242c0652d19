"""A file whose content is not what its name says is refused with a clear message, and nothing is stored."""

import pytest

from archive.models import Document, Photo
from tests.media import files
from tests.media.helpers import document_form_data, photo_form_data

pytestmark = pytest.mark.django_db

DISGUISED_IMAGES = [
    ("page.jpg", files.HTML_PAGE, "contains HTML or script"),
    ("install.jpg", files.SHELL_SCRIPT, "is a script"),
    ("polyglot.png", files.png_with_html(), "HTML or script besides the image"),
    ("comment.jpg", files.jpeg_bytes(comment=b"<script>alert(1)</script>"), "HTML or script besides the image"),
    ("drawing.svg", files.SVG_WITH_SCRIPT, "“.svg” files are not accepted"),
    ("drawing.png", files.SVG_WITH_SCRIPT, "SVG drawing"),
    ("really-a-png.jpg", files.png_bytes(), "its content is a PNG image but its name ends in “.jpg”"),
]


@pytest.mark.parametrize(("name", "content", "reason"), DISGUISED_IMAGES)
def test_photo_admin_refuses_content_that_is_not_the_image_its_name_says(
    staff_client, media_root, name, content, reason
):
    response = staff_client.post(
        "/admin/archive/photo/add/", photo_form_data(image=files.upload(name, content, "image/jpeg"))
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["image"]
    assert errors == [f"“{name}” was refused: {errors[0].split(': ', 1)[1]}"]
    assert reason in errors[0]
    assert errors[0].endswith("Nothing was saved.")
    assert not Photo.objects.exists()
    assert files.stored_files(media_root) == []


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("report.pdf", files.HTML_PAGE, "its name ends in “.pdf” but it contains HTML or script"),
        ("report.pdf", b"%PDF-1.7\n<script>alert(1)</script>\n", "the PDF is damaged or cannot be read"),
        ("notes.txt", files.HTML_PAGE, "it is HTML or XML, not plain text"),
        ("notes.txt", files.png_bytes(), "not plain text (it contains binary data)"),
        ("speech.docx", files.pdf_bytes(), "“.docx” files are not accepted"),
    ],
)
def test_document_admin_refuses_content_that_is_not_what_its_name_says(staff_client, media_root, name, content, reason):
    response = staff_client.post("/admin/archive/document/add/", document_form_data(file=files.upload(name, content)))

    assert response.status_code == 200
    [error] = response.context["adminform"].form.errors["file"]
    assert error.startswith(f"“{name}” was refused:")
    assert reason in error
    assert not Document.objects.exists()
    assert files.stored_files(media_root) == []


def test_a_real_jpeg_passes_the_same_checks(staff_client, media_root):
    response = staff_client.post(
        "/admin/archive/photo/add/", photo_form_data(image=files.upload("opera.jpg", files.jpeg_bytes()))
    )

    assert response.status_code == 302
    assert Photo.objects.get().image.name.startswith("photos/")
