"""Rules of councils written once, as plain functions without queries.

Forms call them to put a message next to the right field; services call them
again before writing, because a service is also called by tasks, the demo and
tests, which have no form. Each returns the messages (never raises) so both
callers decide how to show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from django.utils.translation import gettext as _

from .models import Outcome, PlanStatus, SectionStatus, SessionStatus

FieldError = tuple[str | None, str]

# --- Roles -------------------------------------------------------------------------------

COORDINATOR = "coordinator"
FACILITATOR = "facilitator"
ROLES = (None, FACILITATOR, COORDINATOR)
NETWORK_PERMISSION = "councils.coordinate_network"


def has_role(membership, role: str | None) -> bool:
    """``None``: any member; "facilitator": who organises sessions (coordinators too)."""
    if role is None:
        return True
    if role == COORDINATOR:
        return membership.is_coordinator
    if role == FACILITATOR:
        return membership.is_coordinator or membership.is_facilitator
    raise ValueError(role)


# --- Invitations -------------------------------------------------------------------------

INVITATION_DAYS = (1, 90)
INVITATION_USES = (1, 500)


def invitation_error(*, valid_days: int, max_uses: int | None) -> str | None:
    if not INVITATION_DAYS[0] <= valid_days <= INVITATION_DAYS[1]:
        return _("An invitation is valid for 1 to 90 days.")
    if max_uses is not None and not INVITATION_USES[0] <= max_uses <= INVITATION_USES[1]:
        return _("An invitation can be used by 1 to 500 people.")
    return None


# --- Plans, sections and items -----------------------------------------------------------

MAX_PLAN_YEARS = 15
HOURS_RANGE = (Decimal(0), Decimal(2000))
ITEM_SOURCES = ("material", "path", "local")
BUTTON_ACTIONS = ("remove", "up", "down")


def period_error(*, period_start: int, period_end: int) -> str | None:
    if period_end < period_start:
        return _("The period must end in or after the year it starts.")
    if period_end - period_start > MAX_PLAN_YEARS:
        return _("A plan covers at most fifteen years.")
    return None


def copy_title_error(*, title: str, source_title: str) -> str | None:
    """A copy is the council's own plan: it gets its own name, not the source's."""
    if not (title or "").strip():
        return _("Give your plan its own title.")
    if title.strip().casefold() == (source_title or "").strip().casefold():
        return _("Give your plan a title of its own, different from the plan you copy.")
    return None


def item_source(*, material, study_path) -> str:
    """Where an item comes from: the library (a material or a path) or the council itself."""
    if material is not None:
        return "material"
    if study_path is not None:
        return "path"
    return "local"


def item_errors(
    *, source: str, material, study_path, title: str, description: str
) -> list[FieldError]:
    """What fits a plan section: a published material, a published path, or a described local activity."""
    errors: list[FieldError] = []
    if source == "material":
        if material is None:
            errors.append(("material", _("Choose a material from the library.")))
        elif not material.live:
            errors.append(("material", _("That material is not published.")))
    elif source == "path":
        if study_path is None:
            errors.append(("study_path", _("Choose a study path.")))
        elif not study_path.live:
            errors.append(("study_path", _("That study path is not published.")))
    else:
        if not (title or "").strip():
            errors.append(("title", _("A local activity needs a title.")))
        if not (description or "").strip():
            errors.append(("description", _("Describe the local activity in a few words.")))
    return errors


def hours_error(hours: Decimal | None) -> str | None:
    if hours is not None and not HOURS_RANGE[0] <= hours <= HOURS_RANGE[1]:
        return _("Estimated hours must be between 0 and 2000.")
    return None


def section_is_agreed(section, children: dict) -> bool:
    """Agreed by consensus, or split into parts that are all agreed."""
    if section.status == SectionStatus.AGREED:
        return True
    if section.status == SectionStatus.SPLIT:
        parts = children.get(section.pk, [])
        return bool(parts) and all(section_is_agreed(p, children) for p in parts)
    return False


# --- Assemblies ---------------------------------------------------------------------------

AWAITING_DECISION = (SectionStatus.DRAFT, SectionStatus.UNDER_DEBATE)


def awaits_decision(section) -> bool:
    """What an assembly agenda may hold: sections not decided yet (drafts or under debate)."""
    return section.status in AWAITING_DECISION


def assembly_refusal(plan) -> str | None:
    """Why no assembly can be opened on ``plan`` at all, if so."""
    if plan.council_id is None:
        return _("Network templates are adopted by councils, not by the network.")
    if plan.status == PlanStatus.ADOPTED:
        return _("This plan is already adopted. Propose an amendment to a section first.")
    return None


def assembly_date_error(held_on: dt.date, *, today: dt.date) -> str | None:
    if held_on > today:
        return _("Record an assembly on the day it is held, or after.")
    return None


def part_titles(text: str) -> list[str]:
    """The parts of a split, one title per line."""
    return [t.strip() for t in (text or "").splitlines() if t.strip()]


def outcome_errors(*, outcome: str, note: str, parts: Sequence[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    if outcome not in Outcome.values:
        errors.append(("outcome", _("Choose what the assembly decided.")))
    if outcome == Outcome.NO_CONSENSUS and not (note or "").strip():
        errors.append(("note", _("Note the objections, so the next assembly can take them up.")))
    if outcome == Outcome.SPLIT and len([t for t in parts if t and t.strip()]) < 2:
        errors.append(("parts", _("A split needs at least two parts, one title per line.")))
    return errors


# --- Sessions -----------------------------------------------------------------------------

MAX_SESSION_LENGTH = dt.timedelta(hours=14)


def session_time_errors(
    *, starts_at: dt.datetime, ends_at: dt.datetime, now: dt.datetime
) -> list[FieldError]:
    errors: list[FieldError] = []
    if starts_at <= now:
        errors.append(("day", _("A new session can't start in the past.")))
    if ends_at <= starts_at:
        errors.append(("end_time", _("A session ends after it starts.")))
    elif ends_at - starts_at > MAX_SESSION_LENGTH:
        errors.append(
            ("end_time", _("A session lasts at most 14 hours; schedule several days apart."))
        )
    return errors


def attendance_refusal(session) -> str | None:
    """Why no attendance can be taken at ``session`` (asked by progress before recording)."""
    if session.status == SessionStatus.CANCELLED:
        return _("This session was cancelled: there is no attendance to take.")
    return None


# --- Aggregate attendance counts ----------------------------------------------------------

COUNT_GROUPS = ("women", "men", "other")
MAX_ASSEMBLY_COUNT = 100000
MAX_SESSION_COUNT = 10000


def _group_label(group: str) -> str:
    return {"women": _("women"), "men": _("men"), "other": _("others or unstated")}[group]


def attendance_count_errors(
    counts: dict[str, int | None], *, subgroup: str, maximum: int, attendance: int | None = None
) -> list[FieldError]:
    """What aggregate counts may hold: ``attended_<group>`` and ``<subgroup>_<group>``.

    Empty means "not recorded". No count is negative or above ``maximum``; those who spoke
    (or facilitated) in a group are at most those who attended in it; with the total
    ``attendance`` known, the three attended counts add up to it at most (exactly, once all
    three are filled in).
    """
    errors: list[FieldError] = []
    for kind in ("attended", subgroup):
        for group in COUNT_GROUPS:
            name = f"{kind}_{group}"
            value = counts.get(name)
            if value is None:
                continue
            if value < 0:
                errors.append((name, _("A count can't be negative.")))
            elif value > maximum:
                errors.append((name, _("At most %(max)s people.") % {"max": maximum}))
    if errors:
        return errors
    for group in COUNT_GROUPS:
        part = counts.get(f"{subgroup}_{group}")
        whole = counts.get(f"attended_{group}")
        if part is None or part == 0:
            continue
        if whole is None:
            errors.append(
                (
                    f"attended_{group}",
                    _("Fill in how many %(group)s attended too.") % {"group": _group_label(group)},
                )
            )
        elif part > whole:
            errors.append(
                (
                    f"{subgroup}_{group}",
                    _("There can't be more %(group)s here (%(part)s) than attended (%(whole)s).")
                    % {"group": _group_label(group), "part": part, "whole": whole},
                )
            )
    attended = [counts.get(f"attended_{group}") for group in COUNT_GROUPS]
    if attendance is not None and any(v is not None for v in attended):
        total = sum(v or 0 for v in attended)
        if total > attendance:
            errors.append(
                (
                    None,
                    _("The counts add up to %(sum)s, more than the %(total)s who attended.")
                    % {"sum": total, "total": attendance},
                )
            )
        elif all(v is not None for v in attended) and total != attendance:
            errors.append(
                (
                    None,
                    _(
                        "Women, men and others add up to %(sum)s, not the %(total)s who attended: "
                        "count those whose gender you don't know under “others or unstated”."
                    )
                    % {"sum": total, "total": attendance},
                )
            )
    return errors


# A council's erasure waits this long, so a single coordinator cannot wipe it on a whim.
ERASE_GRACE = dt.timedelta(days=7)


def erase_due_at(council) -> dt.datetime | None:
    requested = council.erase_requested_at
    return requested + ERASE_GRACE if requested else None
