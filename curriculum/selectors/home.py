"""What the home page shows of the library: the library and paths of the home's own language."""

from __future__ import annotations

from django.db.models import Count, F, Q
from wagtail.models import Page

from curriculum.choices import Kind
from curriculum.models.indexes import LibraryIndexPage, StudyPathIndexPage
from curriculum.models.materials import MaterialPage

from .paths import study_paths_for_index


def home_highlights(*, home) -> dict:
    """The library, its study paths, the newest materials and how many of each kind."""
    # Both index pages in one query, as plain pages: links and tree lookups are all they serve.
    library = paths_index = None
    children = Page.objects.live().child_of(home).type(LibraryIndexPage, StudyPathIndexPage)
    for child in children.order_by("path"):
        if child.specific_class is LibraryIndexPage and library is None:
            library = child
        elif child.specific_class is StudyPathIndexPage and paths_index is None:
            paths_index = child
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
