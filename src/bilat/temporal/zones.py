"""UTC offsets of named time zones on a given day (summer time included when the system knows it)."""

from __future__ import annotations

import datetime as dt
import re

from bilat.temporal.lexicon import lexicon


def offset_for(zone: str, day: str, clock: str) -> str | None:
    """The "+HH:MM" offset of IANA `zone` at `day` (ISO) and `clock` ("T12:00"); None if unknown."""
    when = _moment(day, clock)
    if when is not None:
        try:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                offset = when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
            except (ZoneInfoNotFoundError, ValueError):
                offset = None
        except ImportError:  # pragma: no cover - zoneinfo is in the standard library since 3.9
            offset = None
        if offset is not None:
            return format_offset(offset)
    return lexicon().zone_standard_offsets.get(zone)


def _moment(day: str, clock: str) -> dt.datetime | None:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", day)
    c = re.fullmatch(r"T(\d\d):(\d\d)", clock)
    if not m or not c:
        return None
    try:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), min(int(c[1]), 23), int(c[2]))
    except ValueError:
        return None


def format_offset(offset: dt.timedelta) -> str:
    """A timedelta as "+HH:MM"."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
