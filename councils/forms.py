from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Council, FormationPlan, Outcome


class CouncilForm(forms.ModelForm):
    class Meta:
        model = Council
        fields = [
            "name",
            "state",
            "municipality",
            "territory_kind",
            "main_production",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}


class InvitationForm(forms.Form):
    valid_days = forms.IntegerField(
        label=_("Valid for (days)"), min_value=1, max_value=90, initial=14
    )
    max_uses = forms.IntegerField(
        label=_("How many people may use it"),
        min_value=1,
        max_value=500,
        required=False,
        help_text=_("Leave empty for no limit."),
    )


class JoinForm(forms.Form):
    code = forms.CharField(label=_("Invitation code"), max_length=30)


class RolesForm(forms.Form):
    is_participant = forms.BooleanField(label=_("Participant"), required=False)
    is_facilitator = forms.BooleanField(label=_("Facilitator"), required=False)
    is_coordinator = forms.BooleanField(label=_("Coordinator"), required=False)


class PlanForm(forms.ModelForm):
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = FormationPlan
        fields = ["title", "period_start", "period_end", "local_problems", "goals", "shared"]
        widgets = {
            "local_problems": forms.Textarea(attrs={"rows": 4}),
            "goals": forms.Textarea(attrs={"rows": 4}),
        }

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The period must end in or after the year it starts."))
        return data


class SectionForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    title = forms.CharField(label=_("Section title"), max_length=200)
    rationale = forms.CharField(
        label=_("Why this section"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=5000,
    )


class ItemForm(forms.Form):
    """Add one item: a library material, a study path, or a local activity of the council."""

    SOURCE_CHOICES = [
        ("material", _("A material from the library")),
        ("path", _("A whole study path")),
        ("local", _("A local activity of our council")),
    ]
    revision = forms.IntegerField(widget=forms.HiddenInput)
    source = forms.ChoiceField(
        label=_("What to add"), choices=SOURCE_CHOICES, widget=forms.RadioSelect, initial="material"
    )
    material = forms.TypedChoiceField(
        label=_("Material"), required=False, coerce=int, empty_value=None
    )
    study_path = forms.TypedChoiceField(
        label=_("Study path"), required=False, coerce=int, empty_value=None
    )
    title = forms.CharField(label=_("Title of the local activity"), max_length=200, required=False)
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=3000,
    )
    estimated_hours = forms.DecimalField(
        label=_("Estimated hours"), required=False, min_value=0, max_value=2000, decimal_places=1
    )
    target_period = forms.CharField(
        label=_("Target period (optional)"),
        max_length=100,
        required=False,
        help_text=_("For example: first half of 2027."),
    )

    def __init__(self, *args, materials=(), paths=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["material"].choices = [("", "—")] + [
            (m.pk, f"{m.get_kind_display()} · {m.title}") for m in materials
        ]
        self.fields["study_path"].choices = [("", "—")] + [(p.pk, p.title) for p in paths]

    def clean(self):
        data = super().clean()
        source = data.get("source")
        if source == "material" and not data.get("material"):
            self.add_error("material", _("Choose a material from the library."))
        if source == "path" and not data.get("study_path"):
            self.add_error("study_path", _("Choose a study path."))
        if source == "local":
            if not (data.get("title") or "").strip():
                self.add_error("title", _("A local activity needs a title."))
            if not (data.get("description") or "").strip():
                self.add_error("description", _("Describe the local activity in a few words."))
        return data


class AmendmentForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Why should this section change?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class AssemblyForm(forms.Form):
    held_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    place = forms.CharField(label=_("Place"), max_length=200)
    attendance = forms.IntegerField(label=_("How many attended"), min_value=1, max_value=100000)
    minutes = forms.CharField(
        label=_("Minutes (optional)"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=20000,
    )
    sections = forms.ModelMultipleChoiceField(
        label=_("Sections put before the assembly"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, sections=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sections"].queryset = sections
        self.fields["held_on"].initial = timezone.localdate()

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(_("Record an assembly on the day it is held, or after."))
        return held_on


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("The assembly's outcome"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note (objections, or why it was split)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=5000,
    )
    parts = forms.CharField(
        label=_("If split: the smaller parts, one title per line"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=3000,
    )

    def __init__(self, *args, items=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        for item in self.items:
            self.fields[f"item_{item.pk}"] = forms.IntegerField(
                label=item.title, min_value=1, max_value=20, initial=1, required=False
            )

    def item_fields(self):
        return [self[f"item_{item.pk}"] for item in self.items]

    def clean(self):
        data = super().clean()
        if data.get("outcome") == Outcome.NO_CONSENSUS and not (data.get("note") or "").strip():
            self.add_error("note", _("Note the objections, so the next assembly can take them up."))
        if data.get("outcome") == Outcome.SPLIT:
            titles = [t for t in (data.get("parts") or "").splitlines() if t.strip()]
            if len(titles) < 2:
                self.add_error("parts", _("A split needs at least two parts, one title per line."))
        return data

    @property
    def part_titles(self) -> list[str]:
        return [t.strip() for t in (self.cleaned_data.get("parts") or "").splitlines() if t.strip()]

    @property
    def item_parts(self) -> dict[int, int]:
        return {item.pk: self.cleaned_data.get(f"item_{item.pk}") or 1 for item in self.items}


class CorrectionForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Corrected outcome"),
        choices=[
            (Outcome.CONSENSUS, Outcome.CONSENSUS.label),
            (Outcome.NO_CONSENSUS, Outcome.NO_CONSENSUS.label),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Why the record is corrected"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )


def upcoming_weekend_days(count: int = 4) -> list[dt.date]:
    """The next Saturdays and Sundays: most members study at night during the week."""
    day = timezone.localdate() + dt.timedelta(days=1)
    days = []
    while len(days) < count:
        if day.weekday() in (5, 6):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


class SessionForm(forms.Form):
    item = forms.TypedChoiceField(label=_("What the session works on"), coerce=int)
    day = forms.DateField(
        label=_("Day"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Weekends first: most members study at night during the week."),
    )
    start_time = forms.TimeField(
        label=_("Starts at"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        initial=dt.time(9, 0),
    )
    end_time = forms.TimeField(
        label=_("Ends at"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        initial=dt.time(12, 0),
    )
    place = forms.CharField(label=_("Place"), max_length=200)
    facilitators = forms.TypedMultipleChoiceField(
        label=_("Facilitators"), coerce=int, widget=forms.CheckboxSelectMultiple, required=False
    )
    childcare = forms.BooleanField(label=_("Childcare offered"), required=False, initial=True)
    capacity = forms.IntegerField(
        label=_("Capacity (optional)"), min_value=1, max_value=10000, required=False
    )
    notes = forms.CharField(
        label=_("Notes"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000
    )

    def __init__(self, *args, items=(), members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [(i.pk, f"{i.section.title} · {i.title}") for i in items]
        self.fields["facilitators"].choices = [(m.user_id, m.user.public_name) for m in members]
        weekend = upcoming_weekend_days()
        self.weekend_days = weekend
        if not self.is_bound:
            self.fields["day"].initial = weekend[0]

    def clean(self):
        data = super().clean()
        day, start, end = data.get("day"), data.get("start_time"), data.get("end_time")
        if day and start and end:
            tz = timezone.get_current_timezone()
            starts_at = timezone.make_aware(dt.datetime.combine(day, start), tz)
            ends_at = timezone.make_aware(dt.datetime.combine(day, end), tz)
            if starts_at <= timezone.now():
                self.add_error("day", _("A new session can't start in the past."))
            if ends_at <= starts_at:
                self.add_error("end_time", _("A session ends after it starts."))
            data["starts_at"], data["ends_at"] = starts_at, ends_at
        return data
