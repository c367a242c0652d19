"""The arguments of an OAI-PMH request, checked as the specification says (section 3.6)."""

import datetime
import re

from django.utils import timezone


class OAIError(Exception):
    """An OAI-PMH error condition: answered with HTTP 200 and an ``<error code=…>`` element."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code, self.message = code, message


#: verb: (required arguments, optional arguments); ``resumptionToken`` is exclusive where allowed.
VERBS = {
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), set()),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set"}),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set"}),
}
RESUMABLE = {"ListSets", "ListIdentifiers", "ListRecords"}

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SECONDS = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def parse(params):
    """``(verb, {argument: value})`` of a request's parameters (a ``QueryDict``), or ``OAIError``."""
    verbs = params.getlist("verb")
    if len(verbs) != 1:
        raise OAIError("badVerb", "The verb argument is missing or repeated.")
    verb = verbs[0]
    if verb not in VERBS:
        raise OAIError("badVerb", "Not an OAI-PMH verb.")
    args = {}
    for name in params:
        if name == "verb":
            continue
        values = params.getlist(name)
        if len(values) != 1:
            raise OAIError("badArgument", f"The argument {name} is repeated.")
        args[name] = values[0]
    required, optional = VERBS[verb]
    if "resumptionToken" in args and verb in RESUMABLE:
        if len(args) > 1:
            raise OAIError("badArgument", "resumptionToken is an exclusive argument.")
        return verb, args
    illegal = sorted(set(args) - required - optional)
    if illegal:
        raise OAIError("badArgument", f"Illegal argument for {verb}: {', '.join(illegal)}.")
    missing = sorted(required - set(args))
    if missing:
        raise OAIError("badArgument", f"Missing argument for {verb}: {', '.join(missing)}.")
    return verb, args


def parse_datestamp(value, *, end=False):
    """A ``from`` or ``until`` value as ``(aware datetime, granularity)``.

    ``until`` (``end=True``) is made exclusive: the next second, or the next day for a day.
    """
    try:
        if DAY.fullmatch(value):
            moment = datetime.datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=datetime.UTC)
            return (moment + datetime.timedelta(days=1) if end else moment), "day"
        if SECONDS.fullmatch(value):
            moment = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
            return (moment + datetime.timedelta(seconds=1) if end else moment), "seconds"
    except ValueError:
        pass
    raise OAIError("badArgument", f"Not a UTC datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ): {value}")


def date_range(args):
    """``(start, end)`` of ``from``/``until`` (end exclusive), either ``None``."""
    start = end = None
    granularities = set()
    if "from" in args:
        start, granularity = parse_datestamp(args["from"])
        granularities.add(granularity)
    if "until" in args:
        end, granularity = parse_datestamp(args["until"], end=True)
        granularities.add(granularity)
    if len(granularities) > 1:
        raise OAIError("badArgument", "from and until must have the same granularity.")
    if start is not None and end is not None and start >= end:
        raise OAIError("badArgument", "from is later than until.")
    return start, end


def format_datestamp(moment):
    return timezone.localtime(moment, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
