"""Quarters and halves of a year: "the third quarter", "Q1 2014", "the first half of 2024"."""

from __future__ import annotations

import datetime as dt
import re

from bilat.temporal import calendar, words
from bilat.temporal.calendar import Point
from bilat.temporal.context import Context
from bilat.temporal.found import Found
from bilat.temporal.lexicon import lexicon
from bilat.temporal.rules import rule

ORDINALS = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
DOCUMENT = 1 << 30  # a window over the whole text


def _quarter(year: int, quarter: int) -> Found:
    date = dt.date(year, 3 * quarter - 2, 1)
    return Found("DATE", f"{year:04d}-Q{quarter}", point=Point(date, "quarter"))


def _year_of(m: re.Match[str], ctx: Context, quarter: int) -> int | None:
    if m["y"]:
        return words.year(m["y"])
    ref = ctx.ref_date
    if ref is None:
        return None
    current = (ref.month - 1) // 3 + 1
    tense = ctx.tense(m.start(), m.end())
    if quarter > current and tense == "past":
        return ref.year - 1
    if quarter < current - 1 and tense == "future" and "fiscal" not in m.group().lower():
        # "earnings will fall in the first quarter", said in October (not the quarter just ended,
        # whose results are still being reported, nor a fiscal quarter, whose year is the company's)
        return ref.year + 1
    return ref.year


@rule(
    "ordinal_quarter",
    r"(?:(?:(?i:fiscal)\s+)?(?P<py>{YEAR})['’]s\s+)?"  # "1997's third quarter"
    r"(?:(?i:fiscal)[\s-]+)?(?P<o>"
    + ORDINALS
    + r"|(?i:final))[\s-]+(?:(?i:fiscal|calendar)[\s-]+)?(?i:quarter)"
    r"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<y>{YEAR})|,?\s+(?P<y2>{YEAR})"
    r"|\s+(?i:of)\s+(?P<rel>(?i:this|next|last|the))\s+(?:(?i:fiscal|calendar)\s+)?(?i:year)(?![\w'’-]))?"
    r"(?!s)",
    priority=2,
    article=True,
    positional=True,
)
def ordinal_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """the third quarter, third-quarter, the fourth quarter of 2024, 1997's first quarter, the
    final quarter (the fourth), the second quarter of next year."""
    quarter = 4 if words.key(m["o"]) == "final" else lexicon().ordinals[words.key(m["o"])]
    named = m["y"] or m["y2"] or m["py"]
    if named:
        year: int | None = words.year(named)
    elif m["rel"]:
        ref = ctx.ref_date
        year = ref.year + {"next": 1, "last": -1}.get(words.key(m["rel"]), 0) if ref else None
    else:
        year = _year_of(m, ctx, quarter)
    if year is None:
        return Found("DATE", f"XXXX-Q{quarter}")
    return _quarter(year, quarter)


@rule(
    "year_quarter",
    r"(?P<rel>(?i:this|last|next))\s+(?i:year)['’]s\s+(?P<o>" + ORDINALS + r")[\s-]+(?i:quarter)(?!s)",
    priority=2,
    article=True,
    positional=True,
)
def year_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """this year's third quarter, last year's fourth quarter."""
    quarter = lexicon().ordinals[words.key(m["o"])]
    ref = ctx.ref_date
    if ref is None:
        return Found("DATE", f"XXXX-Q{quarter}")
    return _quarter(ref.year + {"this": 0, "last": -1, "next": 1}[words.key(m["rel"])], quarter)


@rule(
    "q_quarter", r"Q(?P<q>[1-4])(?:\s*(?P<y>{YEAR})|\s*['’](?P<yy>\d{2}))?|(?P<y2>{YEAR})[\s-]?Q(?P<q2>[1-4])"
)
def q_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """Q1 2014, Q3'24, 2014-Q1."""
    quarter = int(m["q"] or m["q2"])
    year_text = m["y"] or m["yy"] or m["y2"]
    if year_text:
        return _quarter(words.year(year_text), quarter)
    year = _year_of(m, ctx, quarter)
    return _quarter(year, quarter) if year else Found("DATE", f"XXXX-Q{quarter}")


@rule(
    "earlier_ordinal_quarter",
    r"(?i:year-earlier|year-ago|year\s+earlier|year\s+ago)[\s-]+(?P<o>"
    + ORDINALS
    + r")[\s-]+(?i:quarter)(?!s)",
    priority=3,
    article=True,
)
def earlier_ordinal_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """the year-earlier third quarter: that quarter of the year before the reference year."""
    quarter = lexicon().ordinals[words.key(m["o"])]
    ref = ctx.ref_date
    if ref is None:
        return Found("DATE", f"XXXX-Q{quarter}")
    found = _quarter(ref.year - 1, quarter)
    found.anchors = False
    return found


YEAR_AGO = ("year earlier", "year ago", "comparable", "same", "corresponding")
_ENDED = (
    r"\s+(?P<verb>ended|ending)\s+(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?!\d)"
    r"(?:,\s*(?P<year>\d{4}))?"
)


def _period_end(ctx: Context, position: int) -> dt.date | None:
    """The closing day of a reporting period stated right after `position` ("ended Sept. 30, 1989")."""
    m = re.compile(_ENDED).match(ctx.text, position, position + 40)  # compiled once, on first use
    ref = ctx.ref_date
    if m is None or (ref is None and not m["year"]):
        return None
    year = int(m["year"]) if m["year"] else ref.year if ref else 1
    try:
        closing = dt.date(year, words.month(m["month"]), int(m["day"]))
    except (KeyError, ValueError):
        return None
    if not m["year"] and m["verb"] == "ended" and ref is not None and closing > ref:
        return closing - dt.timedelta(days=365)  # a period that ended: the last such day before the reference
    return closing


def _quarter_of(day: dt.date) -> Found:
    """The calendar quarter a day falls in."""
    start = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return Found("DATE", calendar.format_value(start, "quarter"), point=Point(start, "quarter"))


# The reporting period named last before a comparison: a quarter, or a span of months.
LAST_PERIOD = re.compile(r"(?i)\b(?:quarter|(?P<n>three|six|nine|twelve|\d{1,2})[\s-]+months?)\b")


def _last_named_months(ctx: Context, position: int, window: int = 300) -> Found | None:
    """The span of months ("the nine months") if it is the reporting period named last before `position`."""
    named = list(LAST_PERIOD.finditer(ctx.text, max(0, position - window), position))
    m = named[-1] if named else None
    if m is None or m["n"] is None:
        return None
    amount = words.number(m["n"])
    return Found("DURATION", f"P{int(amount)}M") if amount else None


@rule(
    "relative_quarter",
    r"(?:(?P<rel>(?i:latest|last|past|previous|current|this|next|coming|same|year-earlier|year-ago|"
    r"comparable|corresponding|recent|fiscal|final))[\s-]+(?i:quarter|period)(?!s)|(?P<bare>(?i:the\s+quarter))(?!s))"
    r"(?P<ago>\s+(?i:last\s+year|a\s+year\s+(?:ago|earlier)|of\s+(?:last|the\s+previous)\s+year))?"
    r"(?![\w-]|['’](?!s\b))",
    priority=1,
    article=True,
)
def relative_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """the latest quarter, the year-earlier quarter, the current quarter, the quarter,
    the same period last year."""
    ref = ctx.ref_date
    if ref is None:
        return Found("DATE", "XXXX-QX")
    rel = words.key(m["rel"]) if m["rel"] else "latest"
    if m["ago"]:
        rel = "year ago"  # "the same period last year", "the quarter a year ago"
    current = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
    tense = ctx.tense(m.start(), m.end())
    recent = calendar.shift(current, "quarter", -1) if tense != "future" else current
    closing = _period_end(ctx, m.end()) if rel not in (*YEAR_AGO, "next", "coming") else None
    if closing is not None:  # "the quarter ended July 31": the three months before that day
        return _quarter_of(closing - dt.timedelta(days=45))
    if rel in ("current", "this"):
        date = current
    elif rel in ("next", "coming"):
        date = calendar.shift(current, "quarter", 1)
    elif rel in YEAR_AGO:
        span = _last_named_months(ctx, m.start()) if "period" in m.group().lower() else None
        if span is not None:  # "For the nine months, ... In the year-earlier period, ..."
            return span
        quarter = ctx.recent_quarter(m.start())
        # the period compared is one reported on, never a quarter still ahead ("... through the
        # third quarter of 1990. In the year-ago period, ...")
        base = quarter.date if quarter and quarter.date <= current else recent
        date = calendar.shift(base, "year", -1)
        found = Found("DATE", calendar.format_value(date, "quarter"), point=Point(date, "quarter"))
        found.anchors = False
        return found
    elif rel in ("last", "past", "previous") and tense == "future":
        date = calendar.shift(current, "quarter", -1)
    elif rel in ("latest", "recent"):
        date = recent
    else:
        quarter = ctx.recent_quarter(m.start())
        date = quarter.date if quarter else recent
    return Found("DATE", calendar.format_value(date, "quarter"), point=Point(date, "quarter"))


@rule(
    "half",
    r"(?:(?:(?P<py>{YEAR})|(?P<prel>(?i:this|next|last|the))\s+(?i:year))['’]s\s+)?"  # "1997's first half"
    r"(?P<o>(?i:first|second|last))\s+(?i:half)(?:\s+(?i:of)\s+(?:(?i:the\s+year|fiscal)\s+)?(?P<y>{YEAR})"
    r"|\s+(?i:of)\s+(?P<rel>(?i:this|next|last|the))\s+(?:(?i:fiscal|calendar)\s+)?(?i:year)(?![\w'’-]))?"
    r"(?!\s+(?i:of|an?)\b)|H(?P<h>[12])\s*(?P<y2>{YEAR})",
    priority=2,
    article=True,
)
def half(m: re.Match[str], ctx: Context) -> Found | None:
    """the first half of 2024, the second half, the first half of next year, H1 2025, the first
    half of fiscal 1990 (as "the third quarter of fiscal 1989")."""
    number = int(m["h"]) if m["h"] else (1 if words.key(m["o"]) == "first" else 2)
    if m["o"] and words.key(m["o"]) == "last" and not (m["y"] or m["rel"] or m["py"] or m["prel"]):
        return None  # "the last half" without a year is ambiguous
    return _half_of_year(number, m["y"] or m["y2"] or m["py"], m["rel"] or m["prel"], ctx)


def _half_of_year(number: int, year_text: str | None, rel: str | None, ctx: Context) -> Found:
    """Half `number` (1 or 2) of the year `year_text` names, else of the year `rel` ("this",
    "next", "last", "the") tells from the reference date; of no known year without either."""
    ref = ctx.ref_date
    offset = {"next": 1, "last": -1}.get(words.key(rel), 0) if rel else 0
    year = int(year_text) if year_text else (ref.year + offset if ref else None)
    if year is None:
        return Found("DATE", f"XXXX-H{number}")
    date = dt.date(year, 1 if number == 1 else 7, 1)
    return Found("DATE", f"{year:04d}-H{number}", point=Point(date, "half"))


@rule(
    "quarters_of_year",
    r"(?P<o>(?i:first|last|final))\s+(?P<n>(?i:two|three|2|3))\s+(?i:quarters)"
    r"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<y>{YEAR})|\s+(?i:of)\s+(?P<rel>(?i:this|next|last|the))\s+"
    r"(?:(?i:fiscal|calendar)\s+)?(?i:year)(?![\w'’-]))?",
    priority=2,
    article=True,
)
def quarters_of_year(m: re.Match[str], ctx: Context) -> Found | None:
    """the first two quarters of 1990 (its first half), the last two quarters of this year (the
    second half), the first three quarters (nine months, as "the first nine months")."""
    first = words.key(m["o"]) == "first"
    count = 2 if words.key(m["n"]) in ("two", "2") else 3
    named = m["y"] or m["rel"]
    if count == 3:
        return Found("DURATION", "P9M") if first or named else None
    if not first and not named:
        return None  # "the last two quarters": the two just gone, a span (the `duration` rule)
    return _half_of_year(1 if first else 2, m["y"], m["rel"], ctx)


@rule(
    "year_period",
    r"(?P<y>{YEAR})\s+(?:(?P<o>" + ORDINALS + r")\s+)?(?:(?i:fiscal)\s+)?(?i:quarter|period)(?!s)"
    r"|(?P<rel>(?i:last|this))\s+(?i:year)['’]s\s+(?i:quarter|period)(?!s)",
    priority=2,
    article=True,
    anchored=True,
)
def year_period(m: re.Match[str], ctx: Context) -> Found | None:
    """the 1988 quarter, the 1988 third quarter, last year's quarter (the quarter under discussion)."""
    ref = ctx.ref_date
    if m["y"]:
        year = int(m["y"])
    elif ref is not None:
        year = ref.year - (1 if words.key(m["rel"]) == "last" else 0)
    else:
        return None
    if m["o"]:
        return _quarter(year, lexicon().ordinals[words.key(m["o"])])
    quarter = ctx.recent_quarter(m.start(), window=DOCUMENT)  # the quarter the report is about
    if quarter is None:
        return Found("DATE", f"{year:04d}")
    found = _quarter(year, (quarter.date.month - 1) // 3 + 1)
    found.anchors = False
    return found


@rule(
    "month_quarter",
    r"(?P<mo>{FULLMONTH})\s+(?:(?i:fiscal)\s+)?(?i:quarter)(?![\w-])(?:,?\s+(?P<y>{YEAR}))?",
    priority=2,
    article=True,
)
def month_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """the September quarter (as financial reports name a quarter by the month that closes it): the
    calendar quarter holding most of its three months, the last one begun by the reference date."""
    month = words.month(m["mo"])
    middle = month - 1 if month > 1 else 12  # the quarter's middle month
    ref = ctx.ref_date
    if m["y"]:
        year = words.year(m["y"]) - (1 if month == 1 else 0)
    elif ref is None:
        return Found("DATE", f"XXXX-Q{(middle - 1) // 3 + 1}")
    else:
        start = (month - 3) % 12 + 1  # the quarter's first month
        year = ref.year - (1 if (start > ref.month or month < start) else 0)
        if ctx.tense(m.start(), m.end()) == "future" and dt.date(year, middle, 28) < ref:
            year += 1
    return _quarter_of(dt.date(year, middle, 1))
