"""Image API 3 at level 0: a photo's renditions of the whole picture, at the sizes they already have.

Nothing is resized on request. ``info.json`` lists the JPEG renditions of the ``fit`` family
(the square ``thumb`` is a crop, so it is no size of the full image) and gives the original's
size as the image's own; ``max`` is the largest rendition (originals are never public).
"""

import re

from archive.media.images import FAMILIES

CONTEXT = "http://iiif.io/api/image/3/context.json"
PROFILE = "level0"
MEDIA_TYPE = f'application/ld+json;profile="{CONTEXT}"'
SIZE = re.compile(r"(?P<width>[0-9]{1,6})?,(?P<height>[0-9]{1,6})?")


def scaled(photo):
    """The photo's JPEG renditions of the whole picture, smallest first, one per size."""
    by_size = {}
    for spec in FAMILIES["fit"]:
        rendition = photo.rendition(spec, "jpg")
        if rendition is not None:
            by_size[(rendition.width, rendition.height)] = rendition  # a small original makes them alike
    return [by_size[size] for size in sorted(by_size)]


def full_size(photo, largest):
    """The original's width and height as the renditions show it (upright: EXIF rotation applied)."""
    width, height = photo.width or 0, photo.height or 0
    if (width >= height) != (largest.width >= largest.height):
        width, height = height, width
    if width < largest.width or height < largest.height:
        return largest.width, largest.height
    return width, height


def find(renditions, size):
    """The rendition a size parameter asks for (``max``, ``w,``, ``,h`` or ``w,h``), or None."""
    if not renditions:
        return None
    if size == "max":
        return renditions[-1]
    match = SIZE.fullmatch(size)
    if match is None or match["width"] is None and match["height"] is None:
        return None
    for rendition in renditions:
        if match["width"] is not None and int(match["width"]) != rendition.width:
            continue
        if match["height"] is not None and int(match["height"]) != rendition.height:
            continue
        return rendition
    return None


def info(photo, renditions, service_id, rights=None):
    """The image information document (``info.json``)."""
    largest = renditions[-1]
    width, height = full_size(photo, largest)
    document = {
        "@context": CONTEXT,
        "id": service_id,
        "type": "ImageService3",
        "protocol": "http://iiif.io/api/image",
        "profile": PROFILE,
        "width": width,
        "height": height,
        "maxWidth": largest.width,
        "maxHeight": largest.height,
        "sizes": [{"width": rendition.width, "height": rendition.height} for rendition in renditions],
    }
    if rights:
        document["rights"] = rights
    return document
