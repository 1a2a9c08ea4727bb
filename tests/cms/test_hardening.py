"""Production settings pass Django's deploy check; pages send strict headers; shared devices log out."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.urls import reverse

from cms.middleware import LAST_SEEN_KEY

from ..factories import PASSWORD

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
# The Production section of README.md, behind an HTTPS reverse proxy.
PRODUCTION_ENV = {
    "DATABASE_URL": "postgres://user:pass@db/trayecto",
    "REDIS_URL": "redis://redis:6379/0",
    "ALLOWED_HOSTS": "trayecto.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://trayecto.example.org",
    "WAGTAILADMIN_BASE_URL": "https://trayecto.example.org",
    "BEHIND_HTTPS_PROXY": "1",
}


def production_environment() -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "PYTEST_VERSION" and not key.startswith(("DJANGO_", "SECURE_", "HSTS_"))
    }
    env.update(PRODUCTION_ENV, SECRET_KEY=secrets.token_urlsafe(60))
    return env


def test_check_deploy_is_clean_with_the_readme_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output, output


def test_behind_https_the_site_redirects_and_sends_hsts():
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS >= 15552000,"
        " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=production_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout.strip().splitlines()[-1].split() == ["True"] * 4, (
        result.stdout + result.stderr
    )


def test_the_home_page_sends_strict_security_headers(client, tree):
    response = client.get("/")
    assert response.status_code == 200
    headers = response.headers
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "geolocation=()" in headers["Permissions-Policy"]
    policy = {
        part.split()[0]: part.split()[1:]
        for part in headers["Content-Security-Policy"].split(";")
        if part.strip()
    }
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"] + policy["style-src"]


def test_the_wagtail_admin_keeps_working(client, tree):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response.headers  # its inline scripts are allowed


def log_in(client, user, **extra):
    return client.post(
        reverse("accounts:login"), {"username": user.username, "password": PASSWORD, **extra}
    )


def test_a_shared_device_session_ends_with_the_browser_and_after_two_idle_hours(client, tree, user):
    assert log_in(client, user, shared_device="on").status_code == 302
    assert client.session.get_expire_at_browser_close()
    assert client.get(reverse("accounts:profile")).status_code == 200

    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 2 * 60 * 60 - 60
    session.save()
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert "_auth_user_id" not in client.session


def test_an_own_device_session_is_unchanged(client, tree, user):
    assert log_in(client, user).status_code == 302
    assert not client.session.get_expire_at_browser_close()
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 5 * 60 * 60
    session.save()
    assert client.get(reverse("accounts:profile")).status_code == 200
