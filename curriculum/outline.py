"""A study path's outline and its totals in minutes, computed in memory without the ORM.

Hours are formatted where they are shown, by progress.rules through the `hours` filter.

Pages and selectors both use these shapes; having no model import keeps the
page modules free of a cycle through the selectors.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass
class Stage:
    number: int
    title: str
    description: str
    materials: list = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)


@dataclass
class Outline:
    stages: list[Stage]
    totals: Totals


def study_path_outline(*, path) -> Outline:
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
