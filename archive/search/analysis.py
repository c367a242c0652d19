"""Turn words into search keys, each language by its own rules.

A word becomes its *key* (``translit.fold``: the script-neutral form that lets
"Balaeva" meet "Балаева") and the keys of its *stems*: Russian, English and
French by their Snowball stemmers (PyStemmer, the C implementation of the
algorithms PostgreSQL ships), Kazakh by ``kazakh.stem``. Both sides go through
this module:

- a record's text is analysed in the language of the field it comes from
  (``title_ru`` by the Russian rules), each word keeping its own key beside its
  stem, so a name still matches letter for letter;
- a query word is analysed for every language its script can be written in
  (the page's language first), because nothing says which one the reader used.

Stemming runs in Python at index time, so PostgreSQL needs no extra dictionary
and SQLite's fallback matches the same keys.
"""

import re
import threading
from functools import lru_cache

import Stemmer

from . import kazakh
from .translit import fold_word

WORD = re.compile(r"\w+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

SNOWBALL = {"ru": "russian", "en": "english", "fr": "french"}
#: Which languages a word in each script may be in.
CYRILLIC_LANGUAGES = ("kk", "ru")
LATIN_LANGUAGES = ("en", "fr")

#: Keys longer than this are cut (a tsvector lexeme may hold 2 KB; no real word comes close).
MAX_KEY = 64

#: Words that say nothing about what is searched for; a query drops them (unless it has nothing else).
STOPWORDS = frozenset(
    # Russian
    "и в во на о об обо по с со к ко у из за от до для при над под а но или не что как это же ли бы".split()
    # Kazakh
    + "және мен бен пен да де та те үшін туралы бұл ол осы не немесе".split()
    # English
    + "the a an of in on at to for and or with by from as is are was were its it s".split()
    # French
    + "le la les l de du des d un une et en à au aux pour par sur dans avec".split()
)

_local = threading.local()


def _snowball(language):
    """This thread's Snowball stemmer for ``language`` (a PyStemmer object is not thread-safe)."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = Stemmer.Stemmer(SNOWBALL[language])
    return stemmers[language]


@lru_cache(maxsize=262144)
def stem(word, language):
    """The stem of one lowercase word by the rules of ``language``."""
    if language == "kk":
        return kazakh.stem(word)
    return _snowball(language).stemWord(word)


def languages_for(word, languages=None):
    """The languages among ``languages`` (all by default) that write in ``word``'s script."""
    script = CYRILLIC_LANGUAGES if CYRILLIC.search(word) else LATIN_LANGUAGES
    return [language for language in languages or (*CYRILLIC_LANGUAGES, *LATIN_LANGUAGES) if language in script]


@lru_cache(maxsize=262144)
def keys(word, languages=None):
    """The key of ``word`` and the keys of its stems in ``languages`` (all that fit its script by default).

    ``keys("Казахстана") == ("kazahstana", "kazahstan")``: the word's own key comes first.
    """
    lower = word.lower()
    found = [fold_word(word)] + [fold_word(stem(lower, language)) for language in languages_for(word, languages)]
    return tuple(dict.fromkeys(key[:MAX_KEY] for key in found if key))


def analyse(text, language=None):
    """The keys of every word of ``text`` in order: a tuple per word, analysed in ``language``.

    ``language`` is the language the text is written in; ``None`` (a field that is not
    translated: aliases, extracted text) tries every language that fits each word's script.
    """
    if not text:
        return []
    languages = (language,) if language else None
    return [found for found in (keys(word, languages) for word in WORD.findall(text)) if found]


def query_keys(word, language=None):
    """The keys a query word may match, analysed for every language, the page's ``language`` first."""
    order = (language, *CYRILLIC_LANGUAGES, *LATIN_LANGUAGES) if language else None
    return keys(word, tuple(dict.fromkeys(order)) if order else None)


def is_stopword(word):
    return word.lower() in STOPWORDS
