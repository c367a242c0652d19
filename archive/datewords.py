"""EDTF dates in words, as a native writer of each language would put them.

``archive.dates`` parses and bounds EDTF; this module writes it for readers. Grammar
differs too much between the archive's languages for gettext patterns: Russian
puts a month in the genitive after a day («24 сентября») or after «с», «до»,
«около»; Kazakh puts the year first and inflects the last word («2025 жылдан
бері», «1965 ж. 27 қарашада туған»); French needs «le», «au», «en» («jusqu'au
3 mars 1991», «jusqu'en 1991»). So each language has a small writer here, the way
Django keeps a format module per locale. A language without one is written in
English; tests/test_dates_native.py checks that every language in settings has one.

Ranges are collapsed as each language does it: "24–25 September 2025",
«24 сентября – 2 октября 2025 г.», «2025 ж. 24–25 қыркүйек», "2024–2025".
"""

import re
from dataclasses import dataclass, replace

DASH = "–"  # between two numbers or two words: 24–25, 2024–2025, September–October
SPACED_DASH = " – "  # between two dates that have spaces inside
NBSP = "\u00a0"  # French puts one before a colon
OPEN_ENDS = ("..", "")

DAY, MONTH, YEAR, DECADE, CENTURY, SEASON = "day", "month", "year", "decade", "century", "season"

_PART = re.compile(r"(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?(?:T.*)?")


@dataclass(frozen=True)
class Part:
    """One EDTF date (one side of an interval) in the units a reader names it by."""

    kind: str
    year: int
    month: int = 0  # 1–12, or 1–4 for a season (spring, summer, autumn, winter)
    day: int = 0
    approximate: bool = False
    uncertain: bool = False

    @property
    def plain(self):
        return replace(self, approximate=False, uncertain=False)


def parse_part(text):
    """The Part of one valid EDTF date ("2025-09-25", "1992~", "199X", "2025-21"), or None."""
    core = text
    qualifiers = ""
    while core and core[-1] in "~?%":
        qualifiers += core[-1]
        core = core[:-1]
    match = _PART.fullmatch(core)
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    approximate = "~" in qualifiers or "%" in qualifiers
    uncertain = "?" in qualifiers or "%" in qualifiers
    flags = {"approximate": approximate, "uncertain": uncertain}
    if year_text.endswith("XX"):
        return Part(CENTURY, int(year_text[:2]) * 100, **flags)
    if year_text.endswith("X"):
        return Part(DECADE, int(year_text[:3]) * 10, **flags)
    year = int(year_text)
    if not month_text or month_text == "XX":
        return Part(YEAR, year, **flags)
    month = int(month_text)
    if 21 <= month <= 24:
        return Part(SEASON, year, month - 20, **flags)
    if not 1 <= month <= 12:
        return None
    if not day_text or day_text == "XX":
        return Part(MONTH, year, month, **flags)
    return Part(DAY, year, month, int(day_text), **flags)


def _roman(number):
    numerals = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    words = ""
    for value, numeral in numerals:
        while number >= value:
            words += numeral
            number -= value
    return words


def _century(part):
    """19XX is the 20th century (1900–1999, as near as readers mean it)."""
    return part.year // 100 + 1


class Writer:
    """English, and the template of every other writer.

    ``date(part, case)`` writes a date without qualifiers in a grammatical case; the rest
    builds phrases on it. Cases are the writer's own names (Russian "gen", Kazakh "abl"…).
    """

    MONTHS = ("January February March April May June July August September October November December").split()
    SEASONS = ("spring", "summer", "autumn", "winter")

    def date(self, part, case="nom"):
        """Cases: "nom" (1990s, 20th century) and "the", inside a phrase (since the 1990s)."""
        if part.kind == DAY:
            return f"{part.day} {self.MONTHS[part.month - 1]} {part.year}"
        if part.kind == MONTH:
            return f"{self.MONTHS[part.month - 1]} {part.year}"
        if part.kind == SEASON:
            return f"{self.SEASONS[part.month - 1]} {part.year}"
        article = "the " if case == "the" else ""
        if part.kind == DECADE:
            return f"{article}{part.year}s"
        if part.kind == CENTURY:
            return f"{article}{self._ordinal(_century(part))} century"
        return str(part.year)

    @staticmethod
    def _ordinal(number):
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix}"

    # --- qualifiers ---------------------------------------------------------

    def approximately(self, part):
        return f"circa {self.date(part, 'the')}"

    def probably(self, words, approximate):
        return f"{words}, uncertain" if approximate else f"probably {words}"

    def single(self, part):
        """A date standing alone, its qualifiers in words."""
        words = self.approximately(part) if part.approximate else self.date(part)
        return self.probably(words, part.approximate) if part.uncertain else words

    # --- open periods and lives ----------------------------------------------

    #: since, until, born, died: (exact, approximate) templates of ``{date}``.
    OPEN = {
        "since": ("since {date}", "since circa {date}"),
        "until": ("until {date}", "until circa {date}"),
        "born": ("born {date}", "born circa {date}"),
        "died": ("died {date}", "died circa {date}"),
    }
    #: The case each open phrase puts its date in.
    OPEN_CASE = {"since": "the", "until": "the", "born": "the", "died": "the"}

    def open(self, kind, part):
        exact, approximate = self.OPEN[kind]
        template = approximate if part.approximate else exact
        words = template.format(date=self.date(part.plain, self.OPEN_CASE[kind]))
        return self.probably_open(words) if part.uncertain else words

    def probably_open(self, words):
        return f"probably {words}"

    # --- ranges ---------------------------------------------------------------

    def range(self, start, end):
        if start.approximate or start.uncertain or end.approximate or end.uncertain:
            return f"{self.single(start)}{SPACED_DASH}{self.single(end)}"
        if start == end:
            return self.single(start)
        if start.kind != end.kind:
            return f"{self.date(start)}{SPACED_DASH}{self.date(end)}"
        return self.collapse(start, end)

    def collapse(self, start, end):
        """Two exact dates of the same kind, what they share written once."""
        kind = start.kind
        same_year = start.year == end.year
        if kind == DAY and same_year and start.month == end.month:
            return f"{start.day}{DASH}{end.day} {self.MONTHS[end.month - 1]} {end.year}"
        if kind == DAY and same_year:
            return f"{start.day} {self.MONTHS[start.month - 1]}{SPACED_DASH}{self.date(end)}"
        if kind in (MONTH, SEASON) and same_year:
            names = self.MONTHS if kind == MONTH else self.SEASONS
            return f"{names[start.month - 1]}{DASH}{names[end.month - 1]} {end.year}"
        if kind == YEAR:
            return f"{start.year}{DASH}{end.year}"
        if kind == DECADE:
            return f"{start.year}s{DASH}{end.year}s"
        if kind == CENTURY:
            return f"{self._ordinal(_century(start))}{DASH}{self._ordinal(_century(end))} centuries"
        return f"{self.date(start)}{SPACED_DASH}{self.date(end)}"


class RussianWriter(Writer):
    """«24–25 сентября 2025 г.», «сентябрь 2025 г.», «около марта 2025 г.», «род. 27 ноября 1965 г.»."""

    MONTHS = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
    MONTHS_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
    MONTHS_PREP = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
    SEASONS = ("весна", "лето", "осень", "зима")
    SEASONS_GEN = ("весны", "лета", "осени", "зимы")
    SEASONS_WHEN = ("весной", "летом", "осенью", "зимой")

    def date(self, part, case="nom"):
        """Cases: "nom" (сентябрь 2025 г.), "gen" (сентября 2025 г.), "when" (в сентябре 2025 г.)."""
        year = f"{part.year} г."
        if part.kind == DAY:
            return f"{part.day} {self.MONTHS_GEN[part.month - 1]} {year}"
        if part.kind == MONTH:
            months = {"nom": self.MONTHS, "gen": self.MONTHS_GEN, "when": self.MONTHS_PREP}[case]
            return ("в " if case == "when" else "") + f"{months[part.month - 1]} {year}"
        if part.kind == SEASON:
            seasons = {"nom": self.SEASONS, "gen": self.SEASONS_GEN, "when": self.SEASONS_WHEN}[case]
            return f"{seasons[part.month - 1]} {year}"
        if part.kind == DECADE:
            ending = "-х" if case == "gen" else "-е"
            return ("в " if case == "when" else "") + f"{part.year}{ending} гг."
        if part.kind == CENTURY:
            century = _roman(_century(part))
            return {"nom": f"{century} век", "gen": f"{century} века", "when": f"в {century} веке"}[case]
        return ("в " if case == "when" else "") + year

    def approximately(self, part):
        return f"около {self.date(part, 'gen')}"

    def probably(self, words, approximate):
        return f"предположительно {words}" if approximate else f"вероятно, {words}"

    OPEN = {
        "since": ("с {date}", "примерно с {date}"),
        "until": ("до {date}", "примерно до {date}"),
        "born": ("род. {date}", "род. около {date}"),
        "died": ("ум. {date}", "ум. около {date}"),
    }

    def open(self, kind, part):
        exact, approximate = self.OPEN[kind]
        if part.approximate:
            words = approximate.format(date=self.date(part.plain, "gen"))
        else:
            case = "when" if kind in ("born", "died") else "gen"
            words = exact.format(date=self.date(part.plain, case))
            if kind == "since" and part.kind == DAY and part.day == 2:
                words = "со" + words[1:]  # «со 2 октября»: с второго
        return self.probably_open(words) if part.uncertain else words

    def probably_open(self, words):
        return f"вероятно, {words}"

    def collapse(self, start, end):
        kind = start.kind
        year = f"{end.year} г."
        if kind == DAY and start.year == end.year and start.month == end.month:
            return f"{start.day}{DASH}{end.day} {self.MONTHS_GEN[end.month - 1]} {year}"
        if kind == DAY and start.year == end.year:
            return f"{start.day} {self.MONTHS_GEN[start.month - 1]}{SPACED_DASH}{self.date(end)}"
        if kind in (MONTH, SEASON) and start.year == end.year:
            names = self.MONTHS if kind == MONTH else self.SEASONS
            return f"{names[start.month - 1]}{DASH}{names[end.month - 1]} {year}"
        if kind == YEAR:
            return f"{start.year}{DASH}{end.year} гг."
        if kind == DECADE:
            return f"{start.year}{DASH}{end.year}-е гг."
        if kind == CENTURY:
            return f"{_roman(_century(start))}{DASH}{_roman(_century(end))} вв."
        return f"{self.date(start)}{SPACED_DASH}{self.date(end)}"


class KazakhWriter(Writer):
    """«2025 ж. 24–25 қыркүйек», «2004 жылдан бері», «1965 ж. 27 қарашада туған».

    The year comes first and the last word takes the case ending.
    """

    MONTHS = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split()
    #: Ablative (from), dative (to) and locative (in) of each month.
    MONTHS_ABL = (
        "қаңтардан ақпаннан наурыздан сәуірден мамырдан маусымнан шілдеден тамыздан қыркүйектен қазаннан "
        "қарашадан желтоқсаннан"
    ).split()
    MONTHS_DAT = (
        "қаңтарға ақпанға наурызға сәуірге мамырға маусымға шілдеге тамызға қыркүйекке қазанға қарашаға желтоқсанға"
    ).split()
    MONTHS_LOC = (
        "қаңтарда ақпанда наурызда сәуірде мамырда маусымда шілдеде тамызда қыркүйекте қазанда қарашада желтоқсанда"
    ).split()
    SEASONS = ("көктемі", "жазы", "күзі", "қысы")
    SEASONS_ABL = ("көктемінен", "жазынан", "күзінен", "қысынан")
    SEASONS_DAT = ("көктеміне", "жазына", "күзіне", "қысына")
    SEASONS_LOC = ("көктемінде", "жазында", "күзінде", "қысында")
    #: The year, decade and century alone in each case.
    YEAR = {"nom": "{} ж.", "abl": "{} жылдан", "dat": "{} жылға", "loc": "{} жылы"}
    DECADE = {"nom": "{} жылдар", "abl": "{} жылдардан", "dat": "{} жылдарға", "loc": "{} жылдары"}
    CENTURY = {"nom": "{} ғасыр", "abl": "{} ғасырдан", "dat": "{} ғасырға", "loc": "{} ғасырда"}

    def _months(self, case):
        return {"nom": self.MONTHS, "abl": self.MONTHS_ABL, "dat": self.MONTHS_DAT, "loc": self.MONTHS_LOC}[case]

    def date(self, part, case="nom"):
        """Cases: "nom", "abl" (…дан), "dat" (…ға), "loc" (…да)."""
        year = f"{part.year} ж."
        if part.kind == DAY:
            return f"{year} {part.day} {self._months(case)[part.month - 1]}"
        if part.kind == MONTH:
            return f"{year} {self._months(case)[part.month - 1]}"
        if part.kind == SEASON:
            seasons = {"nom": self.SEASONS, "abl": self.SEASONS_ABL, "dat": self.SEASONS_DAT, "loc": self.SEASONS_LOC}
            return f"{year} {seasons[case][part.month - 1]}"
        if part.kind == DECADE:
            return self.DECADE[case].format(part.year)
        if part.kind == CENTURY:
            return self.CENTURY[case].format(_roman(_century(part)))
        return self.YEAR[case].format(part.year)

    def approximately(self, part):
        return f"шамамен {self.date(part)}"

    def probably(self, words, approximate):
        return f"мүмкін, {words}"

    OPEN = {
        "since": ("{date} бері", "шамамен {date} бері"),
        "until": ("{date} дейін", "шамамен {date} дейін"),
        "born": ("{date} туған", "шамамен {date} туған"),
        "died": ("{date} қайтыс болған", "шамамен {date} қайтыс болған"),
    }
    OPEN_CASE = {"since": "abl", "until": "dat", "born": "loc", "died": "loc"}

    def probably_open(self, words):
        return f"мүмкін, {words}"

    def collapse(self, start, end):
        kind = start.kind
        year = f"{end.year} ж."
        if kind == DAY and start.year == end.year and start.month == end.month:
            return f"{year} {start.day}{DASH}{end.day} {self.MONTHS[end.month - 1]}"
        if kind == DAY and start.year == end.year:
            return (
                f"{year} {start.day} {self.MONTHS[start.month - 1]}{SPACED_DASH}{end.day} {self.MONTHS[end.month - 1]}"
            )
        if kind == MONTH and start.year == end.year:
            return f"{year} {self.MONTHS[start.month - 1]}{DASH}{self.MONTHS[end.month - 1]}"
        if kind == YEAR:
            return f"{start.year}{DASH}{end.year} жж."
        if kind == DECADE:
            return f"{start.year}{DASH}{end.year} жылдар"
        if kind == CENTURY:
            return f"{_roman(_century(start))}{DASH}{_roman(_century(end))} ғасырлар"
        return f"{self.date(start)}{SPACED_DASH}{self.date(end)}"


class FrenchWriter(Writer):
    """« 24–25 septembre 2025 », « depuis 2004 », « jusqu'au 3 mars 1991 », « naissance : 27 novembre 1965 »."""

    MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    SEASONS = ("printemps", "été", "automne", "hiver")

    @staticmethod
    def _day(day):
        return "1er" if day == 1 else str(day)

    def date(self, part, case="nom"):
        """Cases: "nom" (2025, 25 septembre 2025), "def" with its article (le 25 septembre 2025)."""
        if part.kind == DAY:
            words = f"{self._day(part.day)} {self.MONTHS[part.month - 1]} {part.year}"
            return f"le {words}" if case == "def" else words
        if part.kind == MONTH:
            return f"{self.MONTHS[part.month - 1]} {part.year}"
        if part.kind == SEASON:
            season = self.SEASONS[part.month - 1]
            if case == "def":
                article = "le " if season == "printemps" else "l'"  # l'été, l'automne, l'hiver
                return f"{article}{season} {part.year}"
            return f"{season} {part.year}"
        if part.kind == DECADE:
            return f"{'les ' if case == 'def' else ''}années {part.year}"
        if part.kind == CENTURY:
            number = _century(part)
            words = f"{_roman(number)}{'er' if number == 1 else 'e'} siècle"
            return f"le {words}" if case == "def" else words
        return str(part.year)

    def _until(self, part):
        """« jusqu'en 1991 », « jusqu'au 3 mars 1991 », « jusqu'aux années 1990 », « jusqu'à l'été 2025 »."""
        words = self.date(part, "def")
        if words.startswith("le "):
            return f"jusqu'au {words[3:]}"
        if words.startswith("les "):
            return f"jusqu'aux {words[4:]}"
        if words.startswith("l'"):
            return f"jusqu'à {words}"
        return f"jusqu'en {words}"

    def approximately(self, part):
        return f"vers {self.date(part, 'def')}"

    def single(self, part):
        if part.approximate:
            words = self.approximately(part)
            return f"probablement {words}" if part.uncertain else words
        return f"probablement {self.date(part, 'def')}" if part.uncertain else self.date(part)

    def open(self, kind, part):
        plain = part.plain
        if kind == "since":
            words = f"depuis {self.date(plain, 'def')}"
        elif kind == "until":
            words = self._until(plain)
        else:
            label = "naissance" if kind == "born" else "décès"
            words = f"{label}{NBSP}: {self.single(part)}"
            return words
        if part.approximate:
            words = f"{words} environ"
        return f"probablement {words}" if part.uncertain else words

    def collapse(self, start, end):
        kind = start.kind
        if kind == DAY and start.year == end.year and start.month == end.month:
            return f"{self._day(start.day)}{DASH}{end.day} {self.MONTHS[end.month - 1]} {end.year}"
        if kind == DAY and start.year == end.year:
            return f"{self._day(start.day)} {self.MONTHS[start.month - 1]}{SPACED_DASH}{self.date(end)}"
        if kind in (MONTH, SEASON) and start.year == end.year:
            names = self.MONTHS if kind == MONTH else self.SEASONS
            return f"{names[start.month - 1]}{DASH}{names[end.month - 1]} {end.year}"
        if kind == YEAR:
            return f"{start.year}{DASH}{end.year}"
        if kind == DECADE:
            return f"années {start.year}{DASH}{end.year}"
        if kind == CENTURY:
            first, last = _century(start), _century(end)
            return f"{_roman(first)}{'er' if first == 1 else 'e'}{DASH}{_roman(last)}e siècles"
        return f"{self.date(start)}{SPACED_DASH}{self.date(end)}"


WRITERS = {"en": Writer(), "kk": KazakhWriter(), "ru": RussianWriter(), "fr": FrenchWriter()}


def writer_for(language):
    """The writer of a language code ("ru", "ru-ru"), English for a language without one."""
    code = (language or "en").lower().split("-")[0]
    return WRITERS.get(code, WRITERS["en"])


def write(text, language, *, life=False):
    """A valid EDTF string in words; None when a side is beyond words ("2025-09-25T10:00", "-0500").

    ``life`` reads an interval as a person's life: the known end is a birth or a death.
    """
    writer = writer_for(language)
    if "/" not in text:
        part = parse_part(text)
        return writer.single(part) if part else None
    start_text, _sep, end_text = text.partition("/")
    start = None if start_text in OPEN_ENDS else parse_part(start_text)
    end = None if end_text in OPEN_ENDS else parse_part(end_text)
    if (start is None and start_text not in OPEN_ENDS) or (end is None and end_text not in OPEN_ENDS):
        return None
    if start is None and end is None:
        return None
    if end is None:
        return writer.open("born" if life else "since", start)
    if start is None:
        return writer.open("died" if life else "until", end)
    return writer.range(start, end)
