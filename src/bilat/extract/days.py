"""Calendar days of the ISO values that the temporal tagger gives ("2025-05-12", "2025-W20"), and
how far a day lies before the document's date."""

from __future__ import annotations

import datetime as dt
import re

from bilat.extract.doc import Doc

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def as_day(value: object) -> dt.date | None:
    """The day of a value that starts with an ISO date ("2025-05-12", "2025-05-12T10:00"), else None."""
    text = str(value or "")[:10]
    if len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def last_day(value: object) -> dt.date | None:
    """The last day of a calendar value at its precision ("2025-05-12" itself, "2025-05" the 31st,
    "2025" 31 December), else None."""
    text = str(value or "")
    if len(text) >= 10:
        return as_day(text)
    try:
        if len(text) == 7:
            first = dt.date(int(text[:4]), int(text[5:7]), 1)
            return (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        if len(text) == 4:
            return dt.date(int(text), 12, 31)
    except ValueError:
        return None
    return None


def iso_week(value: object) -> tuple[dt.date, dt.date] | None:
    """The Monday and the Sunday of an ISO week value ("2025-W20"), else None."""
    match = _WEEK.match(str(value or ""))
    if match is None:
        return None
    try:
        monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=6)


def within_days_before_report(doc: Doc, value: object, days: int) -> bool:
    """Whether `value` is a day of the document's date or of the `days` days before it."""
    day, published = as_day(value), as_day(doc.published)
    return day is not None and published is not None and 0 <= (published - day).days <= days
