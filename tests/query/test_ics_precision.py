"""Events dated only to the month still reach the calendar, spanning the month and saying so."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from icalendar import Calendar

from bilat.query.export import ics
from bilat.query.export.graph import Graph, GraphNode


def event_node(node_id: int, **data: Any) -> GraphNode:
    return GraphNode(id=node_id, kind="event", key=f"e{node_id}", name=f"Event {node_id}",
                     country=None, ror_id=None, data=data)


def calendar_of(*nodes: GraphNode) -> list[Any]:
    graph = Graph(documents=[], nodes=list(nodes), edges=[], mentions=[])
    return list(Calendar.from_ical(ics.build(graph).to_ical()).walk("VEVENT"))


@pytest.mark.parametrize(
    ("data", "start", "end", "precision"),
    [
        ({"date": "2024-05-16"}, date(2024, 5, 16), date(2024, 5, 17), None),
        ({"date": "2024-05-16", "end": "2024-05-18"}, date(2024, 5, 16), date(2024, 5, 19), None),
        ({"date": "2024-05"}, date(2024, 5, 1), date(2024, 6, 1), "month"),
        ({"date": "2024-12"}, date(2024, 12, 1), date(2025, 1, 1), "month"),
        ({"date": "2024-11", "end": "2025-01"}, date(2024, 11, 1), date(2025, 2, 1), "month"),
    ],
)
def test_event_span_follows_the_precision_of_its_date(data, start, end, precision):
    (event,) = calendar_of(event_node(1, **data))
    assert event["DTSTART"].dt == start and event["DTEND"].dt == end
    assert event.get("X-BILAT-PRECISION") == precision


@pytest.mark.parametrize("value", ["2024", "", None, "2024-13", "sometime"])
def test_events_without_a_day_or_month_are_left_out(value):
    assert calendar_of(event_node(1, date=value)) == []


def deadline_node(node_id: int, deadline: str) -> GraphNode:
    return GraphNode(id=node_id, kind="call", key=f"c{node_id}", name=f"Call {node_id}",
                     country=None, ror_id=None, data={"deadline": deadline})


@pytest.mark.parametrize(
    ("deadline", "moment"),
    [
        ("2026-04-15T17:00+02:00", datetime(2026, 4, 15, 15, 0, tzinfo=UTC)),
        # midnight, as TimeML writes it, closes its day: the next day's 00:00
        ("2026-04-15T24:00+01:00", datetime(2026, 4, 15, 23, 0, tzinfo=UTC)),
        ("2026-12-31T24:00", datetime(2027, 1, 1, 0, 0)),
        ("2026-04-15", date(2026, 4, 15)),
    ],
)
def test_a_deadline_is_its_moment_or_its_day(deadline, moment):
    (event,) = calendar_of(deadline_node(1, deadline))
    assert event["DTSTART"].dt == moment
