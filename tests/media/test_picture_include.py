"""The picture include: WebP and JPEG srcsets, known size, lazy loading, alt text; one query per list."""

import pytest
from django.template.loader import render_to_string

from archive.models import Photo
from tests.factories import make_person, make_photo
from tests.media import files

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(media_root):
    return make_photo(image=files.upload("opera.jpg", files.jpeg_bytes(1800, 1200)), alt_text="Dancers bow")


def test_it_renders_webp_and_jpeg_sources_with_size_and_alt(photo):
    html = render_to_string("includes/picture.html", {"photo": photo, "sizes": "50vw"})

    medium, large = photo.rendition("medium", "webp"), photo.rendition("large", "webp")
    assert '<source type="image/webp"' in html
    assert f'srcset="{medium.url()} 800w, {large.url()} 1600w"' in html
    assert photo.srcset("fit", "jpg") in html and "1600w" in photo.srcset("fit", "jpg")
    assert f'src="{photo.rendition_url("medium")}"' in html
    assert 'width="800" height="534"' in html
    assert 'loading="lazy"' in html and 'sizes="50vw"' in html
    assert 'alt="Dancers bow"' in html


def test_it_renders_the_square_family_when_asked(photo):
    pictures = photo.renditions_for_template()
    html = render_to_string("includes/picture.html", {"photo": photo, "picture": pictures["square"], "eager": True})

    assert 'width="320" height="320"' in html
    assert f"{photo.rendition_url('thumb', 'webp')} 320w" in html
    assert 'loading="eager"' in html


def test_it_renders_nothing_for_a_photo_without_image(media_root):
    assert render_to_string("includes/picture.html", {"photo": make_photo()}).strip() == ""


def test_alt_text_is_escaped(media_root):
    photo = make_photo(image=files.upload("x.jpg", files.jpeg_bytes()), alt_text='"><script>alert(1)</script>')
    html = render_to_string("includes/picture.html", {"photo": photo})
    assert "<script>" not in html


def test_rendition_urls_change_when_the_image_does(photo):
    before = photo.rendition_url("large")
    photo.image = files.upload("new.jpg", files.jpeg_bytes())
    photo.save()
    assert photo.rendition_url("large") != before
    assert photo.rendition_url("large").startswith(f"/files/photos/{photo.pk}/large.jpg?v=")


def test_a_list_of_photos_renders_in_two_queries(media_root, django_assert_num_queries):
    for n in range(4):
        make_photo(image=files.upload(f"p{n}.jpg", files.jpeg_bytes(600, 400)), alt_text=f"Photo {n}")

    with django_assert_num_queries(2):
        html = "".join(
            render_to_string("includes/picture.html", {"photo": photo})
            for photo in Photo.objects.published().with_renditions()
        )
    assert html.count("<picture>") == 4


def test_portraits_reach_renditions_through_a_prefetch(media_root, django_assert_num_queries):
    from archive.models import Person

    for n in range(3):
        make_person(photo=make_photo(image=files.upload(f"p{n}.jpg", files.jpeg_bytes(600, 400))))

    with django_assert_num_queries(2):
        people = Person.objects.select_related("photo").prefetch_related("photo__renditions")
        urls = [person.photo.rendition_url("thumb") for person in people]
    assert all(urls)
