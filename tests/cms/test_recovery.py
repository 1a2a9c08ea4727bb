"""Getting back in without email (one-time recovery codes) or with it (Django's reset link)."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from cms import services
from cms.models import RecoveryCode
from progress.models import PracticeLog

from ..factories import PASSWORD, UserFactory
from ..progress.factories import PracticeLogFactory

pytestmark = pytest.mark.django_db

User = get_user_model()
NEW_PASSWORD = "la-asamblea-decide-2025"
CODE = re.compile(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>")


def _no_match() -> str:
    """The refusal as the (Spanish) page shows it, whatever the catalogue says."""
    with translation.override("es"):
        return gettext(NO_MATCH_MSGID).split(",")[0]


NO_MATCH_MSGID = "That login name and recovery code do not match, or the code was already used."


def sign_up(client, username="tejedora_del_sur", **extra):
    return client.post(
        reverse("accounts:signup"),
        {
            "username": username,
            "preferred_language": "es",
            "password1": PASSWORD,
            "password2": PASSWORD,
            **extra,
        },
    )


def recover(client, username, code, password=NEW_PASSWORD, address="127.0.0.1"):
    return client.post(
        reverse("accounts:recover_with_code"),
        {"username": username, "code": code, "new_password1": password, "new_password2": password},
        REMOTE_ADDR=address,
    )


def test_sign_up_shows_recovery_codes_once_and_keeps_only_hashes(client, tree):
    response = sign_up(client)
    html = client.get(response["Location"]).content.decode()
    codes = CODE.findall(html)
    assert len(codes) == 8 and len(set(codes)) == 8
    user = User.objects.get(username="tejedora_del_sur")
    stored = list(RecoveryCode.objects.filter(user=user))
    assert len(stored) == 8
    for code in codes:
        plain = code.replace("-", "")
        assert all(plain not in row.code_hash for row in stored)
        assert any(check_password(plain, row.code_hash) for row in stored)
    # Shown once: the next visit shows none, and the session no longer holds them.
    again = client.get(reverse("accounts:profile")).content.decode()
    assert CODE.findall(again) == []
    assert all(code not in str(dict(client.session)) for code in codes)


def test_a_recovery_code_sets_a_new_password_and_keeps_the_record(client, tree):
    user = UserFactory(username="pescadora")
    entry = PracticeLogFactory(user=user, what_was_done="Censo de embarcaciones del sector")
    codes = services.recovery_codes_issue(user=user)

    response = recover(client, "pescadora", codes[3].upper().replace("-", " "))
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert PracticeLog.objects.get(pk=entry.pk).what_was_done == entry.what_was_done
    assert RecoveryCode.objects.filter(user=user, used_at__isnull=False).count() == 1

    # Each code works once.
    client.post(reverse("accounts:logout"))
    response = recover(client, "pescadora", codes[3], password="otra-clave-segura-99")
    assert _no_match() in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    # Another code still works.
    assert (
        recover(client, "pescadora", codes[4], password="otra-clave-segura-99").status_code == 302
    )


def test_failures_say_nothing_about_whether_the_name_exists(client, tree):
    user = UserFactory(username="pescadora")
    codes = services.recovery_codes_issue(user=user)
    wrong_code = recover(client, "pescadora", "abcde-fghjk")
    no_such_name = recover(client, "nadie_aqui", codes[0])
    for response in (wrong_code, no_such_name):
        assert response.status_code == 200
        assert _no_match() in response.content.decode()
        assert "_auth_user_id" not in client.session
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_a_weak_new_password_is_refused_and_the_code_kept(client, tree):
    user = UserFactory(username="pescadora")
    codes = services.recovery_codes_issue(user=user)
    response = recover(client, "pescadora", codes[0], password="12345678")
    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    assert not RecoveryCode.objects.filter(used_at__isnull=False).exists()


def test_guessing_codes_is_rate_limited(client, tree, settings):
    settings.AXES_ENABLED = True
    user = UserFactory(username="pescadora")
    codes = services.recovery_codes_issue(user=user)
    for n in range(settings.AXES_FAILURE_LIMIT):
        recover(client, "pescadora", f"abcde-fghj{n + 2}", address="203.0.113.7")
    # Locked from that client, even with a right code; the owner elsewhere is not.
    assert recover(client, "pescadora", codes[0], address="203.0.113.7").status_code == 429
    assert not RecoveryCode.objects.filter(used_at__isnull=False).exists()
    assert recover(client, "pescadora", codes[0], address="198.51.100.23").status_code == 302


def test_new_codes_from_the_profile_need_the_password_and_void_the_old(
    logged_in_client, user, tree
):
    old = services.recovery_codes_issue(user=user)
    page = logged_in_client.post(reverse("accounts:recovery_codes"), {"password": "no-es-esta"})
    assert page.context["form"].errors["password"]
    assert CODE.findall(page.content.decode()) == []

    page = logged_in_client.post(reverse("accounts:recovery_codes"), {"password": PASSWORD})
    new = CODE.findall(page.content.decode())
    assert len(new) == 8 and not set(new) & set(old)
    logged_in_client.post(reverse("accounts:logout"))
    assert _no_match() in recover(logged_in_client, user.username, old[0]).content.decode()
    assert recover(logged_in_client, user.username, new[0]).status_code == 302


def test_the_login_page_leads_to_both_ways_back_in(client, tree):
    login_page = client.get(reverse("accounts:login")).content.decode()
    assert reverse("accounts:forgot_password") in login_page
    for url in ("/accounts/password/forgot/", "/en/accounts/password/forgot/"):
        page = client.get(url).content.decode()
        assert "/accounts/password/recover/" in page
        assert "/accounts/password/reset/" in page


def test_with_an_email_address_django_sends_a_reset_link(client, tree):
    UserFactory(username="con_correo", email="correo@example.org")
    response = client.post(reverse("accounts:password_reset"), {"email": "correo@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    response = client.post(
        form_page.request["PATH_INFO"],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert User.objects.get(username="con_correo").check_password(NEW_PASSWORD)

    # An address nobody has gets the same answer and no mail.
    mail.outbox.clear()
    response = client.post(reverse("accounts:password_reset"), {"email": "otro@example.org"})
    assert response.status_code == 302 and mail.outbox == []


def test_the_reset_pages_exist_in_both_languages(client, tree):
    for url, lang in (("/accounts/password/reset/", "es"), ("/en/accounts/password/reset/", "en")):
        response = client.get(url)
        assert response.status_code == 200
        assert f'<html lang="{lang}"' in response.content.decode()
