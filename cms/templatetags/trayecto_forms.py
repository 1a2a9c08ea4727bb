"""Form helpers for templates: where a form's errors are shown."""

from __future__ import annotations

from dataclasses import dataclass, field

from django import template

register = template.Library()


@dataclass
class ErrorSummary:
    """What the summary above a form says.

    ``messages`` are errors with no visible field to stand next to (the form's
    own and those of hidden fields), so the summary must show them itself;
    ``below`` is true when some visible field shows its own error further down.
    """

    messages: list[str] = field(default_factory=list)
    below: bool = False


@register.simple_tag
def error_summary(form) -> ErrorSummary:
    """``{% error_summary form as summary %}``: the form's errors, split by where they show."""
    summary = ErrorSummary()
    if form is None or not getattr(form, "errors", None):
        return summary
    summary.messages.extend(str(message) for message in form.non_field_errors())
    for bound_field in form:
        if not bound_field.errors:
            continue
        if bound_field.is_hidden:
            summary.messages.extend(str(message) for message in bound_field.errors)
        else:
            summary.below = True
    return summary
