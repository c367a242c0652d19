"""The search page: /<lang>/search/?q=…&type=…&sort=…&page=…"""

from dataclasses import dataclass

from django import forms
from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from archive.links import record_url
from archive.models.search import kinds

from . import query
from .highlight import Terms, highlight, record_texts, snippet
from .spelling import corrected


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the archive"), required=False)
    type = forms.ChoiceField(label=_("Type"), choices=lambda: [("", _("All types")), *kinds()], required=False)
    year_from = forms.IntegerField(label=_("From year"), min_value=1, max_value=9999, required=False)
    year_to = forms.IntegerField(label=_("To year"), min_value=1, max_value=9999, required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("relevance", _("Relevance")), ("newest", _("Newest first")), ("oldest", _("Oldest first"))],
        required=False,
    )

    def value(self, name, default=""):
        """The cleaned value of a field, or ``default`` when it was missing or invalid (never an error page)."""
        return getattr(self, "cleaned_data", {}).get(name) or default


class CountedPaginator(Paginator):
    """A paginator told the count up front (search already counted the matches for its facets)."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


@dataclass
class Hit:
    kind: str
    kind_label: str
    record: object
    url: str
    title: str
    snippet: str
    thumbnail: object = None


@dataclass
class Facet:
    kind: str
    label: str
    count: int
    selected: bool
    more: bool = False  # the count is a lower bound


class SearchView(TemplateView):
    template_name = "archive/search.html"
    paginate_by = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET or None)
        form.is_valid()
        text, kind, sort = form.value("q")[: query.MAX_QUERY_CHARS], form.value("type"), form.value("sort", "relevance")
        years = (form.value("year_from", None), form.value("year_to", None))
        results = query.search(text, kind=kind or None, sort=sort, years=years, language=get_language(), suggest=True)
        rows = results.entries.values_list("kind", "object_id")
        paginator = CountedPaginator(rows, self.paginate_by, count=results.count)
        page = paginator.get_page(self.request.GET.get("page"))
        context.update(
            form=form,
            query=text,
            searched=bool(results.query),
            selected_type=kind,
            year_from=years[0],
            year_to=years[1],
            sort=sort,
            facets=self.facets(results.facets, kind, estimated=results.estimated),
            total_count=min(sum(results.facets.values()), query.CAP),
            total_more=sum(results.facets.values()) > query.CAP or results.estimated,
            count=results.count,
            more=(results.facets.get(kind, 0) if kind else sum(results.facets.values())) > query.CAP
            or results.estimated,
            complete=results.complete,
            suggestion=corrected(text, results.suggestions) if results.suggestions else "",
            page_obj=page,
            hits=self.hits(page.object_list, results.query.words),
        )
        return context

    def facets(self, counts, selected, *, estimated=False):
        return [
            Facet(
                kind,
                label,
                min(counts.get(kind, 0), query.CAP),
                kind == selected,
                counts.get(kind, 0) > query.CAP or estimated,
            )
            for kind, label in kinds()
            if counts.get(kind) or kind == selected
        ]

    def hits(self, rows, words):
        terms = Terms(words)
        return [
            Hit(
                kind=kind,
                kind_label=record._meta.verbose_name,
                record=record,
                url=record_url(record),
                title=highlight(str(record), terms),
                snippet=snippet(record_texts(record), terms),
                thumbnail=query.thumbnail(record),
            )
            for kind, record in query.load_records(list(rows))
        ]
