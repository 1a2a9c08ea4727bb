"""The rules of insights, written once: pure functions, no ORM.

**Small numbers.** A cell that counts fewer than ``THRESHOLD`` people (zero included)
is shown as "fewer than 5". When a row of parts has a total, hiding one small part is
not enough: the total minus the others gives it back. ``protect_row`` then hides more
(the smallest shown part, marked "hidden", or in the end the total) until no hidden cell
can be worked out from what is shown. ``determined`` is that attacker, written out: each
"fewer than 5" cell lies in 0..4, each "hidden" part is 5 or more, and it reports the cells
whose value only one number fits.

**Shares.** A share (women among participants) is shown only when both the women and the
others it is made of are at least ``THRESHOLD``: a share of a known total is a count.

**The responsibility gap.** Per council and year: the share of women among participants
(aggregate attendance counts of assemblies and sessions) minus their share among the
responsible: those who facilitated sessions (aggregate counts) and the holders of the
facilitator or coordinator role who described their gender, counted only when at least
``THRESHOLD`` of them did. A positive gap means women take less responsibility than
their part of the participation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

THRESHOLD = 5

SHOWN = "shown"
FEW = "few"  # fewer than THRESHOLD people
HIDDEN = "hidden"  # hidden so that a small cell cannot be worked out
NOT_COUNTED = "none"  # nothing was recorded


@dataclass(frozen=True)
class Cell:
    value: int | None
    state: str = SHOWN
    unit: str = ""  # "%" for a share, "pp" for percentage points, "h" for hours

    @property
    def shown(self) -> bool:
        return self.state == SHOWN


def small(value: int) -> bool:
    return value < THRESHOLD


def count_cell(value: int) -> Cell:
    """A lone count of people (no total next to it)."""
    return Cell(None, FEW) if small(value) else Cell(value)


def _bounds(cell: Cell) -> tuple[int, float]:
    if cell.state == SHOWN:
        return (cell.value, cell.value)
    if cell.state == FEW:
        return (0, THRESHOLD - 1)
    return (THRESHOLD, float("inf"))


def determined(parts: Sequence[Cell], total: Cell) -> list[int]:
    """Indexes of the suppressed parts whose value follows from what is shown.

    With the total hidden every suppressed part stays open (the total is at least 5 and
    has no upper bound). With it shown, a part's values are the total minus the other
    parts' possible sums: an interval, since each part is an interval of integers.
    """
    if not total.shown:
        return []
    found = []
    for index, cell in enumerate(parts):
        if cell.shown:
            continue
        rest_low = sum(_bounds(c)[0] for i, c in enumerate(parts) if i != index)
        rest_high = sum(_bounds(c)[1] for i, c in enumerate(parts) if i != index)
        own_low, own_high = _bounds(cell)
        low = max(own_low, total.value - rest_high)
        high = min(own_high, total.value - rest_low)
        if low == high:
            found.append(index)
    return found


def protect_row(parts: Sequence[int], total: int | None = None) -> tuple[list[Cell], Cell]:
    """The parts of a row and its total as they may be shown (see the module's docstring)."""
    total = sum(parts) if total is None else total
    if small(total):
        return [Cell(None, FEW) for _ in parts], Cell(None, FEW)
    cells = [count_cell(v) for v in parts]
    total_cell = Cell(total)
    while determined(cells, total_cell):
        shown = [i for i, c in enumerate(cells) if c.shown]
        if shown:
            smallest = min(shown, key=lambda i: (cells[i].value, i))
            cells[smallest] = Cell(None, HIDDEN)
        else:
            total_cell = Cell(None, HIDDEN)
    return cells, total_cell


def share(part: int, whole: int) -> Fraction | None:
    """``part / whole``, or None when it would reveal a small count (or there is no whole)."""
    if whole <= 0 or small(part) or small(whole - part):
        return None
    return Fraction(part, whole)


def percent(value: Fraction | None) -> int | None:
    """A share as a whole percentage, half up (None stays None)."""
    if value is None:
        return None
    return int(value * 100 + Fraction(1, 2))


@dataclass(frozen=True)
class GapInputs:
    participants_women: int = 0
    participants_total: int = 0
    facilitated_women: int = 0
    facilitated_total: int = 0
    responsible_described: int = 0
    responsible_women: int = 0

    def __add__(self, other: GapInputs) -> GapInputs:
        return GapInputs(
            *(getattr(self, name) + getattr(other, name) for name in self.__dataclass_fields__)
        )


@dataclass(frozen=True)
class Gap:
    participants: Fraction | None
    responsible: Fraction | None

    @property
    def points(self) -> int | None:
        """Percentage points of the gap (participants minus responsible), or None if hidden."""
        if self.participants is None or self.responsible is None:
            return None
        return percent(self.participants) - percent(self.responsible)

    @property
    def participants_percent(self) -> int | None:
        return percent(self.participants)

    @property
    def responsible_percent(self) -> int | None:
        return percent(self.responsible)


def responsible_counts(inputs: GapInputs) -> tuple[int, int]:
    """(women, total) among the responsible; self-descriptions only from five people up."""
    women, total = inputs.facilitated_women, inputs.facilitated_total
    if inputs.responsible_described >= THRESHOLD:
        women += inputs.responsible_women
        total += inputs.responsible_described
    return women, total


def responsibility_gap(inputs: GapInputs) -> Gap:
    women, total = responsible_counts(inputs)
    return Gap(
        participants=share(inputs.participants_women, inputs.participants_total),
        responsible=share(women, total),
    )


def furthest_stages(
    reached: Sequence[tuple[int, object]], order: dict[object, int]
) -> dict[object, int]:
    """{stage key: how many people have it as their furthest}, from (person, stage key) pairs.

    Stages no longer defined (not in ``order``) are ignored.
    """
    best: dict[int, object] = {}
    for person, key in reached:
        if key not in order:
            continue
        current = best.get(person)
        if current is None or order[key] > order[current]:
            best[person] = key
    counts: dict[object, int] = {}
    for key in best.values():
        counts[key] = counts.get(key, 0) + 1
    return counts
