"""People (pseudonymous), councils of every territory kind, and their memberships and roles."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from councils.models import Council, Membership, TerritoryKind

from . import names
from .world import LEVELS, CouncilInfo, Person, World

USER_FIELDS = (
    "id",
    "password",
    "username",
    "is_active",
    "date_joined",
    "preferred_language",
)
COUNCIL_FIELDS = (
    "id",
    "name",
    "slug",
    "state",
    "municipality",
    "territory_kind",
    "main_production",
    "description",
    "approve_joins",
    "created_at",
)
MEMBERSHIP_FIELDS = (
    "id",
    "council_id",
    "user_id",
    "is_participant",
    "is_facilitator",
    "is_coordinator",
    "joined_at",
)


def people_and_councils(world: World, *, councils: int, people: int) -> None:
    """Write the people, the councils (every territory kind) and their memberships."""
    rng, writer = world.rng, world.writer
    User = get_user_model()
    kinds = list(TerritoryKind.values)
    weights = []
    for index in range(councils):
        kind = kinds[index % len(kinds)]  # every kind, whatever the number of councils
        state, municipalities = rng.choice(names.STATES)
        council_id = writer.next_id(Council)
        founded = world.first_year + (0 if rng.random() < 0.7 else rng.randrange(len(world.years)))
        name = names.council_name(rng, index + 1)
        writer.add(
            Council,
            COUNCIL_FIELDS,
            (
                council_id,
                name,
                f"{slugify(name)[:60]}-{council_id}",
                state,
                rng.choice(municipalities),
                kind,
                rng.choice(names.PRODUCTION[kind]),
                rng.choice(names.PROBLEMS),
                rng.random() < 0.8,
                world.aware(dt.date(founded, 1, 15)),
            ),
        )
        world.councils.append(CouncilInfo(index=index, id=council_id, kind=kind, founded=founded))
        weights.append(rng.lognormvariate(0, 0.5))
    level_names = list(LEVELS)
    level_weights = [LEVELS[name][0] for name in level_names]
    years = list(world.years)
    homes = rng.choices(range(councils), weights=weights, k=people)
    for number, home in enumerate(homes, start=1):
        council = world.councils[home]
        joined = rng.choice([y for y in years if y >= council.founded] or [years[-1]])
        until = world.today.year if rng.random() < 0.75 else rng.randint(joined, years[-1])
        level = rng.choices(level_names, weights=level_weights)[0]
        language = "en" if rng.random() < 0.08 else "es"
        person = Person(
            id=writer.next_id(User),
            council=home,
            joined=joined,
            until=until,
            level=level,
            language=language,
            councils=[home],
        )
        world.people.append(person)
        writer.add(
            User,
            USER_FIELDS,
            (
                person.id,
                f"!{rng.getrandbits(128):032x}",
                names.username(rng, number),
                True,
                world.aware(dt.date(joined, 1, 1) + dt.timedelta(days=rng.randrange(300))),
                language,
            ),
        )
        if councils > 1 and rng.random() < 0.08:
            second = rng.randrange(councils)
            if second != home:
                person.councils.append(second)
    for index, person in enumerate(world.people):
        for council_index in person.councils:
            world.councils[council_index].members.append(index)
    for council in world.councils:
        _roles(world, council)


def _roles(world: World, council: CouncilInfo) -> None:
    rng = world.rng
    members = council.members
    if not members:
        return
    home = [i for i in members if world.people[i].council == council.index]
    ranked = sorted(
        home or members,
        key=lambda i: (
            {"core": 0, "regular": 1, "occasional": 2}[world.people[i].level],
            world.people[i].joined,
            i,
        ),
    )
    coordinators = set(ranked[: max(1, min(3, len(ranked) // 15))])
    facilitators = {
        i
        for i in ranked
        if world.people[i].level == "core" and world.today.year - world.people[i].joined >= 3
    }
    council.coordinators = sorted(coordinators)
    council.facilitators = sorted(facilitators | coordinators)
    for i in members:
        person = world.people[i]
        world.writer.add(
            Membership,
            MEMBERSHIP_FIELDS,
            (
                world.writer.next_id(Membership),
                council.id,
                person.id,
                i not in coordinators or rng.random() < 0.5,
                i in facilitators,
                i in coordinators,
                world.aware(dt.date(person.joined, 2, 1)),
            ),
        )
