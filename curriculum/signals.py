"""Keep study paths in step with the library: entries after publishing, repairs after deleting."""

from functools import partial

from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import MaterialPage, StudyPathPage


def _enqueue(path_id: int) -> None:
    from .tasks import refresh_study_path

    refresh_study_path.delay_on_commit(path_id)


@receiver(page_published)
@receiver(page_unpublished)
def on_page_publication_changed(sender, instance, **kwargs):
    specific_class = instance.specific_class
    if specific_class is not None and issubclass(specific_class, StudyPathPage):
        _enqueue(instance.pk)


@receiver(pre_delete, sender=MaterialPage)
def on_material_deleted(sender, instance, **kwargs):
    """Paths drop a deleted material themselves, once the deletion is committed.

    The paths are found now, while the material's entries and references still exist.
    """
    from . import services
    from .selectors.usage import path_ids_referencing

    path_ids = path_ids_referencing(material=instance)
    if path_ids:
        transaction.on_commit(
            partial(
                services.drop_deleted_material,
                path_ids=path_ids,
                material_id=instance.pk,
                material_title=instance.title,
            )
        )
