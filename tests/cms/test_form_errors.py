"""The error summary above a form: whole-form errors in it, "below" only when something is below."""

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

BELOW = "Please correct the errors below."


class ExampleForm(forms.Form):
    title = forms.CharField(required=False)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def clean(self):
        data = super().clean()
        if data.get("title") == "whole":
            raise ValidationError("The plan changed meanwhile.")
        return data

    def clean_title(self):
        if self.cleaned_data["title"] == "field":
            raise ValidationError("Give a longer title.")
        return self.cleaned_data["title"]


def summary(data) -> str:
    form = ExampleForm(data)
    form.is_valid()
    with translation.override("en"):
        return render_to_string("includes/form_errors.html", {"form": form})


def test_whole_form_errors_show_in_the_summary_without_pointing_below():
    html = summary({"title": "whole"})
    assert "The plan changed meanwhile." in html
    assert BELOW not in html


def test_field_errors_point_below_and_stay_by_their_field():
    html = summary({"title": "field"})
    assert BELOW in html
    assert "Give a longer title." not in html


def test_hidden_field_errors_show_in_the_summary():
    html = summary({"title": "", "revision": "abc"})
    assert "Enter a whole number." in html
    assert BELOW not in html


def test_no_errors_no_summary():
    assert summary({"title": "fine"}).strip() == ""
    assert render_to_string("includes/form_errors.html", {}).strip() == ""


@pytest.mark.django_db
def test_a_failed_login_shows_its_reason_in_the_summary(client, tree, user):
    response = client.post(reverse("accounts:login"), {"username": "nadie", "password": "x"})
    html = response.content.decode()
    with translation.override("es"):
        below = translation.gettext(BELOW)
    assert "Escribe un nombre de usuario y una contraseña correctos" in html
    assert below not in html
