"""The Kazakh suffix stripper: case, possessive and plural endings come off, roots stay."""

import pytest

from archive.search.kazakh import stem


@pytest.mark.parametrize(
    ("word", "root"),
    [
        # genitive, accusative, dative, locative, ablative, instrumental
        ("қазақстанның", "қазақстан"),
        ("адамның", "адам"),
        ("тілендиевтің", "тілендиев"),
        ("ақмолаға", "ақмола"),
        ("францияда", "франция"),
        ("парижде", "париж"),
        ("қазақстаннан", "қазақстан"),
        ("оттонемен", "оттоне"),
        ("алматыдағы", "алмат"),
        # possessive, with and without a case ending after it
        ("кесенесі", "кесене"),
        ("кесенесін", "кесене"),
        ("көрмесі", "көрме"),
        ("саясаты", "саясат"),
        ("саясатының", "саясат"),
        ("астанасына", "астана"),
        # plural, plural + possessive + case
        ("діндер", "дін"),
        ("күндері", "күн"),
        ("көшбасшыларының", "көшбасшы"),
        ("жерлерінде", "жер"),
        # a voiced consonant before a vowel ending is voiceless in the root
        ("тәуелсіздігін", "тәуелсіздік"),
        ("онжылдығы", "онжылдық"),
    ],
)
def test_it_strips_inflectional_endings(word, root):
    assert stem(word) == root


@pytest.mark.parametrize("word", ["астана", "қазақстан", "ясауи", "ұлы", "ел", "жаңғыру"])
def test_it_leaves_roots_and_short_words_alone(word):
    assert stem(word) == word


def test_a_vowel_final_stem_does_not_take_an_ending_of_a_consonant_stem():
    # мәдениет + і, not мәдение + ті
    assert stem("мәдениеті") == "мәдениет"
