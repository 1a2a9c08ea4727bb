from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import PracticeLog


class MarkDoneForm(forms.Form):
    completed_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    reflection = forms.CharField(
        label=_("Your reflection (private)"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Only you can read it. Answer the guiding questions in your own words."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["completed_on"].initial = timezone.localdate()

    def clean_completed_on(self):
        value = self.cleaned_data["completed_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date can't be in the future."))
        return value


class PracticeForm(forms.ModelForm):
    material = forms.TypedChoiceField(
        label=_("Related assignment or material"), required=False, coerce=int, empty_value=None
    )

    class Meta:
        model = PracticeLog
        fields = [
            "practiced_on",
            "hours",
            "what_was_done",
            "what_worked",
            "what_failed",
            "what_was_learned",
        ]
        widgets = {
            "practiced_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "what_was_done": forms.Textarea(attrs={"rows": 4}),
            "what_worked": forms.Textarea(attrs={"rows": 3}),
            "what_failed": forms.Textarea(attrs={"rows": 3}),
            "what_was_learned": forms.Textarea(attrs={"rows": 3}),
        }

    field_order = ["practiced_on", "hours", "material"]

    def __init__(self, *args, materials=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["material"].choices = [("", _("Free practice (not tied to a material)"))] + [
            (m.pk, f"{m.get_kind_display()} · {m.title}") for m in materials
        ]
        if not self.is_bound and not self.instance.pk:
            self.fields["practiced_on"].initial = timezone.localdate()
        if self.instance.pk and self.instance.material_id:
            self.fields["material"].initial = self.instance.material_id

    def clean_practiced_on(self):
        value = self.cleaned_data["practiced_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date of the practice can't be in the future."))
        return value


class ShareForm(forms.Form):
    council = forms.TypedChoiceField(
        label=_("Share with"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, councils=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].choices = [("", _("Nobody (private)"))] + [
            (c.pk, c.name) for c in councils
        ]


class VouchRequestForm(forms.Form):
    voucher = forms.TypedChoiceField(label=_("Ask a neighbour who was there"), coerce=int)

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["voucher"].choices = [(m.user_id, m.user.public_name) for m in members]
