from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Kind, Level


class DurationBand:
    """Duration filters in words a facilitator uses when planning a weekend."""

    CHOICES = [
        ("short", _("Up to 1 hour")),
        ("medium", _("1 to 3 hours")),
        ("long", _("3 to 8 hours")),
        ("extended", _("More than 8 hours")),
    ]
    RANGES = {
        "short": (0, 60),
        "medium": (61, 180),
        "long": (181, 480),
        "extended": (481, None),
    }


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types"))] + list(Kind.choices)
    )
    duration = forms.ChoiceField(
        label=_("Duration"),
        required=False,
        choices=[("", _("Any duration"))] + DurationBand.CHOICES,
    )
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels"))] + list(Level.choices)
    )

    def __init__(self, *args, theme_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("All themes"))] + list(theme_choices)
