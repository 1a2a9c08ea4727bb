"""A hook point for newer apps on a library material's page, without the library importing them.

``{% material_extras page %}`` renders, one after the other, the HTML returned by each
function registered with ``@hooks.register("trayecto_material_extras")``; each gets the
request and the page, and returns "" when it has nothing to show to this visitor.
"""

from __future__ import annotations

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks

register = template.Library()

HOOK = "trayecto_material_extras"


@register.simple_tag(takes_context=True)
def material_extras(context, page) -> str:
    request = context.get("request")
    if request is None:
        return ""
    parts = [conditional_escape(fn(request, page) or "") for fn in hooks.get_hooks(HOOK)]
    return mark_safe("".join(parts))  # each part is already escaped or marked safe
