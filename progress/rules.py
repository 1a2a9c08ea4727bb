"""The rules of the formation record, written once: pure functions, no ORM, no models.

Services, selectors, templates (through ``cms``' ``hours`` filter) and exports call
these, so a number means the same thing on every page.

**Hours.** Minutes are what is stored. Hours shown to people are minutes / 60 on
``Decimal``, rounded to one decimal with ``ROUND_HALF_UP``: 75 min is 1.3 h, 45 min
is 0.8 h, 3 min is 0.1 h. This module is the only place that rounds hours. Totals are
rounded once, from summed minutes (never summed from rounded hours), and stage
requirements are compared in exact minutes, never in rounded hours.

**Stages.** A stage is anything with ``translation_key``, ``sort_order``, ``pk`` and the
``min_*`` requirement fields of ``progress.models.FormationStage`` (duck-typed, so
tests can use plain objects).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

HOURS_STEP = Decimal("0.1")
HOURS_ROUNDING = ROUND_HALF_UP
MINUTES_PER_HOUR = 60


# --- Hours -----------------------------------------------------------------------------


def hours_from_minutes(minutes: int | Decimal | None) -> Decimal:
    """Minutes as hours to one decimal, half up: the one rounding of hours in Trayecto."""
    value = Decimal(minutes or 0) / MINUTES_PER_HOUR
    return value.quantize(HOURS_STEP, rounding=HOURS_ROUNDING)


def minutes_from_hours(hours: int | Decimal | str) -> int:
    """Hours (as entered, one decimal) as whole minutes: exact for tenths of an hour."""
    value = Decimal(hours) * MINUTES_PER_HOUR
    return int(value.to_integral_value(rounding=HOURS_ROUNDING))


def percent(part: int | Decimal, whole: int | Decimal) -> int:
    """A whole percentage for meters (not hours); 0 when there is nothing to measure against."""
    return round(100 * part / whole) if whole else 0


# --- Totals ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    """What stages are measured in: minutes of study and vouched practice, and counts."""

    study_minutes: int = 0
    vouched_minutes: int = 0
    facilitated: int = 0
    themes: int = 0
    paths: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def __le__(self, other: Totals) -> bool:
        return all(getattr(self, f.name) <= getattr(other, f.name) for f in fields(self))

    @property
    def study_hours(self) -> Decimal:
        return hours_from_minutes(self.study_minutes)

    @property
    def vouched_hours(self) -> Decimal:
        return hours_from_minutes(self.vouched_minutes)


def year_totals(summary: Any) -> Totals:
    """One year's numbers from anything shaped like ``YearSummary``."""
    return Totals(
        study_minutes=summary.reading_minutes + summary.workshop_minutes,
        vouched_minutes=summary.vouched_practice_minutes,
        facilitated=summary.workshops_facilitated,
        themes=len(summary.new_themes),
        paths=summary.paths_completed,
    )


def cumulative_by_year(per_year: Iterable[tuple[int, Totals]]) -> list[tuple[int, Totals]]:
    """Running totals at the end of each year, oldest first (a year given twice is summed)."""
    by_year: dict[int, Totals] = {}
    for year, totals in per_year:
        by_year[year] = by_year.get(year, Totals()) + totals
    running = Totals()
    timeline = []
    for year in sorted(by_year):
        running = running + by_year[year]
        timeline.append((year, running))
    return timeline


def timeline_of(summaries: Iterable[Any]) -> list[tuple[int, Totals]]:
    """Running totals per year of a person's yearly summaries."""
    return cumulative_by_year((s.year, year_totals(s)) for s in summaries)


def final_totals(timeline: Sequence[tuple[int, Totals]]) -> Totals:
    return timeline[-1][1] if timeline else Totals()


# --- Stages ----------------------------------------------------------------------------

# (key shown to people, stage field, Totals field, measured in hours?)
REQUIREMENTS = (
    ("study_hours", "min_study_hours", "study_minutes", True),
    ("vouched_hours", "min_vouched_practice_hours", "vouched_minutes", True),
    ("facilitated", "min_workshops_facilitated", "facilitated", False),
    ("themes", "min_distinct_themes", "themes", False),
    ("paths", "min_paths_completed", "paths", False),
)


def missing_requirements(stage: Any, totals: Totals) -> list[tuple[str, int, Decimal | int]]:
    """``(key, needed, have)`` for each requirement not met; hours compared in exact minutes."""
    missing = []
    for key, need_field, have_field, in_hours in REQUIREMENTS:
        need = getattr(stage, need_field) or 0
        have = getattr(totals, have_field)
        if in_hours:
            if have < need * MINUTES_PER_HOUR:
                missing.append((key, need, hours_from_minutes(have)))
        elif have < need:
            missing.append((key, need, have))
    return missing


def stage_met(stage: Any, totals: Totals) -> bool:
    return not missing_requirements(stage, totals)


def stage_order(stage: Any) -> tuple:
    return (stage.sort_order or 0, stage.pk)


def stages_in_language(
    stages: Iterable[Any],
    *,
    language_code: str,
    fallback_code: str,
    language_of: Callable[[Any], str] = lambda stage: stage.locale.language_code,
) -> list[Any]:
    """One stage per translation key, in order: the reader's language, else the default, else any.

    ``stages`` come in ``stage_order``; among several of the same language the last one wins.
    """
    chosen: dict = {}
    for stage in stages:
        current = chosen.get(stage.translation_key)
        language = language_of(stage)
        if (
            current is None
            or language == language_code
            or (language == fallback_code and language_of(current) != language_code)
        ):
            chosen[stage.translation_key] = stage
    return sorted(chosen.values(), key=stage_order)


def next_stage(stages: Sequence[Any], totals: Totals, *, reached: Iterable = ()) -> Any | None:
    """The first stage, in order, neither reached before nor met by the totals."""
    reached = set(reached)
    for stage in stages:
        if stage.translation_key not in reached and not stage_met(stage, totals):
            return stage
    return None


def current_stage(stages: Sequence[Any], *, reached: Iterable) -> Any | None:
    """The furthest stage, in order, that the person has reached."""
    reached = set(reached)
    found = None
    for stage in stages:
        if stage.translation_key in reached:
            found = stage
    return found


def first_year_met(stage: Any, timeline: Sequence[tuple[int, Totals]]) -> int | None:
    for year, totals in timeline:
        if stage_met(stage, totals):
            return year
    return None


def newly_reached(
    stages: Sequence[Any],
    timeline: Sequence[tuple[int, Totals]],
    *,
    reached: Iterable,
    today: dt.date,
) -> list[tuple[Any, dt.date]]:
    """Stages not reached yet that the timeline meets, with their date.

    A stage met in a past year is dated the 31st of December of that year; met this
    year, it is dated today.
    """
    reached = set(reached)
    result = []
    for stage in stages:
        if stage.translation_key in reached:
            continue
        year = first_year_met(stage, timeline)
        if year is not None:
            day = today if year >= today.year else dt.date(year, 12, 31)
            result.append((stage, day))
    return result
