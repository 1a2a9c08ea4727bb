"""Sessions of the agreed plan sections, mostly on weekends, with attendance and facilitators."""

from __future__ import annotations

import datetime as dt

from councils.models import Session, SessionStatus
from progress.models import Attendance, Completion

from . import names
from .gender import session_count_fields, session_counts
from .world import LEVELS, CouncilInfo, World

SESSION_FIELDS = (
    "id",
    "council_id",
    "item_id",
    "uid",
    "starts_at",
    "ends_at",
    "place",
    "childcare",
    "capacity",
    "notes",
    "created_by_id",
    "created_at",
    "updated_at",
    "sequence",
    "status",
)
ATTENDANCE_FIELDS = ("id", "session_id", "user_id", "present", "recorded_by_id", "recorded_at")
COMPLETION_FIELDS = (
    "id",
    "user_id",
    "material_id",
    "title",
    "kind",
    "completed_on",
    "source",
    "session_id",
    "reflection",
    "minutes",
    "created_at",
)


def sessions(world: World) -> None:
    counts = session_count_fields()
    for council in world.councils:
        if council.agreed_items and council.members:
            _council_sessions(world, council, counts)


def _items_for(council: CouncilInfo, year: int):
    """The agreed items of the plan that covers ``year``, else of the last plan before it."""
    chosen = None
    for start, end, items in council.agreed_items:
        if start <= year:
            chosen = items
        if start <= year <= end:
            return items
    return chosen


def _council_sessions(world: World, council: CouncilInfo, counts: tuple[str, ...]) -> None:
    rng = world.rng
    size = len(council.members)
    for year in world.years:
        items = _items_for(council, year)
        if not items:
            continue
        active = [
            i for i in council.members if world.people[i].joined <= year <= world.people[i].until
        ]
        if not active:
            continue
        leaders = [i for i in council.facilitators if world.people[i].joined <= year] or [
            i for i in council.coordinators
        ]
        held = max(4, min(26, size // 3 + rng.randint(-3, 6)))
        if year == world.today.year:
            held = max(1, held * world.today.timetuple().tm_yday // 366)
        for _ in range(held):
            _session(world, council, counts, year, items, active, leaders)
        if year == world.today.year:
            # Two sessions ahead, not held yet: no attendance, nobody facilitated them yet.
            for weeks in (1, 3):
                day = world.today + dt.timedelta(days=(5 - world.today.weekday()) % 7 + 7 * weeks)
                ahead = rng.sample(leaders, min(len(leaders), 1))
                _write_session(
                    world, council, counts, rng.choice(items)[0], day, ahead, 0, False, year
                )


def _session(world, council, counts, year, items, active, leaders) -> None:
    rng, writer, ledger = world.rng, world.writer, world.ledger
    item_id, material_id = rng.choice(items)
    day = world.day_in(year, weekend=rng.random() < 0.85)
    if day >= world.today:
        day = world.today - dt.timedelta(days=1)
    cancelled = rng.random() < 0.03
    facilitators = rng.sample(leaders, min(len(leaders), rng.choice((1, 1, 2)))) if leaders else []
    coordinator = world.people[council.coordinators[0]].id if council.coordinators else None
    present = []
    absent = []
    if not cancelled:
        for i in active:
            if i in facilitators:
                continue
            if rng.random() < LEVELS[world.people[i].level][1]:
                present.append(i)
            elif rng.random() < 0.04:
                absent.append(i)
    session_id = _write_session(
        world,
        council,
        counts,
        item_id,
        day,
        facilitators,
        len(present) + rng.randint(0, 6),
        cancelled,
        year,
    )
    if cancelled:
        return
    for i in facilitators:
        ledger.facilitated[world.people[i].id][year] += 1
    recorded_at = world.aware(day, 13)
    material = world.catalogue.materials.get(material_id) if material_id else None
    for i, is_present in [(i, True) for i in present] + [(i, False) for i in absent]:
        person_id = world.people[i].id
        writer.add(
            Attendance,
            ATTENDANCE_FIELDS,
            (
                writer.next_id(Attendance),
                session_id,
                person_id,
                is_present,
                coordinator,
                recorded_at,
            ),
        )
        done = ledger.completions[person_id]
        if is_present and material is not None and material.id not in done:
            done[material.id] = (material.kind, day, material.minutes)
            writer.add(
                Completion,
                COMPLETION_FIELDS,
                (
                    writer.next_id(Completion),
                    person_id,
                    material.id,
                    material.title,
                    material.kind,
                    day,
                    Completion.Source.ATTENDANCE,
                    session_id,
                    "",
                    material.minutes,
                    recorded_at,
                ),
            )


def _write_session(world, council, counts, item_id, day, facilitators, attended, cancelled, year):
    rng, writer = world.rng, world.writer
    session_id = writer.next_id(Session)
    hour = rng.choice((9, 9, 14))
    starts = world.aware(day, hour)
    held = starts <= world.now and not cancelled
    values = (
        session_counts(world, counts, year=year, attended=attended, facilitators=len(facilitators))
        if held
        else tuple(None for _ in counts)
    )
    coordinator = world.people[council.coordinators[0]].id if council.coordinators else None
    writer.add(
        Session,
        SESSION_FIELDS + counts,
        (
            session_id,
            council.id,
            item_id,
            world.uuid(),
            starts,
            starts + dt.timedelta(hours=rng.choice((2, 3, 3, 4))),
            f"{rng.choice(names.PLACES)}",
            rng.random() < 0.6,
            None,
            "",
            coordinator,
            starts - dt.timedelta(days=14),
            starts - dt.timedelta(days=14),
            1 if cancelled else 0,
            SessionStatus.CANCELLED if cancelled else SessionStatus.SCHEDULED,
        )
        + values,
    )
    for i in facilitators:
        writer.add(
            Session.facilitators.through,
            ("session_id", "user_id"),
            (session_id, world.people[i].id),
        )
    return session_id
