"""A suffix stripper for Kazakh: the inflectional endings come off, the root stays.

Kazakh has no Snowball stemmer. Its inflection is regular and agglutinative —
root + plural + possessive + case, in that order — so stripping endings from the
right finds the root of most nouns and names: Қазақстанның → Қазақстан,
кесенесін → кесене, көшбасшыларының → көшбасшы, Тілендиевтің → Тілендиев.
(A hunspell-kk dictionary would also need the PostgreSQL ispell set-up on every
server and still knows no names; these few rules cover names too, run the same
on SQLite and PostgreSQL, and are tested in ``tests/search/test_kazakh.py``.)

Endings follow vowel harmony and the last sound of the stem, which the rules use
to refuse a strip that could not be an ending: "ті" comes only after a voiceless
consonant, so мәдениеті loses "і" (мәдениет), not "ті". The stem is a search key,
not a dictionary form; the query goes through the same rules, and search also
matches keys as prefixes, so an ending stripped one letter too far costs nothing.
"""

from functools import lru_cache

VOWELS = set("аәеёиоөуұүыіэюя")

# The endings, in the order they come off: a case ending (or a possessive with its case
# ending, or one of two verb forms common in titles: past -ды, gerund -ып), then a
# possessive, then the plural. Dative -на and locative -нда come only after a possessive,
# so they are listed with it: on their own they would cut Астана to Аста.
CASE = (
    # genitive, accusative
    "ның нің дың дің тың тің ны ні ды ді ты ті "
    # dative, locative, ablative, instrumental
    "ға ге қа ке да де та те дан ден тан тен нан нен мен бен пен менен "
    # "which is in …"
    "дағы дегі тағы тегі ндағы ндегі "
    # past tense, gerund
    "ып іп"
).split()
POSSESSIVE_CASE = (
    "сын сін ын ін сына сіне ына іне сында сінде ында інде сынан сінен ынан інен сымен сімен ымен імен"
).split()
POSSESSIVE = "сы сі ы і ым ім ың ің ымыз іміз мыз міз ыңыз іңіз ңыз ңіз".split()
PLURAL = "лар лер дар дер тар тер".split()


def _longest_first(endings):
    return sorted(endings, key=len, reverse=True)


#: One slot per layer; a possessive with its case ending fills both of the first two.
SLOTS = (
    _longest_first(CASE + POSSESSIVE_CASE),
    _longest_first(POSSESSIVE),
    _longest_first(PLURAL),
)

#: A stem keeps at least this many letters.
MIN_STEM = 3

# A voiced consonant before a vowel ending was voiceless at the end of the word: тәуелсіздігі → тәуелсіздік.
DEVOICE = {"г": "к", "ғ": "қ", "б": "п"}


def _fits(stem, ending):
    """Could ``ending`` follow ``stem``? Refuses what Kazakh sounds rule out."""
    if len(stem) < MIN_STEM or not VOWELS.intersection(stem):
        return False
    if ending == "тан" and stem.endswith("с"):
        # Қазақстан, Өзбекстан: "-стан" is a land, not an ablative.
        return False
    last_is_vowel = stem[-1] in VOWELS
    first = ending[0]
    if first in VOWELS or first in "тқкп":
        # A vowel ending, or one starting with a voiceless consonant, follows a consonant.
        return not last_is_vowel
    if first == "с":
        # The possessive "сы/сі" follows a vowel.
        return last_is_vowel
    return True


def _strip(word, endings):
    """``word`` without the longest of ``endings`` that fits, and that ending ("" if none)."""
    for ending in endings:
        if word.endswith(ending) and _fits(word[: -len(ending)], ending):
            word = word[: -len(ending)]
            if ending[0] in VOWELS and word[-1] in DEVOICE:
                word = word[:-1] + DEVOICE[word[-1]]
            return word, ending
    return word, ""


@lru_cache(maxsize=65536)
def stem(word):
    """The stem of one lowercase Kazakh word."""
    word, ending = _strip(word, SLOTS[0])
    slots = SLOTS[2:] if ending in POSSESSIVE_CASE else SLOTS[1:]
    for endings in slots:
        word, _ending = _strip(word, endings)
    return word
