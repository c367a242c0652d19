"""Translated fields, registered with django-modeltranslation.

Each field gets a column per language (title_en, title_kk, title_ru, title_fr);
reading ``title`` gives the active language with the fallbacks set in
MODELTRANSLATION_FALLBACK_LANGUAGES.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    Document,
    Event,
    Organization,
    Participation,
    Person,
    Photo,
    Place,
    Position,
    Program,
    Theme,
)

RECORD_TEXT = ("summary", "body")


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name",)


@register(Place)
class PlaceTranslation(TranslationOptions):
    fields = ("name", *RECORD_TEXT)


@register(Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ("name", *RECORD_TEXT)


@register(Person)
class PersonTranslation(TranslationOptions):
    fields = ("name", *RECORD_TEXT)


@register(Position)
class PositionTranslation(TranslationOptions):
    fields = ("title",)


@register(Program)
class ProgramTranslation(TranslationOptions):
    fields = ("title", *RECORD_TEXT)


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", *RECORD_TEXT)


@register(Participation)
class ParticipationTranslation(TranslationOptions):
    fields = ("role",)


@register(Document)
class DocumentTranslation(TranslationOptions):
    fields = ("title", *RECORD_TEXT)


@register(Photo)
class PhotoTranslation(TranslationOptions):
    fields = ("title", "caption", "alt_text", *RECORD_TEXT)
