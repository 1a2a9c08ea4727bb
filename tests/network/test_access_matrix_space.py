"""Every URL of encuentros and of the coordinators' space × every kind of visitor, with no leak.

The visitors: anonymous, a member of another council, a participant of the council,
its coordinator, and a network coordinator who belongs to no council. The council is
registered for the encuentro and presents an anonymised experience there; it is not
listed in the network's directory, so its name (which carries MARKER) must appear only
to its own members and to the encuentro's managers, and never on the agenda.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.urls import reverse

from councils.models import TerritoryKind
from network import urls_space
from network.models import ShareMode
from network.services import gatherings as services

from ..councils.factories import add_member, make_council, make_plan
from ..factories import UserFactory
from ..utils import login
from .gatherings_support import experience, in_the_past, network_coordinator, next_saturday

pytestmark = pytest.mark.django_db

MARKER = "ZQXC"
ROLES = ("anonymous", "other", "member", "coordinator", "network")
LOGIN = "login"  # a redirect to the login page


@dataclass
class World:
    users: dict
    kwargs: dict
    council: object


@pytest.fixture
def world(db) -> World:
    coordinator = UserFactory(username="coord_matrix")
    council = make_council(coordinator, name=f"Consejo Comunal {MARKER} Las Salinas")
    member = add_member(council, UserFactory(username="member_matrix")).user
    other_coordinator = UserFactory(username="other_coord")
    other_council = make_council(
        other_coordinator, name="Consejo Comunal Otro", territory_kind=TerritoryKind.AGRICULTURE
    )
    other = add_member(other_council, UserFactory(username="other_member")).user
    network = network_coordinator(username="network_matrix")

    starts = next_saturday()
    coming = services.gathering_convene(
        by=network,
        title="Encuentro que viene",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=8),
        place="Cumaná",
    )
    services.registration_save(
        gathering=coming, council=council, by=coordinator, people=7, children=2
    )
    hidden = experience(council, f"Lo que falló en el {council.name}", mode=ShareMode.ANONYMISED)
    entry = services.agenda_add(gathering=coming, by=network, experience=hidden)
    past = services.gathering_convene(
        by=network,
        title="Encuentro pasado",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=8),
        place="Carúpano",
    )
    services.registration_save(
        gathering=past, council=council, by=coordinator, people=3, children=0
    )
    in_the_past(past)
    template = make_plan(None, network, title="Plantilla de la red", sections=(("Agua", 1),))
    section = template.sections.get()
    item = section.items.get()
    return World(
        users={
            "anonymous": None,
            "other": other,
            "member": member,
            "coordinator": coordinator,
            "network": network,
        },
        kwargs={
            "pk": coming.pk,
            "past": past.pk,
            "entry_pk": entry.pk,
            "slug": council.slug,
            "template": template.pk,
            "section_pk": section.pk,
            "item_pk": item.pk,
        },
        council=council,
    )


# (name, method, args from the world, expected per role: anonymous, other, member, coordinator, network)
D = 404
MATRIX = [
    ("gathering_list", "get", (), (LOGIN, 200, 200, 200, 200)),
    ("gathering_create", "get", (), (LOGIN, D, D, 200, 200)),
    ("gathering_detail", "get", ("pk",), (LOGIN, 200, 200, 200, 200)),
    ("gathering_detail", "get", ("past",), (LOGIN, 200, 200, 200, 200)),
    ("gathering_edit", "get", ("pk",), (LOGIN, D, D, D, 200)),
    ("gathering_cancel", "post", ("pk",), (LOGIN, D, D, D, 302)),
    ("gathering_agenda", "get", ("pk",), (LOGIN, D, D, D, 200)),
    ("agenda_remove", "post", ("pk", "entry_pk"), (LOGIN, D, D, D, 302)),
    ("gathering_outcomes", "get", ("past",), (LOGIN, D, D, D, 200)),
    ("registration", "get", ("pk", "slug"), (LOGIN, D, 403, 200, D)),
    ("registration_withdraw", "post", ("pk", "slug"), (LOGIN, D, 403, 302, D)),
    ("commitments", "get", ("past", "slug"), (LOGIN, D, 403, 200, D)),
    ("home", "get", (), (LOGIN, D, D, D, 200)),
    ("directory", "get", (), (LOGIN, D, D, D, 200)),
    ("materials", "get", (), (LOGIN, D, D, D, 200)),
    ("template_create", "get", (), (LOGIN, D, D, D, 200)),
    ("template_detail", "get", ("template",), (LOGIN, D, D, D, 200)),
    ("template_edit", "get", ("template",), (LOGIN, D, D, D, 200)),
    ("template_withdraw", "post", ("template",), (LOGIN, D, D, D, 302)),
    ("template_restore", "post", ("template",), (LOGIN, D, D, D, 302)),
    ("section_add", "post", ("template",), (LOGIN, D, D, D, 400)),
    ("section_edit", "get", ("template", "section_pk"), (LOGIN, D, D, D, 200)),
    ("item_add", "get", ("template", "section_pk"), (LOGIN, D, D, D, 200)),
    ("section_action", "post", ("template", "section_pk", "up"), (LOGIN, D, D, D, 302)),
    ("item_edit", "get", ("template", "item_pk"), (LOGIN, D, D, D, 200)),
    ("item_action", "post", ("template", "item_pk", "down"), (LOGIN, D, D, D, 302)),
]
CASES = [
    (name, method, args, role, expected[i])
    for name, method, args, expected in MATRIX
    for i, role in enumerate(ROLES)
]

# Who may read the council's name: its own people, and the managers of its encuentros.
MAY_NAME_THE_COUNCIL = {"member", "coordinator", "network"}
NEVER_NAMES_IT = {"gathering_agenda"}  # the agenda shows the experience anonymised


def _path(world: World, name: str, args) -> str:
    values = [world.kwargs.get(a, a) for a in args]
    return reverse(f"network_space:{name}", args=values)


def test_the_matrix_covers_every_url_of_the_encuentros_and_the_space():
    names = {pattern.name for pattern in urls_space.urlpatterns}
    assert names == {name for name, *_ in MATRIX}


@pytest.mark.parametrize(
    ("name", "method", "args", "role", "expected"),
    CASES,
    ids=[f"{c[0]}{'-' + c[2][0] if c[2] else ''}-{c[3]}" for c in CASES],
)
def test_each_url_answers_each_visitor_as_it_should(
    client, world, name, method, args, role, expected
):
    user = world.users[role]
    if user is not None:
        login(client, user)
    path = _path(world, name, args)
    response = getattr(client, method)(path)
    if expected == LOGIN:
        assert response.status_code == 302 and "/login/" in response["Location"], path
        return
    assert response.status_code == expected, (path, role, response.status_code)
    body = response.content.decode()
    if role not in MAY_NAME_THE_COUNCIL or name in NEVER_NAMES_IT:
        assert MARKER not in body, (path, role)
        if world.council.slug not in path:  # unless the visitor typed it
            assert world.council.slug not in body, (path, role)
