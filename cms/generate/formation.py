"""Each person's own formation: readings done, practice logs (private by default), vouches
from neighbours, and the study paths they follow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from curriculum.models import Kind
from progress import rules
from progress.models import Completion, Enrolment, PracticeLog, Vouch

from . import names
from .sessions import COMPLETION_FIELDS
from .world import LEVELS, Person, World

PRACTICE_FIELDS = (
    "id",
    "user_id",
    "practiced_on",
    "hours",
    "material_id",
    "what_was_done",
    "what_worked",
    "what_failed",
    "what_was_learned",
    "shared_with_id",
    "created_at",
    "updated_at",
)
VOUCH_FIELDS = (
    "id",
    "entry_id",
    "voucher_id",
    "council_id",
    "status",
    "requested_at",
    "decided_at",
)
HOURS = [Decimal(h) for h in ("1", "1.5", "2", "2", "2.5", "3", "3", "4", "5")]
VOUCH_STATUS = [
    (Vouch.Status.CONFIRMED, 0.75),
    (Vouch.Status.REQUESTED, 0.12),
    (Vouch.Status.DECLINED, 0.08),
    (Vouch.Status.WITHDRAWN, 0.05),
]


def formation(world: World) -> list[tuple]:
    """Write everyone's readings, practice and vouches; return the enrolments to write later.

    Enrolments are written after the summaries, which decide whether each path is complete.
    """
    enrolments = []
    for person in world.people:
        enrolments.extend(_person(world, person))
    return enrolments


def _poisson(world: World, mean: float) -> int:
    # Small means only: a sum of coin flips is close enough and deterministic.
    whole = int(mean)
    return (
        whole
        + (1 if world.rng.random() < mean - whole else 0)
        + world.rng.randint(-whole // 3, whole // 3)
    )


def _person(world: World, person: Person) -> list[tuple]:
    rng, writer, ledger = world.rng, world.writer, world.ledger
    _share, _attend, logs_a_year, readings_a_year, enrol_chance = LEVELS[person.level]
    readings = world.catalogue.of(person.language, Kind.READING, Kind.PRACTICE)
    practice_materials = world.catalogue.of(person.language, Kind.PRACTICE)
    done = ledger.completions[person.id]
    home = world.councils[person.council]
    neighbours = [world.people[i].id for i in home.members if world.people[i].id != person.id]
    enrolled = []
    paths = world.catalogue.paths_in(person.language)
    if paths and rng.random() < enrol_chance:
        for path_id in rng.sample(paths, min(len(paths), rng.randint(1, 3))):
            enrolled.append((path_id, world.day_in(rng.randint(person.joined, person.until))))
    path_materials = [
        world.catalogue.materials[m]
        for path_id, _day in enrolled
        for m in world.catalogue.paths[path_id][2]
        if world.catalogue.materials[m].kind != Kind.WORKSHOP
    ]
    for year in range(person.joined, person.until + 1):
        for _ in range(max(0, _poisson(world, readings_a_year))):
            pool = path_materials if path_materials and rng.random() < 0.6 else readings
            material = rng.choice(pool)
            if material.id in done:
                continue
            day = world.day_in(year)
            done[material.id] = (material.kind, day, material.minutes)
            writer.add(
                Completion,
                COMPLETION_FIELDS,
                (
                    writer.next_id(Completion),
                    person.id,
                    material.id,
                    material.title,
                    material.kind,
                    day,
                    Completion.Source.SELF,
                    None,
                    "Lo leímos en el círculo." if rng.random() < 0.3 else "",
                    material.minutes,
                    world.aware(day, 20),
                ),
            )
        for _ in range(max(0, _poisson(world, logs_a_year))):
            _practice(world, person, year, practice_materials, neighbours, home.id)
    return [(person, path_id, day) for path_id, day in enrolled]


def _practice(world, person, year, practice_materials, neighbours, council_id) -> None:
    rng, writer = world.rng, world.writer
    day = world.day_in(year)
    hours = rng.choice(HOURS)
    material = rng.choice(practice_materials) if practice_materials and rng.random() < 0.3 else None
    shared = rng.random() < 0.4  # private unless the person shares it
    entry_id = writer.next_id(PracticeLog)
    logged_at = world.aware(day, 21)
    writer.add(
        PracticeLog,
        PRACTICE_FIELDS,
        (
            entry_id,
            person.id,
            day,
            hours,
            material.id if material else None,
            rng.choice(names.PRACTICE_DONE),
            "",
            "",
            rng.choice(names.PRACTICE_LEARNED),
            council_id if shared else None,
            logged_at,
            logged_at,
        ),
    )
    vouched = False
    if shared and neighbours and rng.random() < 0.6:
        statuses, weights = zip(*VOUCH_STATUS, strict=True)
        for voucher in rng.sample(neighbours, min(len(neighbours), rng.choice((1, 1, 2)))):
            status = rng.choices(statuses, weights=weights)[0]
            decided = None
            if status != Vouch.Status.REQUESTED:
                decided = min(logged_at + dt.timedelta(days=rng.randint(1, 20)), world.now)
            writer.add(
                Vouch,
                VOUCH_FIELDS,
                (writer.next_id(Vouch), entry_id, voucher, council_id, status, logged_at, decided),
            )
            vouched = vouched or status == Vouch.Status.CONFIRMED
    world.ledger.practice[person.id].append(
        (
            day,
            rules.minutes_from_hours(hours),
            vouched,
            material.id if material else None,
            material.kind if material else None,
        )
    )


ENROLMENT_FIELDS = (
    "id",
    "user_id",
    "path_id",
    "path_title",
    "status",
    "enrolled_on",
    "completed_on",
    "updated_at",
)


def write_enrolment(world: World, person: Person, path_id: int, day, status, completed_on) -> None:
    world.writer.add(
        Enrolment,
        ENROLMENT_FIELDS,
        (
            world.writer.next_id(Enrolment),
            person.id,
            path_id,
            world.catalogue.paths[path_id][0],
            status,
            day,
            completed_on,
            world.now,
        ),
    )
