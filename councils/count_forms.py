"""The aggregate attendance counts of assemblies and sessions, as form fields.

Only counts are asked (women, men, others or unstated), never who is who: no gender is
stored per person. The form bounds each number and asks ``councils.rules`` the rest, so
a mistake (more women who spoke than women who attended) is shown next to its field.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from . import rules

GROUP_LABELS = {
    "women": _("Women"),
    "men": _("Men"),
    "other": _("Others or unstated"),
}
SUBGROUP_LABELS = {"spoke": _("Spoke"), "facilitated": _("Facilitated")}


def count_field(label, maximum: int) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=maximum,
        error_messages={
            "min_value": _("A count can't be negative."),
            "max_value": _("At most %(limit_value)s people."),
            "invalid": _("Write a whole number, or leave it empty."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": maximum}),
    )


class CountsMixin:
    """Adds ``attended_<group>`` and ``<subgroup>_<group>`` fields; call ``clean_counts``."""

    count_subgroup = "spoke"
    count_maximum = rules.MAX_ASSEMBLY_COUNT

    def add_count_fields(self) -> None:
        for kind in ("attended", self.count_subgroup):
            column = _("Attended") if kind == "attended" else SUBGROUP_LABELS[kind]
            for group in rules.COUNT_GROUPS:
                self.fields[f"{kind}_{group}"] = count_field(
                    f"{GROUP_LABELS[group]} · {column}", self.count_maximum
                )

    @property
    def count_names(self) -> list[str]:
        return [
            f"{kind}_{group}"
            for kind in ("attended", self.count_subgroup)
            for group in rules.COUNT_GROUPS
        ]

    def counts(self) -> dict[str, int | None]:
        return {name: self.cleaned_data.get(name) for name in self.count_names}

    def clean_counts(self, *, attendance: int | None = None) -> None:
        if any(name in self.errors for name in self.count_names):
            return
        for field, message in rules.attendance_count_errors(
            self.counts(),
            subgroup=self.count_subgroup,
            maximum=self.count_maximum,
            attendance=attendance,
        ):
            self.add_error(field, message)

    def count_rows(self) -> list[tuple]:
        """(group label, attended field, subgroup field) for the template's table."""
        return [
            (GROUP_LABELS[group], self[f"attended_{group}"], self[f"{self.count_subgroup}_{group}"])
            for group in rules.COUNT_GROUPS
        ]

    @property
    def count_subgroup_label(self):
        return SUBGROUP_LABELS[self.count_subgroup]


class SessionCountsForm(CountsMixin, forms.Form):
    """How many women, men and others attended a held session, and facilitated it."""

    count_subgroup = "facilitated"
    count_maximum = rules.MAX_SESSION_COUNT

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_count_fields()

    def clean(self):
        data = super().clean()
        self.clean_counts()
        return data


def session_counts_initial(session) -> dict[str, int | None]:
    return {name: getattr(session, name) for name in SessionCountsForm().count_names}
