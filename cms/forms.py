from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class SignUpForm(UserCreationForm):
    """Only a login name and a password are needed: no real name, phone or address."""

    class Meta:
        model = get_user_model()
        fields = ("username", "display_name", "email", "preferred_language")
        help_texts = {
            "username": _(
                "Your login name. A pseudonym is welcome: it does not need to be your real name. "
                "Letters, digits and @ . + - _ only."
            ),
            "email": _("Optional. Only used to send you reminders or reset your password."),
        }
        labels = {"username": _("Login name")}


class LoginForm(AuthenticationForm):
    """Django's login form, speaking of a "login name" as sign-up does."""

    shared_device = forms.BooleanField(
        label=_("This is a shared device"),
        required=False,
        help_text=_("Log me out when the browser closes, or after 2 hours without use."),
    )

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Login name")

    def get_invalid_login_error(self):
        # Django names the field by the model's verbose name ("username"); use our words.
        return ValidationError(
            self.error_messages["invalid_login"],
            code="invalid_login",
            params={"username": str(self.fields["username"].label).lower()},
        )


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ("display_name", "email", "preferred_language")
        help_texts = {
            "email": _("Optional. Only used to send you reminders or reset your password."),
        }


class PasswordAgainForm(forms.Form):
    """The current password, asked again before something that cannot be undone."""

    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class DeleteAccountForm(PasswordAgainForm):
    confirm = forms.CharField(
        label=_("Your login name"),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )

    field_order = ["confirm", "password"]

    def __init__(self, *args, username: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.username = username

    def clean_confirm(self):
        value = self.cleaned_data["confirm"].strip()
        if value != self.username:
            raise ValidationError(_("Type your login name exactly to confirm."))
        return value


class UnlockForm(forms.Form):
    code = forms.CharField(
        label=_("One of your recovery codes"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none"}),
    )


class RecoveryCodeForm(forms.Form):
    """Login name, one recovery code (or a council's reset code) and a new password."""

    username = forms.CharField(
        label=_("Login name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    code = forms.CharField(
        label=_("One of your recovery codes, or a reset code from your council"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none"}),
    )
    new_password1 = forms.CharField(
        label=_("New password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    new_password2 = forms.CharField(
        label=_("New password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("new_password1"), cleaned.get("new_password2")
        if first and second and first != second:
            self.add_error("new_password2", _("The two password fields didn’t match."))
        return cleaned
