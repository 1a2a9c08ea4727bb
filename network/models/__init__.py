"""The network's tables, split by area and re-exported here so ``network.models.X`` works.

Shared experiences and their questions live in ``experiences``; encuentros and the
network coordinators' space add their own module next to it.
"""

from .experiences import (
    Experience,
    ExperienceEvent,
    ExperienceVersion,
    Lesson,
    LessonKind,
    Question,
    ShareMode,
    TimelineEntry,
)
from .gatherings import AgendaEntry, Gathering, GatheringStatus, Registration

__all__ = [
    "AgendaEntry",
    "Experience",
    "ExperienceEvent",
    "ExperienceVersion",
    "Gathering",
    "GatheringStatus",
    "Lesson",
    "LessonKind",
    "Question",
    "Registration",
    "ShareMode",
    "TimelineEntry",
]
