"""Yearly summaries, completed paths and stages reached, computed from the generated events.

Written in bulk instead of calling ``progress.services.recompute_record`` once per person
(tens of queries each, fifty thousand times). The computation follows that service
step by step, and tests/cms/test_generate_network.py checks that a recompute of
sampled people gives back exactly the rows written here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings

from curriculum.models import Kind
from progress import rules
from progress.models import Enrolment, StageReached, YearSummary
from progress.selectors import stages_for_language

from .formation import write_enrolment
from .world import Person, World

SUMMARY_FIELDS = (
    "id",
    "user_id",
    "year",
    "reading_minutes",
    "workshop_minutes",
    "practice_minutes",
    "vouched_practice_minutes",
    "workshops_facilitated",
    "paths_completed",
    "new_themes",
    "computed_at",
)
STATUSES = [
    (Enrolment.Status.ACTIVE, 0.7),
    (Enrolment.Status.PAUSED, 0.15),
    (Enrolment.Status.LEFT, 0.15),
]


def _empty() -> dict:
    return {
        "reading_minutes": 0,
        "workshop_minutes": 0,
        "practice_minutes": 0,
        "vouched_practice_minutes": 0,
        "workshops_facilitated": 0,
        "paths_completed": 0,
        "new_themes": [],
    }


def summaries(world: World, enrolments: list[tuple[Person, int, dt.date]]) -> None:
    stages = stages_for_language(language_code=settings.LANGUAGE_CODE)
    by_person: dict[int, list[tuple[int, dt.date]]] = defaultdict(list)
    for person, path_id, day in enrolments:
        by_person[person.id].append((path_id, day))
    statuses, weights = zip(*STATUSES, strict=True)
    for person in world.people:
        chosen = [
            (path_id, day, world.rng.choices(statuses, weights=weights)[0])
            for path_id, day in by_person.get(person.id, [])
        ]
        _person(world, person, chosen, stages)


def _person(world: World, person: Person, enrolled: list, stages) -> None:
    ledger, catalogue, writer = world.ledger, world.catalogue, world.writer
    years: dict[int, dict] = defaultdict(_empty)
    first_done: dict[int, dt.date] = {}
    for material_id, (kind, day, minutes) in ledger.completions.get(person.id, {}).items():
        row = years[day.year]
        if kind == Kind.WORKSHOP:
            row["workshop_minutes"] += minutes
        else:
            row["reading_minutes"] += minutes
        first_done[material_id] = min(day, first_done.get(material_id, day))
    path_done = dict(first_done)
    for day, minutes, vouched, material_id, material_kind in ledger.practice.get(person.id, []):
        key = "vouched_practice_minutes" if vouched else "practice_minutes"
        years[day.year][key] += minutes
        if material_id:
            first_done[material_id] = min(day, first_done.get(material_id, day))
            if material_kind == Kind.PRACTICE:
                path_done[material_id] = min(day, path_done.get(material_id, day))
    for year, count in ledger.facilitated.get(person.id, {}).items():
        years[year]["workshops_facilitated"] += count
    theme_first_seen: dict[str, dt.date] = {}
    for material_id, day in first_done.items():
        for theme in catalogue.themes.get(material_id, ()):
            if theme not in theme_first_seen or day < theme_first_seen[theme]:
                theme_first_seen[theme] = day
    for theme, day in sorted(theme_first_seen.items(), key=lambda kv: (kv[1], kv[0])):
        years[day.year]["new_themes"].append(theme)
    for path_id, enrolled_on, status in enrolled:
        completed_on = None
        materials = catalogue.path_entries.get(path_id)
        if status != Enrolment.Status.LEFT and materials and materials <= path_done.keys():
            completed_on = max(max(path_done[m] for m in materials), enrolled_on)
            status = Enrolment.Status.COMPLETED
            years[completed_on.year]["paths_completed"] += 1
        write_enrolment(world, person, path_id, enrolled_on, status, completed_on)
    rows = []
    for year, values in sorted(years.items()):
        row = YearSummary(user_id=person.id, year=year, **values)
        rows.append(row)
        writer.add(
            YearSummary,
            SUMMARY_FIELDS,
            (
                writer.next_id(YearSummary),
                person.id,
                year,
                values["reading_minutes"],
                values["workshop_minutes"],
                values["practice_minutes"],
                values["vouched_practice_minutes"],
                values["workshops_facilitated"],
                values["paths_completed"],
                values["new_themes"],
                world.now,
            ),
        )
    if stages:
        reached = rules.newly_reached(
            stages, rules.timeline_of(rows), reached=(), today=world.today
        )
        for stage, day in reached:
            writer.add(
                StageReached,
                ("id", "user_id", "stage_key", "reached_on"),
                (writer.next_id(StageReached), person.id, stage.translation_key, day),
            )
