"""Presentation API 3 manifests of published photos and events, valid by the IIIF schema."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Status
from tests.factories import hidden_states, make_event, make_photo
from tests.iiif.conftest import assert_valid_manifest, get

pytestmark = pytest.mark.django_db

PRESENTATION = 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"'


def _manifest(client, url):
    response = get(client, url)
    assert response.status_code == 200, response.body
    assert response["Content-Type"] == PRESENTATION
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def test_photo_manifest_is_valid_and_paints_the_photo_through_its_image_service(client, photo_with_image):
    photo = photo_with_image(
        title="Dancers", credit="Astana Opera", rights="https://creativecommons.org/licenses/by/4.0/", date="2024-05-02"
    )

    manifest = _manifest(client, f"/iiif/photo/{photo.slug}/manifest.json")

    assert_valid_manifest(manifest)
    assert manifest["id"] == f"http://testserver/iiif/photo/{photo.slug}/manifest.json"
    assert manifest["rights"] == "http://creativecommons.org/licenses/by/4.0/"
    assert manifest["requiredStatement"]["value"] == {"none": ["Astana Opera"]}
    assert set(manifest["requiredStatement"]["label"]) == {"en", "kk", "ru", "fr"}
    assert manifest["metadata"][0]["value"]["en"] == [photo.date_display]
    [canvas] = manifest["items"]
    assert (canvas["width"], canvas["height"]) == (2000, 1200)
    body = canvas["items"][0]["items"][0]["body"]
    assert body["id"] == f"http://testserver/iiif/image/{photo.pk}/full/max/0/default.jpg"
    assert (body["width"], body["height"]) == (1600, 960)
    assert body["service"] == [
        {"id": f"http://testserver/iiif/image/{photo.pk}", "type": "ImageService3", "profile": "level0"}
    ]
    assert canvas["items"][0]["items"][0]["target"] == canvas["id"]
    assert manifest["thumbnail"][0]["id"] == "http://testserver" + photo.rendition_url("thumb")


def test_manifest_labels_are_language_maps_of_the_languages_written(client, photo_with_image):
    photo = photo_with_image(title="Dancers", title_kk="Бишілер", title_ru="Танцоры", caption_fr="Les danseurs")

    manifest = _manifest(client, f"/iiif/photo/{photo.slug}/manifest.json")

    assert manifest["label"] == {"en": ["Dancers"], "kk": ["Бишілер"], "ru": ["Танцоры"]}
    assert manifest["summary"] == {"fr": ["Les danseurs"]}
    homepages = {page["language"][0]: page["id"] for page in manifest["homepage"]}
    assert homepages == {lang: f"http://testserver/{lang}/photos/{photo.slug}/" for lang in ("en", "kk", "ru", "fr")}


def test_manifest_ids_follow_the_site_url_not_the_host_header(client, photo_with_image, settings):
    settings.SITE_URL = "https://madeni.example/"
    settings.ALLOWED_HOSTS = ["testserver", "evil.example"]
    photo = photo_with_image()

    manifest = _manifest(client, f"/iiif/photo/{photo.slug}/manifest.json?x=1")
    forged = get(client, f"/iiif/photo/{photo.slug}/manifest.json", host="evil.example").json()

    assert manifest["id"] == f"https://madeni.example/iiif/photo/{photo.slug}/manifest.json"
    assert forged == manifest


def test_event_manifest_has_its_published_photos_as_canvases_and_never_a_hidden_one(client, photo_with_image):
    event = make_event(title="Gala in Paris", title_fr="Gala à Paris")
    first = photo_with_image(title="Arrival", events=[event], date="2024-05-01")
    second = photo_with_image(title="Curtain call", events=[event], date="2024-05-02")
    for name, state in hidden_states().items():
        photo_with_image(title=f"Hidden {name}", events=[event], **state)

    manifest = _manifest(client, f"/iiif/event/{event.slug}/manifest.json")

    assert_valid_manifest(manifest)
    assert manifest["label"] == {"en": ["Gala in Paris"], "fr": ["Gala à Paris"]}
    assert [canvas["label"]["en"] for canvas in manifest["items"]] == [["Arrival"], ["Curtain call"]]
    services = [canvas["items"][0]["items"][0]["body"]["service"][0]["id"] for canvas in manifest["items"]]
    assert services == [f"http://testserver/iiif/image/{photo.pk}" for photo in (first, second)]
    assert manifest["homepage"][0]["id"] == f"http://testserver/en/events/{event.slug}/"


@pytest.mark.parametrize("state", list(hidden_states()))
def test_hidden_photo_has_no_manifest(client, photo_with_image, state):
    photo = photo_with_image(**hidden_states()[state])

    response = get(client, f"/iiif/photo/{photo.slug}/manifest.json")

    assert response.status_code == 404
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("state", list(hidden_states()))
def test_hidden_event_has_no_manifest_even_with_published_photos(client, photo_with_image, state):
    event = make_event(**hidden_states()[state])
    photo_with_image(events=[event])

    assert get(client, f"/iiif/event/{event.slug}/manifest.json").status_code == 404


def test_event_without_published_photos_has_no_manifest(client, photo_with_image):
    event = make_event()
    photo_with_image(events=[event], status=Status.DRAFT)
    make_photo(events=[event], image=None, status=Status.PUBLISHED)

    assert get(client, f"/iiif/event/{event.slug}/manifest.json").status_code == 404
    assert get(client, "/iiif/event/no-such-event/manifest.json").status_code == 404


def test_photo_without_renditions_has_no_manifest(client, db):
    photo = make_photo(image=None)

    assert get(client, f"/iiif/photo/{photo.slug}/manifest.json").status_code == 404


def test_manifest_answers_304_to_its_etag_until_the_photo_changes(client, photo_with_image):
    photo = photo_with_image(title="Dancers")
    url = f"/iiif/photo/{photo.slug}/manifest.json"
    etag = get(client, url)["ETag"]

    again = get(client, url, if_none_match=etag)
    photo.title_en = "Dancers at the Palais Garnier"
    photo.save()
    changed = get(client, url, if_none_match=etag)

    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_event_manifest_runs_as_many_queries_for_five_photos_as_for_two(client, photo_with_image):
    event = make_event()
    url = f"/iiif/event/{event.slug}/manifest.json"
    for _number in range(2):
        photo_with_image(events=[event])
    with CaptureQueriesContext(connection) as few:
        get(client, url)
    few_queries = len(few)  # the next request empties the query log
    for _number in range(3):
        photo_with_image(events=[event])
    with CaptureQueriesContext(connection) as more:
        response = get(client, url)

    assert len(response.json()["items"]) == 5
    assert len(more) == few_queries


def test_manifests_refuse_writes(client, photo_with_image):
    photo = photo_with_image()

    response = client.post(f"/iiif/photo/{photo.slug}/manifest.json")

    assert response.status_code == 405


def test_photo_summary_is_its_caption_else_its_summary(client, photo_with_image):
    captioned = photo_with_image(caption="Curtain call", summary="The end of the gala")
    summarised = photo_with_image(summary="The end of the gala", summary_kk="Гала соңы")

    assert _manifest(client, f"/iiif/photo/{captioned.slug}/manifest.json")["summary"] == {"en": ["Curtain call"]}
    assert _manifest(client, f"/iiif/photo/{summarised.slug}/manifest.json")["summary"] == {
        "en": ["The end of the gala"],
        "kk": ["Гала соңы"],
    }


def test_rights_outside_the_vocabularies_iiif_accepts_are_left_out(client, photo_with_image):
    photo = photo_with_image(rights="https://example.org/our-own-terms")

    manifest = _manifest(client, f"/iiif/photo/{photo.slug}/manifest.json")

    assert_valid_manifest(manifest)
    assert "rights" not in manifest
    assert "rights" not in manifest["items"][0]
