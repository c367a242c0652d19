"""Facet counts and active-filter chips of a list, as plain data for the templates."""

from django.utils.translation import gettext as _

from archive.facets import NARROW_LIMIT, FacetResult
from archive.querystring import replacing, without

#: Up to this many matching records, facets count over their keys fetched once. Beyond it,
#: re-running the filters in each facet query is cheaper on PostgreSQL (the covering
#: indexes of migration 0005 answer them) than sending hundreds of keys with every query.
FEW_RECORDS = 200


def facet_results(filterset, queryset, query, *, total, limit, more="", more_limit=60):
    """One FacetResult per facet of ``filterset``, counted over ``queryset`` (None: the filters were invalid).

    ``total`` is the number of records the filters found; narrow facets wait until it is small.
    """
    if queryset is None or total == 0:
        return []
    if total <= FEW_RECORDS:
        # Fetch the few matching keys once, so that each facet looks them up by primary key
        # instead of evaluating every filter (joins, subqueries) again.
        keys = list(queryset.order_by().values_list("pk", flat=True))
        queryset = queryset.model.objects.published().filter(pk__in=keys)
    results = []
    for facet in filterset.facets:
        if facet.narrow and total > NARROW_LIMIT and not query.get(facet.param):
            continue
        expanded = more == facet.param
        values, has_more = facet.counts(queryset, more_limit if expanded else limit)
        active = query.get(facet.param, "")
        for value in values:
            value.active = value.value == active
            value.url = without(query, facet.param) if value.active else replacing(query, facet.param, value.value)
        if not values:
            continue
        results.append(
            FacetResult(
                param=facet.param,
                label=facet.label,
                values=values,
                has_more=has_more and not expanded,
                more_url=replacing(query, "more", facet.param) + f"#facet-{facet.param}",
                less_url=without(query, "more") + f"#facet-{facet.param}" if expanded else "",
            )
        )
    return results


def active_chips(filterset, facets, query):
    """The filters in force, each with a label and a link that removes it."""
    data = filterset.form.cleaned_data
    facet_labels = {facet.param: facet.label for facet in filterset.facets}
    counted = {result.param: {value.value: value.label for value in result.values} for result in facets}
    by_param = {facet.param: facet for facet in filterset.facets}
    chips = []
    for name, filter_ in filterset.filters.items():
        value = data.get(name)
        if name == "sort" or value in (None, ""):
            continue
        if name == "year_from":
            label, text = _("From year"), str(value)
        elif name == "year_to":
            label, text = _("To year"), str(value)
        elif name in counted and value in counted[name]:
            label, text = facet_labels[name], counted[name][value]
        elif name in by_param:
            label, text = facet_labels[name], by_param[name].label_for(value)
        else:
            label, text = filter_.label or name, value
        chips.append({"param": name, "label": label, "text": text, "remove_url": without(query, name)})
    return chips
