"""The three promises checked after every request: no 5xx, no partial write, no leak from B."""

from __future__ import annotations

import functools
import traceback
from pathlib import Path

from django.apps import apps
from django.contrib import messages
from django.contrib.messages import get_messages
from django.db import connection

from .world import MARKER

PROJECT = Path(__file__).resolve().parents[2]
HARNESS = Path(__file__).resolve().parent

# Tables whose rows change without a save the visitor asked for, and why that is fine.
VOLATILE_TABLES: dict[str, str] = {
    "django_session": "logging in or out, a language choice or a flash message writes the session",
    "wagtailcore_modellogentry": "Wagtail's audit log of admin actions",
    "wagtailcore_pagelogentry": "Wagtail's audit log of page actions",
    "wagtailcore_revision": "Wagtail's page revisions",
    "axes_accessattempt": "django-axes records failed logins (a refusal, not a save)",
    "axes_accesslog": "django-axes access log",
    "axes_accessfailurelog": "django-axes failure log",
}


@functools.cache
def _tables() -> tuple[str, ...]:
    tables = {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }
    return tuple(sorted(tables - set(VOLATILE_TABLES)))


@functools.cache
def _count_sql(vendor: str) -> str:
    quote = connection.ops.quote_name
    return "SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {quote(t)})" for t in _tables())


def counts() -> dict[str, int]:
    """Rows in every model's table: one COUNT each, sent as a single statement."""
    tables = _tables()
    with connection.cursor() as cursor:
        cursor.execute(_count_sql(connection.vendor))
        row = cursor.fetchone()
    return dict(zip(tables, row, strict=True))


def changed(before: dict[str, int], after: dict[str, int]) -> dict[str, tuple[int, int]]:
    return {t: (before[t], after[t]) for t in before if before[t] != after[t]}


def confirms_save(response) -> bool:
    """A redirect, or a success message queued for the visitor."""
    if 300 <= response.status_code < 400:
        return True
    request = getattr(response, "wsgi_request", None)
    if request is None:
        return False
    return any(m.level == messages.SUCCESS for m in get_messages(request))


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def leaks(response, sent: str) -> bool:
    """Council B's marker in the answer (unless the visitor typed it themselves)."""
    return MARKER not in sent and MARKER in body(response)


def _is_project_code(path: Path) -> bool:
    if ".venv" in path.parts or not path.is_relative_to(PROJECT):
        return False
    return path.parent != HARNESS or path.name == "broken_urls.py"


def where(error: BaseException) -> str:
    """The innermost frame of the project's own code (not the libraries') that raised."""
    frames = traceback.extract_tb(error.__traceback__)
    own = [f for f in frames if _is_project_code(Path(f.filename))]
    frame = (own or frames)[-1] if (own or frames) else None
    label = f"{type(error).__name__}: {str(error)[:200]}"
    if frame is None:
        return label
    filename = Path(frame.filename)
    try:
        filename = filename.relative_to(PROJECT)
    except ValueError:
        pass
    last = frames[-1]
    origin = f" (raised in {Path(last.filename).name}:{last.lineno})" if last is not frame else ""
    return f"{label} at {filename}:{frame.lineno} in {frame.name}{origin}"
