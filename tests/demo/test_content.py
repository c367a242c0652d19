"""The demo archive holds enough real, well-linked records to try every part of Madeni."""

import pytest
from django.utils import translation
from pypdf import PdfReader

from archive.models import (
    Document,
    Event,
    EventOrganization,
    Organization,
    Person,
    Photo,
    Place,
    Program,
    Rights,
    Status,
)
from archive.record_types import RECORD_MODELS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_archive")]


def test_demo_archive_has_the_minimum_number_of_records():
    assert Event.objects.count() >= 30
    assert Person.objects.count() >= 20
    assert Program.objects.count() >= 10
    assert Document.objects.count() >= 10
    assert Organization.objects.count() >= 8
    assert Photo.objects.filter(events__isnull=False).distinct().count() >= 10


def test_places_nest_from_country_to_city_to_venue():
    unesco = Place.objects.get(slug="unesco-headquarters")
    assert [place.slug for place in unesco.lineage()] == ["unesco-headquarters", "paris", "france"]
    assert unesco.city.slug == "paris"
    assert unesco.country.slug == "france"
    # A city and a country point at themselves too, so "events in Paris" is one filter.
    assert Place.objects.get(slug="paris").city.slug == "paris"
    assert Place.objects.get(slug="france").country.slug == "france"


def test_paris_meeting_of_balayeva_and_dati_is_recorded_with_their_roles():
    event = Event.objects.get(date="2025-09-25", place__slug="paris")
    roles = {p.person.slug: p.role for p in event.participations.select_related("person")}
    assert roles == {
        "aida-balayeva": "Minister of Culture and Information of Kazakhstan",
        "rachida-dati": "Minister of Culture of France",
    }
    assert event.event_type == Event.Type.MEETING
    hosts = event.event_organizations.filter(role=EventOrganization.Role.HOST)
    assert [row.organization.slug for row in hosts] == ["ministere-de-la-culture"]
    assert event.programs.filter(slug="kazakhstan-france-cultural-cooperation").exists()
    assert event.status == Status.PUBLISHED


def test_ottone_meeting_the_day_before_links_the_ustyurt_nomination_file():
    meeting = Event.objects.get(slug="balayeva-ottone-unesco-2025")
    assert meeting.date == "2025-09-24"
    assert meeting.place.slug == "unesco-headquarters"
    assert meeting.participations.get(person__slug="ernesto-ottone").role == (
        "UNESCO Assistant Director-General for Culture"
    )
    nomination = meeting.documents.get(doc_type=Document.Type.NOMINATION)
    assert nomination.title.startswith("Ustyurt: Landscapes and Aran Traps")
    assert nomination.publisher.slug == "ministry-culture-information-kazakhstan"


def test_great_steppe_exhibition_has_its_dates_and_museum():
    event = Event.objects.get(slug="great-steppe-exhibition-ankara-2019")
    assert event.date == "2019-09-12/2019-10-12"
    assert (event.date_lower.isoformat(), event.date_upper.isoformat()) == ("2019-09-12", "2019-10-12")
    assert event.place.slug == "museum-of-anatolian-civilizations"
    assert event.place.country.slug == "turkiye"


def test_cultural_heritage_programme_runs_from_2004_with_no_end():
    program = Program.objects.get(slug="cultural-heritage-program")
    assert program.date == "2004/.."
    assert program.date_display == "since 2004"
    assert program.title_kk == "«Мәдени мұра» бағдарламасы"


def test_cultural_capitals_and_initiatives_of_the_article_are_events():
    turkistan = Event.objects.get(slug="turkistan-turkic-cultural-capital-2017")
    assert (turkistan.date, turkistan.place.slug) == ("2017", "turkistan")
    assert turkistan.programs.get().organizers.get().acronym == "TURKSOY"
    decade = Program.objects.get(slug="decade-rapprochement-cultures")
    assert decade.date == "2013/2022"
    assert Event.objects.filter(programs__slug="congress-world-traditional-religions").count() >= 4
    assert Event.objects.filter(event_organizations__organization__acronym="CICA").count() >= 3


def test_people_carry_name_variants_and_positions_over_time():
    balayeva = Person.objects.get(slug="aida-balayeva")
    assert {"Balaeva", "Балаева", "Aida Balaeva"} <= set(balayeva.alias_list())
    assert balayeva.name_kk == "Аида Балаева"
    position = balayeva.positions.get()
    assert (position.organization.slug, position.country.slug, position.date) == (
        "ministry-culture-information-kazakhstan",
        "kazakhstan",
        "2023/..",
    )
    tlendiyev = Person.objects.get(slug="nurgisa-tlendiyev")
    assert {"Tlendiev", "Тлендиев"} <= set(tlendiyev.alias_list())
    assert tlendiyev.date == "1925-05-07/1998-11-21"
    assert "Назарбаев" in Person.objects.get(slug="nursultan-nazarbayev").alias_list()
    assert Person.objects.get(slug="kassym-jomart-tokayev").positions.count() == 3


def test_academic_article_is_a_document_by_its_two_authors():
    article = Document.objects.get(doi="10.52123/1994-2370-2025-1290")
    assert set(article.authors.values_list("slug", flat=True)) == {"abzal-dosbolov", "firat-purtas"}
    assert article.title_ru == "Глобальный аспект культурной политики Казахстана"
    assert article.programs.filter(slug="cultural-heritage-program").exists()
    assert article.events.filter(slug="great-steppe-exhibition-ankara-2019").exists()
    france_article = Document.objects.get(slug="france-kazakhstan-cultural-cooperation-2025")
    assert france_article.events.filter(slug="balayeva-dati-paris-2025").exists()


def test_at_least_three_documents_carry_a_generated_pdf():
    with_files = Document.objects.exclude(file="")
    assert with_files.count() >= 3
    for document in with_files:
        assert document.original_filename.endswith(".pdf")
        with document.file.open("rb") as handle:
            assert handle.read(5) == b"%PDF-"
        assert document.file_size == document.file.size
    article = with_files.get(doi="10.52123/1994-2370-2025-1290")
    with article.file.open("rb") as handle:
        pages = PdfReader(handle).pages
        assert "The global aspect of Kazakhstan's cultural policies" in pages[0].extract_text()
        assert "Firat Purtas" in pages[1].extract_text()


def test_event_photos_are_generated_images_with_rights_and_links():
    photo = Photo.objects.get(slug="photo-balayeva-dati-paris-2025")
    assert (photo.width, photo.height) == (1600, 1067)
    assert photo.credit == "Madeni demo (generated)"
    assert photo.rights == Rights.CC0
    assert "Aida Balayeva and Rachida Dati meet in Paris" in photo.alt_text_en
    assert photo.caption_en
    assert set(photo.people.values_list("slug", flat=True)) == {"aida-balayeva", "rachida-dati"}
    assert not Photo.objects.filter(alt_text_en="").exists()


def test_some_records_are_drafts_and_some_await_review():
    for model in (Event, Person, Program, Document):
        statuses = set(model.objects.values_list("status", flat=True))
        assert Status.PUBLISHED in statuses, model
    assert Event.objects.filter(status=Status.DRAFT).count() >= 2
    assert Event.objects.filter(status=Status.IN_REVIEW).count() >= 2
    assert Document.objects.filter(status=Status.IN_REVIEW).exists()
    assert Person.objects.filter(status=Status.DRAFT).exists()


def test_records_without_a_kazakh_title_fall_back_to_russian_then_english():
    event = Event.objects.get(slug="kazakh-ethnic-fashion-show-france")
    assert event.title_kk is None
    with translation.override("kk"):
        assert event.title == "Показ казахской этнической моды во Франции"
    program = Program.objects.get(slug="francophonie-week-kazakhstan")
    with translation.override("ru"):
        assert program.title == "Francophonie Week in Kazakhstan"


def test_every_demo_record_passes_model_validation():
    for model in RECORD_MODELS:
        for record in model.objects.all():
            record.full_clean()
