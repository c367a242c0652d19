"""The Kazakh, Russian and French gettext catalogs are complete, valid and compile."""

import gettext
import re
import shutil
import subprocess

import pytest

from tests.po_catalogs import catalog_path, header, messages

LANGUAGES = ["kk", "ru", "fr"]
# Kazakh and Russian are first-class: every string is translated. French too, for now.
COMPLETE = ["kk", "ru", "fr"]

PLURAL_FORMS = {
    "kk": "nplurals=2; plural=(n!=1);",
    "ru": ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    "fr": "nplurals=2; plural=(n > 1);",
}

# %(name)s, %(size).1f, %d … and str.format's {name}; "%%" is a literal percent sign.
_PERCENT = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?([diouxXeEfFgGcrs%])")
_BRACES = re.compile(r"\{(\w*)\}")


def placeholders(text):
    found = [f"%({name}){kind}" if name else f"%{kind}" for name, kind in _PERCENT.findall(text) if kind != "%"]
    return sorted(found + [f"{{{name}}}" for name in _BRACES.findall(text)])


def _problems(language, check):
    return [f"{entry.msgid!r}: {problem}" for entry in messages(language) if (problem := check(entry))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_compiles_with_msgfmt_check(language, tmp_path):
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "gettext's msgfmt is needed to compile the catalogs (apt install gettext)"
    compiled = tmp_path / "django.mo"
    result = subprocess.run(  # noqa: S603  (gettext's msgfmt on our own catalog)
        [msgfmt, "--check", "--statistics", "-o", str(compiled), str(catalog_path(language))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    with compiled.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    assert catalog.gettext("Events") != "Events"


@pytest.mark.parametrize("language", COMPLETE)
def test_catalog_has_no_untranslated_entry(language):
    assert not _problems(language, lambda entry: "untranslated" if not all(entry.translations) else None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_no_fuzzy_or_obsolete_entry(language):
    assert not _problems(language, lambda entry: "fuzzy" if "fuzzy" in entry.flags else None)
    assert not _problems(language, lambda entry: "obsolete" if entry.obsolete else None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_of_the_english(language):
    def check(entry):
        sources = [entry.msgid] if entry.msgid_plural is None else [entry.msgid, entry.msgid_plural]
        expected = {tuple(placeholders(source)) for source in sources}
        if len(expected) != 1:
            return "the English singular and plural differ"
        for index, translation in enumerate(entry.translations):
            if translation and tuple(placeholders(translation)) not in expected:
                return f"form {index} has {placeholders(translation)}"
        return None

    assert not _problems(language, check)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_declares_the_language_and_its_plural_forms(language):
    meta = header(language)
    assert meta["Language"] == language
    assert meta["Plural-Forms"] == PLURAL_FORMS[language]
    assert meta["Content-Type"] == "text/plain; charset=UTF-8"
    count = int(re.search(r"nplurals=(\d)", PLURAL_FORMS[language]).group(1))

    def check(entry):
        if entry.msgid_plural is not None and len(entry.msgstr) != count:
            return f"{len(entry.msgstr)} plural forms"
        return None

    assert not _problems(language, check)


def test_catalogs_hold_the_same_messages():
    english = {language: {(entry.msgid, entry.msgid_plural) for entry in messages(language)} for language in LANGUAGES}
    assert english["kk"] == english["ru"] == english["fr"]


def test_kazakh_catalog_is_written_in_kazakh_letters():
    text = "".join("".join(entry.translations) for entry in messages("kk"))
    assert set("әғқңөұүі") <= set(text)
    russian = {entry.msgid: entry.translations for entry in messages("ru")}
    same = [
        entry.msgid for entry in messages("kk") if len(entry.msgid) > 20 and entry.translations == russian[entry.msgid]
    ]
    assert not same, "Kazakh entries copied from Russian"
