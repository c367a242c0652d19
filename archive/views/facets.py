"""Facet counts and active-filter chips of a list, as plain data for the templates.

A facet may hold several values (``?type=concert&type=exhibition``: either type).
The counts of a facet that has values chosen are taken with every filter but its
own, so each of its values says how many records it stands for among the others'
results, and choosing one more adds about that many (the usual "disjunctive" facets).
"""

import functools

from django.utils.translation import gettext as _

from archive.estimates import FEW, EstimatingPaginator, about, joined_by_key, sampled, table_size, too_many_to_count
from archive.facets import NARROW_LIMIT, FacetResult

#: Up to this many matching records, facets count over their keys fetched once. Beyond it,
#: re-running the filters in each facet query is cheaper on PostgreSQL (the covering
#: indexes of migration 0005 answer them) than sending hundreds of keys with every query.
FEW_RECORDS = FEW

#: Parameters that do not survive a change of filters.
RESET = ("page", "more")


def changed(query, name, values):
    """``?…`` with parameter ``name`` set to ``values`` (removed when empty), the others kept, page reset."""
    params = query.copy()
    for key in (*RESET, name):
        params.pop(key, None)
    if values:
        params.setlist(name, list(values))
    return f"?{params.urlencode()}"


def chosen(filterset, param):
    """The values of ``param`` the valid filters hold, as a list."""
    value = filterset.form.cleaned_data.get(param)
    return list(value) if isinstance(value, list | tuple) else ([value] if value not in (None, "") else [])


def _few(queryset, total, keys=None):
    """The same records, looked up by their keys when they are few (see FEW_RECORDS).

    ``keys``: the records' keys, where the list has read them already.
    """
    if total > FEW_RECORDS:
        return queryset
    # Fetch the few matching keys once, so that each facet looks them up by primary key
    # instead of evaluating every filter (joins, subqueries) again.
    if keys is None:
        keys = list(queryset.order_by().values_list("pk", flat=True))
    return queryset.model.objects.published().filter(pk__in=keys)


def _without(filterset, param):
    """The records the filters find when ``param`` is left out (counts of a facet with values chosen)."""
    data = filterset.data.copy()
    data.pop(param, None)
    other = type(filterset)(data=data, queryset=filterset.queryset, request=filterset.request)
    return other.qs if other.is_valid() else None


def facet_results(
    filterset, queryset, query, *, total, limit, more="", more_limit=60, estimated=False, size=None, keys=None
):
    """One FacetResult per facet of ``filterset``, counted over ``queryset`` (None: the filters were invalid).

    ``total`` is the number of records the filters found; narrow facets wait until it is small.
    With ``estimated`` (too many to count exactly, see ``archive.estimates``) each facet is
    counted over a sample of the table, and its values say "about". ``size``: the table's
    ``table_size``, if the list has read it (else it is read once, if a facet needs it).
    ``keys``: the matching records' keys, if the list has read them (``EstimatingPaginator.keys``).
    """
    if queryset is None or total == 0:
        return []
    sizes = functools.cache(lambda: table_size(queryset) if size is None else size)
    counted, scale = sampled(queryset, size=sizes()) if estimated else (_few(queryset, total, keys), 1)
    # Every set a facet counts is bounded (see ``joined_by_key``).
    with joined_by_key(queryset.db):
        return _facet_results(filterset, query, counted, scale, total, limit, more, more_limit, estimated, sizes)


def _facet_results(filterset, query, counted, scale, total, limit, more, more_limit, estimated, sizes):
    results = []
    for facet in filterset.facets:
        active = chosen(filterset, facet.param)
        if facet.narrow and total > NARROW_LIMIT and not active:
            continue
        expanded = more == facet.param
        over, over_scale = counted, scale
        if active:
            over = _without(filterset, facet.param)
            if over is None:
                continue
            if estimated or too_many_to_count(over, EstimatingPaginator.exact_up_to):
                over, over_scale = sampled(over, size=sizes())
        values, has_more = facet.counts(over, more_limit if expanded else limit)
        for value in values:
            if over_scale != 1:
                value.count, value.estimated = about(value.count * over_scale), True
            value.active = value.value in active
            others = [item for item in active if item != value.value]
            value.url = changed(query, facet.param, others if value.active else [*active, value.value])
        if not values:
            continue
        results.append(
            FacetResult(
                param=facet.param,
                label=facet.label,
                values=values,
                has_more=has_more and not expanded,
                more_url=changed(query, "more", [facet.param]) + f"#facet-{facet.param}",
                less_url=changed(query, "more", []) + f"#facet-{facet.param}" if expanded else "",
            )
        )
    return results


def active_chips(filterset, facets, query):
    """The filters in force, one chip per value, each with a label and a link that removes it."""
    counted = {result.param: {value.value: value.label for value in result.values} for result in facets}
    by_param = {facet.param: facet for facet in filterset.facets}
    chips = []
    for name, filter_ in filterset.filters.items():
        if name == "sort":
            continue
        values = chosen(filterset, name)
        for value in values:
            if name == "year_from":
                label, text = _("From year"), str(value)
            elif name == "year_to":
                label, text = _("To year"), str(value)
            elif name in by_param:
                label = by_param[name].label
                text = counted.get(name, {}).get(value) or by_param[name].label_for(value)
            else:
                label, text = filter_.label or name, value
            others = [item for item in values if item != value]
            chips.append({"param": name, "label": label, "text": text, "remove_url": changed(query, name, others)})
    return chips
