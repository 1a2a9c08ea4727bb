"""The ``<id:...>`` path converter: an id a database column can hold, or no match (404).

Django's ``<int:...>`` takes any run of digits; an id past 64 bits then reaches the
query, and SQLite can't bind it (``OverflowError``, a 500) when the lookup goes
through a Wagtail page's ``page_ptr``. This converter stops it at the URL.
"""

from __future__ import annotations

from django.urls import register_converter
from django.urls.converters import get_converters

LARGEST_ID = 2**63 - 1


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 0 < number <= LARGEST_ID:
            raise ValueError(value)
        return number

    def to_url(self, value) -> str:
        return str(int(value))


def register() -> None:
    """Register ``id`` once, whichever urls module loads first."""
    if "id" not in get_converters():
        register_converter(IdConverter, "id")
