"""The self-description form: one optional choice, kept private."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Gender


class SelfDescriptionForm(forms.Form):
    gender = forms.ChoiceField(
        label=_("How do you describe yourself?"),
        choices=[("", _("I'd rather not answer (nothing is kept)")), *Gender.choices],
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the options, or none.")},
    )
