"""The read-only JSON API at ``/api/v1/``: every public record type, as lists and details.

Django REST framework with drf-spectacular, rather than django-ninja: DRF's
``DjangoFilterBackend`` takes the public pages' own FilterSets (``archive.filters``)
unchanged, so the API's filters are the facets' filters; it ships cursor pagination,
throttling and content negotiation; drf-spectacular documents the FilterSets in the
OpenAPI schema and serves Swagger UI from a package (drf-spectacular-sidecar), so
nothing is downloaded at run time.

- Every queryset starts from ``published()``, and every related record goes through a
  ``Prefetch`` on a ``published()`` queryset (``api.prefetches``): a draft never appears,
  as a record or as a link.
- Translated fields come in every language at once (``{"en": …, "kk": …, "ru": …,
  "fr": …}``, null where no translation was written): one response, cacheable whatever
  the reader's language.
- Lists are in a stable order (by id: a record added later comes last) and paginated
  with an opaque cursor, so a client walking the pages never sees a record twice.
- Responses carry an ETag and answer ``If-None-Match`` with 304; any origin may read
  them (CORS, GET only); anonymous use is throttled (``MADENI_API_ANON_RATE``).
"""
