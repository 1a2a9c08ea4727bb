"""A worker killed in the middle of a recompute: another worker runs it again, right once.

``acks_late`` keeps the message unacknowledged while the task runs; killed, the
worker never acknowledges it, and after the visibility timeout Redis hands it to
the next worker. The recompute rebuilds from events, so running twice is harmless.
"""

from __future__ import annotations

import datetime as dt
import signal
import time
from decimal import Decimal

import pytest
from django.db import connections
from django.utils import timezone

from progress.models import PendingRecompute, PracticeLog, YearSummary

from ..factories import UserFactory
from ..progress.oracle import expected_summaries, stored_summaries
from .conftest import needs_postgres, start_worker, wait_for, worker_env

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

VISIBILITY_TIMEOUT = 2


def many_practice_logs(person, count: int = 3000) -> None:
    today = timezone.localdate()
    PracticeLog.objects.bulk_create(
        PracticeLog(
            user=person,
            practiced_on=today - dt.timedelta(days=(n * 7) % (15 * 365)),
            hours=Decimal("0.5") * (1 + n % 8),
            what_was_done=f"Jornada {n}",
        )
        for n in range(count)
    )


def test_a_killed_worker_task_runs_again_and_counts_once(private_redis, broker, tmp_path):
    needs_postgres()
    person = UserFactory(username="carmen_red")
    many_practice_logs(person)
    PendingRecompute.objects.create(user=person, requested_at=timezone.now())
    connections.close_all()  # the workers need the data committed, not our session

    from progress.tasks import recompute_record

    task_id = recompute_record.delay(person.pk).id
    started = tmp_path / "started"
    env = worker_env(private_redis.url, CELERY_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT))
    first = start_worker(
        {**env, "TRAYECTO_FAULT_STARTED": str(started)},
        tmp_path / "first.log",
        "-I",
        "tests.faults.slow_worker",
    )
    second = None
    try:
        wait_for(started.exists, timeout=90, what="the first worker to start the task")
        assert started.read_text() == task_id
        assert private_redis.client().hlen("unacked") == 1, "taken, not acknowledged"
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        assert not YearSummary.objects.filter(user=person).exists(), "killed before its work"

        # A worker restores unacknowledged messages older than the visibility timeout when
        # it starts; on a fast machine the replacement can start sooner than that.
        time.sleep(VISIBILITY_TIMEOUT + 1)
        second = start_worker(env, tmp_path / "second.log")
        second_log = tmp_path / "second.log"
        wait_for(
            lambda: f"[{task_id}] succeeded" in second_log.read_text(errors="replace"),
            timeout=90,
            step=0.2,
            what="the second worker to run the task again",
        )
        assert not PendingRecompute.objects.filter(user=person).exists()
        wait_for(
            lambda: private_redis.client().hlen("unacked") == 0,
            timeout=10,
            what="the second worker to acknowledge the task",
        )
    finally:
        for worker in (first, second):
            if worker is not None and worker.poll() is None:
                worker.kill()  # nothing to finish: the test has what it needs, or failed
                worker.wait(timeout=20)

    years = {
        d.year
        for d in PracticeLog.objects.filter(user=person).values_list("practiced_on", flat=True)
    }
    assert YearSummary.objects.filter(user=person).count() == len(years)  # no duplicates
    assert stored_summaries(person) == expected_summaries(person)
