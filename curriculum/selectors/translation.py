"""Reads for translating a material: the slug its title gives, and its themes in another language."""

from __future__ import annotations

import re

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from curriculum.models.themes import Theme

SLUG_LENGTH = 80


def slug_from_title(*, parent: Page, title: str, page: Page | None = None) -> str:
    """The slug ``title`` gives a page under ``parent``, numbered if a sibling holds it."""
    base = slugify(title)[:SLUG_LENGTH].strip("-") or "material"
    return find_available_slug(parent, base, ignore_page_id=page.pk if page else None)


def slug_follows_title(*, slug: str, title: str) -> bool:
    """The slug is the one ``slug_from_title`` made from this title (numbered or not)."""
    base = slugify(title)[:SLUG_LENGTH].strip("-") or "material"
    return re.fullmatch(rf"{re.escape(base)}(-\d+)?", slug or "") is not None


def themes_in_language(*, themes, language: str) -> tuple[list[Theme], list[Theme]]:
    """The themes as named in ``language`` ("en" or "es"), and those with no name there.

    A Spanish theme is named in English by its ``english`` theme; an English theme
    (one that names a Spanish theme) stays itself in English, and the other way round.
    A theme linked to no other could be of either language, so it has no name there.
    """
    themes = list(themes)
    ids = [theme.pk for theme in themes]
    linked = Theme.objects.filter(pk__in=ids).select_related("english", "spanish")
    by_id = {theme.pk: theme for theme in linked}
    named, missing = [], []
    for theme in themes:
        theme = by_id.get(theme.pk, theme)
        counterpart = _counterpart(theme, language)
        if counterpart is None:
            missing.append(theme)
        elif counterpart not in named:
            named.append(counterpart)
    return named, missing


def _counterpart(theme: Theme, language: str) -> Theme | None:
    spanish = getattr(theme, "spanish", None) if theme.pk else None
    if language == "en":
        if theme.english_id:
            return theme.english
        return theme if spanish is not None else None
    if spanish is not None:
        return spanish
    return theme if theme.english_id else None
