"""Our words win over Django's: "login name" in English, "tú" in Spanish."""

import re

import pytest
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from cms import auth_messages

from ..factories import PASSWORD

pytestmark = pytest.mark.django_db

USTED = re.compile(r"\b(usted|su|sus|introduzca|intente|elija|observe|vuelva)\b", re.IGNORECASE)


def password_errors(password: str, language: str) -> list[str]:
    with translation.override(language):
        try:
            password_validation.validate_password(password)
        except ValidationError as error:
            return error.messages
    return []


def test_password_too_short_speaks_tu_in_spanish():
    messages = password_errors("corta", "es")
    too_short = next(message for message in messages if "10" in message)
    assert re.search(r"\btu\b", too_short, re.IGNORECASE), too_short
    assert not USTED.search(too_short), too_short
    assert "su contraseña" not in too_short.lower()


def test_every_overridden_account_message_speaks_tu():
    with translation.override("es"):
        texts = [translation.gettext(message) for message in auth_messages.MESSAGES]
        texts += [str(message) for message in auth_messages.PLURAL_MESSAGES]
        texts.append(str(password_validation.password_validators_help_text_html()))
    for text in texts:
        assert not re.search(r"[a-z]", text[:1]), text  # translated, and a sentence
        assert not USTED.search(text), text
    assert texts[0] != auth_messages.MESSAGES[0]  # the catalogue is loaded


def test_english_login_page_says_login_name(client, tree):
    html = client.get("/en/accounts/login/").content.decode()
    assert "Login name" in html
    assert "Username" not in html
    assert "username" not in re.sub(r"<[^>]+>", " ", html).lower()


def test_spanish_login_and_sign_up_name_the_field_alike(client, tree):
    login = client.get(reverse("accounts:login")).content.decode()
    signup = client.get(reverse("accounts:signup")).content.decode()
    with translation.override("es"):
        label = translation.gettext("Login name")
    assert label in login and label in signup


def test_failed_login_in_english_asks_for_the_login_name(client, user):
    response = client.post("/en/accounts/login/", {"username": "nadie", "password": PASSWORD})
    html = response.content.decode()
    assert "correct login name and password" in html
    visible_text = re.sub(r"<[^>]+>", " ", html)
    assert "username" not in visible_text.lower()


def test_failed_login_in_spanish_speaks_tu(client, user):
    response = client.post(reverse("accounts:login"), {"username": "nadie", "password": "x"})
    error = response.context["form"].non_field_errors()[0]
    assert error.startswith("Escribe un nombre de usuario y una contraseña correctos")
    assert not USTED.search(error)
