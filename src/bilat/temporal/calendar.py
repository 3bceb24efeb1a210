"""Calendar arithmetic and TIMEX3 value formatting for partially known dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.easter import easter as western_easter
from dateutil.relativedelta import relativedelta

# Granularities from coarse to fine.
GRANULARITIES = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day")


@dataclass(frozen=True)
class Point:
    """A calendar point at some granularity: `date` is any day inside it."""

    date: dt.date
    granularity: str = "day"

    def value(self) -> str:
        """The TIMEX3 value of this point ("2023", "2023-Q2", "2023-W11", "2023-05-15", ...)."""
        return format_value(self.date, self.granularity)


def format_value(day: dt.date, granularity: str) -> str:
    """Render `day` as a TIMEX3 value at `granularity`."""
    year = f"{day.year:04d}"
    if granularity == "century":
        return year[:2]
    if granularity == "decade":
        return year[:3]
    if granularity == "year":
        return year
    if granularity == "half":
        return f"{year}-H{1 if day.month <= 6 else 2}"
    if granularity == "quarter":
        return f"{year}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "month":
        return f"{year}-{day.month:02d}"
    if granularity == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return day.isoformat()


# Months in each calendar unit longer than a week.
MONTHS = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """Move `day` by `amount` units (year, half, quarter, month, week, day, decade, century)."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    return day + relativedelta(months=MONTHS.get(unit, 12) * amount)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None if it does not exist (31 April, month 13, year 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, reference: dt.date, tense: str | None) -> int:
    """The year that puts month-day closest to `reference`, leaning to the tense when it is known."""
    candidates = [safe_date(reference.year + k, month, day) for k in (-1, 0, 1)]
    dates = [c for c in candidates if c is not None]
    if not dates:
        return reference.year
    if tense == "future":
        later = [d for d in dates if d >= reference - dt.timedelta(days=7)]
        if later and (min(later) - reference).days < 300:
            return min(later).year
    if tense == "past":
        earlier = [d for d in dates if d <= reference + dt.timedelta(days=7)]
        if earlier and (reference - max(earlier)).days < 300:
            return max(earlier).year
    # Without a tense, news mostly reports the past: a past date wins unless it is twice as far.
    return min(dates, key=lambda d: (reference - d).days if d <= reference else 2 * (d - reference).days).year


def year_from_weekday(month: int, day: int, weekday: int, reference: dt.date | None) -> int | None:
    """The year near `reference` (within 6 years) in which month-day falls on ISO `weekday`."""
    base = reference.year if reference else None
    if base is None:
        return None
    for offset in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        candidate = safe_date(base + offset, month, day)
        if candidate is not None and candidate.isoweekday() == weekday:
            return base + offset
    return None


def weekday_near(reference: dt.date, weekday: int, direction: str) -> dt.date:
    """The day with ISO `weekday` nearest `reference`: "past" (<=), "future" (>=), "last" (<), "next" (>)."""
    delta = (weekday - reference.isoweekday()) % 7
    if direction == "future":
        return reference + dt.timedelta(days=delta)
    if direction == "next":
        return reference + dt.timedelta(days=delta or 7)
    if direction == "this":
        return reference + dt.timedelta(days=weekday - reference.isoweekday())
    back = (reference.isoweekday() - weekday) % 7
    if direction == "last":
        back = back or 7
    return reference - dt.timedelta(days=back)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The n-th ISO `weekday` of a month (nth = -1 for the last)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def season_year(season: str, reference: dt.date, relation: str) -> int:
    """The year of "last/this/next <season>" seen from `reference`."""
    order = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
    current = {12: 4, 1: 4, 2: 4, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}[reference.month]
    year = reference.year - 1 if reference.month <= 2 else reference.year
    if relation == "last":
        return year if order[season] < current else year - 1
    if relation == "next":
        return year if order[season] > current else year + 1
    if relation == "coming":  # "this autumn" said of the future: the next one not yet over
        return year if order[season] >= current else year + 1
    return year


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year."""
    return western_easter(year)
