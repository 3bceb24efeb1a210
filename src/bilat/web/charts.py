"""Geometry of the small server-rendered SVG charts (timeline, topic trend) and heatmap levels.

Only numbers are computed here; the templates draw them, escaping every label.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from bilat.query.browse_model import Matrix
from bilat.query.model import TimelineItem, TopicCount

WIDTH = 900
MARGIN = 40
LANES = {"agreement": 0, "event": 1}
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
    kind: str
    label: str
    date: str
    fact_id: int | None


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
    if not value or not value.isascii() or len(value) < 4 or not value[:4].isdigit():
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


def timeline(items: list[TimelineItem]) -> TimelineChart:
    """Place each dated agreement and event on a time axis, one lane per kind."""
    dated = [(when, item) for item in items if item.kind in LANES
             if (when := fractional_year(item.date)) is not None]
    height = MARGIN + LANE_HEIGHT * len(LANES) + 10
    chart = TimelineChart(width=WIDTH, height=height)
    chart.lanes = [(f"{name}s", MARGIN + LANE_HEIGHT * lane) for name, lane in LANES.items()]
    if not dated:
        return chart
    low, high = int(min(w for w, _ in dated)), int(max(w for w, _ in dated)) + 1
    slope, intercept = _scale(low, high, WIDTH)
    chart.ticks = _year_ticks(low, high, slope, intercept)
    stacked: dict[tuple[str, int], int] = defaultdict(int)
    for when, item in dated:
        x = round(slope * when + intercept, 1)
        bucket = (item.kind, int(x // 8))
        y = MARGIN + LANE_HEIGHT * LANES[item.kind] + 14 + (stacked[bucket] % 5) * 10
        stacked[bucket] += 1
        chart.points.append(TimelinePoint(
            x=x, y=y, kind=item.kind, label=item_label(item), date=str(item.date),
            fact_id=item.sources[0].fact_id if item.sources else None))
    return chart


def item_label(item: TimelineItem) -> str:
    """What a timeline item is: its type, name and place (the name alone when it says the type)."""
    parts = [item.type if item.type and item.type.lower() not in item.name.lower() else "", item.name,
             item.location or ""]
    return " · ".join(p for p in parts if p and p not in ("event", "agreement"))


def trend(topics: list[TopicCount], top: int = 6, height: int = 180) -> TrendChart:
    """Lines of documents per year for the `top` most frequent topics."""
    chart = TrendChart(width=WIDTH, height=height)
    chosen = sorted(topics, key=lambda t: (-t.count, t.topic))[:top]
    years = sorted({int(y) for t in chosen for y in t.by_year if y.isdigit()})
    if not years:
        return chart
    chart.max_count = max(n for t in chosen for n in t.by_year.values())
    slope, intercept = _scale(years[0], years[-1], WIDTH)
    chart.ticks = _year_ticks(years[0], years[-1], slope, intercept)
    plot = height - 2 * 20
    for colour, topic in enumerate(chosen):
        span = range(years[0], years[-1] + 1)
        heights = {y: plot * topic.by_year.get(str(y), 0) / chart.max_count for y in span}
        points = " ".join(f"{slope * y + intercept:.1f},{20 + plot - h:.1f}" for y, h in heights.items())
        chart.series.append(Series(topic=topic.topic, points=points, total=topic.count, colour=colour))
    return chart


def heat_levels(matrix: Matrix) -> dict[tuple[str, str], tuple[int, int]]:
    """For each (topic, partner) cell: its count and a colour level from 1 to HEAT_LEVELS."""
    peak = max((cell.count for cell in matrix.cells), default=0)
    return {
        (cell.topic, cell.partner): (cell.count, 1 + (HEAT_LEVELS - 1) * cell.count // max(peak, 1))
        for cell in matrix.cells
    }
