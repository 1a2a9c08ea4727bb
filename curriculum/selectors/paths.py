"""Reads of study paths, shaped so each page costs a constant number of queries."""

from __future__ import annotations

from django.db.models import Count, QuerySet, Sum

from curriculum.models.paths import StudyPathMaterial, StudyPathPage
from curriculum.outline import Totals


def paths_using_material(*, material) -> QuerySet[StudyPathPage]:
    return (
        StudyPathPage.objects.live().filter(entries__material=material).distinct().order_by("title")
    )


def path_totals(*, path_ids) -> dict[int, Totals]:
    """Hours by kind for many published paths in one query, from the maintained entries."""
    rows = (
        StudyPathMaterial.objects.filter(path_id__in=path_ids, material__live=True)
        .values("path_id", "material__kind")
        .annotate(minutes=Sum("material__duration_minutes"), n=Count("id"))
    )
    result: dict[int, Totals] = {pk: Totals() for pk in path_ids}
    for row in rows:
        totals = result[row["path_id"]]
        kind = row["material__kind"]
        setattr(totals, f"{kind}_minutes", row["minutes"] or 0)
        totals.count += row["n"]
    return result


def study_paths_for_index(*, index_page) -> list[StudyPathPage]:
    paths = list(StudyPathPage.objects.live().child_of(index_page).order_by("path"))
    totals = path_totals(path_ids=[p.pk for p in paths])
    for path in paths:
        path.totals = totals[path.pk]
    return paths
