"""Call deadlines as an iCalendar (ICS) feed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from bilat.query.model import CallItem


def deadline_date(value: str | None) -> date | None:
    """The calendar day of an ISO deadline (``2025-05-12`` or ``2025-05-12T12:00+09:00``), if it has one."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _deadline_moment(value: str) -> datetime | date | None:
    """The deadline as a day, or as a moment in UTC (calendars drop fixed offsets like +09:00)."""
    if "T" in value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return deadline_date(value)
        return moment.astimezone(UTC) if moment.tzinfo else moment
    return deadline_date(value)


def call_summary(call: CallItem) -> str:
    """A one-line title for a call: its programme and funder."""
    parts = [part for part in (call.program, call.funder) if part]
    return "Call deadline: " + (" / ".join(parts) if parts else call.name or "funding call")


def calls_ics(calls: list[CallItem], base_url: str) -> bytes:
    """An ICS calendar with one event per call whose deadline has at least a day."""
    cal = Calendar()
    cal.add("prodid", "-//bilat//call deadlines//EN")
    cal.add("version", "2.0")
    for call in calls:
        moment = _deadline_moment(call.deadline or "")
        if moment is None:
            continue
        event = Event()
        event.add("uid", f"call-{call.id}@bilat")
        event.add("summary", call_summary(call))
        event.add("dtstart", moment)
        if not isinstance(moment, datetime):
            event.add("dtend", moment + timedelta(days=1))
        if call.sources:
            source = call.sources[0]
            event.add("description", f"From {source.title or source.document}")
            event.add("url", f"{base_url.rstrip('/')}/facts/{source.fact_id}")
        cal.add_component(event)
    return bytes(cal.to_ical())
