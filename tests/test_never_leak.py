"""Nothing that is not public ever appears on a public page.

Records in every non-public state (draft, in review, archived, published but
not yet live, published but expired) are linked from published ones wherever a
link can be made, all with "Secret" in their names. Every public URL
(tests/public_urls.py), every facet link of every list and every public record
page is then fetched in two languages, and none may mention them.
"""

import re
from html import unescape

import pytest
from django.test import override_settings
from django.utils import translation

from archive.models import EventOrganization, Participation, Place
from tests import factories as f
from tests.media import files
from tests.media.helpers import fetch
from tests.public_urls import LIST_PAGES, SEARCH_PAGES, pages, record_file_urls, record_urls

LANGUAGES = ("en", "kk")
FACET_LINK = re.compile(r'<a href="(\?[^"]*)" rel="nofollow"')


def _build_world():
    country = f.make_country(name="Publicland", code="PL")
    city = f.make_place(name="Opencity", parent=country)
    theme = f.make_theme(name="Open theme")
    organization = f.make_organization(name="Open Org", country=country)
    program = f.make_program(title="Open Program", featured=True, organizers=[organization])
    person = f.make_person(name="Open Person")
    f.make_position(person, title="Adviser", organization=organization, country=country, date="2020/..")
    event = f.make_event(
        title="Open Event",
        place=city,
        programs=[program],
        participants=[(person, "Host")],
        organizations=[organization],
        themes=[theme],
    )
    document = f.make_document(
        title="Open Document",
        authors=[person],
        people=[person],
        events=[event],
        programs=[program],
        publisher=organization,
        themes=[theme],
    )
    photo = f.make_photo(title="Open Photo", events=[event], people=[person], image=_image())
    public = [country, city, organization, program, person, event, document, photo]
    hidden = []
    for state, fields in f.hidden_states().items():
        name = f"Secret {state}"
        hidden_country = f.make_country(name=f"{name} country", code="", **fields)
        hidden_place = f.make_place(name=f"{name} place", parent=country, **fields)
        hidden_organization = f.make_organization(name=f"{name} org", country=country, **fields)
        hidden_person = f.make_person(name=f"{name} person", **fields)
        hidden_program = f.make_program(title=f"{name} program", featured=True, organizers=[organization], **fields)
        hidden_event = f.make_event(
            title=f"{name} event",
            place=city,
            programs=[program],
            participants=[person],
            organizations=[organization],
            themes=[theme],
            **fields,
        )
        hidden_document = f.make_document(
            file=files.upload("report.pdf", files.pdf_bytes(), "application/pdf"),
            title=f"{name} document",
            authors=[person],
            people=[person],
            events=[event],
            programs=[program],
            publisher=organization,
            themes=[theme],
            **fields,
        )
        hidden_photo = f.make_photo(title=f"{name} photo", events=[event], people=[person], image=_image(), **fields)
        hidden += [
            hidden_country,
            hidden_place,
            hidden_organization,
            hidden_person,
            hidden_program,
            hidden_event,
            hidden_document,
            hidden_photo,
        ]
        # The hidden records reached from public ones, wherever a page could show them.
        event.programs.add(hidden_program)
        event.documents.add(hidden_document)
        event.photos.add(hidden_photo)
        Participation.objects.create(event=event, person=hidden_person, role="Secret role")
        EventOrganization.objects.create(event=event, organization=hidden_organization)
        f.make_position(person, title="Envoy", organization=hidden_organization, country=hidden_country)
        document.authors.add(hidden_person)
        document.people.add(hidden_person)
        document.events.add(hidden_event)
        document.programs.add(hidden_program)
        photo.people.add(hidden_person)
        photo.events.add(hidden_event)
        program.organizers.add(hidden_organization)
        sitter = f.make_person(name=f"Sitter {state}", photo=hidden_photo)
        public.append(sitter)
        public.append(f.make_event(title=f"Event at a hidden place {state}", place=hidden_place))
        foreign_city = f.make_place(name=f"Town {state}", parent=hidden_country)
        public.append(foreign_city)
        public.append(f.make_event(title=f"Event in a hidden country {state}", place=foreign_city))
        public.append(f.make_organization(name=f"Org of a hidden country {state}", country=hidden_country))
        public.append(f.make_document(title=f"Document of a hidden publisher {state}", publisher=hidden_organization))
    return public, hidden


def _image():
    return files.upload("photo.jpg", files.jpeg_bytes(400, 300, comment=b"open"), "image/jpeg")


@pytest.fixture(scope="module")
def _world(module_db, tmp_path_factory):
    """Built once for the module: the tests only read it (each in a savepoint of its own)."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield _build_world()


@pytest.fixture
def world(db, _world):
    return _world


def _assert_no_secret(response, url):
    assert response.status_code in (200, 301, 302, 303), f"{url} answered {response.status_code}"
    text = unescape(response.content.decode())
    assert "secret" not in text.lower(), f"{url} shows a record the public may not see"


def _facet_links(response, url):
    base = url.split("?", 1)[0]
    return {base + unescape(query) for query in FACET_LINK.findall(response.content.decode())}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_hidden_record_appears_on_any_public_page(client, world, lang):
    public, _hidden = world
    urls = pages(lang) + [url for record in public for url in record_urls(record, lang)]
    for url in urls:
        _assert_no_secret(client.get(url), url)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_no_hidden_record(client, world, lang):
    public, hidden = world
    with translation.override(lang):
        hidden_names = [str(record) for record in hidden]
    for url in (page.format(lang=lang) for page in SEARCH_PAGES):
        response = client.get(url)
        assert response.status_code == 200, url
        text = unescape(response.content.decode())
        shown = [name for name in hidden_names if name in text]
        assert not shown, f"{url} shows {shown}"
        assert not [record.slug for record in hidden if f"/{record.slug}/" in text], url
    # The search itself works: public records are found by the same kind of query.
    found = client.get(f"/{lang}/search/?q=Open").content.decode()
    wanted = [record for record in public if str(record) in ("Open Event", "Open Person")]
    assert len(wanted) == 2
    for record in wanted:
        assert record_urls(record, lang)[0] in found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_hidden_record_appears_in_any_facet_of_any_list(client, world, lang):
    seen = set()
    for list_url in (url.format(lang=lang) for url in LIST_PAGES):
        response = client.get(list_url)
        _assert_no_secret(response, list_url)
        # Follow every facet link, then every facet link of those pages (two facets chosen).
        for url in sorted(_facet_links(response, list_url)):
            if url in seen:
                continue
            seen.add(url)
            filtered = client.get(url)
            _assert_no_secret(filtered, url)
            for deeper in sorted(_facet_links(filtered, url) - seen)[:12]:
                seen.add(deeper)
                _assert_no_secret(client.get(deeper), deeper)
    assert len(seen) > 20, "the lists offered almost no facets to follow"


def test_files_of_hidden_records_are_not_found_and_public_ones_are_served(client, world):
    public, hidden = world
    hidden_files = [url for record in hidden for url in record_file_urls(record)]
    public_files = [url for record in public for url in record_file_urls(record)]
    assert len(hidden_files) >= 5 * 2 and public_files, "the world holds files to check"
    for url in hidden_files:
        assert fetch(client, url).status_code == 404, url
    for url in public_files:
        assert fetch(client, url).status_code == 200, url


@pytest.mark.parametrize("lang", ("en", "kk", "ru", "fr"))
def test_hidden_record_pages_are_not_found(client, world, lang):
    _public, hidden = world
    for record in hidden:
        for url in record_urls(record, lang):
            assert client.get(url).status_code == 404, url


def test_facet_counts_ignore_hidden_records(client, world):
    response = client.get("/en/events/")
    counts = {(facet.param, value.value): value.count for facet in response.context["facets"] for value in facet.values}
    # Open Event is the only public event in the program, with the person, with the organization.
    assert counts[("program", "open-program")] == 1
    assert counts[("person", "open-person")] == 1
    assert counts[("organization", "open-org")] == 1
    assert not [key for key in counts if "secret" in key[1]]
    assert response.context["paginator"].count == 1 + 2 * 5  # Open Event, plus two per hidden state


def test_filtering_by_a_hidden_record_finds_nothing(client, world):
    _public, hidden = world
    parameters = {"program": "program", "person": "person", "organization": "organization"}
    for record in hidden:
        model_name = record._meta.model_name
        if model_name == "place" and record.kind == Place.Kind.COUNTRY:
            parameter = "country"
        elif model_name in parameters:
            parameter = parameters[model_name]
        else:
            continue
        url = f"/en/events/?{parameter}={record.slug}"
        assert client.get(url).context["paginator"].count == 0, url


def test_related_lists_on_public_pages_omit_hidden_records(client, world):
    public, _hidden = world
    event = next(r for r in public if r._meta.model_name == "event" and r.title == "Open Event")
    context = client.get(record_urls(event)[0]).context
    assert [p.person.name for p in context["participations"]] == ["Open Person"]
    assert [r.organization.name for r in context["organization_roles"]] == ["Open Org"]
    assert [d.title for d in context["documents"]] == ["Open Document"]
    assert [p.title for p in context["photos"]] == ["Open Photo"]
    assert [p.title for p in context["record"].programs.all()] == ["Open Program"]


def test_home_counts_only_public_records(client, world):
    public, _hidden = world
    sections = {s["segment"]: s["count"] for s in client.get("/en/").context["sections"]}
    assert sections["events"] == sum(1 for r in public if r._meta.model_name == "event")
    assert sections["people"] == sum(1 for r in public if r._meta.model_name == "person")
