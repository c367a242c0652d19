"""Every HTML page carries a Content-Security-Policy; the public one allows no inline script or style."""

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from archive.links import record_url
from archive.record_types import RECORD_MODELS
from tests.factories import make_user
from tests.media.helpers import fetch
from tests.public_urls import SEARCH_PAGES, pages

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_archive")]

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle=", re.I)
HANDLER_ATTRIBUTE = re.compile(r"<[^>]+\son[a-z]+=", re.I)
STYLE_ELEMENT = re.compile(r"<style[\s>]", re.I)


def _directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def _public_html_pages():
    from archive.models import Photo

    urls = [*pages("en"), *pages("kk"), *(url.format(lang="en") for url in SEARCH_PAGES)]
    for model in RECORD_MODELS:
        record = model.objects.published().order_by("pk").first()
        if record is not None:
            urls.append(record_url(record, "en"))
    urls.append(record_url(Photo.objects.published().order_by("pk").first(), "ru"))
    urls.append("/en/no-such-page/")
    return urls


def _is_html(response):
    return response["Content-Type"].startswith("text/html")


def test_every_public_html_page_has_a_strict_policy(client):
    seen = 0
    for url in _public_html_pages():
        response = client.get(url, follow=True)
        if not _is_html(response):
            continue
        seen += 1
        assert "Content-Security-Policy" in response, url
        directives = _directives(response)
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url
        assert directives["default-src"] == ["'self'"], url
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"], url
        assert directives["frame-ancestors"] == ["'none'"], url
        assert directives["base-uri"] == ["'none'"], url
    assert seen > 30


def test_public_pages_have_no_inline_script_style_or_event_handler(client):
    for url in _public_html_pages():
        response = client.get(url, follow=True)
        if not _is_html(response):
            continue
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), (url, INLINE_SCRIPT.search(html))
        assert not STYLE_ATTRIBUTE.search(html), (url, STYLE_ATTRIBUTE.search(html))
        assert not HANDLER_ATTRIBUTE.search(html), (url, HANDLER_ATTRIBUTE.search(html))
        assert not STYLE_ELEMENT.search(html), url


def test_a_share_link_preview_has_the_public_policy(client):
    from archive.models import Event
    from editorial import workflow
    from editorial.rules import PUBLISHER

    event = Event.objects.published().order_by("pk").first()
    link = workflow.share(event, by=make_user("sharer", groups=[PUBLISHER]), days=1)

    response = client.get(reverse("editorial:share", args=[link.token]))

    assert response.status_code == 200
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert not STYLE_ATTRIBUTE.search(response.content.decode())


def _admin_urls():
    urls = ["/admin/", "/admin/editorial/"]
    for model, _model_admin in sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label):
        info = (model._meta.app_label, model._meta.model_name)
        urls.append(reverse("admin:{}_{}_changelist".format(*info)))
        # An unmanaged model (django-rq's dashboard) has no table: its changelist is its page.
        obj = model._default_manager.order_by("pk").first() if model._meta.managed else None
        if obj is not None:
            urls.append(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
    return urls


def test_every_admin_page_has_a_policy_that_allows_inline_styles_only(client):
    client.force_login(make_user("curator", is_superuser=True))
    for url in _admin_urls():
        response = client.get(url, follow=True)
        assert _is_html(response), url
        directives = _directives(response)
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'", "'unsafe-inline'"], url
        assert directives["object-src"] == ["'none'"], url


def test_the_admin_login_page_has_a_policy(client):
    response = client.get("/admin/login/")

    assert _directives(response)["script-src"] == ["'self'"]


def test_files_keep_their_own_policy_and_pdfs_get_none(client):
    from archive.models import Document, Photo

    photo = Photo.objects.published().exclude(image="").order_by("pk").first()
    response = fetch(client, photo.renditions.first().url())
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"

    document = Document.objects.published().exclude(file="").filter(file__endswith=".pdf").order_by("pk").first()
    if document is not None:
        # A policy on the PDF itself could stop the browser's viewer from showing it.
        assert "Content-Security-Policy" not in fetch(client, document.download_url())


def _settings_probe(**env):
    import json
    import os
    import subprocess
    import sys

    from django.conf import settings

    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "DJANGO_", "MADENI_"))
    }
    environment |= {"DJANGO_SETTINGS_MODULE": "config.settings", "DJANGO_DEBUG": "1"} | env
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=environment, cwd=settings.BASE_DIR, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("env", "img_src"),
    [
        ({}, ["'self'"]),
        ({"MADENI_CSP_IMG_SRC": "https://cdn.example.org"}, ["'self'", "https://cdn.example.org"]),
        (
            {"DJANGO_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_ENDPOINT_URL": "https://s3.example.net"},
            ["'self'", "https://s3.example.net", "https://*.s3.example.net"],
        ),
        ({"DJANGO_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "b"}, ["'self'", "https://*.amazonaws.com"]),
    ],
)
def test_images_may_come_from_where_published_files_are_redirected(env, img_src):
    assert _settings_probe(**env) == img_src
