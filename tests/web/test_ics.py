"""Call deadlines as calendar events: a day stays a day, a moment keeps its UTC offset."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from icalendar import Calendar

from bilat.query.export.ics import calls_ics
from bilat.query.model import CallItem, Source


def call(call_id: int, deadline: str | None) -> CallItem:
    source = Source(fact_id=40 + call_id, document="call.txt", title="A joint call", published=None,
                    version_id=1)
    return CallItem(id=call_id, name="call", program="ASPIRE", funder="JST", deadline=deadline, opening=None,
                    days_left=None, max_amount=None, partners=["JP", "GB"], sources=[source])


def test_each_dated_call_becomes_one_event_linking_to_its_evidence() -> None:
    calendar = Calendar.from_ical(calls_ics(
        [call(1, "2025-05-12T12:00+09:00"), call(2, "2025-06-30"), call(3, "2025"), call(4, None)],
        "http://localhost:8750/",
    ))
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"call-1@bilat", "call-2@bilat"}
    noon_in_tokyo = datetime(2025, 5, 12, 12, 0, tzinfo=timezone(timedelta(hours=9)))
    assert events["call-1@bilat"].decoded("dtstart") == noon_in_tokyo  # stored as 03:00 UTC
    assert events["call-2@bilat"].decoded("dtstart").isoformat() == "2025-06-30"
    assert str(events["call-2@bilat"]["url"]) == "http://localhost:8750/facts/42"
    assert "ASPIRE / JST" in str(events["call-1@bilat"]["summary"])
