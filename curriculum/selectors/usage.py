"""Where a material is used, and the hours each use would lose: for unpublish and delete.

Study paths are read here; other apps (councils' formation plans) answer through the
``trayecto_material_usages`` hook, since curriculum imports no other app.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail import hooks
from wagtail.models import ReferenceIndex

from curriculum.models.paths import StudyPathMaterial, StudyPathPage

# A hook function takes ``material`` and returns a list of MaterialUsage.
MATERIAL_USAGES_HOOK = "trayecto_material_usages"


@dataclass
class MaterialUsage:
    """One place that uses the material: a study path, a council's plan..."""

    label: str
    minutes: int
    kind: str = "study_path"
    url: str = ""
    detail: str = ""


@dataclass
class UsageSummary:
    paths: list[MaterialUsage] = field(default_factory=list)
    others: list[MaterialUsage] = field(default_factory=list)

    @property
    def all(self) -> list[MaterialUsage]:
        return self.paths + self.others

    def __bool__(self) -> bool:
        return bool(self.paths or self.others)


def path_ids_referencing(*, material) -> list[int]:
    """Paths whose published entries or saved content (a draft too) point at the material."""
    published = StudyPathMaterial.objects.filter(material_id=material.pk).values_list(
        "path_id", flat=True
    )
    path_type = ContentType.objects.get_for_model(StudyPathPage)
    referenced = ReferenceIndex.get_references_to(material).filter(content_type=path_type)
    ids = set(published) | {int(pk) for pk in referenced.values_list("object_id", flat=True)}
    return sorted(ids)


def _times_in(path: StudyPathPage, material_id: int) -> int:
    """How many times the path's latest saved stages list the material."""
    count = 0
    for stage in path.stages.raw_data:
        for item in (stage.get("value") or {}).get("materials") or []:
            value = item.get("value") if isinstance(item, dict) else item
            if value == material_id:
                count += 1
    return count


def material_usage(*, material) -> UsageSummary:
    """Paths (with the hours they would lose) and other apps' uses of one material."""
    from wagtail.admin.admin_url_finder import AdminURLFinder

    material = material.specific
    summary = UsageSummary()
    finder = AdminURLFinder()
    for path in StudyPathPage.objects.filter(pk__in=path_ids_referencing(material=material)):
        latest = path.get_latest_revision_as_object()
        times = max(_times_in(latest, material.pk), 1)
        summary.paths.append(
            MaterialUsage(
                label=path.title,
                minutes=material.duration_minutes * times,
                url=finder.get_edit_url(path) or "",
            )
        )
    for fn in hooks.get_hooks(MATERIAL_USAGES_HOOK):
        summary.others.extend(fn(material) or [])
    return summary
