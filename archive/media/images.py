"""Photo renditions: EXIF orientation applied, metadata stripped, WebP and JPEG.

``make_renditions`` is the pure pipeline (a file in, encoded images out);
``refresh_renditions`` stores them for a photo (old files stay until
``prune_media`` finds nothing names them). Originals are kept as uploaded (with their metadata)
and are never served to the public: only renditions are, and they carry no EXIF,
XMP, GPS or comments.
"""

import io
import logging
import uuid
from dataclasses import dataclass

from django.core.files.base import ContentFile
from PIL import Image, ImageCms, ImageOps

from archive.media.uploads import IMAGE_FORMATS, max_image_pixels

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Spec:
    name: str
    width: int
    height: int
    crop: bool = False


#: Rendition sizes. ``thumb`` is a square crop around the focal point; the others fit in their box.
SPECS = {
    "thumb": Spec("thumb", 320, 320, crop=True),
    "medium": Spec("medium", 800, 800),
    "large": Spec("large", 1600, 1600),
}
#: Specs that are the same picture at different sizes, for ``srcset``.
FAMILIES = {
    "square": ("thumb",),
    "fit": ("medium", "large"),
}
#: Output formats by URL extension: Pillow format, MIME type, encoder options.
FORMATS = {
    "webp": ("WEBP", "image/webp", {"quality": 80, "method": 4}),
    "jpg": ("JPEG", "image/jpeg", {"quality": 82, "optimize": True, "progressive": True}),
}


@dataclass(frozen=True)
class Rendered:
    spec: str
    format: str
    width: int
    height: int
    content: bytes


class RenditionError(Exception):
    pass


def make_renditions(fileobj, *, focal=None):
    """Every spec in every format, from an image file already validated by ``uploads``."""
    fileobj.seek(0)
    try:
        with Image.open(fileobj, formats=list(IMAGE_FORMATS)) as source:
            if source.width * source.height > max_image_pixels():
                raise RenditionError(f"{source.size} is over the pixel cap")
            base = _prepared(source)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise RenditionError(str(exc)) from exc
    large = _fit(base, SPECS["large"])
    thumb = SPECS["thumb"]
    # Smaller specs come from the large one (a quarter of the pixels to resample) unless it is too narrow.
    thumb_source = large if min(large.size) >= min(thumb.width, thumb.height) else base
    images = {
        "large": large,
        "medium": _fit(large, SPECS["medium"]),
        "thumb": _crop(thumb_source, thumb, focal),
    }
    rendered = []
    for spec, image in images.items():
        for extension, (pil_format, _mime, options) in FORMATS.items():
            buffer = io.BytesIO()
            image.save(buffer, pil_format, **options)
            rendered.append(Rendered(spec, extension, image.width, image.height, buffer.getvalue()))
    return rendered


def _prepared(source):
    """The source decoded just large enough, upright, in sRGB, with no metadata attached."""
    biggest = SPECS["large"]
    if source.format == "JPEG":
        # Decode at 1/2, 1/4 or 1/8 scale when that still covers the largest rendition.
        scale = min(biggest.width / source.width, biggest.height / source.height, 1)
        want = (max(round(source.width * scale), 1), max(round(source.height * scale), 1))
        source.draft("RGB", want)
    icc_profile = source.info.get("icc_profile")
    image = ImageOps.exif_transpose(source)
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, "white")
        image.paste(rgba, mask=rgba.getchannel("A"))
    elif image.mode != "RGB":
        image = image.convert("RGB")
    if icc_profile:
        image = _to_srgb(image, icc_profile)
    image.info = {}  # no EXIF, XMP, ICC or comments travel to the renditions
    return image


def _to_srgb(image, icc_profile):
    try:
        source_profile = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        return ImageCms.profileToProfile(image, source_profile, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        logger.info("Ignored an unreadable colour profile", exc_info=True)
        return image


def _fit(image, spec):
    """Scaled down to fit the spec's box; never scaled up."""
    fitted = image.copy()
    fitted.thumbnail((spec.width, spec.height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    fitted.info = {}
    return fitted


def _crop(image, spec, focal):
    """A crop of the spec's aspect ratio centred on the focal point (kept inside the image)."""
    fx, fy = focal if focal and None not in focal else (0.5, 0.5)
    ratio = spec.width / spec.height
    crop_w = min(image.width, round(image.height * ratio))
    crop_h = min(image.height, round(crop_w / ratio))
    left = min(max(round(fx * image.width - crop_w / 2), 0), image.width - crop_w)
    top = min(max(round(fy * image.height - crop_h / 2), 0), image.height - crop_h)
    cropped = image.crop((left, top, left + crop_w, top + crop_h))
    return _fit(cropped, spec)


def renditions_job(photo_pk, source):
    """Make the renditions of a photo as saved with ``source`` (image name, focal x, focal y).

    A job for a photo changed again since (or deleted) does nothing: the newer save queued its own.
    """
    from archive.models import Photo

    photo = Photo._base_manager.filter(pk=photo_pk).first()
    if photo is None or photo._rendition_source() != tuple(source):
        return []
    return refresh_renditions(photo)


def refresh_renditions(photo):
    """Replace the photo's renditions after its image or focal point changed.

    Old rendition rows go; their files and the replaced original stay in storage. Nothing
    here deletes a file: ``prune_media`` removes those that no row or revision names.
    """
    from archive.models import Rendition

    photo.renditions.all().delete()
    getattr(photo, "_prefetched_objects_cache", {}).pop("renditions", None)
    photo.__dict__.pop("_renditions", None)
    photo.__dict__.pop("_pictures", None)
    storage = photo.image.storage
    if not photo.image:
        return []
    try:
        with storage.open(photo.image.name, "rb") as fileobj:
            rendered = make_renditions(fileobj, focal=(photo.focal_x, photo.focal_y))
    except (RenditionError, OSError):
        logger.exception("Could not make renditions of photo %s", photo.pk)
        return []
    renditions = []
    for item in rendered:
        name = f"renditions/{photo.pk}/{item.spec}-{uuid.uuid4().hex[:12]}.{item.format}"
        stored = storage.save(name, ContentFile(item.content), max_length=255)
        renditions.append(
            Rendition(
                photo=photo, spec=item.spec, format=item.format, width=item.width, height=item.height, file=stored
            )
        )
    Rendition.objects.bulk_create(renditions)
    return renditions
