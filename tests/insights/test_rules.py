"""The rules of insights: small cells stay hidden, even from someone subtracting totals.

``attack`` is written independently of ``insights.rules.determined``: it enumerates every
combination of values the shown row allows (each "fewer than 5" cell in 0..4, each
"hidden" part 5 or more, a hidden total unknown) and reports the cells that only one value
fits. Hypothesis throws thousands of rows at ``protect_row``; none may give a cell away.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from insights import rules
from insights.rules import FEW, HIDDEN, Cell, GapInputs

COUNTS = st.integers(min_value=0, max_value=40)


def attack(parts: list[Cell], total: Cell, *, hidden_cap: int = 60) -> list[int]:
    """Suppressed parts whose value every consistent guess agrees on (brute force)."""
    if not total.shown:
        return []
    hidden_at = [i for i, c in enumerate(parts) if not c.shown]
    options = [
        range(0, 5) if parts[i].state == FEW else range(5, hidden_cap + 1) for i in hidden_at
    ]
    rest = total.value - sum(c.value for c in parts if c.shown)
    seen: dict[int, set[int]] = {i: set() for i in hidden_at}
    for guess in itertools.product(*options):
        if sum(guess) == rest:
            for i, value in zip(hidden_at, guess, strict=True):
                seen[i].add(value)
    return [i for i, values in seen.items() if len(values) == 1]


@given(st.lists(COUNTS, min_size=1, max_size=4))
def test_no_suppressed_cell_can_be_recovered_from_the_total(values):
    parts, total = rules.protect_row(values)
    assert attack(parts, total) == []
    assert rules.determined(parts, total) == []
    for cell, value in zip(parts, values, strict=True):
        if cell.shown:
            assert cell.value == value and value >= 5
        else:
            assert cell.value is None
            if cell.state == FEW:
                assert value < 5
            else:
                assert value >= 5
    if total.shown:
        assert total.value == sum(values)


@given(st.lists(COUNTS, min_size=1, max_size=4))
def test_every_small_cell_reads_fewer_than_five(values):
    parts, total = rules.protect_row(values)
    for cell, value in zip(parts, values, strict=True):
        if value < 5:
            assert cell.state == FEW
    if sum(values) < 5:
        assert total.state == FEW


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([12, 3, 9], ([12, FEW, HIDDEN], 24)),  # one small part: the next smallest goes too
        ([12, 3, 2], ([12, FEW, FEW], 17)),  # two small parts hide each other
        ([5, 0, 0], ([HIDDEN, FEW, FEW], HIDDEN)),  # 5 = 5 + 0 + 0 would give them all away
        ([20, 30], ([20, 30], 50)),
        ([2, 1], ([FEW, FEW], FEW)),
    ],
)
def test_examples(values, expected):
    parts, total = rules.protect_row(values)
    shown = [c.value if c.shown else c.state for c in parts]
    assert (shown, total.value if total.shown else total.state) == expected


def test_the_attacker_does_find_a_lone_small_cell():
    """The test's attacker is not toothless: an unprotected row is broken at once."""
    parts = [Cell(12), Cell(None, FEW), Cell(9)]
    assert attack(parts, Cell(24)) == [1]
    assert rules.determined(parts, Cell(24)) == [1]


@given(COUNTS, COUNTS)
def test_a_share_is_shown_only_when_both_sides_count_five(part, other):
    value = rules.share(part, part + other)
    if part < 5 or other < 5:
        assert value is None
    else:
        assert value == Fraction(part, part + other)


@given(
    st.builds(
        GapInputs,
        participants_women=COUNTS,
        participants_total=st.integers(0, 80),
        facilitated_women=COUNTS,
        facilitated_total=st.integers(0, 80),
        responsible_described=st.integers(0, 20),
        responsible_women=st.integers(0, 20),
    )
)
def test_self_descriptions_count_only_from_five_people(inputs):
    women, total = rules.responsible_counts(inputs)
    if inputs.responsible_described < 5:
        assert (women, total) == (inputs.facilitated_women, inputs.facilitated_total)
    else:
        assert total == inputs.facilitated_total + inputs.responsible_described
    gap = rules.responsibility_gap(inputs)
    if gap.points is not None:
        assert gap.points == gap.participants_percent - gap.responsible_percent


def test_the_gap_of_the_communes_diagnosis():
    """Women are two thirds of who attends, a quarter of who facilitates: 42 points."""
    gap = rules.responsibility_gap(
        GapInputs(
            participants_women=60,
            participants_total=90,
            facilitated_women=5,
            facilitated_total=20,
        )
    )
    assert (gap.participants_percent, gap.responsible_percent, gap.points) == (67, 25, 42)


def test_furthest_stage_per_person():
    order = {"a": (1, 1), "b": (2, 2), "c": (3, 3)}
    pairs = [(1, "a"), (1, "b"), (2, "a"), (3, "c"), (3, "a"), (4, "gone")]
    assert rules.furthest_stages(pairs, order) == {"b": 1, "a": 1, "c": 1}
