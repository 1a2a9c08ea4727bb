"""What a bad value from a request becomes: the form's own error message, or a 400.

Views never parse request data by hand. A form on the page shows its errors next to
its fields; the values of a button (share, vouch, status) or of a link's query string
have no form on screen, so ``checked`` turns their error into a message on the page
the person returns to, or, where no page of ours could have sent the value, a 400.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import BadRequest, ValidationError


def checked(form: forms.Form, *, request=None) -> dict | None:
    """The form's cleaned values; a bad value is its error message (with ``request``) or a 400.

    With ``request`` the first error goes to the messages and ``None`` comes back, so the
    caller redirects as it would after a refusal; without, ``BadRequest`` answers 400.
    """
    if form.is_valid():
        return form.cleaned_data
    errors = [message for field_errors in form.errors.values() for message in field_errors]
    if request is None:
        raise BadRequest("; ".join(errors))
    messages.error(request, errors[0])
    return None


def refused(form: forms.Form, error: ValidationError) -> None:
    """A service said no: its reasons appear above the form."""
    for message in error.messages:
        form.add_error(None, message)
