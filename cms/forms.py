from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
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


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ("display_name", "email", "preferred_language")
        help_texts = {
            "email": _("Optional. Only used to send you reminders or reset your password."),
        }
