"""Celery tasks of the library: thin wrappers that pass primary keys to services."""

from celery import shared_task

from . import services
from .models import StudyPathPage


@shared_task(name="curriculum.tasks.refresh_study_path", ignore_result=False)
def refresh_study_path(path_id: int) -> int:
    return services.refresh_study_path(path_id=path_id)


@shared_task(name="curriculum.tasks.refresh_all_study_paths")
def refresh_all_study_paths() -> int:
    """Nightly safety net: rebuilds every path's entries, in case a publish signal was missed."""
    ids = list(StudyPathPage.objects.values_list("pk", flat=True))
    for path_id in ids:
        services.refresh_study_path(path_id=path_id)
    return len(ids)
