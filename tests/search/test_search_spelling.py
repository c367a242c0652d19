"""'Did you mean …': a spelling from the archive's own vocabulary when a word matches nothing."""

import pytest

from archive.models import SearchWord, Status
from archive.search.spelling import corrected
from tests.factories import make_document, make_event


@pytest.mark.postgresql
def test_a_misspelt_word_gets_a_suggestion_that_links_to_the_corrected_search(search):
    make_document(title="Zheleznovodsk communiqué")
    response = search(q="Zhelesnovodsk communique")
    assert response.context["suggestion"] == "zheleznovodsk communique"
    assert 'Did you mean <a href="?q=zheleznovodsk+communique">zheleznovodsk communique</a>?' in response.text


@pytest.mark.postgresql
def test_a_misspelt_cyrillic_word_gets_a_cyrillic_suggestion(search):
    make_event(title="Mediation", title_ru="Посредничество по Карабаху")
    assert search(q="Корабаху").context["suggestion"] == "карабаху"


@pytest.mark.postgresql
def test_no_suggestion_when_every_word_matches(search):
    make_event(title="Dombra night")
    assert search(q="dombra night").context["suggestion"] == ""


@pytest.mark.postgresql
def test_a_word_found_only_in_a_draft_is_never_suggested(search):
    make_event(title="Secret summit in Zheleznovodsk", status=Status.DRAFT)
    make_event(title="Open summit")
    assert SearchWord.objects.filter(word="zheleznovodsk").exists()
    response = search(q="Zhelesnovodsk summit")
    assert response.context["suggestion"] == ""
    assert "zheleznovodsk" not in response.text.lower()


@pytest.mark.postgresql
def test_indexing_adds_title_name_and_summary_words_to_the_vocabulary(db):
    make_event(title="Dombra night", summary="Kobyz too.", body="Bodyword here.")
    words = set(SearchWord.objects.values_list("word", flat=True))
    assert {"dombra", "night", "kobyz"} <= words
    assert "bodyword" not in words


@pytest.mark.sqlite
def test_sqlite_offers_no_suggestion(search):
    make_event(title="Dombra night")
    assert search(q="dombro").context["suggestion"] == ""


def test_corrected_replaces_whole_words_only():
    assert corrected("Tlendyev concert", {"Tlendyev": "tlendiyev"}) == "tlendiyev concert"
    assert corrected("art artist", {"art": "arts"}) == "arts artist"
