"""Helpers shared by the rule families: building date values and inferring missing years."""

from __future__ import annotations

import datetime as dt
import re

from bilat.temporal import calendar, words
from bilat.temporal.calendar import Point
from bilat.temporal.context import SENTENCE_EDGE, Context
from bilat.temporal.found import Found


def day_found(year: int | None, month: int, day: int, type_: str = "DATE") -> Found | None:
    """A DATE at day precision ("XXXX-05-16" when the year is unknown); None if no such day."""
    if year is None:
        if calendar.safe_date(2000, month, day) is None:
            return None
        return Found(type_, f"XXXX-{month:02d}-{day:02d}")
    date = calendar.safe_date(year, month, day)
    if date is None:
        return None
    return Found(type_, date.isoformat(), point=Point(date, "day"))


def month_found(year: int | None, month: int) -> Found | None:
    """A DATE at month precision."""
    if not 1 <= month <= 12:
        return None
    if year is None:
        return Found("DATE", f"XXXX-{month:02d}")
    return Found("DATE", f"{year:04d}-{month:02d}", point=Point(dt.date(year, month, 1), "month"))


def week_found(day: dt.date, *, weekend: bool = False) -> Found:
    """A DATE at week precision for the ISO week holding `day` ("2025-W20"), or its weekend
    ("2025-W20-WE")."""
    week = Point(day, "week")
    return Found("DATE", week.value() + ("-WE" if weekend else ""), point=week)


def year_found(year: int) -> Found:
    """A DATE at year precision."""
    return Found("DATE", f"{year:04d}", point=Point(dt.date(year, 1, 1), "year"))


def infer_year(
    m: re.Match[str], ctx: Context, month: int, day: int, weekday_word: str | None = None
) -> int | None:
    """The year of a day-and-month written without one: from its weekday, else the reference and tense."""
    ref = ctx.ref_date
    if weekday_word:
        fixed = calendar.year_from_weekday(month, day, words.weekday(weekday_word), ref)
        if fixed is not None:
            return fixed
    if ref is None:
        return None
    stated = _year_of_month_before(m, ctx, month)
    if stated is None:
        stated = _year_of_list_header(m, ctx)
    if stated is not None:
        return stated
    return calendar.nearest_year(month, day, ref, ctx.tense(m.start(), m.end()))


# How far back in its sentence a date of the same month with its year may lend it to a day.
SAME_MONTH_WINDOW = 250
STATED_YEAR_END = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d$")


def _year_of_month_before(m: re.Match[str], ctx: Context, month: int) -> int | None:
    """The year of the date last mentioned, when it is of the same month, states its year and lies
    earlier in the same sentence: "a state visit in November 2023, during which they signed the
    accord on 22 November" (2023, whatever the reference date)."""
    anchor = ctx.anchor
    if anchor is None or anchor.granularity not in ("day", "month") or anchor.date.month != month:
        return None
    at = ctx.anchor_at
    if at < 4 or at > m.start() or m.start() - at > SAME_MONTH_WINDOW:
        return None
    text = ctx.text
    if STATED_YEAR_END.search(text, at - 4, at) is None or SENTENCE_EDGE.search(text, at, m.start()):
        return None
    return anchor.date.year


# A year that heads a list of days, "Cut-off dates in 2026: 31 March, 30 June, 30 September".
LIST_HEADER_WINDOW = 200
LIST_HEADER_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)\)?[ \t]*:(?!\d)")


def _year_of_list_header(m: re.Match[str], ctx: Context) -> int | None:
    """The year of a "YEAR:" that opens the list the day belongs to, in the same sentence:
    "Cut-off dates in 2026: 31 March, 30 June, 30 September" (each in 2026)."""
    text = ctx.text
    start = max(0, m.start() - LIST_HEADER_WINDOW)
    if ":" not in text[start : m.start()]:
        return None
    headers = list(LIST_HEADER_YEAR.finditer(text, start, m.start()))
    if not headers or SENTENCE_EDGE.search(text, headers[-1].end(), m.start()):
        return None
    return int(headers[-1].group(1))


def group(m: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the group does not exist or did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None
