"""iCalendar files: the graph's events (dated to the day or month), call deadlines, or a list of calls."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import IO, Any

from icalendar import Calendar, Event

from bilat.query.export.graph import Graph, GraphNode
from bilat.query.model import CallItem

PRODID = "-//bilat//STI cooperation graph//EN"


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month(value: Any) -> date | None:
    """The first day of a month-precision value ("2024-05"), else None."""
    if not isinstance(value, str) or len(value) != 7:
        return None
    try:
        return date.fromisoformat(value + "-01")
    except ValueError:
        return None


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _event_span(data: dict[str, Any]) -> tuple[date, date, str] | None:
    """First day, day after the last, and precision ("day" or "month") of an event's dates."""
    start = _day(data.get("date"))
    if start is not None:
        end = _day(data.get("end")) or start
        return start, max(end, start) + timedelta(days=1), "day"
    month = _month(data.get("date"))
    if month is None:
        return None
    last = _month(data.get("end")) or month
    return month, _next_month(max(last, month)), "month"


def _moment(value: Any) -> date | datetime | None:
    """A date-time with its offset when the value has a time, else a day."""
    if isinstance(value, str) and "T" in value:
        # "T24:00" (midnight, the end of its day, as TimeML writes it) is the next day's 00:00
        end_of_day = value[10:16] == "T24:00"
        try:
            moment = datetime.fromisoformat(value[:11] + "00:00" + value[16:] if end_of_day else value)
        except ValueError:
            return _day(value)
        if end_of_day:
            moment += timedelta(days=1)
        return moment.astimezone(UTC) if moment.tzinfo else moment
    return _day(value)


def _event(node: GraphNode) -> Event | None:
    span = _event_span(node.data)
    if span is None:
        return None
    start, end, precision = span
    item = Event()
    item.add("uid", f"bilat-entity-{node.id}@bilat")
    item.add("summary", node.name)
    item.add("dtstart", start)
    item.add("dtend", end)
    if precision == "month":
        # The sources give only the month: the event spans it, and says so.
        item.add("description", "Date known to the month only.")
        item.add("x-bilat-precision", "month")
    if node.data.get("location"):
        item.add("location", str(node.data["location"]))
    item.add("categories", [str(node.data.get("type") or "event")])
    return item


def _deadline_item(uid: str, summary: str, moment: date | datetime) -> Event:
    """A deadline: a whole day, or the moment itself when it has a time."""
    item = Event()
    item.add("uid", uid)
    item.add("summary", summary)
    item.add("dtstart", moment)
    item.add("dtend", moment if isinstance(moment, datetime) else moment + timedelta(days=1))
    item.add("categories", ["call deadline"])
    return item


def _deadline(node: GraphNode) -> Event | None:
    moment = _moment(node.data.get("deadline"))
    if moment is None:
        return None
    item = _deadline_item(f"bilat-entity-{node.id}@bilat", f"Deadline: {node.name}", moment)
    amount = node.data.get("max_amount")
    if isinstance(amount, dict) and amount.get("value"):
        item.add("description", f"Up to {amount['value']} {amount.get('currency') or ''}".strip())
    return item


def call_summary(call: CallItem) -> str:
    """A one-line title for a call: its programme and funder."""
    parts = [part for part in (call.program, call.funder) if part]
    return "Call deadline: " + (" / ".join(parts) if parts else call.name or "funding call")


def calls_ics(calls: list[CallItem], base_url: str) -> bytes:
    """An ICS calendar with one event per call whose deadline has at least a day, linking to its evidence."""
    cal = _calendar()
    for call in calls:
        moment = _moment(call.deadline)
        if moment is None:
            continue
        item = _deadline_item(f"call-{call.id}@bilat", call_summary(call), moment)
        if call.sources:
            source = call.sources[0]
            item.add("description", f"From {source.title or source.document}")
            item.add("url", f"{base_url.rstrip('/')}/facts/{source.fact_id}")
        cal.add_component(item)
    return bytes(cal.to_ical())


def _calendar() -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    return cal


def build(graph: Graph) -> Calendar:
    """A calendar with one VEVENT per event dated to the day or month, and per call deadline."""
    cal = _calendar()
    for node in graph.nodes:
        item = _event(node) if node.kind == "event" else _deadline(node) if node.kind == "call" else None
        if item is not None:
            cal.add_component(item)
    return cal


def write(graph: Graph, out: IO[str]) -> None:
    """Write the calendar as ICS text."""
    out.write(build(graph).to_ical().decode("utf-8"))
