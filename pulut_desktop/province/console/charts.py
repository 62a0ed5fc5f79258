"""Server-side SVG charts: the geometry is computed here, the template draws ``<rect>``s (no JavaScript,
readable with scripts off; each chart has a table beside it for screen readers)."""

from __future__ import annotations

from dataclasses import dataclass

BAR_HEIGHT, BAR_GAP, LABEL_WIDTH, CHART_WIDTH = 22, 8, 200, 600


@dataclass(frozen=True)
class HBar:
    label: str
    y: int
    width: float  # of the filled part, in chart units
    full: float  # the quota's length
    percent: float | None
    value: int
    target: int | None


@dataclass(frozen=True)
class Column:
    label: str
    x: float
    y: float
    width: float
    height: float
    value: int


def coverage_bars(rows: list[tuple[str, int, int | None]]) -> tuple[list[HBar], int]:
    """Horizontal bars of accepted against quota: ``rows`` are ``(label, accepted, quota)``. The longest
    of quota and accepted sets the scale, so an over-quota bar shows past its quota mark."""
    span = CHART_WIDTH - LABEL_WIDTH - 60
    biggest = max([max(a, q or 0) for _, a, q in rows] + [1])
    bars = []
    for i, (label, accepted, quota) in enumerate(rows):
        percent = round(100 * accepted / quota, 1) if quota else None
        bars.append(HBar(label, i * (BAR_HEIGHT + BAR_GAP), span * accepted / biggest,
                         span * (quota or 0) / biggest, percent, accepted, quota))  # fmt: skip
    return bars, max(1, len(rows)) * (BAR_HEIGHT + BAR_GAP)


def week_columns(counts: list[tuple[str, int]], height: int = 160) -> list[Column]:
    """Vertical columns, one per week, scaled to the busiest week."""
    if not counts:
        return []
    biggest = max([n for _, n in counts] + [1])
    step = (CHART_WIDTH - 40) / len(counts)
    room = height - 20  # the value is written above the tallest column
    return [
        Column(label, 30 + i * step, height - room * n / biggest, step * 0.7, room * n / biggest, n)
        for i, (label, n) in enumerate(counts)
    ]
