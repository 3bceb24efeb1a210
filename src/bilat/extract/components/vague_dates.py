"""Vague recent dates ("this week", "last week", "in the last few days") turned into the calendar
precision they support relative to the document date: the month when every day they can mean lies
in one month, else the year, else nothing. A part of a year ("autumn 2026", "the second half of
2026", "Q1 2027") gives its year."""

from __future__ import annotations

import datetime as dt
import functools
import re

from bilat.extract.days import iso_week
from bilat.extract.doc import Mention
from bilat.extract.resources import load_yaml

_DURATION = re.compile(r"^P(\d+|X)([DW])$")
# Seasons (winter excepted: it may run into the next year), halves and quarters of a year.
_PART_OF_YEAR = re.compile(r"^(\d{4})-(?:SP|SU|FA|AU|H[12]|Q[1-4])$")


@functools.cache
def _settings() -> tuple[frozenset[str], dict[str, int]]:
    data = load_yaml("event_types.yaml")
    return frozenset(data.get("recent_cues", [])), dict(data.get("vague_span_days", {}))


def _common_precision(first: dt.date, last: dt.date) -> str | None:
    """The most precise calendar value containing both days."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


def _week(value: str) -> str | None:
    week = iso_week(value)
    return _common_precision(*week) if week is not None else None


def _recent(value: str, words: str, published: str | None) -> str | None:
    match = _DURATION.match(value)
    cues, spans = _settings()
    if not match or not published or len(published) < 10 or not cues & set(words.lower().split()):
        return None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    amount = spans.get(match.group(2), 7) if match.group(1) == "X" else int(match.group(1))
    days = amount * (7 if match.group(2) == "W" and match.group(1) != "X" else 1)
    return _common_precision(day - dt.timedelta(days=days), day)


def calendar_value(mention: Mention, before: str, published: str | None) -> str | None:
    """The calendar value ("2023-05") of a week or a recent duration, or None.

    `before` is the text just before the mention ("in the ..."), `published` the document date."""
    value = str(mention.attrs.get("value") or "")
    if mention.attrs.get("type") == "DATE":
        part = _PART_OF_YEAR.match(value)
        return part.group(1) if part else _week(value)
    if mention.attrs.get("type") == "DURATION":
        return _recent(value, f"{before} {mention.text}", published)
    return None


def as_calendar(mention: Mention, before: str, published: str | None) -> Mention | None:
    """A copy of a vague date mention carrying its calendar value, or None when it has none."""
    value = calendar_value(mention, before, published)
    if value is None:
        return None
    attrs = {**mention.attrs, "value": value, "type": "DATE", "vague": True}
    if _PART_OF_YEAR.match(str(mention.attrs.get("value") or "")):  # as precise as "early 2026"
        attrs["mod"] = attrs.get("mod") or "PART"
    return Mention(mention.start, mention.end, mention.label, mention.text, attrs)
