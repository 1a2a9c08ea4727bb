"""Fixing a typo keeps the neighbours' word; changing the date or hours asks again (issue #9, point 9).

The edit form sends every field, so "was the hours field sent" always held: vouches
went back to "asked" on any edit. Now values are compared (2.0 h is 2 h).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from progress import services
from progress.models import Vouch, YearSummary

from .helpers import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def vouched_entry(world, committed):
    """Three hours of Carmen's practice, shared with her council and vouched by Rosa."""
    carmen = world.participant
    with committed():
        entry = services.practice_log_create(
            user=carmen,
            practiced_on=timezone.localdate() - dt.timedelta(days=3),
            hours=Decimal("3"),
            what_was_done="Convocamos la mesa técnica de agau casa por casa.",
        )
        services.practice_share(entry=entry, user=carmen, council_id=world.council.pk)
        asked = services.vouch_request(entry=entry, by=carmen, voucher=world.neighbour)
        services.vouch_decide(vouch=asked, by=world.neighbour, confirm=True)
    return entry


def form_data(entry, **changes) -> dict:
    data = {
        "practiced_on": entry.practiced_on.isoformat(),
        "hours": "3.0",
        "material": "",
        "what_was_done": entry.what_was_done,
        "what_worked": "",
        "what_failed": "",
        "what_was_learned": "",
    }
    data.update(changes)
    return data


def vouched_minutes(entry) -> int:
    return YearSummary.objects.get(
        user=entry.user, year=entry.practiced_on.year
    ).vouched_practice_minutes


def test_fixing_a_typo_through_the_form_keeps_the_vouch(world, vouched_entry, as_user, committed):
    with committed():
        response = as_user(world.participant).post(
            url("practice_edit", vouched_entry.pk),
            form_data(
                vouched_entry, what_was_done="Convocamos la mesa técnica de agua casa por casa."
            ),
        )
    assert response.status_code == 302
    vouched_entry.refresh_from_db()
    assert vouched_entry.what_was_done.endswith("de agua casa por casa.")
    assert Vouch.objects.get().status == Vouch.Status.CONFIRMED
    assert vouched_minutes(vouched_entry) == 180


def test_the_same_hours_written_differently_keep_the_vouch(world, vouched_entry, committed):
    with committed():
        services.practice_log_update(
            entry=vouched_entry,
            user=world.participant,
            hours=Decimal("3.0"),
            practiced_on=vouched_entry.practiced_on,
            what_worked="Ir casa por casa.",
        )
    assert Vouch.objects.get().status == Vouch.Status.CONFIRMED


@pytest.mark.parametrize(
    "change",
    [{"hours": "3.5"}, {"practiced_on": (timezone.localdate() - dt.timedelta(days=4)).isoformat()}],
)
def test_a_real_change_of_date_or_hours_asks_again(
    world, vouched_entry, as_user, committed, change
):
    with committed():
        response = as_user(world.participant).post(
            url("practice_edit", vouched_entry.pk), form_data(vouched_entry, **change)
        )
    assert response.status_code == 302
    vouch = Vouch.objects.get()
    assert (vouch.status, vouch.decided_at) == (Vouch.Status.REQUESTED, None)
    vouched_entry.refresh_from_db()
    assert vouched_minutes(vouched_entry) == 0
