"""What the home page shows of the library: the library and paths of the home's own language."""

from __future__ import annotations

from django.db.models import Count, F, Q

from curriculum.choices import Kind
from curriculum.models.indexes import LibraryIndexPage, StudyPathIndexPage
from curriculum.models.materials import MaterialPage

from .paths import study_paths_for_index


def home_highlights(*, home) -> dict:
    """The library, its study paths, the newest materials and how many of each kind."""
    library = LibraryIndexPage.objects.live().child_of(home).first()
    paths_index = StudyPathIndexPage.objects.live().child_of(home).first()
    paths = study_paths_for_index(index_page=paths_index) if paths_index else []
    recent = (
        MaterialPage.objects.live()
        .descendant_of(library)
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")[:6]
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
