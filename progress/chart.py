"""A server-rendered SVG bar chart of hours per year: no script, no external service."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

SERIES = [
    ("reading_hours", "reading"),
    ("workshop_hours", "workshop"),
    ("practice_hours", "practice"),
    ("vouched_hours", "vouched"),
]


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    value: Decimal
    year: int


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar]
    labels: list[tuple[float, int]]
    ticks: list[tuple[float, int]]
    plot_left: int
    plot_bottom: int
    plot_right: int


def _nice_max(value: float) -> int:
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= step * 4:
            return step * 4
    return int(value) + 1


def year_chart(years, *, height: int = 220) -> Chart:
    """Stacked bars: reading, workshops, self-reported practice, vouched practice, per year.

    ``years`` carry hours already rounded by ``progress.rules``; the bars show those very
    values, and ``round`` below only trims SVG coordinates.
    """
    left, right, top, bottom = 44, 8, 10, 24
    slot = 34
    width = left + right + max(len(years), 1) * slot
    plot_height = height - top - bottom
    peak = max([float(y.total_hours) for y in years] + [1.0])
    scale_max = _nice_max(peak)
    bars, labels = [], []
    for index, year in enumerate(years):
        x = left + index * slot + 6
        y_cursor = height - bottom
        for attr, css in SERIES:
            value = getattr(year, attr)
            h = plot_height * float(value) / scale_max
            if h > 0:
                y_cursor -= h
                bars.append(
                    Bar(x, round(y_cursor, 1), slot - 12, round(h, 1), css, value, year.year)
                )
        labels.append((x + (slot - 12) / 2, year.year))
    ticks = [
        (round(height - bottom - plot_height * i / 4, 1), scale_max * i // 4) for i in range(5)
    ]
    return Chart(width, height, bars, labels, ticks, left, height - bottom, width - right)
