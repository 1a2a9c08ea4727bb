"""Lock-outs a stranger cannot use against an owner, a limit on password spraying, and no IP kept."""

from __future__ import annotations

import datetime as dt

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.test import RequestFactory
from django.urls import reverse

from cms import security

from ..factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

STRANGER = "203.0.113.7"
OWNER = "198.51.100.23"
WRONG = "no-es-la-clave-123"


@pytest.fixture(autouse=True)
def _axes_on(settings):
    settings.AXES_ENABLED = True


def log_in(client, username, password, address):
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_a_strangers_failures_do_not_lock_the_owner_out(client, tree, user):
    for _ in range(10):
        response = log_in(client, user.username, WRONG, STRANGER)
    assert response.status_code == 429  # the stranger is stopped...
    assert log_in(client, user.username, PASSWORD, STRANGER).status_code == 429

    response = log_in(client, user.username, PASSWORD, OWNER)  # ...the owner is not
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_one_client_trying_many_names_is_stopped(client, tree, settings):
    owner = UserFactory(username="tejedora")
    limit = settings.AXES_CLIENT_FAILURE_LIMIT
    for n in range(limit):
        response = log_in(client, f"vecina_{n}", WRONG, STRANGER)
    # Each name failed once only, yet the client is locked out, even with a right password.
    assert response.status_code == 429
    assert log_in(client, owner.username, PASSWORD, STRANGER).status_code == 429
    assert log_in(client, owner.username, PASSWORD, OWNER).status_code == 302


def test_a_few_failures_from_a_shared_connection_lock_nobody(client, tree, user):
    """People behind one address (a community centre) each mistype once: nobody is locked."""
    for n in range(12):
        assert log_in(client, f"vecina_{n}", WRONG, STRANGER).status_code == 200
    assert log_in(client, user.username, PASSWORD, STRANGER).status_code == 302


def test_logging_into_ones_own_account_does_not_reset_the_spraying_count(client, tree, settings):
    UserFactory(username="cuenta_propia")
    limit = settings.AXES_CLIENT_FAILURE_LIMIT
    for n in range(limit - 1):
        log_in(client, f"vecina_{n}", WRONG, STRANGER)
    assert log_in(client, "cuenta_propia", PASSWORD, STRANGER).status_code == 302
    client.post(reverse("accounts:logout"))
    assert log_in(client, "otra_vecina", WRONG, STRANGER).status_code == 429


def test_no_raw_ip_address_is_stored(client, tree, user):
    for _ in range(9):
        log_in(client, user.username, WRONG, STRANGER)
    log_in(client, "nadie", WRONG, STRANGER)
    rows = list(AccessAttempt.objects.values()) + list(AccessFailureLog.objects.values())
    rows += list(AccessLog.objects.values())
    assert AccessAttempt.objects.exists()
    for row in rows:
        for value in row.values():
            assert STRANGER not in str(value), row
        assert row["ip_address"].startswith("fd00:"), row
        assert row["user_agent"] == ""


def test_the_client_hash_is_keyed_and_changes_every_day(settings, monkeypatch):
    request = RequestFactory().get("/", REMOTE_ADDR=STRANGER)
    today = security.hashed_client(request)
    assert today == security.hashed_client(RequestFactory().get("/", REMOTE_ADDR=STRANGER))
    assert today != security.hashed_client(RequestFactory().get("/", REMOTE_ADDR=OWNER))
    monkeypatch.setattr(
        security.timezone, "localdate", lambda: dt.date.today() + dt.timedelta(days=1)
    )
    assert security.hashed_client(request) != today
    settings.SECRET_KEY = "x" * 60
    assert security.hashed_client(request) != today


def test_behind_a_proxy_the_client_is_the_address_the_proxy_saw(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    factory = RequestFactory()
    one = factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.0.0.1, {STRANGER}")
    two = factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=OWNER)
    assert security.client_address(one) == STRANGER  # a client cannot forge the last hop
    assert security.hashed_client(one) != security.hashed_client(two)


def test_failure_counts_are_forgotten_after_their_hour(client, tree, user):
    from django.utils import timezone

    from cms.tasks import forget_old_login_failures

    log_in(client, user.username, WRONG, STRANGER)
    log_in(client, "nadie", WRONG, OWNER)
    AccessAttempt.objects.filter(username="nadie").update(
        attempt_time=timezone.now() - dt.timedelta(hours=2)
    )
    assert forget_old_login_failures() == 1
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == [user.username]
