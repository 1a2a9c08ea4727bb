"""Sentences the system writes about a plan, rendered when read, in the reader's language.

A version stores what happened (``PlanVersion.event`` and ``event_data``: titles,
outcome codes, ISO dates) and a copy stores where it came from
(``FormationPlan.copied_from_data``). Only here do they become sentences, with
``gettext`` and localised dates at the moment a page or an export is made, so a
Spanish speaker's action reads in English under ``/en/``, and the other way round.
"""

from __future__ import annotations

import datetime as dt

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Outcome, VersionEvent

ORIGIN_TEMPLATE = "template"
ORIGIN_PLAN = "plan"
ORIGIN_NOTE = "note"


def origin_data(*, source, on: dt.date) -> dict:
    """What a copy remembers of its source: its kind, title, council and the day of the copy."""
    if source.is_network_template:
        return {"kind": ORIGIN_TEMPLATE, "title": source.title, "date": on.isoformat()}
    return {
        "kind": ORIGIN_PLAN,
        "title": source.title,
        "council": source.council.name if source.council_id else "",
        "date": on.isoformat(),
    }


def localised_date(value: str | None) -> str:
    """An ISO date as the active language writes it ("29 de noviembre de 2026", "Nov. 29, 2026")."""
    if not value:
        return ""
    try:
        return date_format(dt.date.fromisoformat(value), "DATE_FORMAT")
    except (TypeError, ValueError):
        return str(value)


def outcome_label(code: str | None) -> str:
    try:
        return str(Outcome(code).label)
    except ValueError:
        return str(code or "")


def describe_origin(data: dict | None) -> str:
    """The "adapted from" words of a copy, or "" when it is no copy."""
    data = data or {}
    kind = data.get("kind")
    if kind == ORIGIN_TEMPLATE:
        return _("network template “%(title)s”") % {"title": data.get("title", "")}
    if kind == ORIGIN_PLAN:
        if data.get("title") and data.get("council"):
            return _("“%(title)s” of %(council)s") % {
                "title": data["title"],
                "council": data["council"],
            }
        return _("a plan of another council")
    if kind == ORIGIN_NOTE:
        return data.get("text", "")
    return ""


def _title(data: dict) -> dict:
    return {"title": data.get("title", "")}


# Events whose sentence only names a title.
_TITLED = {
    VersionEvent.SECTION_ADDED: lambda: _("Section “%(title)s” added"),
    VersionEvent.SECTION_EDITED: lambda: _("Section “%(title)s” edited"),
    VersionEvent.SECTION_REMOVED: lambda: _("Section “%(title)s” removed"),
    VersionEvent.SECTION_MOVED: lambda: _("Section “%(title)s” moved"),
    VersionEvent.ITEM_ADDED: lambda: _("“%(title)s” added"),
    VersionEvent.ITEM_EDITED: lambda: _("“%(title)s” edited"),
    VersionEvent.ITEM_REMOVED: lambda: _("“%(title)s” removed"),
    VersionEvent.ITEM_MOVED: lambda: _("“%(title)s” moved"),
}


def describe_event(event: str, data: dict | None) -> str:
    """One version's sentence, in the active language."""
    data = data or {}
    if event in _TITLED:
        return _TITLED[event]() % _title(data)
    if event == VersionEvent.CREATED:
        return _("Plan created")
    if event == VersionEvent.COPIED:
        return _("Copied from %(origin)s") % {"origin": describe_origin(data)}
    if event == VersionEvent.DETAILS_EDITED:
        return _("Plan details edited")
    if event == VersionEvent.AMENDED:
        return _("Amendment proposed to “%(title)s”: %(reason)s") % {
            **_title(data),
            "reason": data.get("reason", ""),
        }
    if event == VersionEvent.ASSEMBLY_OUTCOME:
        sentence = _("Assembly of %(date)s: “%(title)s”, %(outcome)s") % {
            **_title(data),
            "date": localised_date(data.get("date")),
            "outcome": outcome_label(data.get("outcome")),
        }
        return sentence + (" · " + _("plan adopted") if data.get("adopted") else "")
    if event == VersionEvent.OUTCOME_CORRECTED:
        return _("Correction of the assembly of %(date)s on “%(title)s”: %(outcome)s") % {
            **_title(data),
            "date": localised_date(data.get("date")),
            "outcome": outcome_label(data.get("outcome")),
        }
    return str(data.get("text", ""))


def describe_version(version) -> str:
    return describe_event(version.event, version.event_data)
