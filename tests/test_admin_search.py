"""The admin's record search: every word in any search field, a capped count, an index on PostgreSQL."""

import pytest
from django.contrib import admin
from django.db import connection
from django.urls import reverse

from archive.admin import search
from archive.models import Event, Person
from archive.record_types import RECORD_MODELS
from tests.factories import make_event, make_person, make_user


@pytest.fixture
def staff_client(client, db):
    client.force_login(make_user("editor", is_superuser=True))
    return client


def _changelist(model=Event):
    return reverse(f"admin:archive_{model._meta.model_name}_changelist")


def _titles(response):
    return sorted(str(record) for record in response.context["cl"].result_list)


def test_every_word_must_match_some_field_in_any_language(staff_client):
    make_event(title="Concert in Paris", title_ru="Концерт в Париже", summary="Dombra music")
    make_event(title="Exhibition in Paris", summary="Carpets")
    make_event(title="Concert in Astana", summary="Kobyz")

    assert _titles(staff_client.get(_changelist(), {"q": "concert paris"})) == ["Concert in Paris"]
    assert _titles(staff_client.get(_changelist(), {"q": "PARIS"})) == ["Concert in Paris", "Exhibition in Paris"]
    assert _titles(staff_client.get(_changelist(), {"q": "kobyz"})) == ["Concert in Astana"]
    assert _titles(staff_client.get(_changelist(), {"q": "Концерт"})) == ["Concert in Paris"]


def test_a_quoted_phrase_is_matched_whole(staff_client):
    make_event(title="Days of Kazakh culture")
    make_event(title="Kazakh days of culture")

    assert _titles(staff_client.get(_changelist(), {"q": '"days of kazakh"'})) == ["Days of Kazakh culture"]


def test_a_word_is_not_found_across_two_fields(staff_client):
    make_event(title="Opera", slug="gala-evening")

    assert _titles(staff_client.get(_changelist(), {"q": "operagala"})) == []
    assert _titles(staff_client.get(_changelist(), {"q": "gala-evening"})) == ["Opera"]


def test_people_are_found_by_alias(staff_client):
    make_person(name="Aida Balayeva", aliases="Balaeva\nБалаева")
    make_person(name="Someone Else")

    assert _titles(staff_client.get(_changelist(Person), {"q": "Балаева"})) == ["Aida Balayeva"]


def test_the_count_stops_at_the_cap_and_says_more_than(staff_client, monkeypatch):
    monkeypatch.setattr(search.SearchPaginator, "cap", 3)
    for number in range(5):
        make_event(title=f"Concert {number}")
    make_event(title="Exhibition")

    response = staff_client.get(_changelist(), {"q": "concert"})

    paginator = response.context["cl"].paginator
    assert (paginator.count, paginator.capped) == (3, True)
    assert "more than 3 results" in response.text
    assert "more than 3 events" in response.text


def test_a_count_under_the_cap_is_exact(staff_client, monkeypatch):
    monkeypatch.setattr(search.SearchPaginator, "cap", 3)
    make_event(title="Concert 1")
    make_event(title="Concert 2")

    response = staff_client.get(_changelist(), {"q": "concert"})

    assert (response.context["cl"].paginator.count, response.context["cl"].paginator.capped) == (2, False)
    assert "2 results" in response.text
    assert "more than" not in response.text


def test_the_unsearched_list_counts_past_the_search_cap(staff_client, monkeypatch):
    monkeypatch.setattr(search.SearchPaginator, "cap", 3)
    for number in range(5):
        make_event(title=f"Concert {number}")

    response = staff_client.get(_changelist())

    assert response.context["cl"].result_count == 5
    assert "more than" not in response.text


def test_the_unsearched_list_stops_counting_at_its_own_cap(staff_client, monkeypatch):
    monkeypatch.setattr(search.CappedPaginator, "cap", 4)
    for number in range(6):
        make_event(title=f"Concert {number}")

    response = staff_client.get(_changelist())

    assert (response.context["cl"].result_count, response.context["cl"].paginator.capped) == (4, True)
    assert "more than 4 events" in response.text


def test_the_year_bar_lists_the_same_years_as_django(staff_client, db):
    from tests.factories import make_country, make_place

    paris = make_place(name="Paris", parent=make_country())
    for date, place in (("1995", None), ("1995-06-01", paris), ("2003-02-02", paris), ("2024-12-31", None)):
        make_event(title=f"Event {date}", date=date, place=place)
    make_event(title="Undated", date="")

    for queryset in (Event.objects.all(), Event.objects.filter(place__name="Paris"), Event.objects.none()):
        expected = list(queryset.dates("date_lower", "year"))
        probing = queryset.all()
        probing.__class__ = search._probing(type(queryset))
        assert list(probing.dates("date_lower", "year")) == expected
        assert list(probing.dates("date_lower", "year", order="DESC")) == expected[::-1]
    plain = staff_client.get(_changelist())
    assert [f"date_lower__year={year}" in plain.text for year in (1995, 2003, 2024, 2010)] == [True, True, True, False]


def test_the_year_bar_hides_while_searching_unless_a_year_is_chosen(staff_client):
    make_event(title="Concert", date="2019-05-01")
    make_event(title="Concert", date="2024-05-01")

    plain = staff_client.get(_changelist())
    searched = staff_client.get(_changelist(), {"q": "concert"})
    searched_in_a_year = staff_client.get(_changelist(), {"q": "concert", "date_lower__year": "2024"})

    assert "date_lower__year=2019" in plain.text
    assert "date_lower__year=2019" not in searched.text
    assert _titles(searched) == ["Concert", "Concert"]
    assert len(searched_in_a_year.context["cl"].result_list) == 1
    assert "date_lower__month=5" in searched_in_a_year.text


def test_autocomplete_uses_the_same_search(staff_client):
    make_person(name="Aida Balayeva", aliases="Balaeva")
    url = reverse("admin:autocomplete")
    params = {"term": "balaeva", "app_label": "archive", "model_name": "event", "field_name": "place"}

    response = staff_client.get(url, {**params, "model_name": "document", "field_name": "authors"})

    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["Aida Balayeva"]


@pytest.mark.postgresql
@pytest.mark.parametrize("model", RECORD_MODELS, ids=lambda model: model.__name__)
def test_each_record_search_can_use_its_trigram_index(db, model):
    """The migration's frozen field lists must stay those of the admin: else the index is never used."""
    model_admin = admin.site._registry[model]
    queryset = search.search(model._base_manager.all(), model_admin.search_fields, "zzyzx")

    with connection.cursor() as cursor:
        # Left only bitmap scans, which need an index matching the condition, the planner takes
        # the trigram index if it can (else, at any cost, a sequential scan: the test fails).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("SET LOCAL enable_indexonlyscan = off")
        plan = queryset.explain()

    assert f"{model._meta.db_table}_admin_search" in plan


def test_the_language_filter_lists_the_same_values_as_django_through_the_index(staff_client):
    from django.test.utils import CaptureQueriesContext

    from archive.models import Document
    from tests.factories import make_document

    for language in ("ru", "kk", "", "kk", "fr"):
        make_document(title=f"Document in {language or 'no language'}", language=language)

    with CaptureQueriesContext(connection) as queries:
        response = staff_client.get(_changelist(Document))
    (languages,) = [
        spec for spec in response.context["cl"].filter_specs if getattr(spec, "field_path", None) == "language"
    ]
    expected = list(Document.objects.order_by("language").values_list("language", flat=True).distinct())
    assert list(languages.lookup_choices) == expected == ["", "fr", "kk", "ru"]
    assert 'href="?language=kk"' in response.text
    distinct = [query["sql"] for query in queries if 'DISTINCT "archive_document"."language"' in query["sql"]]
    assert bool(distinct) is (connection.vendor != "postgresql")  # PostgreSQL probes the index instead
    assert _titles(staff_client.get(_changelist(Document), {"language": "kk"})) == ["Document in kk"] * 2
