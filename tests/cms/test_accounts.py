"""Accounts with the least personal data: a pseudonym, a password, and control over one's data."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from cms.forms import ProfileForm, SignUpForm

from ..factories import PASSWORD, UserFactory
from ..utils import parse_html

pytestmark = pytest.mark.django_db

User = get_user_model()
NEW_PASSWORD = "la-asamblea-decide-2025"
PERSONAL_FIELDS = ("first_name", "last_name", "phone", "address", "birth", "cedula", "id_number")


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def input_names(html: str) -> set[str]:
    return {
        attrs["name"]
        for tag, attrs in parse_html(html).tags
        if tag in {"input", "select", "textarea"} and attrs.get("name")
    }


def test_sign_up_with_a_pseudonym_and_no_email(client, tree):
    response = client.post(
        reverse("accounts:signup"),
        {
            "username": "tejedora_del_sur",
            "display_name": "Tejedora",
            "email": "",
            "preferred_language": "es",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    user = User.objects.get(username="tejedora_del_sur")
    assert user.email == ""
    assert (user.first_name, user.last_name) == ("", "")
    assert user.public_name == "Tejedora"
    assert is_logged_in(client)
    profile = client.get(response["Location"])
    assert profile.status_code == 200
    assert "tejedora_del_sur" in profile.content.decode()


def test_sign_up_in_english_lands_on_the_english_profile(client, tree):
    response = client.post(
        "/en/accounts/signup/",
        {
            "username": "river.stone",
            "preferred_language": "en",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/en/")
    assert User.objects.get(username="river.stone").preferred_language == "en"


def test_no_field_asks_for_a_real_name(client, tree):
    for form in (SignUpForm(), ProfileForm()):
        for name in form.fields:
            assert not any(personal in name for personal in PERSONAL_FIELDS), name
    for url in ("/accounts/signup/", "/en/accounts/signup/"):
        response = client.get(url)
        assert response.status_code == 200
        names = input_names(response.content.decode())
        assert "username" in names and "password1" in names
        for name in names:
            assert not any(personal in name for personal in PERSONAL_FIELDS), name
        assert names <= {
            "csrfmiddlewaretoken",
            "username",
            "display_name",
            "email",
            "preferred_language",
            "password1",
            "password2",
        }
    assert not SignUpForm().fields["email"].required


def test_sign_up_refuses_weak_passwords_and_taken_names(client, tree):
    UserFactory(username="mariposa_roja")
    response = client.post(
        reverse("accounts:signup"),
        {"username": "mariposa_roja", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["username"]
    response = client.post(
        reverse("accounts:signup"),
        {"username": "caracol", "password1": "12345678", "password2": "12345678"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["password2"]
    assert not User.objects.filter(username="caracol").exists()
    assert not is_logged_in(client)


def test_login_and_logout(client, tree, user):
    response = client.post(
        reverse("accounts:login"), {"username": "mariposa_roja", "password": "equivocada-123"}
    )
    assert response.status_code == 200
    assert not is_logged_in(client)

    response = client.post(
        reverse("accounts:login"), {"username": "mariposa_roja", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    assert is_logged_in(client)

    # Logging out is a POST (a link could be triggered by any other site).
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert is_logged_in(client)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert not is_logged_in(client)


def test_login_page_in_both_languages(client, tree):
    for url, lang in (("/accounts/login/", "es"), ("/en/accounts/login/", "en")):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{lang}"' in html
        assert {"username", "password"} <= input_names(html)


def test_password_change(client, tree, user):
    client.post(reverse("accounts:login"), {"username": "mariposa_roja", "password": PASSWORD})
    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert response.status_code == 200
    assert response.redirect_chain, "no redirect after changing the password"
    assert response.request["PATH_INFO"] == "/accounts/password/done/"
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert is_logged_in(client)  # changing the password keeps this session


def test_password_change_needs_the_old_password(logged_in_client, user):
    response = logged_in_client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "no-es-esta",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_profile_language_switches_the_site(logged_in_client, user, tree):
    response = logged_in_client.post(
        reverse("accounts:profile"),
        {"display_name": "Mariposa Roja", "email": "", "preferred_language": "en"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/profile/"
    user.refresh_from_db()
    assert (user.preferred_language, user.display_name) == ("en", "Mariposa Roja")
    html = logged_in_client.get(response["Location"]).content.decode()
    assert '<html lang="en"' in html


def test_data_export_contains_the_account(logged_in_client, user):
    user.email = "mariposa@example.org"
    user.save()
    response = logged_in_client.get(reverse("accounts:export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["format"] == "trayecto-person-export"
    assert data["account"]["username"] == "mariposa_roja"
    assert data["account"]["display_name"] == "Mariposa"
    assert data["account"]["email"] == "mariposa@example.org"
    assert data["account"]["preferred_language"] == "es"
    assert "password" not in response.content.decode()  # not even the hash


def test_account_pages_need_a_login(client, tree):
    for name in ("profile", "export", "delete", "password_change"):
        response = client.get(reverse(f"accounts:{name}"))
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("accounts:login")), name


def test_account_delete_requires_typing_the_login_name(logged_in_client, user):
    page = logged_in_client.get(reverse("accounts:delete"))
    assert page.status_code == 200
    assert "confirm" in input_names(page.content.decode())

    response = logged_in_client.post(reverse("accounts:delete"), {"confirm": "Mariposa"})
    assert response.status_code == 200
    assert User.objects.filter(pk=user.pk).exists()
    response = logged_in_client.post(reverse("accounts:delete"), {"confirm": ""})
    assert User.objects.filter(pk=user.pk).exists()

    response = logged_in_client.post(
        reverse("accounts:delete"), {"confirm": "mariposa_roja", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not is_logged_in(logged_in_client)
