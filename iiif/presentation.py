"""Presentation API 3 manifests: one per published photo, one per event with published photos.

Labels and summaries are language maps of the languages a record is written in (no fallback
text is passed off as another language); interface words come in every site language.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from archive.links import record_url

from . import addresses, image

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
MEDIA_TYPE = f'application/ld+json;profile="{CONTEXT}"'
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
#: A photo is summed up by its caption, else by its summary.
PHOTO_SUMMARY = ("caption", "summary")


def language_map(record, field):
    """``{"en": ["…"], "kk": ["…"]}``: the field in each language it has been written in."""
    values = {}
    for code in LANGUAGE_CODES:
        value = (getattr(record, f"{field}_{code}", "") or "").strip()
        if value:
            values[code] = [value]
    return values


def label(record, field):
    return language_map(record, field) or {"none": [str(record)]}


def in_every_language(function):
    """``function()`` called with each site language active: for interface words and dates."""
    values = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            values[code] = [str(function())]
    return values


#: Where a ``rights`` value may come from (Creative Commons, RightsStatements.org), as spelt in IIIF.
RIGHTS_PREFIXES = ("http://creativecommons.org/", "http://rightsstatements.org/vocab/")


def rights_uri(photo):
    """The photo's licence or rights statement as the specification spells them (``http://``); or None."""
    uri = (photo.rights or "").replace("https://creativecommons.org/", "http://creativecommons.org/", 1)
    return uri if uri.startswith(RIGHTS_PREFIXES) else None


def _descriptive(request, record, *, summary_fields):
    """Label, summary, date, home pages: what a photo and an event both say about themselves."""
    data = {"label": label(record, "title")}
    summary = next(filter(None, (language_map(record, field) for field in summary_fields)), None)
    if summary:
        data["summary"] = summary
    if record.date:
        data["metadata"] = [
            {"label": in_every_language(lambda: _("Date")), "value": in_every_language(lambda: record.date_display)}
        ]
    homepages = []
    for code in LANGUAGE_CODES:
        with translation.override(code):
            homepages.append(
                {
                    "id": addresses.absolute(request, record_url(record)),
                    "type": "Text",
                    "label": {code: [str(record)]},
                    "format": "text/html",
                    "language": [code],
                }
            )
    data["homepage"] = homepages
    return data


def _rights(photo):
    data = {"rights": rights_uri(photo)} if rights_uri(photo) else {}
    if photo.credit:
        data["requiredStatement"] = {
            "label": in_every_language(lambda: _("Credit")),
            "value": {"none": [photo.credit]},
        }
    return data


def thumbnail(request, photo):
    rendition = photo.rendition("thumb", "jpg") or (image.scaled(photo) or [None])[0]
    if rendition is None:
        return []
    return [
        {
            "id": addresses.absolute(request, rendition.url()),
            "type": "Image",
            "format": "image/jpeg",
            "width": rendition.width,
            "height": rendition.height,
        }
    ]


def canvas(request, photo):
    """The photo as a canvas painted with its image service's largest size (None without renditions)."""
    renditions = image.scaled(photo)
    if not renditions:
        return None
    largest = renditions[-1]
    width, height = image.full_size(photo, largest)
    canvas_id = addresses.manifest_url(request, photo).rsplit("/", 1)[0] + "/canvas"
    service_id = addresses.image_service_url(request, photo)
    return {
        "id": canvas_id,
        "type": "Canvas",
        **_descriptive(request, photo, summary_fields=PHOTO_SUMMARY),
        **_rights(photo),
        "width": width,
        "height": height,
        "thumbnail": thumbnail(request, photo),
        "items": [
            {
                "id": f"{canvas_id}/page",
                "type": "AnnotationPage",
                "items": [
                    {
                        "id": f"{canvas_id}/page/image",
                        "type": "Annotation",
                        "motivation": "painting",
                        "target": canvas_id,
                        "body": {
                            "id": f"{service_id}/full/max/0/default.jpg",
                            "type": "Image",
                            "format": "image/jpeg",
                            "width": largest.width,
                            "height": largest.height,
                            "service": [{"id": service_id, "type": "ImageService3", "profile": image.PROFILE}],
                        },
                    }
                ],
            }
        ],
    }


def _manifest(request, record, canvases, **properties):
    return {
        "@context": CONTEXT,
        "id": addresses.manifest_url(request, record),
        "type": "Manifest",
        **properties,
        "thumbnail": canvases[0]["thumbnail"],
        "items": canvases,
    }


def photo_manifest(request, photo):
    """The manifest of one photo (None if it has no renditions yet)."""
    photo_canvas = canvas(request, photo)
    if photo_canvas is None:
        return None
    described = _descriptive(request, photo, summary_fields=PHOTO_SUMMARY)
    return _manifest(request, photo, [photo_canvas], **described, **_rights(photo))


def event_manifest(request, event, photos):
    """The manifest of an event: its photos as canvases (None if none has renditions)."""
    canvases = [found for found in (canvas(request, photo) for photo in photos) if found is not None]
    if not canvases:
        return None
    return _manifest(request, event, canvases, **_descriptive(request, event, summary_fields=("summary",)))
