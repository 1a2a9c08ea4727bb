"""A realistic network for measuring Trayecto at scale: ``manage.py generate_network``.

Councils of every territory kind with their members and roles; plans at every stage
(sections agreed, pending and split) with the assemblies that decided them; weekend
sessions with attendance (per person, and as aggregate counts by gender where the
models keep them); and up to fifteen years of each person's formation: readings,
workshops attended, practice logs (private unless shared), neighbours' vouches and
study paths. Everything is written in bulk (COPY on PostgreSQL) in one transaction,
then the yearly summaries and stages are derived as ``progress`` would derive them.

Deterministic: the same ``seed`` on the same library and date gives the same network.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from progress.models import Attendance, Completion, Enrolment, PracticeLog, Vouch

from . import formation, plans, sessions, summaries
from .people import people_and_councils
from .world import Catalogue, World
from .writer import BulkWriter

EVENT_MODELS = (Enrolment, Completion, PracticeLog, Vouch, Attendance)
MAX_YEARS = 15


@dataclass
class Generated:
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def events(self) -> int:
        return sum(self.rows.get(model._meta.label, 0) for model in EVENT_MODELS)


def generate_network(
    *,
    councils_count: int,
    people: int,
    years: int,
    seed: int,
    progress: Callable[[str], None] | None = None,
) -> Generated:
    """Write the network into the configured database; raises ValueError on bad sizes."""
    if councils_count < 1 or people < 1:
        raise ValueError("At least one council and one person.")
    if not 1 <= years <= MAX_YEARS:
        raise ValueError(f"Between 1 and {MAX_YEARS} years.")
    say = progress or (lambda message: None)
    begin = time.perf_counter()
    today = timezone.localdate()
    world = World(
        rng=random.Random(seed),
        writer=BulkWriter(),
        today=today,
        now=timezone.now(),
        first_year=today.year - years + 1,
        catalogue=Catalogue(),
    )
    steps = [
        (
            "people, councils and memberships",
            lambda: people_and_councils(world, councils=councils_count, people=people),
        ),
        ("plans and assemblies", lambda: plans.plans(world)),
        ("sessions and attendance", lambda: sessions.sessions(world)),
    ]
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        for label, step in steps:
            step()
            world.writer.flush()
            say(f"{label}: {time.perf_counter() - begin:.0f} s")
        enrolments = formation.formation(world)
        world.writer.flush()
        say(f"readings, practice and vouches: {time.perf_counter() - begin:.0f} s")
        summaries.summaries(world, enrolments)
        world.writer.finish()
        say(f"yearly summaries and stages: {time.perf_counter() - begin:.0f} s")
    _after(say, begin)
    return Generated(seconds=time.perf_counter() - begin, rows=dict(world.writer.written))


def _after(say: Callable[[str], None], begin: float) -> None:
    """Fresh planner statistics, then the network summaries of newer apps if installed."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        say(f"analyze: {time.perf_counter() - begin:.0f} s")
    rebuild = _insights_rebuild()
    if rebuild is not None:
        rebuild()
        say(f"insights summaries: {time.perf_counter() - begin:.0f} s")


def _insights_rebuild() -> Callable[[], object] | None:
    from django.apps import apps

    if not apps.is_installed("insights"):
        return None
    from importlib import import_module

    services = import_module("insights.services")
    return getattr(services, "rebuild_all", None)
