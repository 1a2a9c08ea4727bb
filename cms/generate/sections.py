"""New plan sections and items, in memory until the plan is written."""

from __future__ import annotations

from decimal import Decimal

from councils.models import PlanItem, PlanSection, SectionStatus
from curriculum.models import Kind

from . import names
from .world import World


def new_section(world: World, plan_id: int, parent: int | None, title: str, position: int) -> dict:
    return {
        "id": world.writer.next_id(PlanSection),
        "parent": parent,
        "key": world.uuid(),
        "title": title,
        "position": position,
        "status": SectionStatus.DRAFT,
        "agreed_in": None,
        "agreed_at": None,
    }


def new_item(world: World, section: dict, position: int) -> dict:
    rng, catalogue = world.rng, world.catalogue
    roll = rng.random()
    material = path = hours = None
    if roll < 0.55:
        chosen = rng.choice(catalogue.of("es", Kind.WORKSHOP))
        material, title = chosen.id, chosen.title
    elif roll < 0.75:
        chosen = rng.choice(catalogue.of("es", Kind.READING, Kind.PRACTICE))
        material, title = chosen.id, chosen.title
    elif roll < 0.8 and catalogue.paths_in("es"):
        path = rng.choice(catalogue.paths_in("es"))
        title = catalogue.paths[path][0]
    else:
        title = rng.choice(names.LOCAL_ACTIVITIES)
        hours = Decimal(rng.choice(["2", "3", "4", "6", "8"]))
    return {
        "id": world.writer.next_id(PlanItem),
        "section": section,
        "key": world.uuid(),
        "position": position,
        "material": material,
        "path": path,
        "title": title,
        "hours": hours,
    }
