"""A synthetic archive for the benchmark command: bulk-created, reproducible, search-indexed.

Names come in the scripts and spellings real records have (Aida Balayeva /
Аида Балаева / Balaeva), texts are drawn from a Zipf-like vocabulary so that
common and rare words behave as they do in real prose.
"""

import datetime as dt
import itertools
import random
import time
from array import array

from django.apps import apps
from django.db import connections, transaction
from django.db.models import F
from django.utils import timezone
from tqdm import tqdm

from archive.models import (
    Document,
    Event,
    EventOrganization,
    Organization,
    Participation,
    Person,
    Place,
    Program,
    SearchEntry,
    Status,
)
from archive.record_types import RECORD_MODELS
from archive.search.index import add_vocabulary, entry_for, with_vectors
from archive.search.linked import with_links

#: Benchmark records were created over this many years (see ``Synthesizer.age``).
AGE_YEARS = 15

#: Every benchmark record's slug starts with this, so --reset can tell benchmark data from real data.
SLUG_PREFIX = "bench-"

FIRST_NAMES = [
    ("Aida", "Аида"), ("Askhat", "Асхат"), ("Nursultan", "Нурсултан"), ("Aigerim", "Айгерим"),
    ("Yerlan", "Ерлан"), ("Dinara", "Динара"), ("Kairat", "Кайрат"), ("Gulnara", "Гульнара"),
    ("Marat", "Марат"), ("Saule", "Сауле"), ("Bolat", "Болат"), ("Zhanna", "Жанна"),
    ("Timur", "Тимур"), ("Asel", "Асель"), ("Daniyar", "Данияр"), ("Madina", "Мадина"),
    ("Serik", "Серик"), ("Aliya", "Алия"), ("Yevgeniy", "Евгений"), ("Mariya", "Мария"),
    ("Arman", "Арман"), ("Dana", "Дана"), ("Ilyas", "Ильяс"), ("Kamila", "Камила"),
    ("Nurlan", "Нурлан"), ("Assem", "Асем"), ("Ruslan", "Руслан"), ("Zarina", "Зарина"),
    ("Yerzhan", "Ержан"), ("Laura", "Лаура"), ("Bauyrzhan", "Бауыржан"), ("Togzhan", "Тогжан"),
]  # fmt: skip
SURNAMES = [
    ("Balayeva", "Балаева", "Balaeva"), ("Tlendiyev", "Тлендиев", "Tlendiev"),
    ("Nazarbayev", "Назарбаев", "Nazarbaev"), ("Tokayev", "Токаев", "Tokaev"),
    ("Zhakupov", "Жакупов", "Jakupov"), ("Kenzhebayeva", "Кенжебаева", "Kenjebaeva"),
    ("Mukhametov", "Мухаметов", "Muhametov"), ("Yessenova", "Есенова", "Esenova"),
    ("Kuanyshev", "Куанышев", "Kuanishev"), ("Dzhaksybekov", "Джаксыбеков", "Jaksybekov"),
    ("Akhmetova", "Ахметова", "Ahmetova"), ("Zhumabayeva", "Жумабаева", "Zhumabaeva"),
    ("Kassymov", "Касымов", "Kasymov"), ("Seitkali", "Сейткали", "Seytkali"),
]  # fmt: skip
ROOTS = [
    ("Abil", "Абил"), ("Bek", "Бек"), ("Dos", "Дос"), ("Yerg", "Ерг"), ("Kul", "Кул"), ("Nur", "Нур"),
    ("Ors", "Орс"), ("Sar", "Сар"), ("Tur", "Тур"), ("Ualikhan", "Уалихан"), ("Zhan", "Жан"), ("Myrz", "Мырз"),
    ("Tas", "Тас"), ("Kop", "Коп"), ("Shaim", "Шаим"), ("Baim", "Баим"), ("Esim", "Есим"), ("Aman", "Аман"),
]  # fmt: skip
SUFFIXES = [("ov", "ов"), ("ova", "ова"), ("bayev", "баев"), ("bayeva", "баева"), ("ekov", "еков"), ("uly", "улы")]

COUNTRIES = [
    ("France", "Франция", "FR", "Paris", "Париж"), ("Germany", "Германия", "DE", "Berlin", "Берлин"),
    ("Italy", "Италия", "IT", "Rome", "Рим"), ("Spain", "Испания", "ES", "Madrid", "Мадрид"),
    ("United Kingdom", "Великобритания", "GB", "London", "Лондон"), ("Turkey", "Турция", "TR", "Ankara", "Анкара"),
    ("China", "Китай", "CN", "Beijing", "Пекин"), ("Japan", "Япония", "JP", "Tokyo", "Токио"),
    ("Korea", "Корея", "KR", "Seoul", "Сеул"), ("India", "Индия", "IN", "New Delhi", "Нью-Дели"),
    ("Uzbekistan", "Узбекистан", "UZ", "Tashkent", "Ташкент"), ("Kyrgyzstan", "Киргизия", "KG", "Bishkek", "Бишкек"),
    ("Russia", "Россия", "RU", "Moscow", "Москва"), ("United States", "США", "US", "Washington", "Вашингтон"),
    ("Egypt", "Египет", "EG", "Cairo", "Каир"), ("Brazil", "Бразилия", "BR", "Brasília", "Бразилиа"),
    ("Kazakhstan", "Казахстан", "KZ", "Astana", "Астана"), ("Poland", "Польша", "PL", "Warsaw", "Варшава"),
    ("Austria", "Австрия", "AT", "Vienna", "Вена"), ("Hungary", "Венгрия", "HU", "Budapest", "Будапешт"),
]  # fmt: skip
ARTS = [
    ("music", "музыки"), ("cinema", "кино"), ("dance", "танца"), ("literature", "литературы"),
    ("painting", "живописи"), ("theatre", "театра"), ("crafts", "ремёсел"), ("heritage", "наследия"),
]  # fmt: skip
EVENT_TITLES = {
    Event.Type.CONCERT: ("Concert of Kazakh {art} in {city}", "Концерт казахской {art} в {city}"),
    Event.Type.EXHIBITION: ("Exhibition of Kazakh {art} in {city}", "Выставка казахской {art} в {city}"),
    Event.Type.FESTIVAL: ("Festival of Kazakh {art}, {city}", "Фестиваль казахской {art}, {city}"),
    Event.Type.MEETING: ("Meeting on {art} in {city}", "Встреча о {art} в {city}"),
    Event.Type.VISIT: ("Cultural visit to {city}", "Культурный визит в {city}"),
    Event.Type.FILM_SCREENING: ("Kazakh {art} on screen in {city}", "Показ казахской {art} в {city}"),
    Event.Type.CONFERENCE: ("Conference on Kazakh {art}, {city}", "Конференция по казахской {art}, {city}"),
    Event.Type.CEREMONY: ("Ceremony for Kazakh {art} in {city}", "Церемония казахской {art} в {city}"),
}
WORDS = (
    "the of and in a to culture cultural kazakh kazakhstan heritage music people program embassy minister "
    "cooperation art exhibition concert festival dombra kobyz steppe nomad tradition national orchestra "
    "museum theatre film director ambassador delegation agreement signed ministry days season year anniversary "
    "unesco nomination silk road archive manuscript epic poet abai zhambyl yurt felt carpet embroidery "
    "performance audience gala ensemble soloist choir opera ballet premiere tour partners friendship bilateral "
    "memorandum exchange students university research scholars conference forum panel speech visit capital "
    "astana almaty paris berlin rome tokyo seoul beijing ankara tashkent"
).split()
WORDS += [
    root + ending
    for root in ("tau", "kum", "zhol", "aul", "bai", "kol", "tas", "ak", "kara")
    for ending in ("sai", "tobe", "bulak", "zhar", "kent", "su", "agash")
]


class Synthesizer:
    def __init__(self, *, seed=2025, using="default", batch_size=2000, log=print, progress=None):
        self.random = random.Random(seed)  # noqa: S311 -- reproducible synthetic data, not secrets
        self.using = using
        self.batch_size = batch_size
        self.log = log
        self.now = timezone.now()
        #: ``progress(total, unit)`` returns a context manager with ``update(n)`` (a tqdm bar).
        self.progress = progress or (lambda total, unit: tqdm(total=total, unit=f" {unit}", disable=True))
        weights = [1 / (rank + 1) for rank in range(len(WORDS))]
        self._weights = list(itertools.accumulate(weights))

    # Text -------------------------------------------------------------------------------------

    def words(self, count):
        return " ".join(self.random.choices(WORDS, cum_weights=self._weights, k=count))

    def sentence(self, count):
        text = self.words(count)
        return text[:1].upper() + text[1:] + "."

    def date(self):
        day = dt.date(1992, 1, 1) + dt.timedelta(days=self.random.randrange(34 * 365))
        return day.isoformat(), day

    def status(self):
        return Status.DRAFT if self.random.random() < 0.05 else Status.PUBLISHED

    # Records ----------------------------------------------------------------------------------

    def create(self, model, objects):
        """Save ``objects`` with COPY (several times faster than bulk_create), primary keys included.

        Field values are prepared as bulk_create would (``pre_save`` then ``get_db_prep_save``);
        missing primary keys are drawn from the table's sequence first.
        """
        objects = list(objects)
        if not objects:
            return objects
        connection = connections[self.using]
        meta = model._meta
        missing = [obj for obj in objects if obj.pk is None]
        with connection.cursor() as cursor:
            if missing:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [meta.db_table, meta.pk.column, len(missing)],
                )
                for obj, (pk,) in zip(missing, cursor.fetchall(), strict=True):
                    obj.pk = pk
            fields = meta.concrete_fields
            columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
            table = connection.ops.quote_name(meta.db_table)
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for obj in objects:
                    copy.write_row([field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields])
        for obj in objects:
            obj._state.adding, obj._state.db = False, self.using
        return objects

    def copy_rows(self, model, attnames, rows):
        """COPY plain tuples into ``model``'s table (link tables: no model instances to build)."""
        connection = connections[self.using]
        meta = model._meta
        columns = ", ".join(connection.ops.quote_name(meta.get_field(name).column) for name in attnames)
        with connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def places(self):
        countries = self.create(
            Place,
            [
                Place(
                    slug=f"{SLUG_PREFIX}country-{code.lower()}",
                    name=en,
                    name_en=en,
                    name_ru=ru,
                    kind=Place.Kind.COUNTRY,
                    country_code=code,
                    status=Status.PUBLISHED,
                )
                for en, ru, code, _, _ in COUNTRIES
            ],
        )
        Place.objects.using(self.using).filter(pk__in=[c.pk for c in countries]).update(country_id=F("pk"))
        cities = []
        for country, (_, _, code, capital_en, capital_ru) in zip(countries, COUNTRIES, strict=True):
            names = [(capital_en, capital_ru)] + [
                (f"{root_en}{suffix}", f"{root_ru}{suffix_ru}")
                for (root_en, root_ru), (suffix, suffix_ru) in zip(
                    self.random.sample(ROOTS, 4), [("kent", "кент"), ("su", "су"), ("tobe", "тобе"), ("aul", "аул")],
                    strict=True,
                )
            ]  # fmt: skip
            for n, (en, ru) in enumerate(names):
                cities.append(
                    Place(
                        slug=f"{SLUG_PREFIX}city-{code.lower()}-{n}",
                        name=en,
                        name_en=en,
                        name_ru=ru,
                        kind=Place.Kind.CITY,
                        parent=country,
                        country=country,
                        status=Status.PUBLISHED,
                    )
                )
        cities = self.create(Place, cities)
        Place.objects.using(self.using).filter(pk__in=[c.pk for c in cities]).update(city_id=F("pk"))
        return countries, cities

    def organizations(self, count, countries):
        return self.create(
            Organization,
            [
                Organization(
                    slug=f"{SLUG_PREFIX}org-{n}",
                    name=f"{self.random.choice(ROOTS)[0]}{self.random.choice(SUFFIXES)[0]} {kind.label} {n}",
                    kind=kind,
                    country=self.random.choice(countries),
                    summary=self.sentence(15),
                    status=self.status(),
                )
                for n in range(count)
                for kind in [self.random.choice(list(Organization.Kind))]
            ],
        )

    def programs(self, count, organizations):
        programs = []
        for n in range(count):
            date, day = self.date()
            art_en, art_ru = self.random.choice(ARTS)
            country = self.random.choice(COUNTRIES)
            programs.append(
                Program(
                    slug=f"{SLUG_PREFIX}program-{n}",
                    title=f"Days of Kazakh {art_en} in {country[0]} {n}",
                    title_ru=f"Дни казахской {art_ru}: {country[1]} {n}",
                    date=f"{date[:4]}/..",
                    date_lower=day.replace(month=1, day=1),
                    date_upper=dt.date(9999, 12, 31),
                    summary=self.sentence(25),
                    body=self.sentence(120),
                    status=self.status(),
                )
            )
        programs = self.create(Program, programs)
        self.copy_rows(
            Program.organizers.through,
            ["program_id", "organization_id"],
            ((p.pk, o.pk) for p in programs for o in self.random.sample(organizations, min(2, len(organizations)))),
        )
        return programs

    def people(self, count):
        """Create ``count`` people, streamed in batches; returns their primary keys."""
        surnames = list(SURNAMES) + [
            (f"{root}{suffix}", f"{root_ru}{suffix_ru}", None)
            for root, root_ru in ROOTS
            for suffix, suffix_ru in SUFFIXES
        ]

        def person(n):
            first_en, first_ru = self.random.choice(FIRST_NAMES)
            last_en, last_ru, variant = self.random.choice(surnames)
            aliases = [f"{last_ru} {first_ru}"] + ([f"{first_en} {variant}"] if variant else [])
            date, day = self.date()
            return Person(
                slug=f"{SLUG_PREFIX}person-{n}",
                name=f"{first_en} {last_en}",
                name_en=f"{first_en} {last_en}",
                name_ru=f"{first_ru} {last_ru}",
                sort_name=f"{last_en}, {first_en}",
                aliases="\n".join(aliases),
                date=date,
                date_lower=day,
                date_upper=day,
                summary=self.sentence(20),
                body=self.sentence(80),
                status=self.status(),
            )

        return self.stream(Person, count, person)

    def events(self, count, cities, programs, organizations, people):
        """Create ``count`` events and their links, streamed in batches; returns their primary keys."""
        program_pks = [program.pk for program in programs]
        organization_pks = [organization.pk for organization in organizations]

        def event(n):
            kind = self.random.choice(list(EVENT_TITLES))
            title_en, title_ru = EVENT_TITLES[kind]
            art_en, art_ru = self.random.choice(ARTS)
            city = self.random.choice(cities)
            date, day = self.date()
            return Event(
                slug=f"{SLUG_PREFIX}event-{n}",
                title=title_en.format(art=art_en, city=city.name_en) + f" {day.year}",
                title_ru=title_ru.format(art=art_ru, city=city.name_ru) + f" {day.year}",
                event_type=kind,
                place=city,
                date=date,
                date_lower=day,
                date_upper=day,
                summary=self.sentence(30),
                body=self.sentence(150),
                status=self.status(),
            )

        def links(pks):
            self.copy_rows(
                Event.programs.through,
                ["event_id", "program_id"],
                [(pk, self.random.choice(program_pks)) for pk in pks if self.random.random() < 0.5],
            )
            self.copy_rows(
                EventOrganization,
                ["event_id", "organization_id", "role"],
                [(pk, self.random.choice(organization_pks), EventOrganization.Role.ORGANIZER) for pk in pks],
            )
            self.copy_rows(
                Participation,
                ["event_id", "person_id", "role", "role_en", "order"],
                [
                    (pk, person, "Guest", "Guest", order)
                    for pk in pks
                    for order, person in enumerate(self.random.sample(people, self.random.randint(1, 5)))
                ],
            )

        return self.stream(Event, count, event, links)

    def documents(self, count, events, people, organizations):
        """Create ``count`` documents and their links, streamed in batches; returns their primary keys."""

        def document(n):
            date, day = self.date()
            return Document(
                slug=f"{SLUG_PREFIX}document-{n}",
                title=self.sentence(8)[:-1] + f" ({n})",
                doc_type=self.random.choice(list(Document.Type)),
                publisher=self.random.choice(organizations),
                language=self.random.choice(["en", "ru", "kk"]),
                date=date,
                date_lower=day,
                date_upper=day,
                summary=self.sentence(30),
                extracted_text=self.sentence(400),
                page_count=self.random.randint(1, 40),
                status=self.status(),
            )

        def links(pks):
            for field, pool, target in (
                ("events", events, "event_id"),
                ("people", people, "person_id"),
                ("authors", people, "person_id"),
            ):
                self.copy_rows(
                    getattr(Document, field).through,
                    ["document_id", target],
                    [(pk, self.random.choice(pool)) for pk in pks],
                )

        return self.stream(Document, count, document, links)

    def stream(self, model, count, build, links=None):
        """Create ``count`` records ``build(n)`` makes, a batch at a time, then ``links(pks)`` of each batch.

        Only the primary keys stay in memory (a compact array), so a million records
        cost no more memory than a thousand.
        """
        pks = array("q")
        with self.progress(count, str(model._meta.verbose_name_plural)) as bar:
            for start in range(0, count, self.batch_size):
                batch = self.create(model, [build(n) for n in range(start, min(start + self.batch_size, count))])
                batch_pks = [record.pk for record in batch]
                if links:
                    links(batch_pks)
                pks.extend(batch_pks)
                bar.update(len(batch_pks))
        return pks

    def fill(self, *, events, people, documents, organizations, programs):
        """Create the archive (``shape`` gives the usual organizations and programs for ``events``)."""
        timings = {}
        with transaction.atomic(using=self.using):
            countries, cities = self.step(timings, "places", self.places)
            orgs = self.step(timings, "organizations", self.organizations, organizations, countries)
            progs = self.step(timings, "programs", self.programs, programs, orgs)
            persons = self.step(timings, "people", self.people, people)
            evts = self.step(timings, "events, participations", self.events, events, cities, progs, orgs, persons)
            docs = self.step(timings, "documents", self.documents, documents, evts, persons, orgs)
            self.step(timings, "spread creation dates", self.age)
            for model, pks in (
                (Organization, [org.pk for org in orgs]),
                (Program, [prog.pk for prog in progs]),
                (Person, persons),
                (Event, evts),
                (Document, docs),
            ):
                self.step(timings, f"index {model._meta.verbose_name_plural}", self.index, model, pks)
        # Clear dead rows and refresh statistics.
        with connections[self.using].cursor() as cursor:
            self.step(timings, "vacuum analyze", cursor.execute, "VACUUM ANALYZE")
        return timings

    def age(self, years=AGE_YEARS):
        """Spread the records' ``created`` and ``modified`` over the past ``years``, as an archive grows.

        The fill saves every record in one sitting; a real archive was entered over years,
        and "recently changed" (the dashboard, the feed) is then a small part of it. Each
        record's age comes from a hash of its key, so the same fill gives the same dates.
        """
        connection = connections[self.using]
        seconds = int(years * 365.25 * 86400)
        with connection.cursor() as cursor:
            for model in RECORD_MODELS:
                table = connection.ops.quote_name(model._meta.db_table)
                age = f"make_interval(secs => ({table}.id::bigint * 2654435761) %% {seconds})"
                cursor.execute(
                    f"UPDATE {table} SET created = %s - {age}, modified = %s - {age} "  # noqa: S608 -- model table names
                    "WHERE slug LIKE %s",
                    [self.now, self.now, f"{SLUG_PREFIX}%"],
                )

    def index(self, model, pks):
        """Index saved records, fetched again in batches with what they are found by (their links)."""
        with self.progress(len(pks), f"{model._meta.verbose_name_plural} indexed") as bar:
            for start in range(0, len(pks), self.batch_size):
                keys = pks[start : start + self.batch_size]
                batch = with_links(model._base_manager.using(self.using).filter(pk__in=list(keys)))
                entries = with_vectors(map(entry_for, batch), using=self.using)
                add_vocabulary(entries, using=self.using)
                self.create(SearchEntry, entries)
                bar.update(len(keys))

    def step(self, timings, name, function, *args, **kwargs):
        start = time.perf_counter()
        result = function(*args, **kwargs)
        timings[name] = time.perf_counter() - start
        self.log(f"  {name}: {timings[name]:.1f} s")
        return result


#: Events per organization and per program: an archive ten times larger holds ten times as many
#: of each, not organizations and programs ten times larger (a cultural season's program lists
#: some hundreds of events, however long the archive's memory).
EVENTS_PER_ORGANIZATION = 100
EVENTS_PER_PROGRAM = 1000 / 3


def shape(events):
    """``(organizations, programs)`` of an archive of ``events``: 1,000 and 300 at 100,000 events."""
    return max(1, round(events / EVENTS_PER_ORGANIZATION)), max(1, round(events / EVENTS_PER_PROGRAM))


def reset(using="default"):
    """Empty the archive tables, refusing if they hold anything but benchmark records."""
    real = [
        model._meta.label
        for model in RECORD_MODELS
        if model.objects.using(using).exclude(slug__startswith=SLUG_PREFIX).exists()
    ]
    if real:
        raise ValueError(
            f"Refusing to reset: the database holds records that are not benchmark data ({', '.join(real)})."
        )
    tables = [model._meta.db_table for model in apps.get_app_config("archive").get_models(include_auto_created=True)]
    tables.append(SearchEntry._meta.db_table)
    with connections[using].cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(dict.fromkeys(tables))} RESTART IDENTITY CASCADE")  # noqa: S608 -- model table names
