"""The six OAI-PMH verbs: each fills the response element of its name."""

from django.conf import settings

from archive import record_types
from archive.models import Program

from . import identifiers, records, tokens
from .arguments import OAIError, date_range, format_datestamp
from .formats import FORMATS, describe, prefetches
from .formats.xmlns import OAI, sub

REPOSITORY_NAME = "Madeni: an archive of Kazakhstan's cultural diplomacy"


def _format(args):
    prefix = args["metadataPrefix"]
    if prefix not in FORMATS:
        raise OAIError("cannotDisseminateFormat", f"The metadata format {prefix} is not supported.")
    return FORMATS[prefix]


def _admin_email():
    configured = getattr(settings, "MADENI_OAI_ADMIN_EMAIL", "")
    return configured or f"oai@{identifiers.repository_id()}"


def identify(parent, args, context):
    element = sub(parent, OAI, "Identify")
    sub(element, OAI, "repositoryName", REPOSITORY_NAME)
    sub(element, OAI, "baseURL", context.base_url)
    sub(element, OAI, "protocolVersion", "2.0")
    sub(element, OAI, "adminEmail", _admin_email())
    sub(element, OAI, "earliestDatestamp", format_datestamp(records.earliest(context.now)))
    sub(element, OAI, "deletedRecord", "persistent")
    sub(element, OAI, "granularity", "YYYY-MM-DDThh:mm:ssZ")


def list_metadata_formats(parent, args, context):
    if "identifier" in args:
        _item(args["identifier"], context)  # every record has every format; unknown ones are an error
    element = sub(parent, OAI, "ListMetadataFormats")
    for prefix, module in FORMATS.items():
        metadata_format = sub(element, OAI, "metadataFormat")
        sub(metadata_format, OAI, "metadataPrefix", prefix)
        sub(metadata_format, OAI, "schema", module.SCHEMA)
        sub(metadata_format, OAI, "metadataNamespace", module.NAMESPACE)


def list_sets(parent, args, context):
    if "resumptionToken" in args:
        raise OAIError("badResumptionToken", "The list of sets comes whole; it has no resumption token.")
    element = sub(parent, OAI, "ListSets")
    for record_type in record_types.RECORD_TYPES:
        entry = sub(element, OAI, "set")
        sub(entry, OAI, "setSpec", record_type.oai_set)
        sub(entry, OAI, "setName", str(record_type.model._meta.verbose_name_plural).capitalize())
    for program in Program.objects.published().order_by("slug").only("slug", "title"):
        entry = sub(element, OAI, "set")
        sub(entry, OAI, "setSpec", f"program:{program.slug}")
        sub(entry, OAI, "setName", program.title)


def get_record(parent, args, context):
    module = _format(args)
    item = _item(args["identifier"], context)
    _record(sub(parent, OAI, "GetRecord"), item, module, context)


def list_identifiers(parent, args, context):
    _list(parent, "ListIdentifiers", args, context)


def list_records(parent, args, context):
    _list(parent, "ListRecords", args, context)


def _item(identifier, context):
    found = identifiers.parse(identifier)
    item = records.get(*found, context.now, prefetch=prefetches) if found else None
    if item is None:
        raise OAIError("idDoesNotExist", f"No record has the identifier {identifier}.")
    return item


def _window(args):
    start, end = date_range(args)
    type_name = program = None
    spec = args.get("set")
    if spec is not None:
        kind, _colon, value = spec.partition(":")
        if kind == "type" and record_types.by_name(value) is not None:
            type_name = value
        elif kind == "program":
            program = Program.objects.published().filter(slug=value).first()
            if program is None:
                raise OAIError("noRecordsMatch", f"The set {spec} is empty or does not exist.")
        else:
            raise OAIError("noRecordsMatch", f"The set {spec} is empty or does not exist.")
    return records.Window(start=start, end=end, type_name=type_name, program=program)


def _list(parent, verb, args, context):
    if "resumptionToken" in args:
        resume = tokens.load(args["resumptionToken"], verb)
        args = resume.args
        start, after, cursor, total = resume.stream, resume.after, resume.cursor, resume.total
    else:
        resume, start, after, cursor, total = None, 0, None, 0, None
    module = _format(args)
    window = _window(args)
    if total is None:
        total = records.count(window, context.now)
    size = settings.MADENI_OAI_PAGE_SIZE
    found, more = records.page(window, context.now, start=start, after=after, size=size, prefetch=prefetches)
    if not found:
        if resume is not None:
            raise OAIError("badResumptionToken", "The resumption token points past the end of the list.")
        raise OAIError("noRecordsMatch", "No record matches the request.")
    element = sub(parent, OAI, verb)
    for _index, item in found:
        if verb == "ListRecords":
            _record(element, item, module, context)
        else:
            _header(element, item)
    if more or resume is not None:
        next_cursor = cursor + len(found)
        token = sub(element, OAI, "resumptionToken", cursor=str(cursor), completeListSize=str(max(total, 1)))
        if more:
            index, last = found[-1]
            token.text = tokens.dump(
                tokens.Resume(
                    verb=verb,
                    args=args,
                    stream=index,
                    after=last.pk,
                    cursor=next_cursor,
                    total=max(total, next_cursor + 1),
                )
            )


def _set_specs(item):
    specs = [record_types.of(item.model).oai_set]
    record = item.record
    if record is None:
        return specs
    if isinstance(record, Program):
        specs.append(f"program:{record.slug}")
    elif records.in_program_sets(item.model):
        specs += [f"program:{program.slug}" for program in record.programs.all()]
    return specs


def _header(parent, item):
    header = sub(parent, OAI, "header")
    if item.deleted:
        header.set("status", "deleted")
    sub(header, OAI, "identifier", item.identifier)
    sub(header, OAI, "datestamp", format_datestamp(item.datestamp))
    for spec in _set_specs(item):
        sub(header, OAI, "setSpec", spec)
    return header


def _record(parent, item, module, context):
    record = sub(parent, OAI, "record")
    _header(record, item)
    if not item.deleted:
        metadata = sub(record, OAI, "metadata")
        metadata.append(module.build(describe(item.record, context.links), context.links))


VERBS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
}
