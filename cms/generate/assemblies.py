"""Assemblies of citizens on a plan: consensus, objections noted, and sections split in parts."""

from __future__ import annotations

import datetime as dt

from councils.models import Assembly, AssemblyOutcome, Outcome, PlanStatus, SectionStatus

from . import names
from .gender import assembly_counts
from .sections import new_item, new_section
from .world import World

OUTCOME_FIELDS = (
    "id",
    "assembly_id",
    "section_id",
    "outcome",
    "note",
    "recorded_by_id",
    "recorded_at",
)


def debate(world, council, plan_id, sections, items, assemblies, status, year):
    """Assemblies until the plan reaches ``status``: consensus, objections and splits."""
    rng, writer = world.rng, world.writer
    coordinator = world.people[council.coordinators[0]].id if council.coordinators else None
    must_finish = status in (PlanStatus.ADOPTED, PlanStatus.AMENDING)
    rounds = rng.randint(1, 2) if status == PlanStatus.UNDER_DEBATE else rng.randint(1, 3)
    day = world.day_in(year, weekend=True)
    day = min(day, world.today - dt.timedelta(days=7 * (rounds + 2)))
    round_number = 0
    while True:
        pending = [
            s for s in sections if s["status"] in (SectionStatus.DRAFT, SectionStatus.UNDER_DEBATE)
        ]
        if not pending:
            break
        last = must_finish and round_number >= rounds - 1
        if not must_finish and round_number >= rounds:
            break
        assembly_id = writer.next_id(Assembly)
        attendance = rng.randint(12, 90)
        writer.add(
            Assembly,
            (
                "id",
                "council_id",
                "plan_id",
                "held_on",
                "place",
                "attendance",
                "minutes",
                "opened_by_id",
                "created_at",
            )
            + assembly_counts(world, attendance, fields=True),
            (
                assembly_id,
                council.id,
                plan_id,
                day,
                rng.choice(names.PLACES),
                attendance,
                "",
                coordinator,
                world.aware(day, 17),
            )
            + assembly_counts(world, attendance),
        )
        assemblies.append((assembly_id, day))
        for section in pending:
            writer.add(
                Assembly.agenda.through,
                ("assembly_id", "plansection_id"),
                (assembly_id, section["id"]),
            )
            roll = rng.random()
            has_items = any(item["section"] is section for item in items)
            if not world.split_done and not last and has_items and section["parent"] is None:
                roll = 0.99  # at least one split in every network
            if last or roll < 0.55:
                outcome, note = Outcome.CONSENSUS, ""
                section.update(status=SectionStatus.AGREED, agreed_in=assembly_id, agreed_at=day)
            elif roll < 0.8 or section["parent"] is not None or not has_items:
                outcome, note = Outcome.NO_CONSENSUS, rng.choice(names.OBJECTIONS)
                section["status"] = SectionStatus.UNDER_DEBATE
            else:
                outcome, note = Outcome.SPLIT, "Se divide para acordar parte por parte."
                section["status"] = SectionStatus.SPLIT
                world.split_done = True
                _split(world, plan_id, section, sections, items)
            writer.add(
                AssemblyOutcome,
                OUTCOME_FIELDS,
                (
                    writer.next_id(AssemblyOutcome),
                    assembly_id,
                    section["id"],
                    outcome,
                    note,
                    coordinator,
                    world.aware(day, 18),
                ),
            )
        round_number += 1
        day = min(
            day + dt.timedelta(days=7 * rng.randint(2, 8)), world.today - dt.timedelta(days=1)
        )
        if not must_finish and round_number >= rounds:
            break
    if status == PlanStatus.UNDER_DEBATE and all(
        s["status"] in (SectionStatus.AGREED, SectionStatus.SPLIT) for s in sections
    ):
        # Still under debate: one part waits for the next assembly.
        extra = new_section(
            world, plan_id, None, rng.choice(names.SECTION_TITLES), len(sections) + 1
        )
        sections.append(extra)
        items.append(new_item(world, extra, 1))


def _split(world: World, plan_id: int, section: dict, sections: list, items: list) -> None:
    own = [item for item in items if item["section"] is section]
    parts = [
        new_section(world, plan_id, section["id"], f"{section['title']} ({part})", part)
        for part in range(1, world.rng.randint(2, 3) + 1)
    ]
    sections.extend(parts)
    counters = [0] * len(parts)
    for index, item in enumerate(own):
        target = index % len(parts)
        counters[target] += 1
        item["section"], item["position"] = parts[target], counters[target]
    for target, part in enumerate(parts):
        if not counters[target]:
            items.append(new_item(world, part, 1))
