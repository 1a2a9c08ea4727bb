"""A council takes its data away in an open format, and can erase itself."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from councils import services
from councils.models import (
    Assembly,
    AssemblyOutcome,
    Council,
    FormationPlan,
    Membership,
    Outcome,
    PlanItem,
    Reminder,
    Session,
)

from ..factories import PASSWORD, UserFactory
from .factories import agree, make_council, make_plan, make_session
from .helpers import assert_shows, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_council(council, coordinator, facilitator, participant, plan):
    """A council with an adopted plan, a corrected outcome, a session and a reminder."""
    assembly = agree(plan, coordinator)
    original = assembly.outcomes.order_by("pk").first()
    services.assembly_correct_outcome(
        original=original, by=coordinator, outcome=Outcome.NO_CONSENSUS, note="Faltó una objeción"
    )
    item = PlanItem.objects.filter(section__plan=plan, section__status="agreed").first()
    session = make_session(council, item, coordinator, notes="Traer redes.")
    session.facilitators.set([facilitator])
    Reminder.objects.create(session=session, user=participant, channel=Reminder.Channel.SITE)
    return council


def test_a_coordinator_exports_the_council_as_json(as_user, full_council, coordinator, plan):
    response = as_user(coordinator).get(url("export", full_council.slug))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["format"] == "trayecto-council-export"
    assert data["council"]["name"] == full_council.name
    assert [p["title"] for p in data["plans"]] == [plan.title]
    assert len(data["plans"][0]["versions"]) == plan.versions.count()
    outcomes = data["assemblies"][0]["outcomes"]
    assert any(o["corrects_record_at"] for o in outcomes)
    assert data["sessions"][0]["notes"] == "Traer redes."
    assert {m["display_name"] for m in data["members"]} >= {"Yusmary", "Nelly"}
    body = response.content.decode()
    assert "@example.org" not in body  # no email addresses
    assert coordinator.username not in body  # display names, not login names


def test_erasing_needs_the_councils_exact_name(as_user, full_council, coordinator):
    response = as_user(coordinator).post(
        url("delete", full_council.slug), {"confirm": "consejo", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert_shows(response, "Type the council's name exactly to confirm.")
    full_council.refresh_from_db()
    assert full_council.erase_requested_at is None


def test_erasing_needs_the_password_again(as_user, full_council, coordinator):
    for password in ["", "not-my-password"]:
        response = as_user(coordinator).post(
            url("delete", full_council.slug), {"confirm": full_council.name, "password": password}
        )
        assert response.status_code == 200
        assert_shows(response, "That is not your current password.")
    full_council.refresh_from_db()
    assert full_council.erase_requested_at is None


def test_a_coordinator_erases_the_council_and_everything_it_recorded(
    as_user, council, coordinator, facilitator, participant, plan
):
    assembly = agree(plan, coordinator)
    item = PlanItem.objects.filter(section__plan=plan).first()
    session = make_session(council, item, coordinator)
    Reminder.objects.create(session=session, user=participant, channel=Reminder.Channel.SITE)
    assert assembly.outcomes.exists()
    _erase_and_check(as_user, council, coordinator)


def test_a_council_with_a_corrected_record_can_be_erased(as_user, full_council, coordinator):
    _erase_and_check(as_user, full_council, coordinator)


def _erase_and_check(as_user, full_council, coordinator):
    other_coordinator = UserFactory()
    other = make_council(other_coordinator, name="Consejo Comunal Chuao")
    kept = make_plan(other, other_coordinator, title="Plan de Chuao")
    source = FormationPlan.objects.get(council=full_council)
    source.shared = True
    source.save()
    copy = services.plan_copy(
        source=source, council=other, by=other_coordinator, title="Plan de Chuao, adaptado"
    )

    response = as_user(coordinator).post(
        url("delete", full_council.slug), {"confirm": full_council.name, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert Council.objects.filter(pk=full_council.pk).exists()  # the grace period starts
    assert services.council_purge(council_id=full_council.pk) is False
    later = timezone.now() + dt.timedelta(days=7, minutes=1)
    assert services.council_purge(council_id=full_council.pk, now=later) is True
    assert not Council.objects.filter(pk=full_council.pk).exists()
    for model, lookup in [
        (Membership, "council"),
        (FormationPlan, "council"),
        (Assembly, "council"),
        (AssemblyOutcome, "assembly__council"),
        (Session, "council"),
        (Reminder, "session__council"),
    ]:
        assert not model.objects.filter(**{f"{lookup}_id": full_council.pk}).exists(), model
    # The other council keeps its own plan and its copy (which forgets the erased source).
    copy.refresh_from_db()
    assert copy.copied_from is None
    assert full_council.name not in json.dumps(copy.copied_from_data)
    assert full_council.name not in json.dumps(list(copy.versions.values("event_data")))
    assert FormationPlan.objects.filter(pk__in=[kept.pk, copy.pk]).count() == 2
    assert Membership.objects.filter(user=coordinator).count() == 0
