"""Erasing a council asks the password again and waits 7 days; any coordinator can cancel.

Issue #9, point 5: no single click (or unlocked phone) wipes a council's work.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from councils import services
from councils.models import Council, Notice
from councils.tasks import purge_councils_due
from progress import services as progress_services
from progress.models import YearSummary

from ..factories import PASSWORD, UserFactory
from .factories import add_member, make_council
from .helpers import assert_shows, url

pytestmark = pytest.mark.django_db


def request_erase(as_user, council, coordinator):
    return as_user(coordinator).post(
        url("delete", council.slug), {"confirm": council.name, "password": PASSWORD}
    )


def test_the_request_starts_a_grace_period_that_every_coordinator_hears_of(
    as_user, council, coordinator, participant
):
    second = add_member(council, is_coordinator=True).user
    response = request_erase(as_user, council, coordinator)
    assert response.status_code == 302
    council.refresh_from_db()
    assert council.erase_requested_at is not None
    assert council.erase_requested_by == coordinator

    told = Notice.objects.filter(council=council, kind=Notice.Kind.SECURITY)
    assert set(told.values_list("user", flat=True)) == {coordinator.pk, second.pk}
    assert "will be erased for good on" in told.get(user=second).text

    # Everyone in the council sees the banner; only coordinators see the cancel button.
    page = as_user(participant).get(url("detail", council.slug))
    assert_shows(page, "This council is going to be erased")
    assert "Cancel the erasure" not in page.content.decode()
    page = as_user(second).get(url("detail", council.slug))
    assert_shows(page, "Cancel the erasure")
    notices = as_user(second).get(url("notices"))
    assert_shows(notices, "asked to erase")


def test_any_other_coordinator_cancels_and_nothing_is_purged(
    as_user, council, coordinator, facilitator
):
    second = add_member(council, is_coordinator=True).user
    request_erase(as_user, council, coordinator)
    assert as_user(facilitator).post(url("erase_cancel", council.slug)).status_code == 403

    response = as_user(second).post(url("erase_cancel", council.slug))
    assert response.status_code == 302
    council.refresh_from_db()
    assert council.erase_requested_at is None
    assert Notice.objects.filter(user=coordinator, message__contains="cancelled").exists()

    later = timezone.now() + dt.timedelta(days=30)
    assert services.council_purge(council_id=council.pk, now=later) is False
    assert Council.objects.filter(pk=council.pk).exists()


def test_a_second_request_during_the_grace_period_is_refused(as_user, council, coordinator):
    request_erase(as_user, council, coordinator)
    first = Council.objects.get(pk=council.pk).erase_requested_at
    response = request_erase(as_user, council, coordinator)
    assert response.status_code == 200
    assert_shows(response, "will already be erased for good on")
    assert Council.objects.get(pk=council.pk).erase_requested_at == first


def test_the_beat_purges_only_councils_whose_grace_period_is_over(as_user, council, coordinator):
    other_coordinator = UserFactory()
    other_council = make_council(other_coordinator, name="Consejo Comunal Chuao")
    request_erase(as_user, council, coordinator)
    request_erase(as_user, other_council, other_coordinator)
    Council.objects.filter(pk=council.pk).update(
        erase_requested_at=timezone.now() - dt.timedelta(days=7, minutes=5)
    )
    assert purge_councils_due() == 1
    assert not Council.objects.filter(pk=council.pk).exists()
    assert Council.objects.filter(pk=other_council.pk).exists()


def test_members_totals_are_recomputed_when_the_council_goes(
    as_user, council, coordinator, participant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        entry = progress_services.practice_log_create(
            user=participant,
            practiced_on=dt.date(2025, 3, 1),
            hours=Decimal("3"),
            what_was_done="Jornada de limpieza de la playa",
        )
        progress_services.practice_share(entry=entry, user=participant, council_id=council.pk)
        vouch = progress_services.vouch_request(entry=entry, by=participant, voucher=coordinator)
        progress_services.vouch_decide(vouch=vouch, by=coordinator, confirm=True)
    summary = YearSummary.objects.get(user=participant, year=2025)
    assert summary.vouched_practice_minutes == 180

    request_erase(as_user, council, coordinator)
    later = timezone.now() + dt.timedelta(days=8)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.council_purge(council_id=council.pk, now=later)
    summary = YearSummary.objects.get(user=participant, year=2025)
    assert summary.practice_minutes == 180  # the practice is the person's
    assert summary.vouched_practice_minutes == 0  # the vouch belonged to the council
