"""Celery tasks of insights: keys in, services called, nothing else.

Services enqueue them by name (``insights.services.outbox``), so there is no cycle.
"""

from celery import shared_task

from . import services


@shared_task(name="insights.tasks.rebuild")
def rebuild(key: int) -> None:
    """One council's summaries (its primary key), or the network's (0)."""
    services.rebuild_requested(key=key)


@shared_task(name="insights.tasks.rebuild_all")
def rebuild_all() -> int:
    """Nightly (beat): every summary, whatever a lost task or a direct update missed."""
    return services.rebuild_all()
