"""Fixtures of the formation-record suite: a small library, a fishing council and its people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.test import Client
from django.utils import timezone, translation

from councils.models import Council, PlanItem, Session

from ..councils.factories import add_member, make_council, make_session
from ..factories import UserFactory
from ..utils import Content, build_content, login
from .factories import workshop_item


@pytest.fixture(autouse=True)
def _english():
    """Pages are asked for under /en/ so the tests read the interface's own (English) msgids."""
    with translation.override("en"):
        yield


@pytest.fixture
def lib(tree) -> Content:
    """A reading (30 min), a workshop (90 min), a practice (2.5 h) and a path with both stages."""
    return build_content(tree, english=False)


@dataclass
class World:
    lib: Content
    council: Council
    coordinator: object
    participant: object
    neighbour: object
    facilitator: object
    other_council: Council
    outsider: object
    item: PlanItem
    held_session: Session
    next_session: Session


@pytest.fixture
def world(lib) -> World:
    coordinator = UserFactory(username="yusmary_pesca", display_name="Yusmary")
    council = make_council(coordinator, name="Consejo Comunal Playa Colorada")
    participant = add_member(
        council, UserFactory(username="carmen_red", display_name="Carmen la de las redes")
    ).user
    neighbour = add_member(
        council, UserFactory(username="rosa_vecina", display_name="Rosa del muelle")
    ).user
    facilitator = add_member(
        council, UserFactory(username="nelly_taller", display_name="Nelly"), is_facilitator=True
    ).user
    other_coordinator = UserFactory(username="coord_tacal", display_name="Coordinadora del Tacal")
    other_council = make_council(
        other_coordinator, name="Consejo Comunal El Tacal", territory_kind="agriculture"
    )
    outsider = add_member(
        other_council, UserFactory(username="pedro_tacal", display_name="Pedro del Tacal")
    ).user
    item = workshop_item(council, lib.workshop)
    held = make_session(
        council, item, coordinator, starts_at=timezone.now() - dt.timedelta(hours=3)
    )
    held.facilitators.set([facilitator])
    upcoming = make_session(council, item, coordinator)
    upcoming.facilitators.set([facilitator])
    return World(
        lib=lib,
        council=council,
        coordinator=coordinator,
        participant=participant,
        neighbour=neighbour,
        facilitator=facilitator,
        other_council=other_council,
        outsider=outsider,
        item=item,
        held_session=held,
        next_session=upcoming,
    )


@pytest.fixture
def as_user(tree):
    """``as_user(person)``: a test client logged in as that person."""

    def make(user) -> Client:
        client = Client()
        login(client, user)
        return client

    return make


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed():`` runs what services enqueue on commit (summaries recomputed)."""

    def runner():
        return django_capture_on_commit_callbacks(execute=True)

    return runner
