"""Short labels for the admin (choosers, listings), where the site's template filters don't reach."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _


def duration_label(minutes: int | None) -> str:
    """A material's length as a facilitator plans it: "45 min", "1,5 h" (tenths, half up)."""
    minutes = int(minutes or 0)
    if minutes < 60:
        return _("%(minutes)s min") % {"minutes": minutes}
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    decimals = 0 if hours == hours.to_integral_value() else 1
    return _("%(hours)s h") % {"hours": number_format(hours, decimal_pos=decimals)}


def material_label(material, title: str | None = None) -> str:
    """Title, kind and length, so a chooser or a listing tells a reading from a workshop."""
    title = title or material.title
    if not material.kind:  # not saved yet: nothing to add
        return title
    kind = material.get_kind_display()
    return f"{title} · {kind} · {duration_label(material.duration_minutes)}"
