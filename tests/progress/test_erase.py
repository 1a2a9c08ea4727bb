"""Deleting one's account erases the formation record through ``progress``, and only that."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from progress import services
from progress.models import (
    Attendance,
    Completion,
    Enrolment,
    PracticeLog,
    StageReached,
    Vouch,
    YearSummary,
)

from ..factories import PASSWORD
from .factories import FormationStageFactory
from .oracle import expected_summaries, stored_summaries

pytestmark = pytest.mark.django_db

RECORD_MODELS = (Attendance, Completion, Enrolment, PracticeLog, StageReached, YearSummary)


def shared_practice(user, council, hours: str, days_ago: int) -> PracticeLog:
    entry = services.practice_log_create(
        user=user,
        practiced_on=timezone.localdate() - dt.timedelta(days=days_ago),
        hours=Decimal(hours),
        what_was_done="Censo de embarcaciones con los pescadores del muelle.",
    )
    return services.practice_share(entry=entry, user=user, council_id=council.pk)


def vouch(entry, by, voucher) -> Vouch:
    asked = services.vouch_request(entry=entry, by=by, voucher=voucher)
    return services.vouch_decide(vouch=asked, by=voucher, confirm=True)


@pytest.fixture
def lives(world, committed):
    """Carmen and Rosa vouch for each other; Carmen co-facilitates the held workshop with Nelly."""
    carmen, rosa = world.participant, world.neighbour
    FormationStageFactory(name="Primeros pasos", min_study_hours=1)
    world.held_session.facilitators.add(carmen)
    with committed():
        services.enrol(user=carmen, path=world.lib.path)
        services.mark_read(
            user=carmen,
            material=world.lib.reading,
            completed_on=timezone.localdate(),
            reflection="Lo que Freire llama cultura del silencio.",
        )
        vouch(shared_practice(carmen, world.council, "2", days_ago=2), carmen, rosa)
        vouch(shared_practice(rosa, world.council, "3", days_ago=1), rosa, carmen)
        services.attendance_record(
            session=world.held_session,
            by=world.coordinator,
            present_user_ids={carmen.pk, rosa.pk},
        )
    return world


def delete_account(client, user, committed):
    with committed():
        response = client.post(
            reverse("accounts:delete"), {"confirm": user.username, "password": PASSWORD}
        )
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_deleting_the_account_erases_the_formation_record(lives, as_user, committed):
    carmen = lives.participant
    assert all(model.objects.filter(user=carmen).exists() for model in RECORD_MODELS)
    assert Vouch.objects.filter(voucher=carmen).exists()
    carmen_id = carmen.pk

    delete_account(as_user(carmen), carmen, committed)

    for model in RECORD_MODELS:
        assert not model.objects.filter(user_id=carmen_id).exists(), model.__name__
    assert not Vouch.objects.filter(voucher_id=carmen_id).exists()
    assert not Vouch.objects.filter(entry__user_id=carmen_id).exists()


def test_others_keep_what_is_theirs_and_lose_only_carmens_word(lives, as_user, committed):
    carmen, rosa, nelly = lives.participant, lives.neighbour, lives.facilitator
    year = timezone.localdate().year
    before = YearSummary.objects.get(user=rosa, year=year)
    assert (before.practice_minutes, before.vouched_practice_minutes) == (0, 180)
    facilitated_before = YearSummary.objects.get(user=nelly, year=year).workshops_facilitated
    assert facilitated_before == 1

    delete_account(as_user(carmen), carmen, committed)

    # Rosa's practice was vouched by Carmen only: it counts as self-reported again.
    after = YearSummary.objects.get(user=rosa, year=year)
    assert (after.practice_minutes, after.vouched_practice_minutes) == (180, 0)
    assert stored_summaries(rosa) == expected_summaries(rosa)
    # Rosa attended the workshop: attendance and completion stay hers.
    assert Attendance.objects.filter(user=rosa, session=lives.held_session, present=True).exists()
    assert Completion.objects.filter(user=rosa, material=lives.lib.workshop).exists()
    # The session stays, and it still counts for the co-facilitator.
    assert list(lives.held_session.facilitators.all()) == [nelly]
    services.recompute_record(user_id=nelly.pk)
    assert YearSummary.objects.get(user=nelly, year=year).workshops_facilitated == 1
    assert stored_summaries(nelly) == expected_summaries(nelly)


def test_a_wrong_confirmation_erases_nothing(lives, as_user, committed):
    carmen = lives.participant
    counts = [model.objects.count() for model in RECORD_MODELS]
    with committed():
        response = as_user(carmen).post(reverse("accounts:delete"), {"confirm": "Carmen"})
    assert response.status_code == 200
    assert [model.objects.count() for model in RECORD_MODELS] == counts
