"""Forms of the formation pages: every value a request brings is read here, never by hand.

Ids are model choices whose querysets the view scopes to the visitor (their own
entries, their councils), so a made-up, foreign, garbled or huge id is the field's
own error message, never a 500.
"""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from curriculum.models import MaterialPage

from .models import Enrolment, PracticeLog

# The largest id a database column holds: SQLite can't even bind a larger integer.
LARGEST_ID = 2**63 - 1


def _is_id(value) -> bool:
    try:
        return 0 < int(str(value)) <= LARGEST_ID
    except ValueError:
        return False


class IdChoiceField(forms.ModelChoiceField):
    """One id; one that is not a whole number in range is no choice, refused before the query.

    (A Wagtail page's id is looked up through ``page_ptr``, which Django does not guard
    against integers too large for the database.)
    """

    def to_python(self, value):
        if value not in self.empty_values and not _is_id(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class MaterialChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.get_kind_display()} · {obj.title}"


class MemberChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return obj.public_name


class IdsChoiceField(forms.ModelMultipleChoiceField):
    """Several ids; one that is not a whole number in range is refused before the query."""

    def clean(self, value):
        for item in value if isinstance(value, (list, tuple)) else ():
            if not _is_id(item):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": item},
                )
        return super().clean(value)


class LocalUrlField(forms.Field):
    """Where to go after saving: a path on this site, or '' (anything else is ignored)."""

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        value = value if isinstance(value, str) else ""
        if (
            len(value) > 2000
            or not value.startswith("/")
            or not url_has_allowed_host_and_scheme(value, allowed_hosts=set())
        ):
            return ""
        return value


class NextForm(forms.Form):
    next = LocalUrlField()


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
    material = MaterialChoiceField(
        queryset=MaterialPage.objects.none(),
        label=_("Related assignment or material"),
        required=False,
        empty_label=_("Free practice (not tied to a material)"),
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

    def __init__(self, *args, materials, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["material"].queryset = materials
        if not self.is_bound and not self.instance.pk:
            self.fields["practiced_on"].initial = timezone.localdate()
        if self.instance.pk and self.instance.material_id:
            self.fields["material"].initial = self.instance.material_id

    def clean_practiced_on(self):
        value = self.cleaned_data["practiced_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date of the practice can't be in the future."))
        return value


class MaterialQueryForm(forms.Form):
    """``?material=`` of a "log this practice" link: the material the entry starts tied to."""

    material = IdChoiceField(queryset=MaterialPage.objects.live(), required=False)


class ShareForm(forms.Form):
    council = IdChoiceField(
        queryset=None,
        label=_("Share with"),
        required=False,
        empty_label=_("Nobody (private)"),
        error_messages={"invalid_choice": _("Choose one of your councils.")},
    )

    def __init__(self, *args, councils, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].queryset = councils


class VouchRequestForm(forms.Form):
    voucher = MemberChoiceField(
        queryset=None,
        label=_("Ask a neighbour who was there"),
        empty_label=None,
        error_messages={
            "invalid_choice": _("Choose a member of the council the entry is shared with."),
            "required": _("Choose a member of the council the entry is shared with."),
        },
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["voucher"].queryset = members


class EnrolmentStatusForm(forms.Form):
    status = forms.ChoiceField(
        choices=Enrolment.Status.choices,
        error_messages={
            "invalid_choice": _("That change is not possible for this study path."),
            "required": _("That change is not possible for this study path."),
        },
    )


class VouchAnswerForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("confirm", "confirm"), ("decline", "decline"), ("withdraw", "withdraw")],
        error_messages={
            "invalid_choice": _("Choose confirm, decline or withdraw."),
            "required": _("Choose confirm, decline or withdraw."),
        },
    )


class AttendanceForm(forms.Form):
    present = IdsChoiceField(
        queryset=None,
        required=False,
        error_messages={
            "invalid_choice": _("Only members of the council can be marked present."),
            "invalid_pk_value": _("Only members of the council can be marked present."),
        },
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].queryset = members
