"""What search engines read in <head>: a description for every page and absolute alternates."""

from __future__ import annotations

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page

from .trayecto_tags import language_links

register = template.Library()

MAX_DESCRIPTION = 160
# Fields a page may describe itself with, first found wins (after search_description).
DESCRIPTION_FIELDS = ("summary", "intro")


def site_description() -> str:
    return _(
        "Trayecto: permanent political formation for communal councils. A library of "
        "readings, workshops and practice, study paths, and each person's formation record."
    )


def _plain(text) -> str:
    return " ".join(strip_tags(str(text or "")).split())


@register.simple_tag(takes_context=True)
def meta_description(context) -> str:
    """The page's search description, else its summary or introduction, else the site's."""
    page = context.get("page")
    if isinstance(page, Page):
        candidates = [page.search_description] + [
            getattr(page, name, "") for name in DESCRIPTION_FIELDS
        ]
        for candidate in candidates:
            text = _plain(candidate)
            if text:
                return Truncator(text).chars(MAX_DESCRIPTION)
    return site_description()


@register.simple_tag(takes_context=True)
def alternate_links(context) -> list[tuple[str, str]]:
    """(language, absolute URL) of each existing translation of this page, itself included."""
    request = context.get("request")
    if request is None:
        return []
    return [
        (link.code, request.build_absolute_uri(link.url))
        for link in language_links(context)
        if link.is_translation
    ]
