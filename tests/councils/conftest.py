"""Fixtures of the councils suite: two councils that must never see each other's data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.test import Client
from django.utils import timezone, translation

from councils.models import (
    Assembly,
    AssemblyOutcome,
    Council,
    FormationPlan,
    Invitation,
    JoinRequest,
    Membership,
    PlanItem,
    PlanSection,
    PlanVersion,
    Reminder,
    ResetGrant,
    Session,
)

from ..factories import UserFactory
from ..utils import login
from .factories import (
    InvitationFactory,
    add_member,
    agree,
    make_council,
    make_plan,
    make_session,
)


@pytest.fixture(autouse=True)
def _english():
    """Pages are asked for under /en/ so the tests read the interface's own (English) msgids."""
    with translation.override("en"):
        yield


@pytest.fixture
def site(base_tree):
    """Council pages live in the site's base template: a default site must exist."""
    return base_tree


@pytest.fixture
def as_user(site):
    """``as_user(person)``: a test client logged in as that person."""

    def make(user) -> Client:
        client = Client()
        login(client, user)
        return client

    return make


@pytest.fixture
def coordinator(db):
    return UserFactory(
        username="yusmary_pesca", display_name="Yusmary", email="yusmary@example.org"
    )


@pytest.fixture
def council(coordinator):
    return make_council(coordinator, name="Consejo Comunal Playa Colorada")


@pytest.fixture
def participant(council):
    return add_member(
        council, UserFactory(username="carmen_red", display_name="Carmen la de las redes")
    ).user


@pytest.fixture
def facilitator(council):
    return add_member(
        council,
        UserFactory(username="nelly_taller", display_name="Nelly", email="nelly@example.org"),
        is_facilitator=True,
    ).user


@pytest.fixture
def plan(council, coordinator):
    return make_plan(
        council,
        coordinator,
        sections=(("Economía de la pesca", 2), ("Organización comunal", 1)),
    )


@dataclass
class World:
    """Everything council B has, so a member of A can try every URL against it."""

    council: Council
    coordinator: object
    member: Membership
    invitation: Invitation
    plan: FormationPlan
    section: PlanSection
    item: PlanItem
    agreed_plan: FormationPlan
    agreed_section: PlanSection
    assembly: Assembly
    outcome: AssemblyOutcome
    session: Session
    reminder: Reminder
    join_request: JoinRequest
    reset_grant: ResetGrant


@pytest.fixture
def council_b(db):
    coordinator = UserFactory(username="coord_b", display_name="Coordinadora del Tacal")
    council = make_council(
        coordinator, name="Consejo Comunal El Tacal", territory_kind="agriculture"
    )
    member = add_member(council, UserFactory(username="vecino_b", display_name="Vecino del Tacal"))
    invitation = InvitationFactory(council=council, created_by=coordinator)
    plan = make_plan(council, coordinator, title="Plan del Tacal", sections=(("Cacao", 2),))
    agreed_plan = make_plan(
        council, coordinator, title="Plan adoptado del Tacal", sections=(("Semillas", 1),)
    )
    assembly = agree(agreed_plan, coordinator)
    agreed_section = agreed_plan.sections.get()
    session = make_session(council, agreed_section.items.get(), coordinator)
    reminder = Reminder.objects.create(
        session=session, user=member.user, channel=Reminder.Channel.SITE
    )
    join_request = JoinRequest.objects.create(
        council=council, user=UserFactory(username="aspirante_b"), invitation=invitation
    )
    reset_grant = ResetGrant.objects.create(
        council=council,
        person=member.user,
        issued_by=coordinator,
        needs_agreement=True,
        expires_at=timezone.now() + dt.timedelta(hours=24),
    )
    return World(
        reset_grant=reset_grant,
        council=council,
        coordinator=coordinator,
        member=member,
        invitation=invitation,
        plan=plan,
        section=plan.sections.get(),
        item=PlanItem.objects.filter(section__plan=plan).first(),
        agreed_plan=agreed_plan,
        agreed_section=agreed_section,
        assembly=assembly,
        outcome=assembly.outcomes.get(),
        session=session,
        reminder=reminder,
        join_request=join_request,
    )


def council_state(council: Council) -> dict:
    """Everything about a council a request could change, as comparable plain data."""
    council.refresh_from_db()
    return {
        "council": (
            council.name,
            council.slug,
            council.description,
            council.calendar_token,
            council.erase_requested_at,
        ),
        "reset_grants": sorted(
            ResetGrant.objects.filter(council=council).values_list(
                "pk", "code_hash", "agreed_by", "cancelled_at", "used_at"
            )
        ),
        "members": sorted(
            Membership.objects.filter(council=council).values_list(
                "user_id", "is_participant", "is_facilitator", "is_coordinator"
            )
        ),
        "invitations": sorted(
            Invitation.objects.filter(council=council).values_list("pk", "uses", "revoked_at")
        ),
        "plans": sorted(
            FormationPlan.objects.filter(council=council).values_list(
                "pk", "title", "status", "revision", "shared", "goals"
            )
        ),
        "sections": sorted(
            PlanSection.objects.filter(plan__council=council).values_list(
                "pk", "title", "status", "position", "parent_id"
            )
        ),
        "items": sorted(
            PlanItem.objects.filter(section__plan__council=council).values_list(
                "pk", "title", "position", "section_id"
            )
        ),
        "versions": PlanVersion.objects.filter(plan__council=council).count(),
        "assemblies": Assembly.objects.filter(council=council).count(),
        "outcomes": sorted(
            AssemblyOutcome.objects.filter(assembly__council=council).values_list(
                "pk", "outcome", "note"
            )
        ),
        "sessions": sorted(
            Session.objects.filter(council=council).values_list("pk", "starts_at", "place")
        ),
        "reminders": sorted(
            Reminder.objects.filter(session__council=council).values_list("pk", "read_at")
        ),
        "join_requests": sorted(
            JoinRequest.objects.filter(council=council).values_list("pk", "user_id")
        ),
        "plans_copied_from": FormationPlan.objects.filter(copied_from__council=council).count(),
    }


@pytest.fixture
def state_of():
    return council_state
