"""Themes and places (country → city → venue) of the demo archive."""

from decimal import Decimal

from archive.models import Place, Status, Theme

from .sync import tr

THEMES = [
    (
        "cultural-diplomacy",
        ("Cultural diplomacy", "Мәдени дипломатия", "Культурная дипломатия", "Diplomatie culturelle"),
    ),
    ("heritage", ("Heritage", "Мәдени мұра", "Культурное наследие", "Patrimoine")),
    ("music", ("Music", "Музыка", "Музыка", "Musique")),
    ("cinema-animation", ("Cinema and animation", "Кино және анимация", "Кино и анимация", "Cinéma et animation")),
    ("museums-exhibitions", ("Museums and exhibitions", "Музейлер мен көрмелер", "Музеи и выставки")),
    ("dialogue-religions", ("Dialogue of religions", "Діндер диалогы", "Диалог религий")),
    ("turkic-world", ("Turkic world", "Түркі әлемі", "Тюркский мир", "Monde turcique")),
    ("peace-mediation", ("Peace and mediation", "Бейбітшілік және делдалдық", "Мир и посредничество")),
    ("language-literature", ("Language and literature", "Тіл және әдебиет", "Язык и литература")),
    ("training-crafts", ("Training and crafts", "Кадр даярлау және қолөнер", "Подготовка кадров и ремёсла")),
    ("national-identity", ("National identity", "Ұлттық бірегейлік", "Национальная идентичность")),
    # Deliberately English only: the other languages fall back.
    ("soft-power", "Soft power"),
]

# slug, kind, parent slug, names (en, kk, ru, fr), country code, latitude, longitude, summary
PLACES = [
    (
        "kazakhstan",
        Place.Kind.COUNTRY,
        None,
        ("Kazakhstan", "Қазақстан", "Казахстан", "Kazakhstan"),
        "KZ",
        48.0,
        67.0,
        "Independent since December 1991; the largest landlocked country in the world.",
    ),
    (
        "france",
        Place.Kind.COUNTRY,
        None,
        ("France", "Франция", "Франция", "France"),
        "FR",
        46.6,
        2.4,
        "Kazakhstan's partner in film, museum and heritage cooperation.",
    ),
    (
        "turkiye",
        Place.Kind.COUNTRY,
        None,
        ("Türkiye", "Түркия", "Турция", "Turquie"),
        "TR",
        39.0,
        35.0,
        "Home of one of the two authors of the 2025 article on Kazakhstan's cultural policies.",
    ),
    ("russia", Place.Kind.COUNTRY, None, ("Russia", "Ресей", "Россия", "Russie"), "RU", 61.5, 105.3, ""),
    (
        "united-states",
        Place.Kind.COUNTRY,
        None,
        ("United States", "Америка Құрама Штаттары", "Соединённые Штаты Америки", "États-Unis"),
        "US",
        39.8,
        -98.6,
        "",
    ),
    ("germany", Place.Kind.COUNTRY, None, ("Germany", "Германия", "Германия", "Allemagne"), "DE", 51.2, 10.4, ""),
    ("chile", Place.Kind.COUNTRY, None, ("Chile", "Чили", "Чили", "Chili"), "CL", -35.7, -71.5, ""),
    (
        "united-kingdom",
        Place.Kind.COUNTRY,
        None,
        ("United Kingdom", "Ұлыбритания", "Великобритания", "Royaume-Uni"),
        "GB",
        54.0,
        -2.0,
        "",
    ),
    (
        "ustyurt-plateau",
        Place.Kind.REGION,
        "kazakhstan",
        ("Ustyurt Plateau", "Үстірт", "Устюрт", "Plateau d'Oust-Ourt"),
        "",
        44.0,
        56.0,
        "A desert tableland between the Caspian and the Aral Sea, proposed for the World Heritage List.",
    ),
    (
        "astana",
        Place.Kind.CITY,
        "kazakhstan",
        ("Astana", "Астана", "Астана", "Astana"),
        "",
        51.1694,
        71.4491,
        "Capital of Kazakhstan since December 1997 (named Akmola until May 1998).",
    ),
    (
        "almaty",
        Place.Kind.CITY,
        "kazakhstan",
        ("Almaty", "Алматы", "Алматы", "Almaty"),
        "",
        43.2380,
        76.9450,
        "The capital until 1997 and still the country's largest city.",
    ),
    (
        "shymkent",
        Place.Kind.CITY,
        "kazakhstan",
        ("Shymkent", "Шымкент", "Шымкент", "Chymkent"),
        "",
        42.3417,
        69.5901,
        "",
    ),
    (
        "turkistan",
        Place.Kind.CITY,
        "kazakhstan",
        ("Turkistan", "Түркістан", "Туркестан", "Turkestan"),
        "",
        43.2973,
        68.2517,
        "Historic city of the Syr Darya valley, around the mausoleum of Khoja Ahmed Yasawi.",
    ),
    ("paris", Place.Kind.CITY, "france", ("Paris", "Париж", "Париж", "Paris"), "", 48.8566, 2.3522, ""),
    ("lyon", Place.Kind.CITY, "france", ("Lyon", "Лион", "Лион", "Lyon"), "", 45.7640, 4.8357, ""),
    ("ankara", Place.Kind.CITY, "turkiye", ("Ankara", "Анкара", "Анкара", "Ankara"), "", 39.9334, 32.8597, ""),
    (
        "zheleznovodsk",
        Place.Kind.CITY,
        "russia",
        ("Zheleznovodsk", "Железноводск", "Железноводск"),
        "",
        44.1394,
        43.0197,
        "",
    ),
    (
        "new-york",
        Place.Kind.CITY,
        "united-states",
        ("New York", "Нью-Йорк", "Нью-Йорк", "New York"),
        "",
        40.7128,
        -74.0060,
        "",
    ),
    (
        "unesco-headquarters",
        Place.Kind.VENUE,
        "paris",
        ("UNESCO Headquarters", "ЮНЕСКО штаб-пәтері", "Штаб-квартира ЮНЕСКО", "Siège de l'UNESCO"),
        "",
        48.8497,
        2.3063,
        "The organization's seat on Place de Fontenoy, with its conference halls used for concerts and sessions.",
    ),
    (
        "national-museum-kazakhstan",
        Place.Kind.VENUE,
        "astana",
        (
            "National Museum of the Republic of Kazakhstan",
            "Қазақстан Республикасының Ұлттық музейі",
            "Национальный музей Республики Казахстан",
        ),
        "",
        51.1183,
        71.4705,
        "",
    ),
    (
        "palace-of-peace-and-reconciliation",
        Place.Kind.VENUE,
        "astana",
        (
            "Palace of Peace and Reconciliation",
            "Бейбітшілік және келісім сарайы",
            "Дворец мира и согласия",
            "Palais de la Paix et de la Réconciliation",
        ),
        "",
        51.1231,
        71.4636,
        "A glass-topped pyramid built for the Congress of Leaders of World and Traditional Religions.",
    ),
    (
        "museum-of-anatolian-civilizations",
        Place.Kind.VENUE,
        "ankara",
        ("Museum of Anatolian Civilizations", "Анадолы өркениеттері мұражайы", "Музей анатолийских цивилизаций"),
        "",
        39.9385,
        32.8618,
        "",
    ),
    (
        "mausoleum-khoja-ahmed-yasawi",
        Place.Kind.VENUE,
        "turkistan",
        ("Mausoleum of Khoja Ahmed Yasawi", "Қожа Ахмет Ясауи кесенесі", "Мавзолей Ходжи Ахмеда Ясави"),
        "",
        43.2930,
        68.2700,
        "",
    ),
    (
        "un-headquarters",
        Place.Kind.VENUE,
        "new-york",
        ("United Nations Headquarters", "БҰҰ штаб-пәтері", "Штаб-квартира ООН", "Siège des Nations unies"),
        "",
        40.7489,
        -73.9680,
        "",
    ),
    ("rixos-president-astana", Place.Kind.VENUE, "astana", "Rixos President Hotel", "", 51.1280, 71.4300, ""),
]


def load(loader):
    for slug, name in THEMES:
        loader.record(Theme, slug, tr("name", name))
    for slug, kind, parent, name, code, lat, lon, summary in PLACES:
        values = {
            **tr("name", name),
            **tr("summary", summary),
            "kind": kind,
            "parent": loader.get(Place, parent) if parent else None,
            "country_code": code,
            "latitude": Decimal(str(lat)),
            "longitude": Decimal(str(lon)),
            "status": Status.PUBLISHED,
        }
        place, touched = loader.record(Place, slug, values)
        itself = {Place.Kind.COUNTRY: "country_id", Place.Kind.CITY: "city_id"}.get(kind)
        if touched and itself and getattr(place, itself) is None:
            # Place.save() only finds saved ancestors, so a new country or city
            # does not point at itself until it is saved a second time.
            place.save()
