"""Forms of the network's experience pages and of the exchange.

Ids from a page are choices scoped by the view (a council's own sessions,
assemblies and plan sections; published materials), so a foreign, made-up or
garbled id is the form's own error, never a 500.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from councils.forms import IdChoiceField
from councils.models import Assembly, PlanSection, Session, TerritoryKind
from curriculum.models import MaterialPage, Theme

from . import experience_rules as rules
from .models import Experience, LessonKind, ShareMode


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Several model choices; an id that is not a plain positive 64-bit number is just not a choice."""

    def clean(self, value):
        for key in value or []:
            try:
                number = int(str(key))
            except ValueError:
                number = 0
            if not 0 < number <= IdChoiceField.LARGEST_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"] % {"value": str(key)[:20]},
                    code="invalid_choice",
                )
        return super().clean(value)


def material_choices():
    return (
        MaterialPage.objects.live()
        .select_related("locale")
        .order_by("locale__language_code", "title")
        # translation_key: the exchange then finds the material in every language without
        # loading it again.
        .only("id", "title", "live", "translation_key", "locale__language_code")
    )


class MaterialChoice(IdChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.locale.language_code})"


class MaterialsChoice(IdMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.locale.language_code})"


class ExperienceForm(forms.ModelForm):
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    materials = MaterialsChoice(
        label=_("Library materials you used"), queryset=MaterialPage.objects.none(), required=False
    )
    plan_sections = IdMultipleChoiceField(
        label=_("Sections of your plans it relates to"),
        queryset=PlanSection.objects.none(),
        required=False,
    )
    themes = IdMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Experience
        fields = [
            "title",
            "language",
            "starting_point",
            "purpose",
            "subject",
            "axis",
            "reflection",
            "conclusions",
            "do_differently",
            "materials",
            "plan_sections",
            "themes",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 4})
            for name in (
                "starting_point",
                "purpose",
                "subject",
                "axis",
                "reflection",
                "conclusions",
                "do_differently",
            )
        }

    def __init__(self, *args, council, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["materials"].queryset = material_choices()
        self.fields["plan_sections"].queryset = (
            PlanSection.objects.filter(plan__council=council)
            .select_related("plan")
            .order_by("plan__title", "position", "pk")
        )
        self.fields["plan_sections"].label_from_instance = lambda s: f"{s.plan.title} — {s.title}"
        self.fields["language"].choices = settings.LANGUAGES


class MomentForm(forms.Form):
    happened_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    text = forms.CharField(
        label=_("What happened"), widget=forms.Textarea(attrs={"rows": 2}), max_length=5000
    )
    session = IdChoiceField(
        label=_("One of our sessions (optional)"), queryset=Session.objects.none(), required=False
    )
    assembly = IdChoiceField(
        label=_("One of our assemblies (optional)"),
        queryset=Assembly.objects.none(),
        required=False,
    )

    def __init__(self, *args, council, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = (
            Session.objects.filter(council=council).select_related("item").order_by("-starts_at")
        )
        self.fields["session"].label_from_instance = lambda s: (
            f"{s.starts_at:%Y-%m-%d} — {s.item.title}"
        )
        self.fields["assembly"].queryset = Assembly.objects.filter(council=council).order_by(
            "-held_on"
        )
        self.fields["assembly"].label_from_instance = lambda a: f"{a.held_on:%Y-%m-%d} — {a.place}"

    def clean_happened_on(self):
        from django.utils import timezone

        value = self.cleaned_data["happened_on"]
        if message := rules.timeline_date_error(happened_on=value, today=timezone.localdate()):
            raise forms.ValidationError(message)
        return value


class LessonForm(forms.Form):
    # A blank first choice: an untouched empty row is left out, not a half-filled lesson.
    kind = forms.ChoiceField(label=_("Kind of lesson"), choices=[("", "—"), *LessonKind.choices])
    text = forms.CharField(
        label=_("Lesson"), widget=forms.Textarea(attrs={"rows": 2}), max_length=5000
    )
    theme = IdChoiceField(label=_("Theme (optional)"), queryset=Theme.objects.all(), required=False)


def share_choices(formset, *names: str) -> None:
    """Read each named field's choices once for the whole formset, not once per row.

    Rendering is then a constant number of queries however long the timeline or the list of
    lessons; checking a submitted value still goes through the field's queryset.
    """
    forms_ = formset.forms
    if not forms_:
        return
    for name in names:
        choices = list(iter(forms_[0].fields[name].choices))  # iter(): no COUNT first
        for form in forms_:
            form.fields[name].choices = choices


MomentFormSet = forms.formset_factory(
    MomentForm,
    extra=2,
    can_delete=True,
    max_num=rules.MAX_TIMELINE,
    validate_max=True,
    absolute_max=rules.MAX_TIMELINE + 20,
)
LessonFormSet = forms.formset_factory(
    LessonForm,
    extra=2,
    can_delete=True,
    max_num=rules.MAX_LESSONS,
    validate_max=True,
    absolute_max=rules.MAX_LESSONS + 20,
)


class PreviewForm(forms.Form):
    mode = forms.ChoiceField(
        label=_("How to share it"),
        choices=[
            (ShareMode.NAMED, ShareMode.NAMED.label),
            (ShareMode.ANONYMISED, ShareMode.ANONYMISED.label),
        ],
        widget=forms.RadioSelect,
    )


class ShareForm(PreviewForm):
    assembly = IdChoiceField(
        label=_("Assembly that agreed to share it (optional)"),
        queryset=Assembly.objects.none(),
        required=False,
    )
    confirm = forms.BooleanField(
        label=_("The council agreed to share it, and we read the preview above."), required=True
    )

    def __init__(self, *args, council, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assembly"].queryset = Assembly.objects.filter(council=council).order_by(
            "-held_on"
        )
        self.fields["assembly"].label_from_instance = lambda a: f"{a.held_on:%Y-%m-%d} — {a.place}"


class CompareForm(forms.Form):
    a = forms.IntegerField(min_value=1, max_value=1_000_000)
    b = forms.IntegerField(min_value=1, max_value=1_000_000)


class QuestionForm(forms.Form):
    council = IdChoiceField(label=_("Asking as a member of"), queryset=None)
    text = forms.CharField(
        label=_("Your question"), widget=forms.Textarea(attrs={"rows": 3}), max_length=3000
    )

    def __init__(self, *args, memberships, **kwargs):
        super().__init__(*args, **kwargs)
        from councils.models import Council

        self.memberships = {m.council_id: m for m in memberships}
        field = self.fields["council"]
        field.queryset = Council.objects.filter(pk__in=list(self.memberships))
        # The memberships carry their councils already: no query to show the choices.
        named = sorted((m.council.name, m.council_id) for m in memberships)
        empty = [("", field.empty_label)] if field.empty_label is not None else []
        field.choices = empty + [(pk, name) for name, pk in named]
        if len(self.memberships) == 1:
            self.fields["council"].initial = next(iter(self.memberships))
            self.fields["council"].widget = forms.HiddenInput()

    @property
    def membership(self):
        return self.memberships[self.cleaned_data["council"].pk]


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("The council's answer"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )


class HideForm(forms.Form):
    hidden = forms.TypedChoiceField(
        choices=[("1", _("Hide")), ("0", _("Show again"))], coerce=lambda v: v == "1"
    )


class ExchangeForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("Any theme"),
    )
    territory = forms.ChoiceField(
        label=_("Kind of territory"),
        choices=[("", _("Any territory")), *TerritoryKind.choices],
        required=False,
    )
    material = MaterialChoice(
        label=_("Library material"),
        queryset=MaterialPage.objects.none(),
        required=False,
        empty_label=_("Any material"),
    )
    lesson = forms.ChoiceField(
        label=_("Lessons about"),
        choices=[("", _("Anything")), *LessonKind.choices],
        required=False,
    )
    page = forms.IntegerField(
        required=False, min_value=1, max_value=100_000, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["material"].queryset = material_choices()
