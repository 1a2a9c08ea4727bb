"""Shared fixtures: Wagtail's tree, on-commit callbacks, Celery mode, and CI strictness."""

from __future__ import annotations

import os

import pytest

REQUIRE_SERVICES = os.environ.get("TRAYECTO_REQUIRE_SERVICES", "").strip() == "1"


def pytest_configure(config):
    # WhiteNoise warns when collectstatic has not run; tests serve no static files.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """With TRAYECTO_REQUIRE_SERVICES=1 a skipped test fails: CI cannot pass without the services."""
    report = yield
    if REQUIRE_SERVICES and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = (
            f"TRAYECTO_REQUIRE_SERVICES=1: this test was skipped, which CI counts as a failure. "
            f"Reason: {reason}"
        )
    return report


@pytest.fixture(autouse=True)
def _celery_in_process():
    """Celery tasks run in-process unless a test starts a real worker (see test_services)."""
    from cms.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """PBKDF2 is slow on purpose; tests check passwords, not the hasher's cost."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _spanish_by_default():
    """Each test starts in the default language: a request under /en/ leaves English active."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tree(db):
    """Locales es/en, root, Spanish home page as default site, library and study path index."""
    from .utils import build_tree

    return build_tree()


@pytest.fixture
def live_tree(transactional_db):
    """The same tree for tests that commit (live_server, a real Celery worker)."""
    from .utils import build_tree

    return build_tree()


@pytest.fixture
def base_tree(db):
    """Only what a freshly migrated database holds: root, Spanish home, default site."""
    from .utils import build_base_tree

    return build_base_tree(with_english_locale=False)


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Context manager running on-commit callbacks (Celery ``delay_on_commit``, publish hooks)."""

    def runner():
        return django_capture_on_commit_callbacks(execute=True)

    return runner


@pytest.fixture
def user(db):
    from .factories import UserFactory

    return UserFactory(username="mariposa_roja", display_name="Mariposa")


@pytest.fixture
def logged_in_client(client, user):
    from .utils import login

    login(client, user)
    return client


@pytest.fixture
def content(tree):
    """A reading, a workshop, a practice and a published path, in Spanish and English."""
    from .utils import build_content

    return build_content(tree)


@pytest.fixture(autouse=True, scope="session")
def _quiet_logs():
    """Wagtail and django-tasks log every page save at INFO: keep failure output readable."""
    import logging

    for name in ("wagtail", "django_tasks", "celery"):
        logging.getLogger(name).setLevel(logging.WARNING)
