"""The recompute outbox: a change marks its person, the mark survives a broker outage.

A change to a person's events writes a ``PendingRecompute`` mark in its own
transaction and, once that commits, enqueues ``progress.tasks.recompute_record``.
If the broker is down the enqueue fails with a warning and the mark stays; the
beat (``progress.tasks.recompute_pending``) finds it and runs the recompute. The
recompute removes the mark only if it was not requested again meanwhile.
"""

from __future__ import annotations

import datetime as dt
import logging

from celery import signature
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from ..models import PendingRecompute
from .record import recompute_record

logger = logging.getLogger(__name__)

RECOMPUTE_TASK = "progress.tasks.recompute_record"
# What a down or unreachable broker raises once Celery's short publish retry gives up.
BROKER_DOWN = (BrokerError, RedisConnectionError, RedisTimeoutError, OSError)


def schedule_recompute(user_id: int) -> None:
    """Mark the person (in the caller's transaction) and enqueue the recompute once it commits.

    The task is named, not imported: ``progress.tasks`` imports the services, so an
    import the other way would be a cycle. ``ProgressConfig.ready`` registers the task,
    so without a broker it still runs in-process.
    """
    PendingRecompute.objects.update_or_create(
        user_id=user_id, defaults={"requested_at": timezone.now()}
    )
    # A plain function, not a partial: Django logs a failed robust callback by __qualname__.
    transaction.on_commit(lambda: _enqueue(user_id), robust=True)


def _enqueue(user_id: int) -> None:
    try:
        signature(RECOMPUTE_TASK, args=(user_id,)).delay()
    except BROKER_DOWN as error:
        logger.warning(
            "recompute of person %s not enqueued, the beat will run it: %s", user_id, error
        )


def recompute_requested(*, user_id: int) -> int:
    """Rebuild the person's summaries, then clear their mark unless it was renewed meanwhile.

    The stamp is read before the events, so a change committed during the rebuild
    renews the mark and the next run picks it up.
    """
    stamp = (
        PendingRecompute.objects.filter(user_id=user_id)
        .values_list("requested_at", flat=True)
        .first()
    )
    summaries = recompute_record(user_id=user_id)
    if stamp is not None:
        PendingRecompute.objects.filter(user_id=user_id, requested_at=stamp).delete()
    return len(summaries)


def pending_recomputes(*, requested_before: dt.datetime, limit: int = 500) -> list[int]:
    """People still marked since before ``requested_before`` (their task was lost or is late)."""
    return list(
        PendingRecompute.objects.filter(requested_at__lt=requested_before)
        .order_by("requested_at")
        .values_list("user_id", flat=True)[:limit]
    )
