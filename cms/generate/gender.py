"""Aggregate counts of who attended, spoke and facilitated: women, men, other or unstated.

No gender is stored per person: assemblies and sessions only hold counts. The counts
are written when the models have the fields (``attended_women``...), so the generator
also runs on a schema without them.
"""

from __future__ import annotations

from councils.models import Assembly, Session

from .world import World

GROUPS = ("women", "men", "other")


def _has(model, name: str) -> bool:
    return any(field.name == name for field in model._meta.concrete_fields)


def _split(world: World, total: int, women_share: float) -> tuple[int, int, int]:
    """``total`` people as (women, men, other or unstated)."""
    other = sum(1 for _ in range(min(total, 3)) if world.rng.random() < 0.04)
    women = round((total - other) * min(max(world.rng.gauss(women_share, 0.08), 0), 1))
    return women, total - other - women, other


def _facilitator_share(world: World, year: int) -> float:
    """Women facilitate less than they attend; the gap closes slowly over the years."""
    progress = (year - world.first_year) / max(len(world.years), 1)
    return 0.30 + 0.18 * progress


def assembly_counts(world: World, attendance: int, *, fields: bool = False) -> tuple:
    """Attended and spoke, by group, if the model records them; field names if ``fields``."""
    names = [f"{what}_{group}" for what in ("attended", "spoke") for group in GROUPS]
    names = [name for name in names if _has(Assembly, name)]
    if fields:
        return tuple(names)
    if not names:
        return ()
    attended = _split(world, attendance, 0.62)
    speakers = min(attendance, world.rng.randint(3, 15))
    spoke = _split(world, speakers, 0.45)
    # Nobody speaks who did not attend.
    spoke = tuple(min(s, a) for s, a in zip(spoke, attended, strict=True))
    values = dict(zip([f"attended_{g}" for g in GROUPS], attended, strict=True))
    values.update(zip([f"spoke_{g}" for g in GROUPS], spoke, strict=True))
    return tuple(values[name] for name in names)


def session_count_fields() -> tuple[str, ...]:
    names = [f"{what}_{group}" for what in ("attended", "facilitated") for group in GROUPS]
    return tuple(name for name in names if _has(Session, name))


def session_counts(
    world: World, names: tuple[str, ...], *, year: int, attended: int, facilitators: int
) -> tuple:
    if not names:
        return ()
    values = dict(
        zip([f"attended_{g}" for g in GROUPS], _split(world, attended, 0.64), strict=True)
    )
    values.update(
        zip(
            [f"facilitated_{g}" for g in GROUPS],
            _split(world, facilitators, _facilitator_share(world, year)),
            strict=True,
        )
    )
    return tuple(values[name] for name in names)
