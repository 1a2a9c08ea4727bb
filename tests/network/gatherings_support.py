"""A small network for the encuentro and coordinators' space tests: two councils and a network coordinator.

The fishing council (Playa Colorada) and the farming council (El Tacal) each have a
coordinator and a participant; a third person coordinates the network without belonging
to any council, and a fourth only signed up. Experiences are written straight to the
tables (the exchange's own tests cover writing and sharing them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from councils.models import Council, TerritoryKind
from network.models import Experience, Gathering, Lesson, LessonKind, ShareMode
from network.services import gatherings as services

from ..councils.factories import add_member, make_council
from ..factories import UserFactory


def url(name: str, *args) -> str:
    return reverse(f"network_space:{name}", args=args)


def network_coordinator(**fields):
    """A person in the "Network coordinators" group, member of no council."""
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name="Network coordinators"))
    return type(user).objects.get(pk=user.pk)  # fresh permission cache


def next_saturday(weeks: int = 2, hour: int = 9) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=2)
    while day.weekday() != 5:
        day += dt.timedelta(days=1)
    day += dt.timedelta(weeks=weeks - 1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def experience(council, title, *, mode=ShareMode.NAMED, worked=True, failed=False, materials=()):
    found = Experience.objects.create(
        council=council,
        title=title,
        starting_point="Empezamos en el sector, con la asamblea de vecinas.",
        share_mode=mode,
        shared_at=timezone.now() if mode != ShareMode.PRIVATE else None,
    )
    if worked:
        Lesson.objects.create(
            experience=found, kind=LessonKind.WORKED, text="Funcionó ir casa por casa."
        )
    if failed:
        Lesson.objects.create(
            experience=found,
            kind=LessonKind.DID_NOT_WORK,
            text="La convocatoria por radio no llegó.",
        )
    if materials:
        found.materials.set(materials)
    return found


def in_the_past(gathering: Gathering, days: int = 3) -> Gathering:
    """Move an encuentro to the past (the services only convene for a time to come)."""
    starts = timezone.now() - dt.timedelta(days=days)
    Gathering.objects.filter(pk=gathering.pk).update(
        starts_at=starts, ends_at=starts + dt.timedelta(hours=8)
    )
    gathering.refresh_from_db()
    return gathering


@dataclass
class Net:
    fishing: Council
    farming: Council
    fishing_coordinator: object
    fishing_member: object
    farming_coordinator: object
    farming_member: object
    network: object
    outsider: object
    gathering: Gathering


@pytest.fixture
def net(db) -> Net:
    fishing_coordinator = UserFactory(username="yusmary_pesca", display_name="Yusmary")
    fishing = make_council(fishing_coordinator, name="Consejo Comunal Playa Colorada")
    fishing_member = add_member(fishing, UserFactory(username="carmen_red")).user
    farming_coordinator = UserFactory(username="nelly_campo", display_name="Nelly")
    farming = make_council(
        farming_coordinator,
        name="Consejo Comunal El Tacal",
        state="Lara",
        territory_kind=TerritoryKind.AGRICULTURE,
    )
    farming_member = add_member(farming, UserFactory(username="jose_siembra")).user
    network = network_coordinator(username="red_coordinacion", display_name="Coordinación")
    gathering = services.gathering_convene(
        by=network,
        title="Encuentro regional de oriente",
        starts_at=next_saturday(),
        ends_at=next_saturday() + dt.timedelta(hours=8),
        place="Casa de la cultura de Cumaná",
        description="Traigan sus experiencias, también las que salieron mal.",
    )
    return Net(
        fishing=fishing,
        farming=farming,
        fishing_coordinator=fishing_coordinator,
        fishing_member=fishing_member,
        farming_coordinator=farming_coordinator,
        farming_member=farming_member,
        network=network,
        outsider=UserFactory(username="solo_registro"),
        gathering=gathering,
    )


def permission():
    return Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
