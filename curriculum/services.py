"""Writes of the curriculum library that carry rules."""

from __future__ import annotations

from django.db import transaction

from .models import StudyPathMaterial, StudyPathPage


@transaction.atomic
def refresh_study_path(*, path_id: int) -> int:
    """Rebuild the material entries of one published path; safe to run any number of times.

    Returns how many entries the path now has. A path that is gone or
    unpublished keeps no entries.
    """
    path = StudyPathPage.objects.filter(pk=path_id, live=True).first()
    StudyPathMaterial.objects.filter(path_id=path_id).delete()
    if path is None:
        return 0
    entries = []
    position = 0
    for stage_number, block in enumerate(path.stages, start=1):
        for material in block.value["materials"]:
            if material is None:
                continue
            position += 1
            entries.append(
                StudyPathMaterial(
                    path=path,
                    material_id=material.pk,
                    stage_number=stage_number,
                    stage_title=block.value["title"][:200],
                    position=position,
                )
            )
    StudyPathMaterial.objects.bulk_create(entries)
    return len(entries)
