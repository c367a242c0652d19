"""Never an empty page when some words match: the records with most of the words, ranked, and a note."""

from tests.factories import make_event

from .conftest import titles


def test_when_no_record_has_every_word_those_with_most_of_them_are_shown(search):
    make_event(title="Dombra night in Paris", date="2020")
    make_event(title="Dombra festival in Paris", date="2019")
    make_event(title="Dombra lessons", date="2024")
    make_event(title="Kobyz evening", date="2025")
    response = search(q="dombra paris festival week")
    # At least half the words: two of four, and three of four first.
    assert titles(response) == ["Dombra festival in Paris", "Dombra night in Paris"]
    assert response.context["complete"] == 0
    assert "No record has all of “dombra paris festival week”; showing those with most of them." in response.text


def test_when_no_record_has_half_the_words_those_with_any_are_shown(search):
    make_event(title="Dombra night")
    response = search(q="dombra paris festival week")
    assert titles(response) == ["Dombra night"]
    assert response.context["complete"] == 0


def test_the_few_records_with_every_word_are_followed_by_those_with_most(search):
    make_event(title="Dombra night in Paris", date="2020")
    make_event(title="Dombra lessons", date="2024")
    response = search(q="dombra paris")
    assert titles(response) == ["Dombra night in Paris", "Dombra lessons"]
    assert "Only 1 record has all of “dombra paris”; those with most of them follow." in response.text


def test_many_records_with_every_word_are_not_followed_by_others(search):
    for number in range(10):
        make_event(title=f"Dombra night in Paris {number}")
    make_event(title="Dombra lessons")
    response = search(q="dombra paris")
    assert "Dombra lessons" not in titles(response)
    assert response.context["complete"] is None
    assert "has all of" not in response.text


def test_an_excluded_word_stays_excluded_among_records_with_most_words(search):
    make_event(title="Dombra night in Paris")
    make_event(title="Dombra lessons in Berlin")
    assert titles(search(q="dombra paris festival -berlin")) == ["Dombra night in Paris"]


def test_nothing_matching_at_all_still_says_so(search):
    make_event(title="Dombra night")
    response = search(q="kobyz festival")
    assert response.context["hits"] == []
    assert "Nothing in the archive matches" in response.text
