"""Playwright drives Debian's chromium (never a downloaded browser) against live_server."""

import os

import pytest

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session", autouse=True)
def _allow_orm_next_to_playwright():
    """Playwright's sync API keeps an event loop running in the main thread from the first
    browser test to the end of the session; Django refuses ORM calls next to a running loop
    unless told otherwise. Only browser tests set this, and it lasts as long as that loop."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser_type_launch_args():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package")
    return {
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
        ],
    }


@pytest.fixture
def browser_content(live_tree, live_server):
    """The sample library in both languages, committed so the live server sees it."""
    from ..utils import build_content

    return build_content(live_tree)
