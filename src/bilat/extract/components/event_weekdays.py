"""Two weekdays joined into one span of days: "gathered on Monday and Tuesday for the forum", "met
last Tuesday and Wednesday", "from Monday to Wednesday". The tagger dates each weekday on its own;
an event told with both starts on the first and ends on the second, as "on 1 and 2 December" does.
"""

from __future__ import annotations

import datetime as dt
import re

from bilat.extract.days import as_day
from bilat.extract.doc import Mention
from bilat.temporal.families.relative import WEEK_DAY_GAP

_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
_JOIN = re.compile(r"(?i)\s*(?:and|to|through|until|till|-|–|—)\s*")
# "open Tuesday to Sunday", "closed Monday and Tuesday": opening hours, every week, no span of days
_HOURS_BEFORE = re.compile(r"(?i)\b(?:open|opens|closed|closes|hours)[ \t\n]+(?:(?:from|on|every)[ \t\n]+)?$")
MAX_DAYS = 6  # a span of weekdays lies within one week


def joined_weekdays(text: str, dates: list[Mention]) -> list[Mention]:
    """`dates` with each weekday followed by a later weekday of the same week, joined by "and",
    "to" or a dash alone, made one span: the first day with the second as its end."""
    if len(dates) < 2:
        return dates
    out: list[Mention] = []
    i = 0
    while i < len(dates):
        first = dates[i]
        second = dates[i + 1] if i + 1 < len(dates) else None
        joined = _joined(text, first, second) if second is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(first)
        i += 1
    return out


def _joined(text: str, first: Mention, second: Mention) -> Mention | None:
    if first.attrs.get("end_value") or second.attrs.get("end_value"):
        return None
    if not _WEEKDAY.search(first.text) or not _WEEKDAY.search(second.text):
        return None
    if second.start < first.end or not _JOIN.fullmatch(text, first.end, second.start):
        return None
    if _HOURS_BEFORE.search(text, max(0, first.start - 20), first.start):
        return None
    start, end = as_day(first.attrs.get("value")), as_day(second.attrs.get("value"))
    if start is None or end is None or not 0 < (end - start).days <= MAX_DAYS:
        return None
    attrs = dict(first.attrs)
    attrs["end_value"] = str(second.attrs["value"])[:10]
    return Mention(first.start, second.end, first.label, text[first.start : second.end], attrs)


# "held last week on Wednesday", "last week, on Tuesday": a week followed by the weekday it holds
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d\d)$")  # an ISO week: its year and its number
_WEEKDAY_AFTER = re.compile(rf"(?i){WEEK_DAY_GAP}(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


def is_week(date: Mention) -> bool:
    """Whether a date's value is an ISO week ("2025-W19")."""
    return _WEEK_VALUE.match(str(date.attrs.get("value") or "")) is not None


def week_with_its_day(text: str, week: Mention) -> bool:
    """Whether a week ("last week") is followed right away by a weekday, which the tagger dates
    within it ("held last week on Wednesday"): the day dates the event, not the week."""
    return is_week(week) and bool(_WEEKDAY_AFTER.match(text, week.end, week.end + 16))


# Words telling that the weekday is still ahead of a week told before it ("last week ... the
# delegation will arrive on Wednesday"): no day of that week.
_AHEAD_BETWEEN = re.compile(r"(?i)\b(?:will|shall|is\s+to|are\s+to|to\s+be|next)\b")
MAX_FRAME_SHIFT_DAYS = 14  # how far the week told before may move a weekday


def framed_weekday(text: str, week: Mention, day: Mention) -> Mention:
    """`day`, a bare weekday the tagger dated on its own ("on Wednesday"), put in the week told
    before it in its sentence ("settled last week, when a delegation visited Tartu on Wednesday": the
    Wednesday of last week); `day` itself when it is none or the week does not frame it."""
    found = _WEEK_VALUE.match(str(week.attrs.get("value") or ""))
    told = as_day(day.attrs.get("value"))
    if found is None or told is None or not _WEEKDAY.search(day.text) or any(c.isdigit() for c in day.text):
        return day
    if day.start < week.end or _AHEAD_BETWEEN.search(text, week.end, day.start):
        return day
    try:
        framed = dt.date.fromisocalendar(int(found.group(1)), int(found.group(2)), told.isoweekday())
    except ValueError:
        return day
    if framed == told or abs((framed - told).days) > MAX_FRAME_SHIFT_DAYS:
        return day
    return Mention(day.start, day.end, day.label, day.text, {**day.attrs, "value": framed.isoformat()})
