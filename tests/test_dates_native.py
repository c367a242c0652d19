"""Dates read as a native writer of each language writes them (issue 12, point 4).

One row per EDTF string, its words in English, Kazakh, Russian and French; LIFE rows are a
person's life dates. Each row gives one case per language.
"""

import pytest
from django.conf import settings
from django.utils import translation

from archive import dates, datewords

LANGUAGES = ("en", "kk", "ru", "fr")
NB = "\u00a0"  # French puts a no-break space before a colon

DATES = [
    # EDTF, en, kk, ru, fr
    # A day, a month, a year.
    ("2025-09-25", "25 September 2025", "2025 ж. 25 қыркүйек", "25 сентября 2025 г.", "25 septembre 2025"),
    ("2025-09-01", "1 September 2025", "2025 ж. 1 қыркүйек", "1 сентября 2025 г.", "1er septembre 2025"),
    ("2024-02-29", "29 February 2024", "2024 ж. 29 ақпан", "29 февраля 2024 г.", "29 février 2024"),
    ("2025-09", "September 2025", "2025 ж. қыркүйек", "сентябрь 2025 г.", "septembre 2025"),
    ("2025-03", "March 2025", "2025 ж. наурыз", "март 2025 г.", "mars 2025"),
    ("2025-12", "December 2025", "2025 ж. желтоқсан", "декабрь 2025 г.", "décembre 2025"),
    ("2025", "2025", "2025 ж.", "2025 г.", "2025"),
    ("2025-XX", "2025", "2025 ж.", "2025 г.", "2025"),
    ("2025-09-XX", "September 2025", "2025 ж. қыркүйек", "сентябрь 2025 г.", "septembre 2025"),
    ("2025-09-25T10:00:00Z", "25 September 2025", "2025 ж. 25 қыркүйек", "25 сентября 2025 г.", "25 septembre 2025"),
    # Seasons, decades, centuries.
    ("2025-21", "spring 2025", "2025 ж. көктемі", "весна 2025 г.", "printemps 2025"),
    ("2025-23", "autumn 2025", "2025 ж. күзі", "осень 2025 г.", "automne 2025"),
    ("199X", "1990s", "1990 жылдар", "1990-е гг.", "années 1990"),
    ("19XX", "20th century", "XX ғасыр", "XX век", "XXe siècle"),
    ("18XX", "19th century", "XIX ғасыр", "XIX век", "XIXe siècle"),
    ("11XX", "12th century", "XII ғасыр", "XII век", "XIIe siècle"),
    ("02XX", "3rd century", "III ғасыр", "III век", "IIIe siècle"),
    ("40XX", "41st century", "XLI ғасыр", "XLI век", "XLIe siècle"),
    # Ranges, what both ends share written once.
    (
        "2025-09-24/2025-09-25",
        "24–25 September 2025",
        "2025 ж. 24–25 қыркүйек",
        "24–25 сентября 2025 г.",
        "24–25 septembre 2025",
    ),
    ("2025-05-02/2025-05-09", "2–9 May 2025", "2025 ж. 2–9 мамыр", "2–9 мая 2025 г.", "2–9 mai 2025"),
    (
        "2025-09-24/2025-10-02",
        "24 September – 2 October 2025",
        "2025 ж. 24 қыркүйек – 2 қазан",
        "24 сентября – 2 октября 2025 г.",
        "24 septembre – 2 octobre 2025",
    ),
    (
        "2025-05-31/2025-06-01",
        "31 May – 1 June 2025",
        "2025 ж. 31 мамыр – 1 маусым",
        "31 мая – 1 июня 2025 г.",
        "31 mai – 1er juin 2025",
    ),
    (
        "2024-12-25/2025-01-02",
        "25 December 2024 – 2 January 2025",
        "2024 ж. 25 желтоқсан – 2025 ж. 2 қаңтар",
        "25 декабря 2024 г. – 2 января 2025 г.",
        "25 décembre 2024 – 2 janvier 2025",
    ),
    (
        "2025-09/2025-10",
        "September–October 2025",
        "2025 ж. қыркүйек–қазан",
        "сентябрь–октябрь 2025 г.",
        "septembre–octobre 2025",
    ),
    (
        "2024-11/2025-02",
        "November 2024 – February 2025",
        "2024 ж. қараша – 2025 ж. ақпан",
        "ноябрь 2024 г. – февраль 2025 г.",
        "novembre 2024 – février 2025",
    ),
    ("2024/2025", "2024–2025", "2024–2025 жж.", "2024–2025 гг.", "2024–2025"),
    ("2013/2022", "2013–2022", "2013–2022 жж.", "2013–2022 гг.", "2013–2022"),
    ("2024/2025-03", "2024 – March 2025", "2024 ж. – 2025 ж. наурыз", "2024 г. – март 2025 г.", "2024 – mars 2025"),
    (
        "2024-21/2024-23",
        "spring–autumn 2024",
        "2024 ж. көктемі – 2024 ж. күзі",
        "весна–осень 2024 г.",
        "printemps–automne 2024",
    ),
    ("199X/200X", "1990s–2000s", "1990–2000 жылдар", "1990–2000-е гг.", "années 1990–2000"),
    ("18XX/19XX", "19th–20th centuries", "XIX–XX ғасырлар", "XIX–XX вв.", "XIXe–XXe siècles"),
    ("2025/2025", "2025", "2025 ж.", "2025 г.", "2025"),
    ("2025-09-24/2025-09-24", "24 September 2025", "2025 ж. 24 қыркүйек", "24 сентября 2025 г.", "24 septembre 2025"),
    # Approximate (~), uncertain (?) and both (%).
    ("1992~", "circa 1992", "шамамен 1992 ж.", "около 1992 г.", "vers 1992"),
    ("2025-03~", "circa March 2025", "шамамен 2025 ж. наурыз", "около марта 2025 г.", "vers mars 2025"),
    ("1993-04~", "circa April 1993", "шамамен 1993 ж. сәуір", "около апреля 1993 г.", "vers avril 1993"),
    (
        "2025-09-25~",
        "circa 25 September 2025",
        "шамамен 2025 ж. 25 қыркүйек",
        "около 25 сентября 2025 г.",
        "vers le 25 septembre 2025",
    ),
    ("199X~", "circa the 1990s", "шамамен 1990 жылдар", "около 1990-х гг.", "vers les années 1990"),
    ("2025?", "probably 2025", "мүмкін, 2025 ж.", "вероятно, 2025 г.", "probablement 2025"),
    (
        "2025-09?",
        "probably September 2025",
        "мүмкін, 2025 ж. қыркүйек",
        "вероятно, сентябрь 2025 г.",
        "probablement septembre 2025",
    ),
    (
        "2025-09-25?",
        "probably 25 September 2025",
        "мүмкін, 2025 ж. 25 қыркүйек",
        "вероятно, 25 сентября 2025 г.",
        "probablement le 25 septembre 2025",
    ),
    (
        "1992%",
        "circa 1992, uncertain",
        "мүмкін, шамамен 1992 ж.",
        "предположительно около 1992 г.",
        "probablement vers 1992",
    ),
    (
        "2004-06~/2006-08",
        "circa June 2004 – August 2006",
        "шамамен 2004 ж. маусым – 2006 ж. тамыз",
        "около июня 2004 г. – август 2006 г.",
        "vers juin 2004 – août 2006",
    ),
    # Open and unknown ends.
    ("2004/..", "since 2004", "2004 жылдан бері", "с 2004 г.", "depuis 2004"),
    ("2004/", "since 2004", "2004 жылдан бері", "с 2004 г.", "depuis 2004"),
    ("2025-09/..", "since September 2025", "2025 ж. қыркүйектен бері", "с сентября 2025 г.", "depuis septembre 2025"),
    (
        "2025-09-24/..",
        "since 24 September 2025",
        "2025 ж. 24 қыркүйектен бері",
        "с 24 сентября 2025 г.",
        "depuis le 24 septembre 2025",
    ),
    (
        "2025-10-02/..",
        "since 2 October 2025",
        "2025 ж. 2 қазаннан бері",
        "со 2 октября 2025 г.",
        "depuis le 2 octobre 2025",
    ),
    ("199X/..", "since the 1990s", "1990 жылдардан бері", "с 1990-х гг.", "depuis les années 1990"),
    ("2025-22/..", "since summer 2025", "2025 ж. жазынан бері", "с лета 2025 г.", "depuis l'été 2025"),
    ("2025-24/..", "since winter 2025", "2025 ж. қысынан бері", "с зимы 2025 г.", "depuis l'hiver 2025"),
    ("../2025-21", "until spring 2025", "2025 ж. көктеміне дейін", "до весны 2025 г.", "jusqu'au printemps 2025"),
    ("2004~/..", "since circa 2004", "шамамен 2004 жылдан бері", "примерно с 2004 г.", "depuis 2004 environ"),
    ("2004?/..", "probably since 2004", "мүмкін, 2004 жылдан бері", "вероятно, с 2004 г.", "probablement depuis 2004"),
    ("../1991", "until 1991", "1991 жылға дейін", "до 1991 г.", "jusqu'en 1991"),
    ("/1991", "until 1991", "1991 жылға дейін", "до 1991 г.", "jusqu'en 1991"),
    ("../1991-03", "until March 1991", "1991 ж. наурызға дейін", "до марта 1991 г.", "jusqu'en mars 1991"),
    ("../1991-03-03", "until 3 March 1991", "1991 ж. 3 наурызға дейін", "до 3 марта 1991 г.", "jusqu'au 3 mars 1991"),
    ("../199X", "until the 1990s", "1990 жылдарға дейін", "до 1990-х гг.", "jusqu'aux années 1990"),
    ("../1991~", "until circa 1991", "шамамен 1991 жылға дейін", "примерно до 1991 г.", "jusqu'en 1991 environ"),
    # Not dates at all: shown as typed.
    ("", "", "", "", ""),
    ("not a date", "not a date", "not a date", "not a date", "not a date"),
]

LIFE = [
    # A person's date: born and died.
    (
        "1965-11-27/..",
        "born 27 November 1965",
        "1965 ж. 27 қарашада туған",
        "род. 27 ноября 1965 г.",
        f"naissance{NB}: 27 novembre 1965",
    ),
    (
        "1965-11/..",
        "born November 1965",
        "1965 ж. қарашада туған",
        "род. в ноябре 1965 г.",
        f"naissance{NB}: novembre 1965",
    ),
    ("1937/..", "born 1937", "1937 жылы туған", "род. в 1937 г.", f"naissance{NB}: 1937"),
    ("1937~/..", "born circa 1937", "шамамен 1937 жылы туған", "род. около 1937 г.", f"naissance{NB}: vers 1937"),
    (
        "1937?/..",
        "probably born 1937",
        "мүмкін, 1937 жылы туған",
        "вероятно, род. в 1937 г.",
        f"naissance{NB}: probablement 1937",
    ),
    (
        "../2020-03-03",
        "died 3 March 2020",
        "2020 ж. 3 наурызда қайтыс болған",
        "ум. 3 марта 2020 г.",
        f"décès{NB}: 3 mars 2020",
    ),
    ("../1642", "died 1642", "1642 жылы қайтыс болған", "ум. в 1642 г.", f"décès{NB}: 1642"),
    (
        "1965-11-27/2020-03-03",
        "27 November 1965 – 3 March 2020",
        "1965 ж. 27 қараша – 2020 ж. 3 наурыз",
        "27 ноября 1965 г. – 3 марта 2020 г.",
        "27 novembre 1965 – 3 mars 2020",
    ),
    (
        "1603/1675-09-23",
        "1603 – 23 September 1675",
        "1603 ж. – 1675 ж. 23 қыркүйек",
        "1603 г. – 23 сентября 1675 г.",
        "1603 – 23 septembre 1675",
    ),
    ("1884/1963", "1884–1963", "1884–1963 жж.", "1884–1963 гг.", "1884–1963"),
]


def _cases(rows):
    return [(row[0], language, words) for row in rows for language, words in zip(LANGUAGES, row[1:], strict=True)]


@pytest.mark.parametrize(("edtf", "language", "expected"), _cases(DATES))
def test_it_writes_dates_as_a_native_writer(edtf, language, expected):
    with translation.override(language):
        assert dates.humanize(edtf) == expected


@pytest.mark.parametrize(("edtf", "language", "expected"), _cases(LIFE))
def test_it_writes_a_life_with_born_and_died(edtf, language, expected):
    with translation.override(language):
        assert dates.humanize(edtf, life=True) == expected


def test_there_are_at_least_forty_cases_per_language():
    for language in LANGUAGES:
        assert len([case for case in _cases(DATES + LIFE) if case[1] == language]) >= 40


def test_every_language_of_the_site_has_a_writer():
    for code, _name in settings.LANGUAGES:
        assert code in datewords.WRITERS


def test_words_are_remembered_per_language():
    with translation.override("ru"):
        assert dates.humanize("2025-09") == "сентябрь 2025 г."
    with translation.override("fr"):
        assert dates.humanize("2025-09") == "septembre 2025"
    with translation.override("ru"):
        assert dates.humanize("2025-09", life=True) == "сентябрь 2025 г."
