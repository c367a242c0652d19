from django import template

from iiif import addresses

register = template.Library()


@register.simple_tag(takes_context=True)
def iiif_manifest_url(context, record):
    """The absolute address of a photo's or an event's manifest ('' outside a request)."""
    request = context.get("request")
    return addresses.manifest_url(request, record) if request is not None else ""
