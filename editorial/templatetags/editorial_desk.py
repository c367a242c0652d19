"""The editors' dashboard on the admin home (``templates/admin/index.html``)."""

from django import template

from editorial import dashboard

register = template.Library()


@register.inclusion_tag("editorial/includes/dashboard.html", takes_context=True)
def editorial_dashboard(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"sections": dashboard.build(user) if user is not None else []}
