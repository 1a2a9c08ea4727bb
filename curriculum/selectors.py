"""Reads of the curriculum library, shaped so each page costs a constant number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from wagtail.models import Locale

from .forms import DurationBand, LibraryFilterForm
from .models import (
    Kind,
    LibraryIndexPage,
    MaterialPage,
    StudyPathIndexPage,
    StudyPathMaterial,
    StudyPathPage,
    Theme,
)


def _hours(minutes: int | None) -> Decimal:
    return (Decimal(minutes or 0) / 60).quantize(Decimal("0.1"))


def library_themes(*, index_page: LibraryIndexPage) -> QuerySet[Theme]:
    """Themes in use by live materials of this library, with how many materials carry each."""
    return (
        Theme.objects.filter(
            tagged_materials__content_object__live=True,
            tagged_materials__content_object__path__startswith=index_page.path,
        )
        .annotate(material_count=Count("tagged_materials", distinct=True))
        .order_by("name")
    )


def library_filter_form(*, data, locale: Locale) -> LibraryFilterForm:
    choices = (
        Theme.objects.filter(
            tagged_materials__content_object__live=True,
            tagged_materials__content_object__locale=locale,
        )
        .distinct()
        .order_by("name")
        .values_list("slug", "name")
    )
    form = LibraryFilterForm(data=data, theme_choices=list(choices))
    form.is_valid()
    return form


def library_materials(*, index_page: LibraryIndexPage, form: LibraryFilterForm):
    """Live materials of this library, filtered; search results keep their relevance order."""
    materials = MaterialPage.objects.live().descendant_of(index_page)
    data = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
    if data.get("theme"):
        materials = materials.filter(tags__slug=data["theme"])
    if data.get("kind"):
        materials = materials.filter(kind=data["kind"])
    if data.get("level"):
        materials = materials.filter(level=data["level"])
    if data.get("duration"):
        low, high = DurationBand.RANGES[data["duration"]]
        materials = materials.filter(duration_minutes__gte=low)
        if high is not None:
            materials = materials.filter(duration_minutes__lte=high)
    materials = materials.distinct().prefetch_related("tags")
    query = (data.get("q") or "").strip()
    if query:
        return materials.search(query, operator="and")
    return materials.order_by("kind", "title")


def paths_using_material(*, material: MaterialPage) -> QuerySet[StudyPathPage]:
    return (
        StudyPathPage.objects.live().filter(entries__material=material).distinct().order_by("title")
    )


@dataclass
class Totals:
    reading_minutes: int = 0
    workshop_minutes: int = 0
    practice_minutes: int = 0
    count: int = 0

    def add(self, kind: str, minutes: int) -> None:
        setattr(self, f"{kind}_minutes", getattr(self, f"{kind}_minutes") + minutes)
        self.count += 1

    @property
    def total_minutes(self) -> int:
        return self.reading_minutes + self.workshop_minutes + self.practice_minutes

    @property
    def reading_hours(self) -> Decimal:
        return _hours(self.reading_minutes)

    @property
    def workshop_hours(self) -> Decimal:
        return _hours(self.workshop_minutes)

    @property
    def practice_hours(self) -> Decimal:
        return _hours(self.practice_minutes)

    @property
    def total_hours(self) -> Decimal:
        return _hours(self.total_minutes)


@dataclass
class Stage:
    number: int
    title: str
    description: str
    materials: list[MaterialPage] = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)


@dataclass
class Outline:
    stages: list[Stage]
    totals: Totals


def study_path_outline(*, path: StudyPathPage) -> Outline:
    """Stages with their live materials and hours by kind, computed from the path as shown.

    Reads the StreamField (so previews of drafts are right); Wagtail fetches
    every chosen material of every stage in one query.
    """
    totals = Totals()
    stages = []
    for number, block in enumerate(path.stages, start=1):
        stage = Stage(
            number=number, title=block.value["title"], description=block.value["description"]
        )
        for material in block.value["materials"]:
            if material is None or not material.live:
                continue
            stage.materials.append(material)
            stage.totals.add(material.kind, material.duration_minutes)
            totals.add(material.kind, material.duration_minutes)
        stages.append(stage)
    return Outline(stages=stages, totals=totals)


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


def study_paths_for_index(*, index_page: StudyPathIndexPage) -> list[StudyPathPage]:
    paths = list(StudyPathPage.objects.live().child_of(index_page).order_by("path"))
    totals = path_totals(path_ids=[p.pk for p in paths])
    for path in paths:
        path.totals = totals[path.pk]
    return paths


def home_highlights(*, home) -> dict:
    """What the home page shows: the library and paths of the home's own language."""
    library = LibraryIndexPage.objects.live().child_of(home).first()
    paths_index = StudyPathIndexPage.objects.live().child_of(home).first()
    paths = study_paths_for_index(index_page=paths_index) if paths_index else []
    recent = (
        MaterialPage.objects.live().descendant_of(library).order_by("-first_published_at")[:6]
        if library
        else []
    )
    counts = (
        MaterialPage.objects.live()
        .descendant_of(library)
        .aggregate(
            readings=Count("id", filter=Q(kind=Kind.READING)),
            workshops=Count("id", filter=Q(kind=Kind.WORKSHOP)),
            practices=Count("id", filter=Q(kind=Kind.PRACTICE)),
        )
        if library
        else {}
    )
    return {
        "library": library,
        "paths_index": paths_index,
        "paths": paths,
        "recent_materials": recent,
        "library_counts": counts,
    }
