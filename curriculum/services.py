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


REMOVED_MATERIAL_ACTION = "curriculum.remove_deleted_material"


def _without_material(stages_raw: list, material_id: int) -> tuple[list, list[str]]:
    """The stages' raw data without the material; stages left with nothing are dropped."""
    kept, dropped = [], []
    for stage in stages_raw:
        value = dict(stage.get("value") or {})
        items = value.get("materials") or []
        remaining = [
            item
            for item in items
            if (item.get("value") if isinstance(item, dict) else item) not in (material_id, None)
        ]
        if items and not remaining:
            dropped.append(value.get("title", ""))
            continue
        value["materials"] = remaining
        kept.append({**stage, "value": value})
    return kept, dropped


@transaction.atomic
def drop_deleted_material(*, path_ids: list[int], material_id: int, material_title: str) -> int:
    """Remove a deleted material from these paths, with a revision that says so.

    A path that was live with nothing waiting is published again at once, so its
    totals follow and its next publish needs no repair; a path with unpublished
    changes gets the removal in a new draft. Returns how many paths changed.
    """
    from wagtail.log_actions import log

    changed = 0
    for path in StudyPathPage.objects.filter(pk__in=path_ids):
        publish_after = path.live and not path.has_unpublished_changes
        latest = path.get_latest_revision_as_object()
        stages, dropped = _without_material(list(latest.stages.raw_data), material_id)
        if stages == list(latest.stages.raw_data):
            continue
        latest.stages = stages
        revision = latest.save_revision(clean=False)
        log(
            instance=latest,
            action=REMOVED_MATERIAL_ACTION,
            revision=revision,
            data={"material_id": material_id, "title": material_title, "dropped_stages": dropped},
            content_changed=True,
        )
        if publish_after:
            revision.publish()
        changed += 1
    return changed
