"""Server-rendered SVG charts of the dashboards: no script, no external service.

Only shown numbers are drawn: a suppressed cell leaves its slot empty, and the titles
of the bars carry the same text as the table ("fewer than 5"), never the number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .rules import Cell


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    cell: Cell


@dataclass
class Point:
    x: float
    y: float
    label: str
    value: int


@dataclass
class Series:
    css: str
    points: list[Point] = field(default_factory=list)

    @property
    def path(self) -> str:
        return " ".join(
            f"{'M' if i == 0 else 'L'}{p.x:g},{p.y:g}" for i, p in enumerate(self.points)
        )


@dataclass
class Chart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    labels: list[tuple[float, str]]
    ticks: list[tuple[float, int]]
    bars: list[Bar] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)


def _nice_max(value: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4
    return int(value) + 1


LEFT, RIGHT, TOP, BOTTOM = 44, 8, 10, 28


def bar_chart(points: Sequence[tuple[str, Cell]], *, height: int = 200, slot: int = 30) -> Chart:
    """One bar per label; suppressed cells draw no bar."""
    width = LEFT + RIGHT + max(len(points), 1) * slot
    plot_height = height - TOP - BOTTOM
    peak = max([c.value for _l, c in points if c.shown] + [1])
    scale = _nice_max(peak)
    chart = Chart(
        width=width,
        height=height,
        plot_left=LEFT,
        plot_right=width - RIGHT,
        plot_top=TOP,
        plot_bottom=height - BOTTOM,
        labels=[],
        ticks=[(round(height - BOTTOM - plot_height * i / 4, 1), scale * i // 4) for i in range(5)],
    )
    for index, (label, cell) in enumerate(points):
        x = LEFT + index * slot + 5
        chart.labels.append((x + (slot - 10) / 2, label))
        bar_height = plot_height * cell.value / scale if cell.shown else 0
        chart.bars.append(
            Bar(
                x=x,
                y=round(height - BOTTOM - bar_height, 1),
                width=slot - 10,
                height=round(bar_height, 1),
                label=label,
                cell=cell,
            )
        )
    return chart


def percent_chart(
    rows: Sequence[tuple[str, Sequence[int | None]]],
    *,
    series: Sequence[str],
    height: int = 200,
    slot: int = 44,
) -> Chart:
    """Lines of percentages (0–100) per label, one per series; hidden values break no line."""
    width = LEFT + RIGHT + max(len(rows), 1) * slot
    plot_height = height - TOP - BOTTOM
    chart = Chart(
        width=width,
        height=height,
        plot_left=LEFT,
        plot_right=width - RIGHT,
        plot_top=TOP,
        plot_bottom=height - BOTTOM,
        labels=[],
        ticks=[(round(height - BOTTOM - plot_height * i / 4, 1), 25 * i) for i in range(5)],
        series=[Series(css) for css in series],
    )
    for index, (label, values) in enumerate(rows):
        x = LEFT + index * slot + slot / 2
        chart.labels.append((x, label))
        for line, value in zip(chart.series, values, strict=True):
            if value is not None:
                y = height - BOTTOM - plot_height * max(0, min(value, 100)) / 100
                line.points.append(Point(x=round(x, 1), y=round(y, 1), label=label, value=value))
    return chart
