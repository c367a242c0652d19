"""Write demo data so that running the loader again changes nothing.

Every record is keyed by its slug. A record that is missing is created; one that
exists is left exactly as it is (an editor may have changed it while trying the
demo) unless the loader runs with ``refresh``, which brings it back to the demo
data. Either way a row is saved only when one of its values differs, so a rerun
leaves every ``modified`` stamp and ``version`` alone.

Records are not ``full_clean()``-ed here (EDTF parsing is slow and the data is
ours); tests/demo/test_content.py validates every demo record instead.
"""

from collections import Counter

from django.conf import settings
from django.db import models

LANGUAGE_CODES = tuple(settings.MODELTRANSLATION_LANGUAGES)


def tr(field, value):
    """``tr("title", ("Meeting", "Кездесу", "Встреча"))`` gives ``title_en``, ``title_kk``, ``title_ru``, ``title_fr``.

    A plain string is English only; missing languages are left empty so that the
    reader's fallback language shows.
    """
    texts = (value,) if isinstance(value, str) else tuple(value)
    texts = texts + (None,) * (len(LANGUAGE_CODES) - len(texts))
    values = {f"{field}_{code}": (text or None) for code, text in zip(LANGUAGE_CODES, texts, strict=True)}
    # The default language also fills the untranslated column, which is NOT NULL.
    values[f"{field}_{LANGUAGE_CODES[0]}"] = texts[0] or ""
    return values


def _normalise(values):
    """Foreign keys given as instances become ``<name>_id`` so they compare without a query."""
    normal = {}
    for name, value in values.items():
        if isinstance(value, models.Model):
            normal[f"{name}_id"] = value.pk
        else:
            normal[name] = value
    return normal


def _differs(obj, values):
    return {name: value for name, value in values.items() if getattr(obj, name) != value}


class Loader:
    """Creates what is missing and, with ``refresh``, resets what differs."""

    def __init__(self, *, refresh=False):
        self.refresh = refresh
        self.created = Counter()
        self.updated = Counter()
        self._cache = {}

    # --- records ------------------------------------------------------------

    def record(self, model, slug, values, *, m2m=None):
        """Return ``(obj, touched)``; ``touched`` says whether its relations should be synced too."""
        values = _normalise(values)
        obj = model._base_manager.filter(slug=slug).first()
        if obj is None:
            obj = model(slug=slug, **values)
            obj.save()
            self.created[str(model._meta.verbose_name_plural)] += 1
            touched = True
        elif self.refresh:
            changed = _differs(obj, values)
            if changed:
                for name, value in changed.items():
                    setattr(obj, name, value)
                obj.save()
                self.updated[str(model._meta.verbose_name_plural)] += 1
            touched = True
        else:
            touched = False
        if touched:
            for name, targets in (m2m or {}).items():
                self.set_m2m(obj, name, targets)
        self._cache[model, slug] = obj
        return obj, touched

    def get(self, model, slug):
        """A record loaded earlier in this run (or already in the database)."""
        if (model, slug) not in self._cache:
            self._cache[model, slug] = model._base_manager.get(slug=slug)
        return self._cache[model, slug]

    def many(self, model, slugs):
        return [self.get(model, slug) for slug in slugs]

    def set_m2m(self, obj, name, targets):
        manager = getattr(obj, name)
        wanted = {target.pk for target in targets}
        if set(manager.values_list("pk", flat=True)) != wanted:
            manager.set(targets)

    # --- rows without a slug (participations, positions…) --------------------

    def rows(self, queryset, key, wanted):
        """Make ``queryset`` hold exactly the rows in ``wanted``: ``{key value: field values}``.

        ``key`` is a function of an existing row that gives its key in ``wanted``.
        """
        existing = {key(row): row for row in queryset}
        model = queryset.model
        for row_key, values in wanted.items():
            values = _normalise(values)
            row = existing.pop(row_key, None)
            if row is None:
                row = model(**values)
                row.save()
                self.created[str(model._meta.verbose_name_plural)] += 1
                continue
            changed = _differs(row, values)
            if changed:
                for name, value in changed.items():
                    setattr(row, name, value)
                row.save()
                self.updated[str(model._meta.verbose_name_plural)] += 1
        for row in existing.values():
            row.delete()

    def summary(self):
        created = ", ".join(f"{count} {name}" for name, count in sorted(self.created.items())) or "nothing"
        line = f"Demo archive: created {created}."
        if self.refresh:
            updated = ", ".join(f"{count} {name}" for name, count in sorted(self.updated.items())) or "nothing"
            line += f" Refreshed {updated}."
        return line
