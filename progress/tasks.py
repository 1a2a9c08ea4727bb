"""Celery tasks of the formation record: primary keys in, summaries rebuilt from events."""

from celery import shared_task

from . import services


@shared_task(name="progress.tasks.recompute_record")
def recompute_record(user_id: int) -> int:
    return len(services.recompute_record(user_id=user_id))
