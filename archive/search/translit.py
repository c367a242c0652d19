"""Fold Kazakh, Russian and Latin spellings of a word into one search key.

Researchers type names in whichever script they have at hand: "Тлендиев",
"Tlendiyev", "Tlendiev"; "Балаева", "Balayeva", "Balaeva". Kazakh is moving to
the Latin alphabet (2021 alphabet: Ä, Ğ, Q, Ñ, Ö, Ū, Ü, Ş…) while the
Russian-style transliteration (Zh, Kh, Ye, -iy) lives on in passports and
press. ``fold()`` maps all of them onto one lowercase ASCII form, so that the
index and the query meet in the middle:

1. Cyrillic letters become Latin (ж → j, х/һ → h, қ → k, ә → a, і → i, й → i…);
   ё → e, as Russian mostly writes it;
2. Latin diacritics go (ş → sh, ç → ch, ı → i, then ä → a, ü → u…);
3. spelling variants fold together: zh/dzh/dj → j, kh → h, x → ks, q → k,
   ou → u, consonant + yo → e (Pyotr → petr); a "y" that only glides into a
   vowel goes (Yerlan → erlan, Balayeva → balaeva, Tlendiyev → tlendiev);
   every other y becomes i (Aybek → aibek, Dmitriy → dmitri); doubled
   letters collapse.

The result is not a transliteration anyone would print: it is a key. Spellings
that still differ after folding (Тілендиев → tilendiev) are usually
trigram-close, which is what the PostgreSQL name matching uses.
"""

import re
import unicodedata
from functools import lru_cache

CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "",
    "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian and Belarusian letters turn up in names too.
    "є": "ye", "ї": "yi", "ў": "u", "ґ": "g",
}  # fmt: skip

# Latin letters whose diacritic changes the sound, folded before the rest are stripped.
LATIN = {"ş": "sh", "ç": "ch", "ı": "i", "ə": "a", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l"}

TABLE = str.maketrans({**CYRILLIC, **LATIN})

# Spelling variants, applied in order to a lowercase ASCII word.
VARIANTS = [
    (re.compile(r"shch"), "sh"),
    (re.compile(r"dzh|dj|zh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"q"), "k"),
    (re.compile(r"ou"), "u"),
    # Ё is mostly written Е in Russian, and "yo" after a consonant in Latin: Pyotr, Petr, Пётр.
    (re.compile(r"(?<=[bcdfghjklmnprstvwz])yo"), "e"),
    # A y gliding into a vowel at the start of a word or after a vowel is not a letter of its own.
    (re.compile(r"^y(?=[aeiou])"), ""),
    (re.compile(r"(?<=[aeiouy])y(?=[aeiou])"), ""),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
]

WORD = re.compile(r"\w+")
NOT_KEY = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold_word(word):
    """The search key of one word: ``fold_word("Тлендиев") == fold_word("Tlendiyev") == "tlendiev"``."""
    text = word.lower().translate(TABLE)
    text = unicodedata.normalize("NFKD", text)
    text = NOT_KEY.sub("", "".join(char for char in text if not unicodedata.combining(char)))
    for pattern, replacement in VARIANTS:
        text = pattern.sub(replacement, text)
    return text


def fold(text):
    """The search keys of every word in ``text``, space-separated, in order."""
    if not text:
        return ""
    return " ".join(key for key in map(fold_word, WORD.findall(text)) if key)
