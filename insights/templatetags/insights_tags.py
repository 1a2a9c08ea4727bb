"""How a dashboard cell reads: a number in the reader's language, or why it is not shown."""

from __future__ import annotations

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from insights import rules

register = template.Library()


def cell_text(cell: rules.Cell) -> str:
    """The words of a cell, as the page, the chart titles and the CSV show them."""
    if cell.state == rules.FEW:
        return _("fewer than 5")
    if cell.state == rules.HIDDEN:
        return _("hidden")
    if cell.state == rules.NOT_COUNTED:
        return _("not counted")
    number = number_format(cell.value, decimal_pos=1 if cell.unit == "h" else None)
    if cell.unit == "%":
        return _("%(number)s %%") % {"number": number}
    if cell.unit == "pp":
        return _("%(number)s points") % {"number": number}
    if cell.unit == "h":
        return _("%(number)s h") % {"number": number}
    return number


@register.simple_tag
def cell(value: rules.Cell):
    if value.shown:
        return cell_text(value)
    return format_html(
        '<span class="suppressed suppressed--{}">{}</span>', value.state, cell_text(value)
    )


@register.filter
def as_text(value: rules.Cell) -> str:
    return cell_text(value)
