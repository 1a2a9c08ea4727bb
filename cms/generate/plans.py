"""Each council's plans over the years: past ones adopted, the current one at any stage."""

from __future__ import annotations

import datetime as dt

from councils.models import (
    FormationPlan,
    Outcome,
    PlanItem,
    PlanSection,
    PlanStatus,
    PlanVersion,
    SectionStatus,
    VersionEvent,
)

from . import names
from .assemblies import debate
from .sections import new_item, new_section
from .world import CouncilInfo, World

PLAN_FIELDS = (
    "id",
    "council_id",
    "is_network_template",
    "shared",
    "title",
    "period_start",
    "period_end",
    "local_problems",
    "goals",
    "status",
    "adopted_at",
    "revision",
    "created_by_id",
    "created_at",
    "updated_at",
)
SECTION_FIELDS = (
    "id",
    "plan_id",
    "parent_id",
    "key",
    "title",
    "rationale",
    "position",
    "status",
    "agreed_in_id",
    "agreed_at",
)
ITEM_FIELDS = (
    "id",
    "section_id",
    "key",
    "position",
    "material_id",
    "study_path_id",
    "title",
    "description",
    "estimated_hours",
    "target_period",
    "to_adapt",
)
VERSION_FIELDS = (
    "id",
    "plan_id",
    "number",
    "created_at",
    "created_by_id",
    "event",
    "event_data",
    "is_adopted",
    "snapshot",
)
# The stages a council's current plan can be at, and how often.
CURRENT_STAGES = [
    (PlanStatus.DRAFT, 0.15),
    (PlanStatus.UNDER_DEBATE, 0.30),
    (PlanStatus.ADOPTED, 0.40),
    (PlanStatus.AMENDING, 0.15),
]


def plans(world: World) -> None:
    """Each council's plans over the years: past ones adopted, the current one at any stage."""
    for council in world.councils:
        if not council.members:
            continue
        first = max(council.founded, world.first_year)
        periods = []
        start = first
        while start <= world.today.year:
            end = min(start + world.rng.randint(2, 4), start + 14)
            periods.append((start, end))
            start = end + 1
        for number, (start, end) in enumerate(periods):
            current = number == len(periods) - 1
            if current and council.index < len(CURRENT_STAGES):
                status = CURRENT_STAGES[council.index][0]  # every stage, even in a tiny network
            elif current:
                stages, weights = zip(*CURRENT_STAGES, strict=True)
                status = world.rng.choices(stages, weights=weights)[0]
            else:
                status = PlanStatus.ADOPTED
            _plan(world, council, start, end, status)


def _plan(world: World, council: CouncilInfo, start: int, end: int, status: str) -> None:
    rng, writer = world.rng, world.writer
    coordinator = world.people[council.coordinators[0]].id if council.coordinators else None
    plan_id = writer.next_id(FormationPlan)
    created_day = world.day_in(start)
    sections: list[dict] = []
    items: list[dict] = []
    for position, title in enumerate(rng.sample(names.SECTION_TITLES, rng.randint(3, 5)), 1):
        section = new_section(world, plan_id, None, title, position)
        sections.append(section)
        for item_position in range(1, rng.randint(2, 4) + 1):
            items.append(new_item(world, section, item_position))
    assemblies: list[tuple[int, dt.date]] = []
    if status != PlanStatus.DRAFT:
        debate(world, council, plan_id, sections, items, assemblies, status, start)
    if assemblies:
        created_day = min(created_day, assemblies[0][1] - dt.timedelta(days=14))
    adopted_day = None
    if status in (PlanStatus.ADOPTED, PlanStatus.AMENDING):
        adopted_day = assemblies[-1][1]
    if status == PlanStatus.AMENDING:
        # An amendment proposed after adoption: a new section not yet before an assembly.
        amendment = new_section(
            world, plan_id, None, "Enmienda: " + rng.choice(names.SECTION_TITLES), len(sections) + 1
        )
        sections.append(amendment)
        items.append(new_item(world, amendment, 1))
    created_at = world.aware(created_day, 10)
    versions = [(VersionEvent.CREATED, {}, False, created_at)]
    if adopted_day is not None:
        versions.append(
            (
                VersionEvent.ASSEMBLY_OUTCOME,
                {
                    "date": adopted_day.isoformat(),
                    "title": sections[0]["title"],
                    "outcome": Outcome.CONSENSUS,
                    "adopted": True,
                    "assembly_id": assemblies[-1][0],
                },
                True,
                world.aware(adopted_day, 18),
            )
        )
    writer.add(
        FormationPlan,
        PLAN_FIELDS,
        (
            plan_id,
            council.id,
            False,
            rng.random() < 0.2,
            f"Plan de formación {start}–{end}",
            start,
            end,
            rng.choice(names.PROBLEMS),
            "Formar facilitadoras y facilitadores del propio consejo.",
            status,
            world.aware(adopted_day, 12) if adopted_day else None,
            len(versions),
            coordinator,
            created_at,
            versions[-1][3],
        ),
    )
    for section in sections:
        writer.add(
            PlanSection,
            SECTION_FIELDS,
            (
                section["id"],
                plan_id,
                section["parent"],
                section["key"],
                section["title"],
                "",
                section["position"],
                section["status"],
                section["agreed_in"],
                section["agreed_at"],
            ),
        )
    for item in items:
        writer.add(
            PlanItem,
            ITEM_FIELDS,
            (
                item["id"],
                item["section"]["id"],
                item["key"],
                item["position"],
                item["material"],
                item["path"],
                item["title"],
                "",
                item["hours"],
                "",
                False,
            ),
        )
    snapshot = _snapshot(world, start, end, status, sections, items)
    for number, (event, data, is_adopted, at) in enumerate(versions, start=1):
        writer.add(
            PlanVersion,
            VERSION_FIELDS,
            (
                writer.next_id(PlanVersion),
                plan_id,
                number,
                at,
                coordinator,
                event,
                data,
                is_adopted,
                snapshot,
            ),
        )
    agreed = [
        (item["id"], item["material"])
        for item in items
        if item["section"]["status"] == SectionStatus.AGREED and item["path"] is None
    ]
    if agreed:
        council.agreed_items.append((start, end, agreed))


def _snapshot(world, start, end, status, sections, items) -> dict:
    keys = {s["id"]: str(s["key"]) for s in sections}
    by_section: dict[int, list] = {}
    for item in items:
        material = world.catalogue.materials.get(item["material"])
        by_section.setdefault(item["section"]["id"], []).append(
            {
                "key": str(item["key"]),
                "title": item["title"],
                "kind": "material"
                if item["material"]
                else "study_path"
                if item["path"]
                else "local",
                "material_id": item["material"],
                "study_path_id": item["path"],
                "description": "",
                "estimated_hours": str(item["hours"]) if item["hours"] is not None else None,
                "minutes": int(item["hours"] * 60)
                if item["hours"] is not None
                else material.minutes
                if material
                else None,
                "target_period": "",
                "to_adapt": False,
            }
        )
    return {
        "title": f"Plan de formación {start}–{end}",
        "period": f"{start}–{end}",
        "local_problems": "",
        "goals": "Formar facilitadoras y facilitadores del propio consejo.",
        "status": status,
        "sections": [
            {
                "key": str(s["key"]),
                "parent": keys.get(s["parent"]),
                "title": s["title"],
                "rationale": "",
                "status": s["status"],
                "items": by_section.get(s["id"], []),
            }
            for s in sorted(sections, key=lambda s: (s["position"], s["id"]))
        ],
    }
