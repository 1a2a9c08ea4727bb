"""Celery tasks of the formation record: primary keys in, services called, nothing else.

Services enqueue these by name (``progress.services.outbox``), so this module may
import the services without a cycle.
"""

import datetime as dt

from celery import shared_task
from django.utils import timezone

from . import services

# A mark younger than this is probably still on its way through the broker.
PENDING_GRACE = dt.timedelta(minutes=2)


@shared_task(name="progress.tasks.recompute_record")
def recompute_record(user_id: int) -> int:
    return services.recompute_requested(user_id=user_id)


@shared_task(name="progress.tasks.recompute_pending")
def recompute_pending() -> int:
    """Every few minutes (beat): run the recomputes a broker outage kept from being enqueued."""
    user_ids = services.pending_recomputes(requested_before=timezone.now() - PENDING_GRACE)
    for user_id in user_ids:
        services.recompute_requested(user_id=user_id)
    return len(user_ids)


@shared_task(name="progress.tasks.recompute_recent_facilitators")
def recompute_recent_facilitators() -> int:
    """Daily (beat): a session held without attendance still counts for its facilitators."""
    ids = services.facilitators_of_sessions_held_since(since=timezone.now() - dt.timedelta(days=2))
    for user_id in ids:
        services.recompute_record(user_id=user_id)
    return len(ids)
