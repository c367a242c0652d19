"""PostgreSQL search: weighted full-text ranking, stemming and fuzzy names."""

import hashlib
import re

import pytest
from django.db import connection

from archive.models import SearchEntry
from tests.factories import make_event, make_person

from .conftest import titles

pytestmark = pytest.mark.postgresql


@pytest.mark.parametrize("misspelling", ["Tlendeyev", "Tlendiyv", "Tilendiev", "Тілендиев"])
def test_a_misspelt_name_still_finds_the_person(search, misspelling):
    make_person(name="Askhat Tlendiyev")
    make_person(name="Someone Else")
    assert titles(search(q=misspelling)) == ["Askhat Tlendiyev"]


def test_fuzzy_name_matching_does_not_override_an_exclusion(search):
    make_person(name="Askhat Tlendiyev", summary="Composer.")
    assert search(q="Tlendeyev -composer").context["hits"] == []


def test_english_plurals_find_the_singular(search):
    make_event(title="A concert for peace")
    assert titles(search(q="concerts")) == ["A concert for peace"]


def test_a_title_match_ranks_above_a_body_match(search):
    make_event(title="Report of the year", body="It mentions the dombra once.", date="2025")
    make_event(title="Dombra night", date="2020")
    assert titles(search(q="dombra")) == ["Dombra night", "Report of the year"]


def test_saving_a_record_fills_its_weighted_vector(db):
    event = make_event(title="Dombra night", summary="Музыка")
    vector = SearchEntry.objects.get(kind="event", object_id=event.pk).vector
    assert re.search(r"'dombra':\d+A", vector)
    assert re.search(r"'muzika':\d+C", vector)


def test_the_search_indexes_exist(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'archive_searchentry'")
        names = {row[0] for row in cursor.fetchall()}
    assert {"archive_searchentry_vector_gin", "archive_searchentry_names_trgm"} <= names


def test_folded_spellings_left_apart_are_similar_enough_for_the_trigram_index(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT word_similarity('tilendiev', 'askhat tlendiev')")
        assert cursor.fetchone()[0] >= 0.6


def _toast_chunks():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'archive_searchentry'")
        (toast,) = cursor.fetchone()
        cursor.execute(f"SELECT count(*) FROM {toast}")  # noqa: S608 -- a name from the catalogue
        return cursor.fetchone()[0]


def test_a_vector_of_a_few_kilobytes_is_kept_in_its_row(db):
    # Each row a search walks or ranks is tested against its vector: out of line, in the
    # TOAST table, that cost two more index and heap reads per row.
    before = _toast_chunks()
    words = " ".join(hashlib.sha256(str(number).encode()).hexdigest()[:10] for number in range(200))
    event = make_event(title="Field notes", body=words)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_size(vector) FROM archive_searchentry WHERE kind = 'event' AND object_id = %s", [event.pk]
        )
        assert cursor.fetchone()[0] > 2500
    assert _toast_chunks() == before
