"""The library's filter form; it also turns the search text into plain words."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import Kind, Level
from .search import MAX_CHARACTERS, SearchText, parse_search_text


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


class SearchTextField(forms.CharField):
    """Free text that is never refused: control characters (NUL included) become spaces."""

    def to_python(self, value):
        value = super().to_python(value)
        return "".join(
            " " if unicodedata.category(char) in ("Cc", "Cf") else char for char in value
        ).strip()


class LibraryFilterForm(forms.Form):
    q = SearchTextField(label=_("Search"), required=False)
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
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[("", _("By type, then title")), ("newest", _("Newest first"))],
    )

    def __init__(self, *args, theme_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("All themes"))] + list(theme_choices)
        self.fields["q"].widget.attrs["maxlength"] = MAX_CHARACTERS

    @property
    def search_text(self) -> SearchText:
        """The words searched for; read after validation (an invalid filter keeps the search)."""
        return parse_search_text(getattr(self, "cleaned_data", {}).get("q", ""))
