"""Forms of encuentros and of the coordinators' space: they parse and bound what people type.

Rules come from ``network.rules_gatherings`` (and ``councils.rules`` for plans); ids
are model choices scoped by the view, so a made-up id is a form error, never a 500.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from councils.forms import IdChoiceField, PlanForm, add_errors

from . import rules_gatherings as rules
from .models.gatherings import MAX_CHILDREN, MAX_PEOPLE

YEARS_AHEAD = 5


def _date_widget():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _time_widget():
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class GatheringForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    date = forms.DateField(label=_("Day it starts"), widget=_date_widget())
    start_time = forms.TimeField(label=_("Starts at"), widget=_time_widget(), initial=dt.time(9))
    end_date = forms.DateField(
        label=_("Day it ends"),
        widget=_date_widget(),
        required=False,
        help_text=_("Leave it empty if the encuentro lasts one day."),
    )
    end_time = forms.TimeField(label=_("Ends at"), widget=_time_widget(), initial=dt.time(17))
    place = forms.CharField(label=_("Place"), max_length=200)
    host_council = IdChoiceField(
        label=_("Host council"),
        queryset=None,
        required=False,
        empty_label=_("No host council: the network convenes it"),
    )
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=5000,
        help_text=_("What the encuentro is about, how to get there, what to bring."),
    )
    sequence = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, hosts=None, host_required=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host_council"].queryset = hosts
        if host_required:
            self.fields["host_council"].required = True
            self.fields["host_council"].empty_label = None
            self.fields["host_council"].help_text = _(
                "You convene it as a coordinator of this council."
            )

    def _bounded(self, name):
        day = self.cleaned_data.get(name)
        if day is None:
            return None
        today = timezone.localdate()
        if day < today or day > today + dt.timedelta(days=365 * YEARS_AHEAD):
            raise forms.ValidationError(_("Choose a day between today and five years from now."))
        return day

    def clean_date(self):
        return self._bounded("date")

    def clean_end_date(self):
        return self._bounded("end_date")

    def clean(self):
        data = super().clean()
        day, start, end = data.get("date"), data.get("start_time"), data.get("end_time")
        if day and start and end:
            tz = timezone.get_current_timezone()
            last_day = data.get("end_date") or day
            starts_at = timezone.make_aware(dt.datetime.combine(day, start), tz)
            ends_at = timezone.make_aware(dt.datetime.combine(last_day, end), tz)
            add_errors(
                self,
                rules.gathering_errors(
                    title=data.get("title") or "-",
                    place=data.get("place") or "-",
                    starts_at=starts_at,
                    ends_at=ends_at,
                ),
            )
            if error := rules.convene_time_error(starts_at=starts_at, now=timezone.now()):
                self.add_error("start_time", error)
            data["starts_at"], data["ends_at"] = starts_at, ends_at
        return data

    @staticmethod
    def initial_for(gathering) -> dict:
        starts = timezone.localtime(gathering.starts_at)
        ends = timezone.localtime(gathering.ends_at)
        return {
            "title": gathering.title,
            "date": starts.date(),
            "start_time": starts.time().replace(second=0, microsecond=0),
            "end_date": ends.date() if ends.date() != starts.date() else None,
            "end_time": ends.time().replace(second=0, microsecond=0),
            "place": gathering.place,
            "host_council": gathering.host_council_id,
            "description": gathering.description,
            "sequence": gathering.sequence,
        }


class RegistrationForm(forms.Form):
    people = forms.IntegerField(
        label=_("How many people are coming"),
        help_text=_("Everyone from your council who will travel, facilitators included."),
    )
    children = forms.IntegerField(
        label=_("How many children need childcare"),
        initial=0,
        help_text=_("So the hosts can organise care while the adults take part."),
    )

    def clean(self):
        data = super().clean()
        if "people" in data and "children" in data:
            add_errors(
                self, rules.registration_errors(people=data["people"], children=data["children"])
            )
        elif "people" in data:
            add_errors(self, rules.registration_errors(people=data["people"], children=0))
        return data

    # Bounds the browser shows; the rule above says the same in words.
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].widget.attrs.update(min=1, max=MAX_PEOPLE)
        self.fields["children"].widget.attrs.update(min=0, max=MAX_CHILDREN)


class AgendaForm(forms.Form):
    experience = IdChoiceField(label=_("Shared experience to present"), queryset=None)

    def __init__(self, *args, candidates=None, label_of=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["experience"].queryset = candidates
        if label_of is not None:
            self.fields["experience"].label_from_instance = label_of


class OutcomesForm(forms.Form):
    outcomes = forms.CharField(
        label=_("Outcomes of the encuentro"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=10000,
        help_text=_("What was agreed, what was learned, what comes next."),
    )


class CommitmentsForm(forms.Form):
    commitments = forms.CharField(
        label=_("Your council's new commitments"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text=_(
            "They are shown on the encuentro's page, with your council's name only if it is "
            "listed by name in the network's directory."
        ),
    )


class TemplateForm(PlanForm):
    """A network template's details: like a plan's, without the council's "share" choice."""

    class Meta(PlanForm.Meta):
        fields = ["title", "period_start", "period_end", "local_problems", "goals"]
