"""Forms of council pages: they parse and bound what a person types, and call ``rules``.

A form never decides a rule of its own: it asks ``councils.rules`` and puts the
answer next to the field it is about. Ids from the page are model choices
scoped by the view to the council, so a foreign or made-up id is a form error.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.forms.utils import ErrorDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import rules
from .count_forms import CountsMixin
from .models import Council, FormationPlan, Outcome


class IdChoiceField(forms.ModelChoiceField):
    """A model choice whose id, however garbled or huge, is just not a choice (never a 500).

    SQLite can't even bind an integer beyond 64 bits, so such an id is refused first.
    """

    LARGEST_ID = 2**63 - 1

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            key = int(str(value))
        except ValueError:
            key = None
        if key is None or not 0 < key <= self.LARGEST_ID:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(key)


def add_errors(form: forms.BaseForm, errors: list[rules.FieldError]) -> None:
    """Put the messages of a rule next to their fields (``None``: the whole form)."""
    for field, message in errors:
        form.add_error(field if field in form.fields else None, message)


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


class CouncilEditForm(CouncilForm):
    """A new council approves joins (the safe default); its coordinators may turn that off here."""

    class Meta(CouncilForm.Meta):
        fields = [
            *CouncilForm.Meta.fields,
            "approve_joins",
            "listed_in_directory",
            "directory_anonymised",
        ]


class InvitationForm(forms.Form):
    valid_days = forms.IntegerField(
        label=_("Valid for (days)"),
        min_value=rules.INVITATION_DAYS[0],
        max_value=rules.INVITATION_DAYS[1],
        initial=14,
    )
    max_uses = forms.IntegerField(
        label=_("How many people may use it"),
        min_value=rules.INVITATION_USES[0],
        max_value=rules.INVITATION_USES[1],
        required=False,
        initial=1,
        help_text=_("One person by default. Leave empty for no limit."),
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
        if start and end and (error := rules.period_error(period_start=start, period_end=end)):
            self.add_error("period_end", error)
        return data


class CopySourceForm(forms.Form):
    """The plan to copy; the view gives every plan and the selectors say whether it may be copied."""

    copy_from = IdChoiceField(queryset=None)

    def __init__(self, *args, plans=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["copy_from"].queryset = plans


class CopyPlanForm(forms.Form):
    """The copy's own title: nothing is filled in from the source, a council names its own plan."""

    title = forms.CharField(
        label=_("Title of your plan"),
        max_length=200,
        help_text=_("For example: Formation plan of Playa Azul 2027–2029."),
    )

    def __init__(self, *args, source=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source

    def clean_title(self):
        title = self.cleaned_data["title"]
        if error := rules.copy_title_error(title=title, source_title=self.source.title):
            raise forms.ValidationError(error)
        return title


class RevisionForm(forms.Form):
    """The plan's revision a small button was shown with: a stale or garbled one is refused alike."""

    revision = forms.IntegerField()

    @property
    def expected_revision(self) -> int:
        return self.cleaned_data["revision"] if self.is_valid() else -1


class CompareForm(forms.Form):
    a = forms.IntegerField()
    b = forms.IntegerField()


class SectionForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    title = forms.CharField(label=_("Section title"), max_length=200)
    rationale = forms.CharField(
        label=_("Why this section"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=5000,
    )


class ItemDetailsForm(forms.Form):
    """What every item has, whatever its source: the base of adding and of editing an item."""

    revision = forms.IntegerField(widget=forms.HiddenInput)
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=3000,
    )
    estimated_hours = forms.DecimalField(
        label=_("Estimated hours"),
        required=False,
        min_value=rules.HOURS_RANGE[0],
        max_value=rules.HOURS_RANGE[1],
        decimal_places=1,
    )
    target_period = forms.CharField(
        label=_("Target period (optional)"),
        max_length=100,
        required=False,
        help_text=_("For example: first half of 2027."),
    )


class ItemForm(ItemDetailsForm):
    """Add one item: a library material, a study path, or a local activity of the council."""

    SOURCE_CHOICES = [
        ("material", _("A material from the library")),
        ("path", _("A whole study path")),
        ("local", _("A local activity of our council")),
    ]
    source = forms.ChoiceField(
        label=_("What to add"), choices=SOURCE_CHOICES, widget=forms.RadioSelect, initial="material"
    )
    material = IdChoiceField(label=_("Material"), queryset=None, required=False, empty_label="—")
    study_path = IdChoiceField(
        label=_("Study path"), queryset=None, required=False, empty_label="—"
    )

    def __init__(self, *args, materials=None, paths=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].label = _("Title of the local activity")
        self.fields["material"].queryset = materials
        self.fields["material"].label_from_instance = lambda m: (
            f"{m.get_kind_display()} · {m.title}"
        )
        self.fields["study_path"].queryset = paths

    def clean(self):
        data = super().clean()
        source = data.get("source")
        if source not in rules.ITEM_SOURCES:
            return data
        if source != "material":
            data["material"] = None
        if source != "path":
            data["study_path"] = None
        if source != "local":
            data["title"] = ""
        add_errors(
            self,
            rules.item_errors(
                source=source,
                material=data.get("material"),
                study_path=data.get("study_path"),
                title=data.get("title") or "",
                description=data.get("description") or "",
            ),
        )
        return data


class ItemEditForm(ItemDetailsForm):
    """Edit an item in place; a library item keeps its material or path (only its details change)."""

    def __init__(self, *args, item=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        self.is_local = item.material_id is None and item.study_path_id is None
        if not self.is_local:
            self.fields["title"].help_text = _("Leave it empty to use the library's title.")
            self.fields["estimated_hours"].help_text = _(
                "Leave it empty to use the material's own length."
            )

    def clean(self):
        data = super().clean()
        if self.is_local:
            add_errors(
                self,
                rules.item_errors(
                    source="local",
                    material=None,
                    study_path=None,
                    title=data.get("title") or "",
                    description=data.get("description") or "",
                ),
            )
        return data


class AmendmentForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Why should this section change?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class AssemblyForm(CountsMixin, forms.Form):
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

    def __init__(self, *args, plan=None, sections=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.fields["sections"].queryset = sections
        self.fields["held_on"].initial = timezone.localdate()
        self.add_count_fields()

    def clean(self):
        data = super().clean()
        self.clean_counts(attendance=data.get("attendance"))
        return data

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if error := rules.assembly_date_error(held_on, today=timezone.localdate()):
            raise forms.ValidationError(error)
        return held_on

    def full_clean(self):
        """A plan that refuses any assembly says only that, whatever else was typed."""
        super().full_clean()
        refusal = rules.assembly_refusal(self.plan) if self.is_bound and self.plan else None
        if refusal:
            self._errors = ErrorDict()
            self.cleaned_data = {}
            self.add_error(None, refusal)


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
        if data.get("outcome"):
            add_errors(
                self,
                rules.outcome_errors(
                    outcome=data["outcome"],
                    note=data.get("note") or "",
                    parts=rules.part_titles(data.get("parts") or ""),
                ),
            )
        return data

    @property
    def part_titles(self) -> list[str]:
        return rules.part_titles(self.cleaned_data.get("parts") or "")

    @property
    def item_parts(self) -> dict[int, int]:
        return {item.pk: self.cleaned_data.get(f"item_{item.pk}") or 1 for item in self.items}


class AgendaSectionForm(forms.Form):
    """Which section of the agenda an outcome is recorded for."""

    section = IdChoiceField(queryset=None)

    def __init__(self, *args, agenda=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = agenda


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
        self.items = {i.pk: i for i in items}
        self.people = {m.user_id: m.user for m in members}
        self.fields["item"].choices = [
            (i.pk, f"{i.section.title} · {i.title}") for i in self.items.values()
        ]
        self.fields["facilitators"].choices = [
            (user_id, user.public_name) for user_id, user in self.people.items()
        ]
        weekend = upcoming_weekend_days()
        self.weekend_days = weekend
        if not self.is_bound and "day" not in self.initial:
            self.fields["day"].initial = weekend[0]

    def clean_item(self):
        return self.items[self.cleaned_data["item"]]

    def clean_facilitators(self):
        return [self.people[user_id] for user_id in self.cleaned_data["facilitators"]]

    def clean(self):
        data = super().clean()
        day, start, end = data.get("day"), data.get("start_time"), data.get("end_time")
        if day and start and end:
            tz = timezone.get_current_timezone()
            starts_at = timezone.make_aware(dt.datetime.combine(day, start), tz)
            ends_at = timezone.make_aware(dt.datetime.combine(day, end), tz)
            add_errors(
                self,
                rules.session_time_errors(starts_at=starts_at, ends_at=ends_at, now=timezone.now()),
            )
            data["starts_at"], data["ends_at"] = starts_at, ends_at
        return data


class FeedForm(forms.Form):
    """Which secret calendar link to replace: the council's or one's own."""

    feed = forms.ChoiceField(
        choices=[("council", "council"), ("personal", "personal")], required=False
    )


class EraseForm(forms.Form):
    confirm = forms.CharField(required=False, strip=False)
    password = forms.CharField(required=False, strip=False, widget=forms.PasswordInput)
