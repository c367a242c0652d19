"""Translations that keep up: a translation left unchanged while its source text changes is outdated
until someone updates it or confirms it; the list filter and the dashboard helper find it."""

import pytest
from django.urls import reverse

from archive.models import Event, Status
from editorial import translations, workflow
from editorial.models import AuditEntry, TranslationState
from tests.editorial.admin_forms import change_url, edit, editorial_url
from tests.factories import make_event


def draft(author, **fields):
    texts = {"title_en": "Days of Culture", "title_kk": "Мәдениет күндері", "summary_en": "", **fields}
    event = make_event(status=Status.DRAFT, created_by=author, **texts)
    return Event.objects.get(pk=event.pk)


def changelist(client, **params):
    response = client.get(reverse("admin:archive_event_changelist"), params)
    assert response.status_code == 200
    return {row.pk for row in response.context["cl"].result_list}


def test_changing_the_source_marks_the_unchanged_translation_outdated(client, author):
    event = draft(author)
    client.force_login(author)
    assert edit(client, event, title_en="Days of Kazakh Culture").status_code == 302
    assert translations.outdated(event) == {"kk": ["title"]}


def test_saving_source_and_translation_together_keeps_the_translation_current(client, author):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture", title_kk="Қазақ мәдениетінің күндері")
    assert translations.outdated(event) == {}


def test_updating_the_translation_later_clears_the_mark(client, author):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    edit(client, event, title_kk="Қазақ мәдениетінің күндері")
    assert translations.outdated(event) == {}


def test_putting_the_source_back_clears_the_mark(client, author):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    edit(client, event, title_en="Days of Culture")
    assert translations.outdated(event) == {}


def test_spacing_and_line_endings_do_not_make_a_translation_outdated(client, author):
    event = draft(author, body_en="First line.\nSecond line.", body_ru="Первая строка.\nВторая строка.")
    client.force_login(author)
    edit(client, event, body_en="  First line.\r\nSecond line.  ")
    assert translations.outdated(event) == {}


def test_translation_written_before_the_source_is_not_outdated_when_the_source_arrives(client, author):
    event = draft(author, summary_ru="Написано сначала по-русски.")
    client.force_login(author)
    edit(client, event, summary_en="Written in Russian first.")
    assert translations.outdated(event) == {}


def test_every_language_and_field_is_tracked_on_its_own(client, author):
    event = draft(author, summary_en="Summary", summary_fr="Résumé", summary_ru="Сводка")
    client.force_login(author)
    edit(client, event, summary_en="A new summary", summary_fr="Un nouveau résumé", title_en="New title")
    assert translations.outdated(event) == {"kk": ["title"], "ru": ["summary"]}


def test_edit_of_a_live_record_marks_the_pending_translation_and_leaves_the_row(client, author):
    live = make_event(title_en="Days of Culture", summary_en="Old", summary_kk="Ескі", created_by=author)
    client.force_login(author)
    assert edit(client, live, summary_en="New summary").status_code == 302
    row = Event.objects.get(pk=live.pk)
    assert (row.summary_en, row.has_pending_changes) == ("Old", True)
    assert translations.outdated(row) == {"kk": ["summary"]}


def test_change_form_shows_the_outdated_translation_and_marks_its_tab(client, author):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    page = client.get(change_url(event)).content.decode()
    assert 'id="outdated-translations"' in page
    assert 'data-state="outdated" data-columns="title_kk"' in page
    assert 'name="language" value="kk"' in page


def test_confirming_clears_the_mark_keeps_the_version_and_is_audited(client, author):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    version = Event.objects.get(pk=event.pk).version
    response = client.post(editorial_url(event, "confirm_translation"), {"language": "kk"})
    assert response.status_code == 302 and response["Location"] == change_url(event)
    assert translations.outdated(event) == {}
    assert Event.objects.get(pk=event.pk).version == version
    entry = AuditEntry.objects.for_record(event).get(action="confirm_translation")
    assert entry.actor == author and "title" in entry.comment
    assert 'id="outdated-translations"' not in client.get(change_url(event)).content.decode()


def test_a_confirmed_translation_is_outdated_again_when_the_source_changes_again(client, author):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    workflow.confirm_translation(event, by=author, language="kk")
    edit(client, event, title_en="Days of Kazakh Culture in Paris")
    assert translations.outdated(event) == {"kk": ["title"]}


@pytest.mark.parametrize("language", ["kk", "en", "xx", ""])
def test_confirming_nothing_outdated_or_a_bad_language_changes_nothing(client, author, language):
    event = draft(author)
    client.force_login(author)
    response = client.post(editorial_url(event, "confirm_translation"), {"language": language})
    assert response.status_code == 302
    assert not AuditEntry.objects.for_record(event).filter(action="confirm_translation").exists()


def test_confirm_needs_a_post_and_the_right_to_edit(client, author, reviewer):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    assert client.get(editorial_url(event, "confirm_translation")).status_code == 405
    client.force_login(reviewer)
    client.post(editorial_url(event, "confirm_translation"), {"language": "kk"})
    assert translations.outdated(event) == {"kk": ["title"]}
    with pytest.raises(workflow.Refused):
        workflow.confirm_translation(event, by=reviewer, language="kk")


def test_list_filter_finds_missing_and_outdated_translations(client, author):
    complete = draft(author, title_ru="Дни культуры", title_fr="Journées de la culture")
    no_french = draft(author, title_ru="Дни культуры")
    outdated = draft(author, title_ru="Дни культуры", title_fr="Journées de la culture")
    kazakh_only = make_event(status=Status.DRAFT, created_by=author, title_en="", title_kk="Тек қазақша")
    client.force_login(author)
    edit(client, outdated, title_en="Days of Kazakh Culture", title_ru="Дни казахской культуры")
    assert changelist(client, needs_translation="fr") >= {no_french.pk, outdated.pk}
    assert not changelist(client, needs_translation="fr") & {complete.pk, kazakh_only.pk}
    assert outdated.pk in changelist(client, needs_translation="kk")
    assert outdated.pk not in changelist(client, needs_translation="ru")
    assert changelist(client, needs_translation="en") == {kazakh_only.pk}


def test_list_filter_with_an_unknown_language_lists_nothing(client, author):
    draft(author)
    client.force_login(author)
    assert changelist(client, needs_translation="xx") == set()


def test_needs_translation_is_one_query(author, django_assert_num_queries):
    draft(author)
    queryset = Event.objects.all()
    with django_assert_num_queries(1):
        list(translations.needs_translation(queryset, "kk"))


def test_dashboard_helper_lists_outdated_fields_by_language(client, author):
    first, second = draft(author), draft(author, summary_en="Summary", summary_fr="Résumé")
    client.force_login(author)
    edit(client, first, title_en="Days of Kazakh Culture")
    edit(client, second, summary_en="A new summary")
    kazakh = translations.outdated_translations("kk")
    assert [(s.object_id, s.field) for s in kazakh] == [(first.pk, "title")]
    assert kazakh[0].record == Event.objects.get(pk=first.pk)
    assert {(s.object_id, s.language) for s in translations.outdated_translations()} == {
        (first.pk, "kk"),
        (second.pk, "fr"),
    }
    assert not translations.outdated_translations("kk", model=type(author)).exists()


def test_emptying_a_translation_drops_its_state(client, author):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    edit(client, event, title_kk="")
    assert not TranslationState.objects.for_record(event).exists()
    assert translations.outdated(event) == {}


def test_deleting_a_record_drops_its_translation_states(client, author, admin_user):
    event = draft(author)
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    workflow.delete(event, by=admin_user)
    assert not TranslationState.objects.exists()
    assert not translations.outdated_translations("kk").exists()


def test_the_dashboard_counts_outdated_translations_and_links_to_them(client, author):
    event, other = draft(author), draft(author, title_en="Other days", title_kk="Басқа күндер")
    client.force_login(author)
    edit(client, event, title_en="Days of Kazakh Culture")
    page = client.get(reverse("admin:index")).content.decode()
    assert 'id="desk-translations">' in page
    link = reverse("admin:archive_event_changelist") + "?desk=translations"
    assert link in page
    assert changelist(client, desk="translations") == {event.pk}
    assert other.pk not in changelist(client, desk="translations")
