"""Small helpers shared by the council views: how a service's refusal reaches the person."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.contrib import messages
from django.core.exceptions import ValidationError

T = TypeVar("T")


def submit(form, action: Callable[..., T], **kwargs) -> T | None:
    """Call the service ``action``; when a rule says no, show why above the form and return None."""
    try:
        return action(**kwargs)
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)
        return None


def attempt(request, action: Callable[..., object], **kwargs) -> bool:
    """Call ``action`` for a small button (no form): a refusal becomes an error message."""
    try:
        action(**kwargs)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return False
    return True


def remove_or_move(
    request,
    *,
    action: str,
    remove: Callable[..., object],
    move: Callable[..., object],
    removed: str,
    **kwargs,
) -> bool:
    """The small remove / up / down buttons of a plan's sections and items, in councils' plans
    and the network's templates alike. ``removed`` is the message once removed; returns
    whether the service agreed."""
    if action == "remove":
        done = attempt(request, remove, **kwargs)
        if done:
            messages.success(request, removed)
        return done
    return attempt(request, move, direction=action, **kwargs)
