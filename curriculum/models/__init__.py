"""The shared curriculum library: materials, study paths and themes.

Materials are Wagtail pages under one library index; a study path points at
them (never copies them), so one reading can serve many paths. One module per
concern; this package re-exports them for the rest of the project. Modules in
it import each other directly, never through the package.
"""

from curriculum.choices import RICH_FEATURES, Audience, Kind, Level

from .handouts import Handout
from .indexes import HomeChildMixin, LibraryIndexPage, StudyPathIndexPage
from .materials import MaterialPage, PracticeAssignmentPage, ReadingPage, WorkshopPage
from .paths import StudyPathMaterial, StudyPathPage
from .themes import Theme, ThemedMaterial

__all__ = [
    "RICH_FEATURES",
    "Audience",
    "Handout",
    "HomeChildMixin",
    "Kind",
    "Level",
    "LibraryIndexPage",
    "MaterialPage",
    "PracticeAssignmentPage",
    "ReadingPage",
    "StudyPathIndexPage",
    "StudyPathMaterial",
    "StudyPathPage",
    "Theme",
    "ThemedMaterial",
    "WorkshopPage",
]
