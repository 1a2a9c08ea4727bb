"""Pages cost the same number of queries for a small plan and a large one (rural connections
wait for every round trip of a slow server)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from councils import services
from councils.models import Outcome, PlanItem, Session

from ..utils import build_content
from .factories import (
    FormationPlanFactory,
    PlanSectionFactory,
    add_member,
    agree,
    hold_assembly,
    make_session,
    next_saturday,
)
from .helpers import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(tree):
    return build_content(tree, english=False)


def plan_with_items(council, coordinator, library, count: int):
    """Four sections (one split in two parts), ``count`` items of every kind, an assembly record."""
    plan = FormationPlanFactory(council=council, title=f"Plan con {count} ítems")
    sections = [PlanSectionFactory(plan=plan, title=f"Eje {n}", position=n) for n in range(1, 4)]
    items = []
    for n in range(count):
        kind = n % 3
        items.append(
            PlanItem(
                section=sections[n % len(sections)],
                position=n,
                material=library.workshop if kind == 0 else None,
                study_path=library.path if kind == 1 else None,
                title=f"Actividad {n}",
                description="Con las pescadoras del muelle.",
                estimated_hours=Decimal("2.0"),
            )
        )
    PlanItem.objects.bulk_create(items)
    assembly = hold_assembly(plan, coordinator, sections[:2])
    services.assembly_record_outcome(
        assembly=assembly, section=sections[0], by=coordinator, outcome=Outcome.CONSENSUS
    )
    services.assembly_record_outcome(
        assembly=assembly,
        section=sections[1],
        by=coordinator,
        outcome=Outcome.SPLIT,
        parts=["Primera parte", "Segunda parte"],
        item_parts={i.pk: 1 + n % 2 for n, i in enumerate(sections[1].items.all())},
    )
    plan.refresh_from_db()
    return plan


def count_queries(client, address) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("as_role", ["coordinator", "participant"])
def test_the_plan_page_costs_the_same_for_5_and_100_items(
    as_user, council, coordinator, participant, library, as_role
):
    small = plan_with_items(council, coordinator, library, 5)
    large = plan_with_items(council, coordinator, library, 100)
    client = as_user(coordinator if as_role == "coordinator" else participant)
    count_queries(client, url("plan_detail", council.slug, small.pk))  # warm the caches
    small_count = count_queries(client, url("plan_detail", council.slug, small.pk))
    large_count = count_queries(client, url("plan_detail", council.slug, large.pk))
    assert large_count == small_count, (small_count, large_count)


def test_the_calendar_page_costs_the_same_for_5_and_100_sessions(
    as_user, council, coordinator, facilitator, library
):
    from ..factories import UserFactory
    from .factories import make_council, make_plan

    def council_with_sessions(name, count):
        owner = UserFactory()
        target = make_council(owner, name=name)
        helper = add_member(target, is_facilitator=True).user
        plan = make_plan(target, owner, sections=(("Economía de la pesca", 1),))
        section = plan.sections.get()
        PlanItem.objects.create(
            section=section, material=library.workshop, title=library.workshop.title, position=5
        )
        PlanItem.objects.create(
            section=section, study_path=library.path, title=library.path.title, position=6
        )
        agree(plan, owner)
        items = list(PlanItem.objects.filter(section=section))
        for n in range(count):
            session = make_session(
                target, items[n % 3], owner, starts_at=next_saturday(9, weeks=1 + n // 7)
            )
            session.facilitators.set([owner, helper])
        return target, owner

    small, small_owner = council_with_sessions("Consejo Comunal Chico", 5)
    large, large_owner = council_with_sessions("Consejo Comunal Grande", 100)
    assert Session.objects.filter(council=large).count() == 100
    # First visits make each person's private feed link: not part of the comparison.
    count_queries(as_user(small_owner), url("calendar", small.slug))
    count_queries(as_user(large_owner), url("calendar", large.slug))
    small_count = count_queries(as_user(small_owner), url("calendar", small.slug))
    large_count = count_queries(as_user(large_owner), url("calendar", large.slug))
    assert large_count == small_count, (small_count, large_count)

    # The council's page shows the next sessions too, at the same cost.
    small_detail = count_queries(as_user(small_owner), url("detail", small.slug))
    large_detail = count_queries(as_user(large_owner), url("detail", large.slug))
    assert large_detail == small_detail


def test_the_feed_costs_the_same_for_5_and_100_sessions(client, council, coordinator, plan):
    agree(plan, coordinator)
    item = PlanItem.objects.filter(section__plan=plan).first()
    for _ in range(5):
        make_session(council, item, coordinator)
    feed = url("council_feed", council.calendar_token)
    with CaptureQueriesContext(connection) as small:
        assert client.get(feed).status_code == 200
    for _ in range(95):
        make_session(council, item, coordinator)
    with CaptureQueriesContext(connection) as large:
        assert client.get(feed).status_code == 200
    assert len(large) == len(small)
