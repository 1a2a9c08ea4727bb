"""Rules of shared experiences, as plain functions without queries.

What an anonymised council is called, how its name is taken out of the text the
network reads, which person names the preview warns about, and how text is folded
for a search that ignores accents. Forms, services and selectors call them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from django.utils.translation import gettext as _

MAX_TIMELINE = 60
MAX_LESSONS = 40
MAX_CITED = 30

# Capitalised words that start sentences or name institutions rather than people.
_NOT_NAMES = frozenset(
    """
    el la los las un una unos unas lo al del de y e o u en con por para sin sobre entre
    desde hasta que como cuando donde pero porque si no ni ya muy mas más también tras
    nosotras nosotros ellas ellos ella él ese esa este esta eso esto cada todo toda todos todas
    consejo consejos comunal comunales comuna asamblea asambleas plan planes sesión sesion
    taller talleres red encuentro cooperativa mesa técnica tecnica agua casa escuela
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    the a an and or of in on at to for with by from we they she he it this that these those
    council councils assembly assemblies workshop workshops network meeting water school
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """.split()
)
_CAPITALISED_PAIR = re.compile(
    r"\b([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{1,30})\s+([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{1,30})\b"
)


def fold(text: str) -> str:
    """Lower case without accents: "Educación" and "educacion" become the same word."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def anonymised_label(*, territory_label: str, state: str) -> str:
    """What the network calls a council that shares anonymised: its kind of territory and region."""
    return _("A council: %(territory)s, %(state)s") % {
        "territory": territory_label,
        "state": state,
    }


def redact(text: str, *, names: Iterable[str], replacement: str) -> str:
    """``text`` with each of ``names`` (any case, any accents kept) replaced by ``replacement``."""
    for name in sorted(
        {n.strip() for n in names if n and len(n.strip()) >= 3}, key=len, reverse=True
    ):
        text = re.sub(re.escape(name), replacement, text, flags=re.IGNORECASE)
    return text


def names_in(texts: Iterable[str], *, known: Iterable[str]) -> list[str]:
    """Person names found in ``texts``: ``known`` names (members) and capitalised pairs.

    Known names are matched as whole words, ignoring case and accents; any two
    capitalised words in a row whose both words are not common words count too
    ("María Pérez"), because the preview would rather warn once too often.
    """
    found: dict[str, str] = {}
    joined = "\n".join(t for t in texts if t)
    folded = fold(joined)
    for name in known:
        name = (name or "").strip()
        if len(name) < 3:
            continue
        if re.search(rf"(?<![\w.]){re.escape(fold(name))}(?![\w])", folded):
            found.setdefault(fold(name), name)
    for first, second in _CAPITALISED_PAIR.findall(joined):
        if fold(first) in _NOT_NAMES or fold(second) in _NOT_NAMES:
            continue
        pair = f"{first} {second}"
        found.setdefault(fold(pair), pair)
    return sorted(found.values(), key=fold)


def timeline_date_error(*, happened_on, today) -> str | None:
    if happened_on is not None and happened_on > today:
        return _(
            "A moment of the lived process has already happened: its date cannot be in the future."
        )
    return None


_PREFIXES = re.compile(
    r"^(consejo comunal|consejo|comuna|communal council|council)\s+", flags=re.IGNORECASE
)


def council_name_variants(*, name: str, slug: str) -> list[str]:
    """The ways a text may name the council: its name, without "Consejo Comunal", its slug."""
    variants = [name, _PREFIXES.sub("", name.strip()), slug, slug.replace("-", " ")]
    return [v for v in variants if v and len(v.strip()) >= 3]
