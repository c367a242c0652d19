from . import records  # noqa: F401  (registers the admin pages)
