"""How the summaries are kept: on commit through the outbox, nightly, and by hand after bulk writes."""

from __future__ import annotations

import io
from unittest import mock

import pytest
from django.core.management import call_command
from kombu.exceptions import OperationalError

from insights import tasks
from insights.models import CouncilSummary, CouncilYearSummary, PendingInsight

from .conftest import counted_session

pytestmark = pytest.mark.django_db


def test_a_change_rebuilds_its_council_and_the_network_once_committed(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        counted_session(world.council, world.item, days_ago=2, women=9, men=9)
    assert callbacks, "nothing was scheduled"
    before = CouncilYearSummary.objects.get(council=world.council, year__gte=2026).sessions_held
    for callback in callbacks:
        callback()
    after = CouncilYearSummary.objects.get(council=world.council, year__gte=2026).sessions_held
    assert after == before + 1
    assert not PendingInsight.objects.exists()


def test_a_broker_outage_leaves_the_mark_for_the_night(world, django_capture_on_commit_callbacks):
    with mock.patch(
        "insights.services.outbox.signature", side_effect=OperationalError("broker down")
    ):
        with django_capture_on_commit_callbacks(execute=True):
            counted_session(world.council, world.item, days_ago=2, women=9, men=9)
    # The council's mark waits; the network's follows the council's rebuild.
    assert set(PendingInsight.objects.values_list("council_id", flat=True)) == {world.council.pk}
    assert tasks.rebuild_all() >= 2
    assert not PendingInsight.objects.exists()


def test_the_command_rebuilds_everything_and_says_so(world):
    CouncilYearSummary.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_insights", stdout=out)
    assert "Summaries of 2 councils and the network rebuilt" in out.getvalue()
    assert CouncilYearSummary.objects.filter(council=world.council).exists()


def test_a_council_erased_leaves_no_summary(world, django_capture_on_commit_callbacks):
    council_id = world.other_council.pk
    with django_capture_on_commit_callbacks(execute=True):
        world.other_council.delete()
    assert not CouncilSummary.objects.filter(council_id=council_id).exists()
    assert not CouncilYearSummary.objects.filter(council_id=council_id).exists()


def test_an_assembly_that_adopts_the_plan_shows_on_the_summary(
    world, django_capture_on_commit_callbacks
):
    from councils.models import FormationPlan

    from ..councils.factories import agree

    plan = FormationPlan.objects.get(council=world.council)
    assert CouncilSummary.objects.get(council=world.council).plans_adopted == 0
    with django_capture_on_commit_callbacks(execute=True):
        agree(plan, world.coordinator)
    summary = CouncilSummary.objects.get(council=world.council)
    assert summary.plans_adopted == 1
    assert summary.sections_agreed == plan.sections.count()
    assert summary.sections_pending == 0
