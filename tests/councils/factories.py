"""Councils, members, plans and sessions the way a fishing or farming community would write them.

Model factories create rows directly (fast, for the state a test starts from);
the ``make_*`` helpers go through ``councils.services`` when the rule being set
up matters (a creator becomes coordinator, an assembly agrees a section).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from councils import services
from councils.models import (
    Council,
    FormationPlan,
    Invitation,
    Membership,
    Outcome,
    PlanItem,
    PlanSection,
    Session,
    TerritoryKind,
)

from ..factories import UserFactory

COUNCIL_NAMES = [
    "Consejo Comunal Playa Colorada",
    "Consejo Comunal Los Cocos de Chuao",
    "Consejo Comunal Barrio Unión",
    "Consejo Comunal El Tacal",
]

LOCAL_ACTIVITIES = [
    ("Visita a la cooperativa pesquera de Güiria", "Conocer cómo reparten la pesca y las deudas."),
    ("Censo de embarcaciones del sector", "Quién tiene peñero, quién trabaja a destajo."),
    ("Taller de tejido de redes", "Las abuelas enseñan; se habla de quién decide qué se pesca."),
    ("Asamblea sobre la cava comunal", "Cómo guardar el pescado sin depender del intermediario."),
]


class CouncilFactory(DjangoModelFactory):
    class Meta:
        model = Council

    name = factory.Sequence(lambda n: f"{COUNCIL_NAMES[n % len(COUNCIL_NAMES)]} {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name)[:80])
    state = "Sucre"
    municipality = "Cumaná"
    territory_kind = TerritoryKind.COASTAL_FISHING
    main_production = "Pesca artesanal"
    description = "Comunidad de pescadores en la costa, con muchas familias de madres solas."
    # Most tests join straight in; the approval flow sets approve_joins=True (the model default).
    approve_joins = False


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    council = factory.SubFactory(CouncilFactory)
    user = factory.SubFactory(UserFactory)
    is_participant = True
    is_facilitator = False
    is_coordinator = False


class InvitationFactory(DjangoModelFactory):
    class Meta:
        model = Invitation

    council = factory.SubFactory(CouncilFactory)
    expires_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=14))
    max_uses = None


class FormationPlanFactory(DjangoModelFactory):
    class Meta:
        model = FormationPlan

    council = factory.SubFactory(CouncilFactory)
    title = factory.Sequence(lambda n: f"Plan de formación {2026 + n % 3}")
    period_start = 2026
    period_end = 2028
    local_problems = "La pesca se vende barata al intermediario; no hay cava comunal."
    goals = "Formar un equipo propio de facilitadoras y organizar una cooperativa pesquera."


class PlanSectionFactory(DjangoModelFactory):
    class Meta:
        model = PlanSection

    plan = factory.SubFactory(FormationPlanFactory)
    title = factory.Sequence(lambda n: f"Eje {n + 1}: organización y economía comunal")
    rationale = "Parte de un problema concreto del sector."
    position = factory.Sequence(lambda n: n + 1)


class PlanItemFactory(DjangoModelFactory):
    """A local activity by default; pass ``material=`` or ``study_path=`` for library items."""

    class Meta:
        model = PlanItem

    section = factory.SubFactory(PlanSectionFactory)
    position = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: LOCAL_ACTIVITIES[n % len(LOCAL_ACTIVITIES)][0])
    description = factory.Sequence(lambda n: LOCAL_ACTIVITIES[n % len(LOCAL_ACTIVITIES)][1])
    estimated_hours = Decimal("3.0")


def make_council(coordinator, name: str = "Consejo Comunal Playa Colorada", **extra) -> Council:
    """A council created the way the site does it: its creator is its first coordinator."""
    fields = {
        "state": "Sucre",
        "municipality": "Cumaná",
        "territory_kind": TerritoryKind.COASTAL_FISHING,
        "main_production": "Pesca artesanal",
    }
    fields.update(extra)
    return services.council_create(user=coordinator, name=name, **fields)


def add_member(council, user=None, **roles) -> Membership:
    return MembershipFactory(council=council, user=user or UserFactory(), **roles)


def make_plan(council, by, *, sections=(("Economía de la pesca", 2),), **fields) -> FormationPlan:
    """A plan through the services, with ``sections`` as (title, number of local activities)."""
    data = {
        "title": "Plan de formación 2026–2028",
        "period_start": 2026,
        "period_end": 2028,
        "local_problems": "La pesca se vende barata al intermediario.",
        "goals": "Una cooperativa pesquera y un equipo propio de facilitadoras.",
    }
    data.update(fields)
    plan = services.plan_create(council=council, by=by, **data)
    for title, count in sections:
        section = services.section_add(
            plan=plan, by=by, expected_revision=plan.revision, title=title
        )
        plan.refresh_from_db()
        for n in range(count):
            activity, description = LOCAL_ACTIVITIES[n % len(LOCAL_ACTIVITIES)]
            services.item_add(
                section=section,
                by=by,
                expected_revision=plan.revision,
                title=activity if n < len(LOCAL_ACTIVITIES) else f"{activity} ({n + 1})",
                description=description,
                estimated_hours=Decimal("4.0"),
            )
            plan.refresh_from_db()
    plan.refresh_from_db()
    return plan


def hold_assembly(plan, by, sections=None, *, held_on=None, place="Casa comunal", attendance=34):
    sections = list(sections) if sections is not None else services.pending_sections(plan)
    assembly = services.assembly_open(
        plan=plan,
        by=by,
        held_on=held_on or timezone.localdate(),
        place=place,
        attendance=attendance,
        sections=sections,
    )
    plan.refresh_from_db()
    return assembly


def agree(plan, by, sections=None):
    """An assembly agrees ``sections`` (default: every pending one) by consensus."""
    assembly = hold_assembly(plan, by, sections)
    for section in assembly.agenda.all():
        services.assembly_record_outcome(
            assembly=assembly, section=section, by=by, outcome=Outcome.CONSENSUS
        )
    plan.refresh_from_db()
    return assembly


def next_saturday(hour: int = 9, weeks: int = 1) -> dt.datetime:
    """A Saturday at ``hour`` local time, at least a day ahead."""
    day = timezone.localdate() + dt.timedelta(days=2)
    while day.weekday() != 5:
        day += dt.timedelta(days=1)
    day += dt.timedelta(weeks=weeks - 1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def make_session(council, item, by=None, *, starts_at=None, hours=3, **extra) -> Session:
    """A session row directly (no date rules): for sessions in the past or in bulk."""
    starts_at = starts_at or next_saturday()
    fields = {"place": "Casa comunal, frente al muelle", "childcare": True}
    fields.update(extra)
    return Session.objects.create(
        council=council,
        item=item,
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(hours=hours),
        created_by=by,
        **fields,
    )
