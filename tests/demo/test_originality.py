"""The demo texts are written in our own words: no run of 12 words is copied from the seed texts."""

import os
import re
from pathlib import Path

import pytest

from archive.record_types import RECORD_MODELS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_archive")]

RUN = 12


def seeds_dir():
    """The seed texts, from ``MADENI_SEEDS_DIR`` (``.ci/run`` sets it).

    They live outside the repository, so a fresh clone alone cannot run these tests: they skip
    and say why, except under ``CI=true``, where a missing folder fails the run.
    """
    where = os.environ.get("MADENI_SEEDS_DIR", "")
    folder = Path(where) if where else None
    if folder is not None and folder.is_dir() and any(folder.glob("*.txt")):
        return folder
    reason = f"the seed texts are not at MADENI_SEEDS_DIR={where!r}" if where else "MADENI_SEEDS_DIR is not set"
    if os.environ.get("CI") == "true":
        pytest.fail(f"The demo originality check needs the seed texts: {reason}.")
    pytest.skip(f"The demo originality check needs the seed texts: {reason}.")


def words(text):
    return re.findall(r"\w+", text.lower())


def runs(text):
    tokens = words(text)
    return {tuple(tokens[i : i + RUN]) for i in range(len(tokens) - RUN + 1)}


def seed_runs():
    found = set()
    for path in sorted(seeds_dir().glob("*.txt")):
        found |= runs(path.read_text(encoding="utf-8"))
    return found


#: The prose we write. Titles and ``sources`` are left out: a citation rightly quotes a title word for word.
PROSE = ("summary", "body", "caption", "alt_text")


def demo_texts():
    """Every language column of every prose field of every demo record, with where it comes from."""
    for model in RECORD_MODELS:
        columns = [field.name for field in model._meta.concrete_fields if field.name.startswith(PROSE)]
        for row in model.objects.values("pk", *columns):
            for column in columns:
                if row[column]:
                    yield f"{model._meta.label} {row['pk']} {column}", row[column]


def test_seed_texts_are_found_and_long():
    assert len(seed_runs()) > 5000


def test_prose_of_every_record_model_is_checked():
    checked = {where.split()[0] for where, _text in demo_texts()}
    assert checked == {model._meta.label for model in RECORD_MODELS}


def test_no_demo_text_repeats_twelve_words_of_a_seed():
    copied = seed_runs()
    offenders = [where for where, text in demo_texts() if runs(text) & copied]
    assert offenders == []


def test_the_check_catches_a_copied_sentence():
    sentence = (
        "Astana, Almaty, and Shymkent were named the CIS capitals of culture in 2012, 2014, and 2020 [25], "
        "respectively."
    )
    assert runs(sentence) & seed_runs()
