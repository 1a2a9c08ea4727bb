"""Filters of council pages: the plan's stored events as sentences in the reader's language."""

from __future__ import annotations

from django import template

from .. import events

register = template.Library()


@register.filter
def version_sentence(version) -> str:
    """``{{ version|version_sentence }}``: what made this version, e.g. "Section “Water” added"."""
    return events.describe_version(version)


@register.filter
def origin_sentence(plan) -> str:
    """``{{ plan|origin_sentence }}``: where a copied plan came from, or ""."""
    return events.describe_origin(plan.copied_from_data)
