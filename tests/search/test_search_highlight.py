"""Snippets mark the query's words in <mark>, after escaping everything else."""

from archive.search import highlight as highlight_module
from archive.search.highlight import Terms, highlight, snippet
from tests.factories import make_event

from .conftest import titles


def test_highlight_escapes_the_text_then_marks_the_words():
    marked = highlight("<b>Kazakh</b> music & <script>", ["kazah"])
    assert marked == "&lt;b&gt;<mark>Kazakh</mark>&lt;/b&gt; music &amp; &lt;script&gt;"


def test_a_cyrillic_word_is_marked_for_a_latin_query():
    assert highlight("Выступление Балаевой", ["balaev"]) == "Выступление <mark>Балаевой</mark>"


def test_markup_in_the_query_cannot_reach_the_page_unescaped():
    assert "<script" not in highlight("<script>alert(1)</script>", ["script"])


def test_snippet_is_a_window_around_the_first_match():
    text = " ".join(["filler"] * 100) + " the dombra played " + " ".join(["filler"] * 100)
    result = snippet([text], ["dombra"], length=100)
    assert "<mark>dombra</mark>" in result
    assert result.startswith("… ") and result.endswith(" …")
    assert len(result) < 140


def test_snippet_prefers_a_text_with_a_match_over_the_first_text():
    assert snippet(["Nothing here.", "A dombra here."], ["dombra"]) == "A <mark>dombra</mark> here."


def test_snippet_without_a_match_is_the_escaped_start_of_the_first_text():
    assert snippet(["", "<i>Plain</i> text"], ["dombra"]) == "&lt;i&gt;Plain&lt;/i&gt; text"
    assert snippet(["", None], ["dombra"]) == ""


def test_search_page_snippet_contains_mark_and_no_raw_markup(search):
    make_event(title="Gala", summary="<b>Bold</b> evening with the dombra & kobyz <script>x()</script>")
    response = search(q="dombra")
    assert titles(response) == ["Gala"]
    html = response.content.decode()
    assert "<mark>dombra</mark>" in html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert "<script>x()" not in html


def test_a_word_matches_a_term_it_begins_or_nearly_completes():
    terms = Terms(["concert", "balaev"])
    # A word that begins with a term (its endings), in any script.
    assert terms("concerts") and terms("Concert") and terms("Балаевой")
    # A word of four letters or more that a term begins with, two letters short of it at most.
    assert terms("conce") and terms("balae")
    assert terms("bala") and not terms("bal") and not terms("conc")
    assert not terms("music") and not terms("") and not terms("—")


def test_a_page_folds_each_distinct_word_once(monkeypatch):
    folded = []
    monkeypatch.setattr(highlight_module, "fold_word", lambda word: folded.append(word) or word.lower())
    terms = Terms(["dombra"])
    texts = ["The festival opened with a dombra recital.", "The festival closed with a choir."] * 10
    for text in texts:
        snippet([text], terms)
        highlight(text, terms)
    assert sorted(folded) == sorted(set(" ".join(texts).replace(".", "").split()))
