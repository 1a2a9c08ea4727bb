"""Turn what a visitor types into a safe, forgiving library search.

The search backends parse their own query languages (SQLite FTS5 MATCH,
PostgreSQL ``to_tsquery``), where quotes, ``-``, ``*``, ``AND`` or a NUL byte
are syntax. We keep only words made of letters and digits, so every character
a visitor can type is either part of a plain word or dropped, never syntax.
Each word also matches its singular and plural, because SQLite does no
stemming; accents are folded by SQLite's tokenizer and by the ``unaccent``
search configuration on PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from wagtail.search.query import And, Or, PlainText, SearchQuery

MAX_CHARACTERS = 200
MAX_WORDS = 12

# Letters and digits of any script; ``_`` and everything else separate words.
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchText:
    """The words kept from a visitor's text, and whether some had to be dropped."""

    words: tuple[str, ...]
    shortened: bool = False


def parse_search_text(text: str | None) -> SearchText:
    """Plain lower-case words of ``text``, at most MAX_CHARACTERS long and MAX_WORDS many."""
    text = unicodedata.normalize("NFKC", text or "")
    shortened = len(text) > MAX_CHARACTERS
    words = [word.lower() for word in _WORD.findall(text[:MAX_CHARACTERS])]
    if len(words) > MAX_WORDS:
        words, shortened = words[:MAX_WORDS], True
    return SearchText(words=tuple(words), shortened=shortened)


def word_forms(word: str) -> list[str]:
    """The word with its likely singular and plural forms (Spanish first, then English)."""
    stems = {word}
    if word.endswith("ces") and len(word) > 4:
        stems.add(word[:-3] + "z")
    if word.endswith("ies") and len(word) > 4:
        stems.add(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        stems.update({word[:-2], word[:-1]})
    elif word.endswith("s") and len(word) > 3:
        stems.add(word[:-1])
    forms = set(stems)
    for stem in stems:
        forms.update({stem + "s", stem + "es"})
        if stem.endswith("z"):
            forms.add(stem[:-1] + "ces")
        if stem.endswith("y"):
            forms.add(stem[:-1] + "ies")
    return sorted(forms)


def build_query(words: tuple[str, ...] | list[str]) -> SearchQuery | None:
    """Every word must match, in any of its forms; None when nothing is left to search.

    Each form is its own PlainText inside an ``Or``: the SQLite backend joins the
    terms of one multi-word PlainText without parentheses, so ``AND`` would
    bind tighter than the forms' ``OR``.
    """
    parts = [Or([PlainText(form) for form in word_forms(word)]) for word in words]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)
