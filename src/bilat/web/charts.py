"""Geometry of the small server-rendered SVG charts (timeline, topic trend) and heatmap levels.

Only numbers are computed here; the templates draw them, escaping every label.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from bilat.web.models import Fact, Matrix, TopicYear

WIDTH = 900
MARGIN = 40
LANES = {"agreements": 0, "events": 1}
LANE_HEIGHT = 70
HEAT_LEVELS = 6


@dataclass
class Tick:
    """An axis mark at `x` labelled `label`."""

    x: float
    label: str


@dataclass
class TimelinePoint:
    """One agreement or event on the timeline."""

    x: float
    y: float
    field: str
    label: str
    date: str
    doc_id: str
    fact_id: int


@dataclass
class TimelineChart:
    """A timeline with one lane for agreements and one for events."""

    width: int
    height: int
    ticks: list[Tick] = field(default_factory=list)
    points: list[TimelinePoint] = field(default_factory=list)
    lanes: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class Series:
    """One topic's line on the trend chart."""

    topic: str
    points: str
    total: int
    colour: int


@dataclass
class TrendChart:
    """Documents per year for the most frequent topics of a partnership."""

    width: int
    height: int
    ticks: list[Tick] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    max_count: int = 0


def fractional_year(value: str | None) -> float | None:
    """An ISO date (``2024``, ``2024-05``, ``2024-05-12T12:00+09:00``) as a year with a fraction."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 1
    day = int(value[8:10]) if len(value) >= 10 and value[8:10].isdigit() else 1
    return year + (min(max(month, 1), 12) - 1) / 12 + (min(max(day, 1), 31) - 1) / 372


def _scale(low: float, high: float, width: int) -> tuple[float, float]:
    """Slope and intercept mapping ``[low, high]`` onto the plotting width."""
    span = max(high - low, 1.0)
    slope = (width - 2 * MARGIN) / span
    return slope, MARGIN - low * slope


def _year_ticks(low: int, high: int, slope: float, intercept: float) -> list[Tick]:
    step = max(1, (high - low) // 10 + 1)
    return [Tick(x=round(slope * y + intercept, 1), label=str(y)) for y in range(low, high + 1, step)]


def timeline(facts: list[Fact]) -> TimelineChart:
    """Place each dated agreement and event of `facts` on a time axis, one lane per field."""
    dated = [(fractional_year(f.date or f.published), f) for f in facts if f.field in LANES]
    dated = [(when, f) for when, f in dated if when is not None]
    height = MARGIN + LANE_HEIGHT * len(LANES) + 10
    chart = TimelineChart(width=WIDTH, height=height)
    chart.lanes = [(name, MARGIN + LANE_HEIGHT * lane) for name, lane in LANES.items()]
    if not dated:
        return chart
    low, high = int(min(w for w, _ in dated if w)), int(max(w for w, _ in dated if w)) + 1
    slope, intercept = _scale(low, high, WIDTH)
    chart.ticks = _year_ticks(low, high, slope, intercept)
    stacked: dict[tuple[str, int], int] = defaultdict(int)
    for when, fact in dated:
        assert when is not None
        x = round(slope * when + intercept, 1)
        bucket = (fact.field, int(x // 8))
        y = MARGIN + LANE_HEIGHT * LANES[fact.field] + 14 + (stacked[bucket] % 5) * 10
        stacked[bucket] += 1
        chart.points.append(TimelinePoint(
            x=x, y=y, field=fact.field, label=_fact_label(fact), date=str(fact.date or fact.published),
            doc_id=fact.doc_id, fact_id=fact.id))
    return chart


def _fact_label(fact: Fact) -> str:
    data = fact.data if isinstance(fact.data, dict) else {}
    kind = data.get("type")
    text = fact.label or data.get("title") or data.get("name") or fact.field
    return f"{kind}: {text}" if kind and kind not in str(text) else str(text)


def trend(rows: list[TopicYear], top: int = 6, height: int = 180) -> TrendChart:
    """Lines of documents per year for the `top` most frequent topics."""
    chart = TrendChart(width=WIDTH, height=height)
    years = sorted({int(r.year) for r in rows if r.year.isdigit()})
    if not years:
        return chart
    totals: dict[str, int] = defaultdict(int)
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for row in rows:
        if row.year.isdigit():
            totals[row.topic] += row.count
            counts[(row.topic, int(row.year))] += row.count
    chosen = sorted(totals, key=lambda t: (-totals[t], t))[:top]
    chart.max_count = max(counts[(t, y)] for t in chosen for y in years)
    slope, intercept = _scale(years[0], years[-1], WIDTH)
    chart.ticks = _year_ticks(years[0], years[-1], slope, intercept)
    plot = height - 2 * 20
    for colour, topic in enumerate(chosen):
        points = " ".join(
            f"{slope * y + intercept:.1f},{20 + plot - plot * counts[(topic, y)] / chart.max_count:.1f}"
            for y in range(years[0], years[-1] + 1)
        )
        chart.series.append(Series(topic=topic, points=points, total=totals[topic], colour=colour))
    return chart


def heat_levels(matrix: Matrix) -> dict[tuple[str, str], tuple[int, int]]:
    """For each (topic, partner) cell: its count and a colour level from 1 to HEAT_LEVELS."""
    peak = max((cell.count for cell in matrix.cells), default=0)
    return {
        (cell.topic, cell.partner): (cell.count, 1 + (HEAT_LEVELS - 1) * cell.count // max(peak, 1))
        for cell in matrix.cells
    }
