"""Private texts stay closed after a password reset made with a council's code.

The lock itself is a date on the person (set by ``councils.services.resets``,
cleared by one of their own recovery codes in ``cms``); here is what it closes:
reflections on completions and the texts of practice entries that are not shared.
"""

from __future__ import annotations

from django.shortcuts import render


def private_texts_locked(user) -> bool:
    return bool(getattr(user, "private_locked_at", None))


def locked_page(request):
    return render(request, "progress/locked.html", status=403)
