"""Filters of council pages: the plan's stored events as sentences in the reader's language."""

from __future__ import annotations

from django import template
from wagtail import hooks

from .. import events, rules
from ..selectors.notices import unread_count

register = template.Library()


@register.filter
def version_sentence(version) -> str:
    """``{{ version|version_sentence }}``: what made this version, e.g. "Section “Water” added"."""
    return events.describe_version(version)


@register.filter
def origin_sentence(plan) -> str:
    """``{{ plan|origin_sentence }}``: where a copied plan came from, or ""."""
    return events.describe_origin(plan.copied_from_data)


@register.simple_tag(takes_context=True)
def unread_notice_count(context) -> int:
    """``{% unread_notice_count as n %}``: the number beside "Notices" in the header."""
    request = context.get("request")
    return unread_count(user=getattr(request, "user", None))


@register.simple_tag
def erase_due(council):
    """``{% erase_due council as due %}``: when a requested erasure becomes final."""
    return rules.erase_due_at(council)


# Newer apps add links to a council's page here (``hooks.register(COUNCIL_LINKS_HOOK, fn)``,
# ``fn(request, council, membership) -> [(label, url), ...]``): councils never imports them.
COUNCIL_LINKS_HOOK = "trayecto_council_links"


@register.simple_tag(takes_context=True)
def council_links(context, council, membership) -> list[tuple[str, str]]:
    """``{% council_links council membership as links %}``: what newer apps offer on this council."""
    request = context.get("request")
    links: list[tuple[str, str]] = []
    for hook in hooks.get_hooks(COUNCIL_LINKS_HOOK):
        links.extend(hook(request, council, membership) or [])
    return links
