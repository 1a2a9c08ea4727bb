"""A small network for the exchange's tests: a fishing council, a farming council, and outsiders.

The fishing council (Playa Colorada) has a coordinator, a facilitator and a participant;
the farming council (El Tacal) a coordinator and a participant. A network coordinator
belongs to no council; an outsider only signed up. Experiences are written and shared
through the services, the way the pages do it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation

from councils.models import Council, TerritoryKind
from network.models import Experience, ShareMode
from network.services import experiences as services

from ..councils.factories import add_member, agree, make_council, make_plan
from ..factories import UserFactory
from ..utils import Content, build_content, login

FISHING = "Consejo Comunal Playa Colorada"
FARMING = "Consejo Comunal El Tacal"


def url(name: str, *args) -> str:
    return reverse(f"network:{name}", args=args)


@dataclass
class Net:
    content: Content
    fishing: Council
    farming: Council
    people: dict

    def client(self, role: str | None) -> Client:
        client = Client()
        if role is not None:
            login(client, self.people[role])
        return client


def network_coordinator():
    user = UserFactory(username="red_coordinacion", display_name="Coordinación de la red")
    user.user_permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    return type(user).objects.get(pk=user.pk)


def build_net(tree) -> Net:
    content = build_content(tree)
    coordinator = UserFactory(username="yusmary_pesca", display_name="Yusmary Salazar")
    fishing = make_council(coordinator, name=FISHING, state="Sucre")
    facilitator = add_member(
        fishing, UserFactory(username="nelly_taller", display_name="Nelly"), is_facilitator=True
    ).user
    participant = add_member(
        fishing, UserFactory(username="carmen_red", display_name="Carmen")
    ).user
    farmer = UserFactory(username="ana_conuco", display_name="Ana")
    farming = make_council(
        farmer, name=FARMING, state="Lara", territory_kind=TerritoryKind.AGRICULTURE
    )
    farm_participant = add_member(
        farming, UserFactory(username="pedro_semilla", display_name="Pedro")
    ).user
    people = {
        "coordinator": coordinator,
        "facilitator": facilitator,
        "participant": participant,
        "other_coordinator": farmer,
        "other": farm_participant,
        "network": network_coordinator(),
        "outsider": UserFactory(username="solo_cuenta"),
    }
    return Net(content=content, fishing=fishing, farming=farming, people=people)


@pytest.fixture
def english():
    """Pages are asked for under /en/ so the tests read the interface's own (English) msgids."""
    with translation.override("en"):
        yield


@pytest.fixture
def net(tree):
    with translation.override("es"):
        return build_net(tree)


def content(**fields) -> services.ExperienceContent:
    data = {
        "title": "La cava comunal que nunca enfrió",
        "starting_point": "Compramos una cava usada entre doce familias para no venderle al "
        "intermediario.",
        "purpose": "Entender por qué fracasó.",
        "reflection": "Compramos antes de organizarnos.",
        "timeline": [
            services.Moment(happened_on=dt.date(2025, 3, 8), text="Reunión en la orilla."),
        ],
        "lessons": [
            services.LessonData(kind="did_not_work", text="Comprar antes de acordar quién cuida."),
            services.LessonData(kind="worked", text="Las familias siguieron juntas."),
        ],
    }
    data.update(fields)
    return services.ExperienceContent(**data)


def write(council, by, **fields) -> Experience:
    return services.experience_create(council=council, by=by, content=content(**fields))


def share(experience, by, mode=ShareMode.NAMED, assembly=None) -> Experience:
    return services.experience_share(experience=experience, by=by, mode=mode, assembly=assembly)


def assembly_of(council, by):
    plan = make_plan(council, by, title="Plan de formación", sections=(("Economía", 1),))
    return agree(plan, by)
