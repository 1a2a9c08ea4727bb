"""Fixtures of the insights suite: councils with people, sessions and assemblies counted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone, translation

from councils.models import Assembly, Council, PlanItem, Session
from insights import services
from insights.models import Gender, GenderSelfDescription

from ..councils.factories import add_member, make_council, make_plan, make_session
from ..factories import UserFactory
from ..utils import login


@pytest.fixture(autouse=True)
def _english():
    """Pages are asked for under /en/ by default, so tests read the English msgids."""
    with translation.override("en"):
        yield


def network_coordinator():
    person = UserFactory(username="red_coordina", display_name="Coordinación de la red")
    person.user_permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    return person


def counted_session(
    council, item, *, days_ago: int, women: int, men: int, other: int = 0, **facilitated
):
    starts = timezone.now() - dt.timedelta(days=days_ago)
    return make_session(
        council,
        item,
        starts_at=starts,
        attended_women=women,
        attended_men=men,
        attended_other=other,
        facilitated_women=facilitated.get("fw", 0),
        facilitated_men=facilitated.get("fm", 1),
        facilitated_other=facilitated.get("fo", 0),
    )


def counted_assembly(council, plan, *, held_on, women, men, other=0, sw=0, sm=0, so=0):
    return Assembly.objects.create(
        council=council,
        plan=plan,
        held_on=held_on,
        place="Casa comunal",
        attendance=women + men + other,
        attended_women=women,
        attended_men=men,
        attended_other=other,
        spoke_women=sw,
        spoke_men=sm,
        spoke_other=so,
    )


@dataclass
class World:
    council: Council
    other_council: Council
    coordinator: object
    facilitator: object
    member: object
    outsider: object
    network: object
    item: PlanItem
    sessions: list[Session]


@pytest.fixture
def world(tree) -> World:
    coordinator = UserFactory(username="marisol_coord", display_name="Marisol")
    council = make_council(coordinator, name="Consejo Comunal Playa Azul")
    facilitator = add_member(council, UserFactory(username="chucho"), is_facilitator=True).user
    member = add_member(council, UserFactory(username="yusmary")).user
    other_coordinator = UserFactory(username="coord_tacal")
    other_council = make_council(
        other_coordinator, name="Consejo Comunal El Tacal", territory_kind="agriculture"
    )
    outsider = add_member(other_council, UserFactory(username="pedro_tacal")).user
    plan = make_plan(council, coordinator)
    item = PlanItem.objects.filter(section__plan=plan).first()
    sessions = [
        counted_session(council, item, days_ago=10, women=14, men=6, other=1, fw=1, fm=1),
        counted_session(council, item, days_ago=40, women=12, men=8, fw=2, fm=4),
    ]
    counted_assembly(council, plan, held_on=timezone.localdate(), women=20, men=12, sw=6, sm=7)
    services.rebuild_all()
    return World(
        council=council,
        other_council=other_council,
        coordinator=coordinator,
        facilitator=facilitator,
        member=member,
        outsider=outsider,
        network=network_coordinator(),
        item=item,
        sessions=sessions,
    )


def describe(user, gender=Gender.WOMAN):
    return GenderSelfDescription.objects.update_or_create(user=user, defaults={"gender": gender})[0]


@pytest.fixture
def as_user(tree):
    def make(user) -> Client:
        client = Client()
        if user is not None:
            login(client, user)
        return client

    return make
