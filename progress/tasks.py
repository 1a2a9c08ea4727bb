"""Celery tasks of the formation record: primary keys in, summaries rebuilt from events."""

from celery import shared_task

from . import services


@shared_task(name="progress.tasks.recompute_record")
def recompute_record(user_id: int) -> int:
    return len(services.recompute_record(user_id=user_id))


@shared_task(name="progress.tasks.recompute_recent_facilitators")
def recompute_recent_facilitators() -> int:
    """Daily (beat): a session held without attendance still counts for its facilitators."""
    import datetime as dt

    from django.utils import timezone

    ids = services.facilitators_of_sessions_held_since(since=timezone.now() - dt.timedelta(days=2))
    for user_id in ids:
        services.recompute_record(user_id=user_id)
    return len(ids)
