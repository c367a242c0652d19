"""Photos of demo events: pictures drawn with Pillow at load time, nothing downloaded.

Every event of a featured programme (the programmes the home page shows) has one, besides the
events listed in ``PHOTOS``. Each picture is stored as an editor's upload is: checked by
``archive.media.uploads.validate_image``, then saved through the image field, which makes its renditions.
"""

import hashlib
import io
import textwrap

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFont

from archive.media import uploads
from archive.models import Event, Photo, Rights

from . import events as demo_events
from . import programs as demo_programs
from .sync import tr

WIDTH, HEIGHT = 1600, 1067
CREDIT = "Madeni demo (generated)"

# Sky top, sky bottom, land: steppe blues and golds, evening reds, night greens.
PALETTES = {
    "steppe": ((30, 90, 160), (240, 200, 110), (120, 100, 50)),
    "evening": ((70, 30, 90), (230, 120, 80), (60, 40, 50)),
    "night": ((10, 30, 60), (40, 120, 130), (20, 50, 40)),
    "stone": ((90, 100, 120), (210, 200, 180), (110, 95, 80)),
}

# Words for each palette in the alt text: (en, kk, ru).
PALETTE_WORDS = {
    "steppe": ("a blue and gold", "көк пен алтын түсті", "сине-золотое"),
    "evening": ("a purple and rose evening", "күлгін-қызғылт кешкі", "лилово-розовое вечернее"),
    "night": ("a dark blue and teal night", "қою көк түнгі", "тёмно-синее ночное"),
    "stone": ("a grey and sand", "сұр-құм түсті", "серо-песочное"),
}

# event slug, palette, caption (en, kk, ru; a plain string is English only)
PHOTOS = [
    (
        "balayeva-dati-paris-2025",
        "evening",
        (
            "Demo picture for the ministers' meeting in Paris.",
            "Париждегі министрлер кездесуіне арналған демо сурет.",
            "Демо-изображение к встрече министров в Париже.",
        ),
    ),
    (
        "balayeva-ottone-unesco-2025",
        "stone",
        (
            "Demo picture for the meeting at UNESCO.",
            "",
            "Демо-изображение к встрече в ЮНЕСКО.",
        ),
    ),
    ("ustyurt-nomination-preliminary-assessment", "stone", "Demo picture for the Ustyurt nomination."),
    (
        "tlendiyev-centenary-concert-unesco",
        "night",
        (
            "Demo picture for the centenary concert.",
            "Мерейтойлық концертке арналған демо сурет.",
            "Демо-изображение к юбилейному концерту.",
        ),
    ),
    (
        "days-of-kazakh-culture-lyon",
        "steppe",
        (
            "Demo picture for the Lyon programme.",
            "",
            "Демо-изображение к лионской программе.",
        ),
    ),
    ("days-of-kazakh-culture-paris", "evening", "Demo picture for the Paris programme."),
    (
        "french-film-festival-astana",
        "night",
        (
            "Demo picture for the film festival in Astana.",
            "",
            "Демо-изображение к кинофестивалю в Астане.",
        ),
    ),
    ("french-impressionists-national-museum", "steppe", "Demo picture for the Impressionists exhibition."),
    (
        "great-steppe-exhibition-ankara-2019",
        "steppe",
        (
            "Demo picture for the Great Steppe exhibition in Ankara.",
            "Анкарадағы «Ұлы дала» көрмесіне арналған демо сурет.",
            "Демо-изображение к выставке «Великая степь» в Анкаре.",
        ),
    ),
    (
        "congress-religions-seventh-2022",
        "stone",
        (
            "Demo picture for the seventh congress.",
            "",
            "Демо-изображение к VII съезду.",
        ),
    ),
    ("congress-religions-second-2006", "stone", "Demo picture for the second congress."),
    (
        "turkistan-turkic-cultural-capital-2017",
        "evening",
        (
            "Demo picture for Turkistan's year as cultural capital.",
            "",
            "Демо-изображение к году Туркестана.",
        ),
    ),
]


#: The caption of a picture drawn for a featured event: (en, kk, ru, fr).
FEATURED_CAPTION = (
    "A drawn title card stands in for a photograph of this event in the demo archive.",
    "Демо мұрағатта бұл оқиғаның фотосуретінің орнына салынған титул суреті тұр.",
    "В демо-архиве вместо фотографии этого события — нарисованная титульная карточка.",
    "Dans l’archive de démonstration, une carte de titre dessinée remplace la photographie de cet événement.",
)


def featured_event_slugs():
    """Events of the featured demo programmes that ``PHOTOS`` does not already picture, in data order."""
    featured = {data["slug"] for data in demo_programs.PROGRAMS if data.get("featured")}
    pictured = {slug for slug, _palette, _caption in PHOTOS}
    return [
        data["slug"]
        for data in demo_events.EVENTS
        if featured & set(data.get("programs", [])) and data["slug"] not in pictured
    ]


def palette_for(slug):
    """A palette picked from the slug, so a rerun draws the same picture."""
    names = sorted(PALETTES)
    return names[hashlib.sha256(slug.encode()).digest()[0] % len(names)]


def alt_texts(palette, event):
    """What the drawing shows, in each language, including the words written on it."""
    written = f"{event.title_en}, {event.date_display}"
    en, kk, ru = PALETTE_WORDS[palette]
    return (
        f"Generated illustration: {en} sky with a pale sun over layered hills and a band of diamond ornaments, "
        f"captioned “{written}”.",
        f"Жасалған сурет: {kk} аспан, бозғылт күн мен қатпарлы төбелер, ромб ою-өрнегі; жазуы: «{written}».",
        f"Сгенерированная иллюстрация: {ru} небо, бледное солнце над грядами холмов и полоса ромбового орнамента; "
        f"надпись: «{written}».",
    )


def _blend(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def render(title, date_text, palette, seed_text):
    """A 1600×1067 JPEG: sky gradient, sun, hills, a band of ornament, the title and date."""
    digest = hashlib.sha256(seed_text.encode()).digest()
    sky_top, sky_bottom, land = PALETTES[palette]
    image = Image.new("RGB", (1, 2))
    image.putpixel((0, 0), sky_top)
    image.putpixel((0, 1), sky_bottom)
    image = image.resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)

    sun_x, sun_y, radius = 300 + digest[0] * 4, 250 + digest[1] // 2, 70 + digest[2] // 3
    draw.ellipse(
        (sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius), fill=_blend(sky_bottom, (255, 250, 230), 0.6)
    )
    for layer in range(3):
        base = 560 + layer * 110
        amplitude = 30 + digest[3 + layer] // 6
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 1, 40):
            wave = ((x * (layer + 2) + digest[6 + layer] * 7) % 400) / 400
            points.append((x, base - amplitude * (1 - abs(2 * wave - 1))))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=_blend(land, sky_bottom, 0.45 - layer * 0.2))

    ornament = _blend(sky_bottom, (255, 255, 255), 0.5)
    for x in range(40, WIDTH, 80):
        draw.polygon([(x, 80), (x + 20, 60), (x + 40, 80), (x + 20, 100)], outline=ornament, width=3)

    title_font = ImageFont.load_default(size=64)
    date_font = ImageFont.load_default(size=44)
    lines = textwrap.wrap(title, width=38)[:3]
    y = HEIGHT - 120 - 80 * len(lines)
    for line in lines:
        draw.text((83, y + 3), line, font=title_font, fill=(0, 0, 0))
        draw.text((80, y), line, font=title_font, fill=(255, 255, 255))
        y += 80
    draw.text((80, y + 10), date_text, font=date_font, fill=(245, 235, 200))

    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def load(loader):
    featured = [(slug, palette_for(slug), FEATURED_CAPTION) for slug in featured_event_slugs()]
    for event_slug, palette, caption in PHOTOS + featured:
        event = loader.get(Event, event_slug)
        values = {
            **tr("title", (event.title_en, event.title_kk, event.title_ru, event.title_fr)),
            **tr("alt_text", alt_texts(palette, event)),
            **tr("caption", caption),
            "date": event.date,
            "credit": CREDIT,
            "rights": Rights.CC0,
            "focal_x": 0.5,
            "focal_y": 0.4,
            "status": event.status,
        }
        m2m = {"events": [event], "people": list(event.participants.all())}
        photo, _touched = loader.record(Photo, f"photo-{event_slug}", values, m2m=m2m)
        if not photo.image:
            # Drawn once; a rerun (even with refresh) keeps the file it has.
            attach_image(photo, f"{event_slug}.jpg", render(event.title_en, event.date_display, palette, event_slug))


def attach_image(photo, filename, content):
    """Store a drawn picture as an upload: validated, then saved through the image field."""
    upload = SimpleUploadedFile(filename, content, content_type="image/jpeg")
    uploads.validate_image(upload)
    upload.seek(0)
    photo.image = upload
    photo.save()
