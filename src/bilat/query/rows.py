"""Turning stored entity rows into timeline items and calls."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from bilat.query.model import CallItem, Source, TimelineItem


def _data(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def timeline_item(row: Any, sources: list[Source], series: str | None) -> TimelineItem:
    """A timeline item from (id, kind, name, data, date, date_end)."""
    entity_id, kind, name, data_text, start, end = row
    data = _data(data_text)
    partners = data.get("partners") or data.get("parties") or []
    return TimelineItem(
        id=int(entity_id),
        kind=kind,
        type=str(data.get("type") or kind),
        date=start,
        end=end,
        name=name,
        location=data.get("location"),
        partners=list(partners),
        sources=sources,
        series=series,
        number=data.get("number") if isinstance(data.get("number"), int) else None,
    )


def days_left(deadline: str | None, day: str) -> int | None:
    """Whole days from `day` to the deadline's date (None when the deadline is not a day)."""
    if not deadline or len(deadline) < 10:
        return None
    try:
        return (date.fromisoformat(deadline[:10]) - date.fromisoformat(day)).days
    except ValueError:
        return None


def call_item(row: Any, sources: list[Source], day: str) -> CallItem:
    """A call from (id, name, data), with days left as of `day`."""
    entity_id, name, data_text = row
    data = _data(data_text)
    amount = data.get("max_amount")
    return CallItem(
        id=int(entity_id),
        name=name,
        program=data.get("program"),
        funder=data.get("funder"),
        deadline=data.get("deadline"),
        opening=data.get("opening"),
        days_left=days_left(data.get("deadline"), day),
        max_amount=amount if isinstance(amount, dict) else None,
        partners=list(data.get("partners") or []),
        sources=sources,
    )
