"""A coordinator's one-time reset code: a way back in, never a way into private texts.

Issue #9, point 10: 24 hours, logged in the council, two coordinators agree where
there are two, the person is told at next login, and private texts stay locked
until they confirm with one of their own recovery codes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cms.services import recovery_codes_issue
from councils.models import Notice, ResetGrant
from progress import services as progress_services

from ..factories import PASSWORD, UserFactory
from .factories import add_member
from .helpers import assert_shows, url

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "la-asamblea-decide-2026"
CODE = re.compile(r"<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</code>")


def issue(client, council, membership_pk, password=PASSWORD):
    return client.post(url("reset_issue", council.slug, membership_pk), {"password": password})


def recover(client, username, code):
    return client.post(
        reverse("accounts:recover_with_code"),
        {
            "username": username,
            "code": code,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )


def code_in(response) -> str:
    found = CODE.search(response.content.decode())
    assert found, response.content.decode()[:2000]
    return found.group(1)


@pytest.fixture
def member(council):
    membership = add_member(council, UserFactory(username="pescador_sin_correo", email=""))
    user = membership.user
    with_private_texts(user)
    return membership


def with_private_texts(user):
    progress_services.practice_log_create(
        user=user,
        practiced_on=dt.date(2025, 4, 2),
        hours=Decimal("2"),
        what_was_done="Reunión con los pescadores del muelle",
        what_failed="Secreto: el intermediario nos amenazó",
    )


def test_a_lone_coordinator_makes_a_code_that_works_once_and_locks_private_texts(
    as_user, council, coordinator, member
):
    old_codes = recovery_codes_issue(user=member.user)
    response = issue(as_user(coordinator), council, member.pk)
    assert response.status_code == 200
    code = code_in(response)
    grant = ResetGrant.objects.get(person=member.user)
    assert grant.issued_by == coordinator and not grant.needs_agreement
    assert code.replace("-", "") not in grant.code_hash  # only a hash is kept

    client = Client()
    response = recover(client, member.user.username, code)
    assert response.status_code == 302
    assert response.url == reverse("accounts:unlock_private")
    member.user.refresh_from_db()
    assert member.user.check_password(NEW_PASSWORD)
    assert member.user.private_locked_at is not None

    # Told: the person (security notice naming who and when) and the coordinators.
    told = Notice.objects.get(user=member.user, kind=Notice.Kind.SECURITY)
    assert "Yusmary" in told.text and "reset" in told.text
    assert Notice.objects.filter(user=coordinator, message__contains="was used").exists()

    # The private texts are closed, even to the account, in pages and in the export.
    entry = member.user.practice_logs.get()
    page = client.get(reverse("progress:practice_detail", args=[entry.pk]))
    assert page.status_code == 403
    assert "intermediario" not in page.content.decode()
    listing = client.get(reverse("progress:practice_list"))
    assert "pescadores del muelle" not in listing.content.decode()
    export = client.get(reverse("accounts:export"))
    assert "intermediario" not in export.content.decode()
    # ...and new recovery codes can't be made to open them.
    refused = client.post(reverse("accounts:recovery_codes"), {"password": NEW_PASSWORD})
    assert_shows(refused, "Your private texts are locked")

    # The code worked once.
    assert recover(Client(), member.user.username, code).status_code == 200

    # The person's own recovery code opens them again.
    wrong = client.post(reverse("accounts:unlock_private"), {"code": "aaaaa-bbbbb"})
    assert_shows(wrong, "That code does not match")
    opened = client.post(reverse("accounts:unlock_private"), {"code": old_codes[0]})
    assert opened.status_code == 302
    member.user.refresh_from_db()
    assert member.user.private_locked_at is None
    page = client.get(reverse("progress:practice_detail", args=[entry.pk]))
    assert "intermediario" in page.content.decode()


def test_with_two_coordinators_the_second_must_agree(as_user, council, coordinator, member):
    second = add_member(council, UserFactory(display_name="Rafael"), is_coordinator=True).user
    response = issue(as_user(coordinator), council, member.pk)
    assert response.status_code == 302
    assert not CODE.search(as_user(coordinator).get(response.url).content.decode())
    grant = ResetGrant.objects.get(person=member.user)
    assert grant.needs_agreement and grant.code_hash == ""
    assert Notice.objects.filter(user=second, message__contains="A second").exists()

    # The one who asked cannot agree with themselves.
    same = as_user(coordinator).post(
        url("reset_agree", council.slug, grant.pk), {"password": PASSWORD}
    )
    assert_shows(same, "Another coordinator must agree")
    # A wrong password agrees to nothing.
    wrong = as_user(second).post(url("reset_agree", council.slug, grant.pk), {"password": "x"})
    assert_shows(wrong, "That is not your current password.")

    agreed = as_user(second).post(
        url("reset_agree", council.slug, grant.pk), {"password": PASSWORD}
    )
    code = code_in(agreed)
    assert recover(Client(), member.user.username, code).status_code == 302
    told = Notice.objects.get(user=member.user, kind=Notice.Kind.SECURITY)
    assert "Yusmary" in told.text and "Rafael" in told.text

    # The log on the members page says who asked, who agreed and when it was used.
    log = as_user(second).get(url("members", council.slug))
    assert_shows(log, "Password reset codes")
    assert_shows(log, "Agreed by Rafael")


def test_the_person_hears_at_next_login_who_reset_their_password(
    as_user, council, coordinator, member
):
    code = code_in(issue(as_user(coordinator), council, member.pk))
    recover(Client(), member.user.username, code)
    client = Client()
    response = client.post(
        reverse("accounts:login"),
        {"username": member.user.username, "password": NEW_PASSWORD},
        follow=True,
    )
    page = response.content.decode()
    assert "Your password was reset on" in page and "Yusmary" in page


def test_a_code_lasts_24_hours(as_user, council, coordinator, member):
    code = code_in(issue(as_user(coordinator), council, member.pk))
    ResetGrant.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    assert recover(Client(), member.user.username, code).status_code == 200
    member.user.refresh_from_db()
    assert member.user.check_password(PASSWORD)


def test_refusals(as_user, council, coordinator, member, facilitator):
    client = as_user(coordinator)
    assert_shows(
        issue(client, council, member.pk, password="nope"), "That is not your current password."
    )
    own = council.memberships.get(user=coordinator)
    assert_shows(issue(client, council, own.pk), "You can't issue a code for yourself")
    network = add_member(council, UserFactory(display_name="Coordinadora de la red"))
    network.user.user_permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    assert_shows(issue(client, council, network.pk), "rights over the whole network")
    assert not ResetGrant.objects.exists()
    # Only coordinators make codes.
    assert issue(as_user(facilitator), council, member.pk).status_code == 403


def test_the_own_recovery_code_path_does_not_lock(client, member):
    codes = recovery_codes_issue(user=member.user)
    response = recover(client, member.user.username, codes[0])
    assert response.status_code == 302
    member.user.refresh_from_db()
    assert member.user.private_locked_at is None
    data = json.loads(client.get(reverse("accounts:export")).content)
    assert "intermediario" in json.dumps(data, ensure_ascii=False)
