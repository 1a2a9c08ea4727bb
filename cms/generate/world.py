"""What the generator keeps in memory while it writes: people, councils, the library, a ledger.

The ledger collects, per person, exactly what ``progress.services.recompute_record``
reads from the events, so the yearly summaries can be written in bulk at the end.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from curriculum.models import MaterialPage, StudyPathMaterial, StudyPathPage, ThemedMaterial

from .writer import BulkWriter

# How engaged a person is: (share of people, chance to attend a session, practice logs a
# year, readings a year, chance to enrol in a path).
LEVELS = {
    "core": (0.10, 0.80, 28.0, 2.0, 0.9),
    "regular": (0.40, 0.52, 8.0, 0.8, 0.5),
    "occasional": (0.50, 0.18, 1.0, 0.25, 0.1),
}


@dataclass(slots=True)
class Person:
    id: int
    council: int  # index of the home council
    joined: int  # year
    until: int  # last active year
    level: str
    language: str
    councils: list[int] = field(default_factory=list)  # indexes, home first


@dataclass(slots=True)
class Material:
    id: int
    kind: str
    minutes: int
    title: str
    language: str


@dataclass
class CouncilInfo:
    index: int
    id: int
    kind: str
    founded: int
    members: list[int] = field(default_factory=list)  # person indexes
    coordinators: list[int] = field(default_factory=list)
    facilitators: list[int] = field(default_factory=list)
    # (year_from, year_to, [(item_id, material_id or None)]) of agreed sections, per plan
    agreed_items: list[tuple[int, int, list[tuple[int, int | None]]]] = field(default_factory=list)


class Catalogue:
    """The live library the generated people read, attend and practise."""

    def __init__(self) -> None:
        self.materials: dict[int, Material] = {}
        for pk, kind, minutes, title, language in MaterialPage.objects.live().values_list(
            "pk", "kind", "duration_minutes", "title", "locale__language_code"
        ):
            self.materials[pk] = Material(pk, kind, minutes or 60, title, language)
        if not self.materials:
            raise LookupError("no live library materials")
        self.by = defaultdict(list)  # (language, kind) -> [Material]
        for material in sorted(self.materials.values(), key=lambda m: m.id):
            self.by[(material.language, material.kind)].append(material)
        self.paths: dict[int, tuple[str, str, list[int]]] = {}
        live_paths = StudyPathPage.objects.live().values_list(
            "pk", "title", "locale__language_code"
        )
        for pk, title, language in live_paths:
            self.paths[pk] = (title, language, [])
        # recompute_record counts every entry of the path, live or not.
        self.path_entries: dict[int, set[int]] = defaultdict(set)
        entries = StudyPathMaterial.objects.order_by("path_id", "position", "pk")
        for path_id, material_id in entries.values_list("path_id", "material_id"):
            self.path_entries[path_id].add(material_id)
            if path_id in self.paths and material_id in self.materials:
                self.paths[path_id][2].append(material_id)
        self.themes: dict[int, list[str]] = defaultdict(list)
        for material_id, name in ThemedMaterial.objects.order_by("pk").values_list(
            "content_object_id", "tag__name"
        ):
            self.themes[material_id].append(name)

    def of(self, language: str, *kinds: str) -> list[Material]:
        found = [m for kind in kinds for m in self.by[(language, kind)]]
        if not found:
            found = [m for kind in kinds for m in self.by[(settings.LANGUAGE_CODE, kind)]]
        return found

    def paths_in(self, language: str) -> list[int]:
        return sorted(pk for pk, (_t, lang, _m) in self.paths.items() if lang == language)


@dataclass
class Ledger:
    """Per person, what the recompute reads from the events."""

    # person id -> material id -> (kind, day, minutes)
    completions: dict[int, dict[int, tuple[str, dt.date, int]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    # person id -> [(day, minutes, vouched, material id, material kind)]
    practice: dict[int, list] = field(default_factory=lambda: defaultdict(list))
    # person id -> year -> sessions facilitated (held, not cancelled)
    facilitated: dict[int, dict[int, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )


@dataclass
class World:
    rng: random.Random
    writer: BulkWriter
    today: dt.date
    now: dt.datetime
    first_year: int
    catalogue: Catalogue
    people: list[Person] = field(default_factory=list)
    councils: list[CouncilInfo] = field(default_factory=list)
    ledger: Ledger = field(default_factory=Ledger)
    split_done: bool = False

    @property
    def years(self) -> range:
        return range(self.first_year, self.today.year + 1)

    def aware(self, day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))

    def day_in(self, year: int, *, weekend: bool = False) -> dt.date:
        """A random day of ``year`` that is not in the future (a Saturday if ``weekend``)."""
        last = self.today if year == self.today.year else dt.date(year, 12, 31)
        span = (last - dt.date(year, 1, 1)).days
        day = dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randint(0, max(span, 0)))
        if weekend:
            day -= dt.timedelta(days=(day.weekday() - 5) % 7)  # back to a Saturday
            if day.year != year:
                day += dt.timedelta(days=7)
        return min(day, last)

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)
