"""Redis stopped while people save: the save succeeds and no recompute or reminder is lost.

The change and its ``PendingRecompute`` mark commit together; the enqueue after
commit fails fast with a warning; once Redis is back the beat's
``progress.tasks.recompute_pending`` runs what is marked, and the hourly
``councils.tasks.send_session_reminders`` finds sessions in the database.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.db import connections
from django.db.models import F
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import timezone

from councils.models import PlanItem, Reminder, Session
from progress.models import PendingRecompute, PracticeLog, YearSummary

from ..councils.factories import add_member, agree, make_council, make_plan
from ..factories import UserFactory
from ..progress.oracle import expected_summaries, stored_summaries
from ..utils import login
from .conftest import wait_for

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def practice_data() -> dict:
    return {
        "practiced_on": (timezone.localdate() - dt.timedelta(days=1)).isoformat(),
        "hours": "2.5",
        "material": "",
        "what_was_done": "Censo casa por casa del sector La Playa.",
    }


def test_a_practice_saved_while_redis_is_down_is_recomputed_by_the_beat(
    base_tree, client, broker, private_redis, caplog
):
    person = UserFactory(username="carmen_red")
    login(client, person)
    private_redis.stop()

    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="progress.services.outbox"):
        response = client.post(reverse("progress:practice_new"), practice_data())
    elapsed = time.monotonic() - started

    assert response.status_code == 302, "the save must not fail with the broker"
    entry = PracticeLog.objects.get(user=person)
    assert elapsed < 5, f"a down broker held the request {elapsed:.1f}s"
    assert "not enqueued" in caplog.text
    # The recompute was not lost: it waits in the outbox, committed with the entry.
    assert PendingRecompute.objects.filter(user=person).exists()
    assert not YearSummary.objects.filter(user=person).exists()

    private_redis.start()
    from progress.tasks import recompute_pending

    # Nothing is in the (restarted, empty) queue: only the beat can catch up.
    assert private_redis.client().llen("celery") == 0
    PendingRecompute.objects.update(requested_at=F("requested_at") - dt.timedelta(minutes=5))
    assert recompute_pending.apply().get() == 1

    year = entry.practiced_on.year
    assert YearSummary.objects.get(user=person, year=year).practice_minutes == 150
    assert stored_summaries(person) == expected_summaries(person)
    assert not PendingRecompute.objects.exists()


def test_a_mark_renewed_during_a_recompute_stays_for_the_next_run(base_tree):
    from progress import services

    person = UserFactory(username="rosa_vecina")
    PracticeLog.objects.create(
        user=person, practiced_on=timezone.localdate(), hours=2, what_was_done="Mesa de agua."
    )
    original = PendingRecompute.objects.create(user=person, requested_at=timezone.now())

    def renew_meanwhile(**kwargs):
        PendingRecompute.objects.filter(pk=original.pk).update(
            requested_at=original.requested_at + dt.timedelta(seconds=1)
        )

    post_save.connect(renew_meanwhile, sender=YearSummary, weak=False)
    try:
        services.recompute_requested(user_id=person.pk)
    finally:
        post_save.disconnect(renew_meanwhile, sender=YearSummary)
    assert PendingRecompute.objects.filter(user=person).exists()
    services.recompute_requested(user_id=person.pk)
    assert not PendingRecompute.objects.exists()


def test_a_session_scheduled_while_redis_is_down_gets_its_reminder(
    base_tree, client, broker, private_redis
):
    coordinator = UserFactory(username="yusmary_pesca", email="yusmary@example.org")
    council = make_council(coordinator)
    neighbour = add_member(council, UserFactory(username="rosa", email="rosa@example.org")).user
    plan = make_plan(council, coordinator)
    agree(plan, coordinator)
    item = PlanItem.objects.filter(section__plan=plan).order_by("pk").first()
    login(client, coordinator)
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    private_redis.stop()

    response = client.post(
        reverse("councils:session_create", args=[council.slug]),
        {
            "item": item.pk,
            "day": tomorrow.isoformat(),
            "start_time": "18:00",
            "end_time": "20:00",
            "place": "Casa comunal, frente al muelle",
            "facilitators": [coordinator.pk],
        },
    )
    assert response.status_code == 302, "scheduling must not depend on Redis"
    session = Session.objects.get(council=council)

    private_redis.start()
    from councils.tasks import send_session_reminders

    with start_worker(broker, perform_ping_check=False, shutdown_timeout=20):
        send_session_reminders.delay()  # what the hourly beat sends, through the real broker
        wait_for(
            lambda: Reminder.objects.filter(session=session, sent_at__isnull=False).count() == 2,
            timeout=60,
            what="both reminders sent by the worker",
        )
        connections.close_all()
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([coordinator.email, neighbour.email])
