"""Keep study path entries in step with what is published, via Celery, after commit."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import StudyPathPage


def _enqueue(path_id: int) -> None:
    from .tasks import refresh_study_path

    refresh_study_path.delay_on_commit(path_id)


@receiver(page_published)
@receiver(page_unpublished)
def on_page_publication_changed(sender, instance, **kwargs):
    specific_class = instance.specific_class
    if specific_class is not None and issubclass(specific_class, StudyPathPage):
        _enqueue(instance.pk)
