"""Small readers of council responses: URLs, flash messages, form errors a person sees."""

from __future__ import annotations

from django import forms
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils.html import escape


def url(name: str, *args) -> str:
    return reverse(f"councils:{name}", args=args)


def flashed(response, level: str | None = None) -> list[str]:
    """The flash messages a response queued (``level``: "error", "success"...)."""
    return [str(m) for m in get_messages(response.wsgi_request) if level is None or level in m.tags]


def _forms_in(value):
    if isinstance(value, forms.BaseForm):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _forms_in(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _forms_in(inner)


def form_errors(response) -> list[str]:
    """Every error message of every bound form in the response's context."""
    found: list[str] = []
    seen: set[int] = set()
    for context in response.context or []:
        for value in context.flatten().values():
            for form in _forms_in(value):
                if id(form) in seen or not form.is_bound:
                    continue
                seen.add(id(form))
                for errors in form.errors.values():
                    found.extend(str(e) for e in errors)
    return found


def assert_shows(response, text: str) -> None:
    """``text`` is on the page the person sees (HTML-escaped the way templates escape it)."""
    content = response.content.decode()
    assert escape(text) in content or text in content, f"{text!r} not on the page"


def assert_error_shown(response, fragment: str) -> None:
    """A form error (or flash message) containing ``fragment`` is shown on the page."""
    messages = form_errors(response) + flashed(response)
    assert any(fragment in m for m in messages), f"{fragment!r} not among {messages!r}"
    if response.status_code in (200, 400):
        matching = next(m for m in messages if fragment in m)
        assert_shows(response, matching)


def assert_refused_politely(response) -> None:
    """Bad input: a page with an error message, or a redirect with an error message; never a 500."""
    assert response.status_code < 500
    if response.status_code in (301, 302, 303):
        assert flashed(response, "error"), "redirected without telling what went wrong"
    elif response.status_code == 404:
        return
    else:
        assert response.status_code in (200, 400), response.status_code
        errors = form_errors(response) + flashed(response, "error")
        assert errors, "the form came back without any error message"
