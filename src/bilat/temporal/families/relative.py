"""Expressions resolved against the reference date or the last mentioned date.

"today", "on Tuesday", "last week", "next month", "last May", "this autumn", "two days later",
"a year ago", "the following day", "now" (PRESENT_REF), "recently" (PAST_REF).
"""

from __future__ import annotations

import datetime as dt
import re

from bilat.temporal import calendar, words
from bilat.temporal.calendar import Point
from bilat.temporal.context import Context
from bilat.temporal.families.common import week_found
from bilat.temporal.found import Found
from bilat.temporal.lexicon import lexicon
from bilat.temporal.rules import rule

DAY_WORDS = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip
COMPARED = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|from|than|versus|over)\s+$")
LAST = ("last", "past", "previous", "preceding", "prior", "this past", "latest")
NEXT = ("next", "coming", "following")


IS_BEFORE = re.compile(r"(?i)(?:\bis|['’]s)\s+$")
AS_OR_MOST = re.compile(r"(?i)\b(?:as|most)\s+$")


def _point(ctx: Context, date: dt.date, granularity: str, type_: str = "DATE") -> Found:
    return Found(type_, calendar.format_value(date, granularity), point=Point(date, granularity))


def _from_reference(found: Found, counted_from_reference: bool = True) -> Found:
    """Mark a value whose day, week or month was counted from the reference date."""
    found.from_reference = counted_from_reference
    return found


def _unknown(granularity: str) -> str:
    return {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}.get(
        granularity, "XXXX-XX-XX"
    )


@rule(
    "day_word",
    r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow))"
    r"(?:\s+(?P<p>{DAYPART}))?",
    priority=2,
    positional=True,
)
def day_word(m: re.Match[str], ctx: Context) -> Found | None:
    """today, yesterday morning, tomorrow, tonight."""
    offset = DAY_WORDS[words.key(m["w"])]
    ref = ctx.ref_date
    if ref is None:
        return Found("DATE", "PRESENT_REF") if offset == 0 else None
    found = _point(ctx, ref + dt.timedelta(days=offset), "day")
    # "tonight" is the reference day's night (`…TNI`), as "this morning" is `…TMO`
    part = words.key(m["p"]) if m["p"] else ("night" if words.key(m["w"]) == "tonight" else None)
    if part:
        found.type, found.value = "TIME", f"{found.value}T{lexicon().day_parts[part]}"
    return _from_reference(found)


@rule("part_of_day", r"(?P<rel>(?i:this|last))\s+(?P<p>{DAYPART})", priority=2, positional=True)
def part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    """this morning, last night."""
    ref = ctx.ref_date
    if ref is None:
        return None
    part = words.key(m["p"])
    back = 1 if words.key(m["rel"]) == "last" and part in ("night", "evening") else 0
    if words.key(m["rel"]) == "last" and back == 0:
        return None
    day = ref - dt.timedelta(days=back)
    return _from_reference(
        Found("TIME", f"{day.isoformat()}T{lexicon().day_parts[part]}", point=Point(day, "day"))
    )


# "Tuesday last week", "Friday of next week": the week that names which Tuesday
WEEK_AFTER = re.compile(
    r"(?i)[ \t]+(?:of[ \t]+)?(?P<rel>last|next|this|the[ \t]+previous|the[ \t]+following)[ \t]+week\b"
)
WEEKDAY_PARTS = frozenset({"EV", "AF"})
# "Monday and Tuesday nights": the plural part of the day makes both weekdays a SET
SHARED_PLURAL_PART = re.compile(
    r"\s+(?:and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?P<p>(?i:morning|afternoon|evening|night))s\b"
)
WEEK_SHIFT = {"last": -1, "the previous": -1, "next": 1, "the following": 1, "this": 0}
# What stands between a week and the weekday it dates ("last week on Wednesday", "last week, on
# Tuesday"); the events step reads the same joint from the week's side (event_weekdays)
WEEK_DAY_GAP = r",?[ \t]+(?:on[ \t]+)?"
# "held last week on Wednesday", "last week, on Tuesday": the week named right before the weekday
WEEK_BEFORE = re.compile(
    rf"(?i)\b(?P<rel>last|next|this|the[ \t]+previous|the[ \t]+following)[ \t]+week{WEEK_DAY_GAP}$"
)


@rule(
    "weekday",
    # "past" alone is a preposition ("slips past Friday"); "this past Friday" is the last one
    r"(?:(?P<rel>(?i:last|next|this|coming|(?<=\b[Tt]his\s)past|previous))\s+)?(?P<wd>{FULLWEEKDAY})(?P<pl>s)?"
    r"(?:\s+(?P<p>{DAYPART})(?P<ppl>s)?)?(?!,?\s+(?:\d|{MONTH}))",
    priority=1,
    positional=True,
)
def weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """(on) Tuesday, last Friday, next Monday, Friday morning; "Mondays", "Tuesday nights" and
    the first of "Monday and Tuesday nights" are SETs."""
    number = words.weekday(m["wd"])
    part = lexicon().day_parts[words.key(m["p"])] if m["p"] else None
    shared = None if m["p"] else SHARED_PLURAL_PART.match(ctx.text, m.end())
    if shared:
        part = lexicon().day_parts[shared["p"].lower()]
    if m["pl"] or m["ppl"] or shared:
        return Found("SET", f"XXXX-WXX-{number}" + (f"T{part}" if part else ""))
    ref = ctx.ref_date
    if ref is None:
        return Found("DATE", f"XXXX-WXX-{number}")
    rel = words.key(m["rel"]) if m["rel"] else None
    before = ctx.text[max(0, m.start() - 5) : m.start()].lower()
    if rel == "previous" and before.endswith("the ") and ctx.anchor and ctx.anchor.granularity == "day":
        ref = ctx.anchor.date  # "the previous Friday": the one before the date last mentioned
    if rel in ("last", "past", "previous"):
        day = calendar.weekday_near(ref, number, "last")
    elif rel in ("next", "coming"):
        day = calendar.weekday_near(ref, number, "next")
    elif rel == "this":
        day = calendar.weekday_near(ref, number, "this")
    elif week := WEEK_AFTER.match(ctx.text, m.end()) or WEEK_BEFORE.search(
        ctx.text, max(0, m.start() - 30), m.start()
    ):
        shift = WEEK_SHIFT[" ".join(week["rel"].lower().split())]
        day = calendar.weekday_near(ref, number, "this") + dt.timedelta(weeks=shift)
    else:
        # "Wednesday's ruling": the verb before a possessive governs the noun, not the day
        possessive = ctx.text.startswith(("'s", "’s"), m.end())
        tense = ctx.tense(m.start(), m.end(), left_context=not possessive)
        day = calendar.weekday_near(ref, number, "future" if tense == "future" else "past")
    found = _point(ctx, day, "day")
    # "Friday evening", "Tuesday afternoon" take the part of the day, as "this evening" does
    # (TIMEX3: `…TEV`, `…TAF`); TimeBank values "Friday night" and "Tuesday morning" as the
    # day itself about as often as with `…TNI`/`…TMO`, so those stay the day (a DATE)
    if part in WEEKDAY_PARTS:
        found.type, found.value = "TIME", f"{found.value}T{part}"
    return _from_reference(found)


@rule(
    "nth_day_of",
    r"(?i:the)\s+(?P<o>{ORDINAL})\s+(?:(?i:straight|consecutive)\s+)?(?i:day)(?=\s+(?i:of|in|since)\b)",
    priority=1,
)
def nth_day_of(m: re.Match[str], ctx: Context) -> Found | None:
    """ "Today is the eighth day of the operation", "It's the second day of an offensive": the day
    the text speaks of (only after a present "is": "the first day of the month" names no day)."""
    if ctx.ref_date is None or not IS_BEFORE.search(ctx.text[max(0, m.start() - 6) : m.start()]):
        return None
    return _from_reference(_point(ctx, ctx.ref_date, "day"))


@rule("the_week", r"(?i:the)\s+(?i:week)(?![\w-])(?!\s+(?i:of|ended|ending)\b)", priority=0)
def the_week(m: re.Match[str], ctx: Context) -> Found | None:
    """ "For the week, the index fell": a week of the reference year, not said which."""
    ref = ctx.ref_date
    return Found("DATE", f"{ref.year:04d}-WXX" if ref else "XXXX-WXX")


@rule(
    "relative_unit",
    r"(?P<the>(?i:the)\s+)?(?P<rel>(?i:this\s+past|last|past|previous|preceding|prior|next|coming|this|"
    r"current|following|same|present|latest(?=\s+(?:fiscal\s+)?year)))\s+(?P<u>(?i:day|week|weekend|month|year|decade|century|quarter|"
    r"half(?!\s+of\b)|fiscal\s+year))(?![\w-])",
    priority=2,
    positional=True,
)
def relative_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """last week, next month, this year, the following day, the previous year, this weekend."""
    rel, unit = words.key(m["rel"]), words.key(m["u"]).replace("fiscal ", "")
    anchored = bool(m["the"]) and rel in ("following", "next", "previous", "preceding", "prior", "same")
    base = ctx.anchor.date if anchored and ctx.anchor else ctx.ref_date
    if unit == "day" and not anchored:
        return None
    if base is None:
        return Found("DATE", _unknown(unit))
    step = -1 if rel in LAST else 1 if rel in NEXT else 0
    if unit in ("decade", "century") and rel in ("past", "last", "next", "coming"):
        return Found("DURATION", words.duration(1, unit))
    if unit == "weekend":
        day = base + dt.timedelta(weeks=step)
        return _from_reference(week_found(day, weekend=True), not anchored)
    day = calendar.shift(base, unit, step)
    return _from_reference(_point(ctx, day, words.granularity(unit)), not anchored)


@rule(
    "earlier_this",
    r"(?P<el>(?i:earlier|later|early|late))\s+(?P<rel>(?i:this|last|next))\s+(?P<u>(?i:week|month|year|quarter))",
    priority=3,
)
def earlier_this(m: re.Match[str], ctx: Context) -> Found | None:
    """earlier this year, later this month, early next year, late last week."""
    ref = ctx.ref_date
    unit = words.key(m["u"])
    if ref is None:
        return Found("DATE", _unknown(unit))
    step = {"this": 0, "last": -1, "next": 1}[words.key(m["rel"])]
    found = _point(ctx, calendar.shift(ref, unit, step), words.granularity(unit))
    el = words.key(m["el"])
    found.mod = "START" if el == "early" else "END" if el == "late" else None
    return _from_reference(found)


@rule(
    "relative_month",
    r"(?P<rel>(?i:last|next|this|coming|past))\s+(?P<m>{FULLMONTH})",
    priority=2,
    positional=True,
)
def relative_month(m: re.Match[str], ctx: Context) -> Found | None:
    """last May, next January, this September."""
    ref = ctx.ref_date
    month_no = words.month(m["m"])
    if ref is None:
        return Found("DATE", f"XXXX-{month_no:02d}")
    rel = words.key(m["rel"])
    year = ref.year
    if rel in ("last", "past") and month_no >= ref.month - 1:  # the month just gone is "last month"
        year -= 1
    elif rel in ("next", "coming") and month_no <= ref.month:
        year += 1
    return _point(ctx, dt.date(year, month_no, 1), "month")


@rule(
    "season",
    r"(?:(?P<rel>(?i:last|this|next|past|coming))\s+)?(?P<s>{SEASON})(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}))?",
    priority=1,
    article=True,
    positional=True,
)
def season(m: re.Match[str], ctx: Context) -> Found | None:
    """this autumn, last fall, summer 2024, the spring."""
    code = lexicon().seasons[words.key(m["s"])]
    if m["y"]:
        return Found("DATE", f"{m['y']}-{code}")
    after = ctx.text[m.end() : m.end() + 12].split(None, 1)
    if after and after[0].lower().rstrip(",.;:") in lexicon().season_nouns:
        return None  # "the summer school", "next winter camp": a kind of course, no time
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower().split()
    if not m["rel"] and not (
        before
        and before[-1] in ("the", "in", "this", "during", "by", "until", "since", "early", "late", "mid")
    ):
        return None
    ref = ctx.ref_date
    if ref is None:
        return Found("DATE", f"XXXX-{code}")
    rel = words.key(m["rel"]) if m["rel"] else "this"
    relation = "last" if rel in ("last", "past") else "next" if rel in ("next", "coming") else "this"
    if relation == "this" and ctx.tense(m.start(), m.end()) == "future":
        relation = "coming"
    return Found("DATE", f"{calendar.season_year(code, ref, relation):04d}-{code}")


@rule(
    "season_set",
    r"(?:(?P<q>(?i:every|each))\s+(?P<s>{SEASON})(?![\w-])|(?P<rel>(?i:past|last|next|coming|previous|"
    r"following))\s+(?P<n>{NUM}|(?i:several|few))\s+(?P<s2>{SEASON})s)",
    priority=2,
    article=True,
    modifiable=True,
)
def season_set(m: re.Match[str], ctx: Context) -> Found | None:
    """every summer, each spring, the past three summers: seasons that recur (a SET, as TimeML
    writes them; a season has no duration unit)."""
    return Found("SET", f"XXXX-{lexicon().seasons[words.key(m['s'] or m['s2'])]}")


@rule(
    "ago",
    r"(?P<hf>(?i:half)\s+(?=(?i:an?)\s))?(?P<n>{NUM}|{VAGUE})[\s-]+(?P<u>{UNIT})(?:\s+(?i:or\s+so))?"
    r"[ \t]+(?P<dir>(?i:ago|earlier|later|from\s+now|hence|"
    r"(?:before|after)(?=\s*[.,;:)]|\s*$)))",
    priority=3,
    modifiable=True,
)
def ago(m: re.Match[str], ctx: Context) -> Found | None:
    """two days later, a year ago, five months earlier, three weeks from now, a week or so ago."""
    unit = words.unit(m["u"])
    amount = words.number(m["n"])
    direction = words.key(m["dir"])
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    granularity = words.granularity(unit)
    # "compared with a year earlier": figures compared with the same period a year before the
    # one reported on, not a year before the last date mentioned
    compared = direction == "earlier" and bool(COMPARED.search(ctx.text, max(0, m.start() - 14), m.start()))
    anchored = direction in ("later", "after", "earlier", "before") and not compared
    base = ctx.anchor if anchored and ctx.anchor else ctx.reference
    if amount is None and anchored:
        # "a few days later", "several weeks earlier": counted from a point of the narrative by an
        # unstated amount, so no date can be named; the expression is the span (as TimeML writes it)
        return Found("DURATION", words.duration(None, unit))
    if base is None:
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("hour", "minute", "second"):
        return None
    if amount is None:
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    derived = False
    quarter = ctx.recent_quarter(m.start())
    if unit == "year" and amount == 1 and direction in ("ago", "earlier") and quarter is not None:
        base, granularity, derived = quarter, "quarter", True
    elif anchored and base.granularity != "day" and granularity in ("day", "week"):
        base = ctx.reference or base
    times = int(lexicon().units.get(unit, {}).get("times", 1)) if unit == "fortnight" else 1
    if m["hf"]:
        halved = _halved(amount, unit, granularity)
        if halved is None:
            return None  # "half a day ago"
        amount, unit, granularity = halved
    day = calendar.shift(base.date, _shift_unit(unit), sign * int(amount * times))
    if granularity in ("decade", "century"):
        granularity = "year"
    found = _point(ctx, day, granularity)
    found.anchors = not derived
    return _from_reference(found, base is ctx.reference)


def _halved(amount: float, unit: str, granularity: str) -> tuple[float, str, str] | None:
    """Half of `amount` `unit`s as a whole number of that unit ("half a dozen years": 6 years) or
    else of months ("half a century": 600 months, "half a year": 6), with the granularity of the
    date it names; None when neither is whole ("half a day")."""
    amount /= 2
    if amount % 1 and unit in calendar.MONTHS:
        amount, unit = amount * calendar.MONTHS[unit], "month"
        granularity = "year" if amount % 12 == 0 else "month"
    if amount % 1:
        return None
    return amount, unit, granularity


def _shift_unit(unit: str) -> str:
    return {"fortnight": "day", "weekend": "week", "trading day": "day", "business day": "day"}.get(
        unit, unit
    )


# What follows "the day before": a gerund ("before returning") or an event ("before the crash").
_GERUND_OR_EVENT = re.compile(r"\s+(?:(?P<gerund>[a-z]+ing)\b|(?:the|his|her|its|their|a|an)\s+[a-z])")


@rule(
    "anchored_day",
    r"(?P<w>(?i:the\s+(?:same|previous|next|following)\s+day|the\s+day\s+(?:before|after)|that\s+day|"
    # a part of the day named last: "that night", "the previous evening", "the night before"
    r"(?:the\s+(?:previous|next|following)|that(?:\s+same)?)\s+(?:morning|afternoon|evening|night)|"
    r"the\s+night\s+before))(?![\w-])",
    priority=3,
    anchored=True,
)
def anchored_day(m: re.Match[str], ctx: Context) -> Found | None:
    """the following day, the day before, that day (relative to the last date mentioned)."""
    base = ctx.anchor or ctx.reference
    if base is None or base.granularity != "day":
        return None
    text = words.key(m["w"])
    step = -1 if ("previous" in text or "before" in text) else 0 if ("same" in text or "that" in text) else 1
    if text.startswith(("the day ", "the night ")) and text.endswith(("before", "after")):
        following = _GERUND_OR_EVENT.match(ctx.text, m.end())
        if following and following["gerund"]:
            return None  # "later in the day before returning home": a conjunction, not a date
        if following and ctx.anchor_at >= 0 and re.fullmatch(r",\s*", ctx.text[ctx.anchor_at : m.start()]):
            step = 0  # "Oct. 12, the day before the crash": the date just named, described
    found = _point(ctx, base.date + dt.timedelta(days=step), "day")
    part = next((p for p in ("morning", "afternoon", "evening", "night") if p in text.split()), None)
    if part:
        found.type, found.value = "TIME", f"{found.value}T{lexicon().day_parts[part]}"
    return found


@rule("reference", r"(?P<w>{REF})", priority=0)
def reference(m: re.Match[str], ctx: Context) -> Found | None:
    """now, currently, recently, the past, the future, soon."""
    value = lexicon().references[words.key(m["w"])]
    # "as soon as"; "most recently in August": an order among the events, the date follows it
    if AS_OR_MOST.search(ctx.text[max(0, m.start() - 5) : m.start()]):
        return None
    after = ctx.text[m.end() : m.end() + 12]
    if words.key(m["w"]) == "current" and not re.match(r"\s+[a-z]", after):
        return None
    if value == "PRESENT_REF" and re.search(r"(?i)\bthen[\s-]$", ctx.text[max(0, m.start() - 5) : m.start()]):
        return Found("DATE", "PAST_REF")  # "the then current price": present then, past now
    if any(w[:1].isupper() for w in m["w"].split()[1:]):
        return None  # a title: "The Future of Life"
    if words.key(m["w"]).startswith("the ") and re.match(r"\s+of\b", after):
        return None  # "the future of our peoples" is a subject, not a time
    return Found("DATE", value)


@rule(
    "year_end",
    r"(?P<w>(?i:year[\s-]end|mid[\s-]?year|year[\s-]earlier|year[\s-]ago|the\s+(?:full\s+|whole\s+|entire\s+|fiscal\s+)?year))"
    r"(?![\w-])(?!\s+{YEAR})",  # "the year 2000" is that year (the `year` rule)
    priority=0,
)
def year_end(m: re.Match[str], ctx: Context) -> Found | None:
    """year-end (this year, END), mid-year (MID), year-earlier / year-ago (last year), the year
    (this year)."""
    ref = ctx.reference
    if ref is None:
        return None
    text = words.key(m["w"])
    if text.endswith("end") or text.startswith("mid"):
        found = _point(ctx, ref.date, "year")
        found.mod = "MID" if text.startswith("mid") else "END"
        return found
    if text.startswith("the "):
        if re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() : m.end() + 8]):
            return Found("DURATION", "P1Y")  # "the year ended March 31": a reporting period
        return _point(ctx, ref.date, "year")
    quarter = ctx.recent_quarter(m.start())
    if quarter is not None:
        found = _point(ctx, calendar.shift(quarter.date, "year", -1), "quarter")
        found.anchors = False
        return found
    return _point(ctx, calendar.shift(ref.date, "year", -1), "year")


@rule(
    "weekend",
    r"(?P<rel>(?i:the|this|last|next|coming|past))\s+(?i:weekend)(?![\w-])",
    priority=2,
    positional=True,
)
def weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """the weekend, this weekend, last weekend."""
    ref = ctx.ref_date
    if ref is None:
        return Found("DATE", "XXXX-WXX-WE")
    rel = words.key(m["rel"])
    step = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
    if rel == "the" and ctx.tense(m.start(), m.end()) != "future" and ref.isoweekday() < 6:
        step = -1
    day = ref + dt.timedelta(weeks=step)
    return _from_reference(week_found(day, weekend=True))


@rule(
    "that_unit",
    r"(?:(?P<el>(?i:earlier|later))\s+)?(?i:that)\s+(?:(?i:same|very)\s+)?(?P<u>(?i:year|month|week|day))(?![\w-])",
    priority=2,
    positional=True,
    anchored=True,
)
def that_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """that year, later that month, that same day: the period of the last date mentioned."""
    anchor = ctx.anchor
    unit = words.key(m["u"])
    order = ("day", "week", "month", "year")
    if anchor is None or anchor.granularity not in order:
        return None
    if order.index(anchor.granularity) > order.index(unit):
        # a day of a month or year told only as a whole ("killed last October ... crossed out that
        # same day"): TIMEX3 leaves the unknown places unspecified, 1998-10-XX
        return _unspecified_part(anchor, unit)
    return _point(ctx, anchor.date, unit)


# The places of a TIMEX3 calendar date, coarse to fine.
DATE_PLACES = {"year": 0, "month": 1, "day": 2}


def _unspecified_part(anchor: Point, unit: str) -> Found | None:
    """A day or month within the anchor's month or year, its unknown places written X."""
    if anchor.granularity not in DATE_PLACES or unit not in DATE_PLACES:
        return None  # a week has no place in a calendar date
    unknown = DATE_PLACES[unit] - DATE_PLACES[anchor.granularity]
    return Found("DATE", calendar.format_value(anchor.date, anchor.granularity) + "-XX" * unknown)


@rule(
    "edge_of_unit",
    r"(?P<pos>(?i:the\s+(?:end|beginning|start|middle|close|turn)\s+of|(?:end|beginning|start|middle)\s+of))"
    r"\s+(?P<which>(?i:the|this|last|next))\s+(?P<u>(?i:year|month|week|quarter|decade|century))(?![\w-])"
    r"(?!\s+{YEAR})|(?P<ye>(?i:year['’]s\s+end|month['’]s\s+end))",
    priority=3,
)
def edge_of_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """the end of the month, the beginning of next year, year's end."""
    ref = ctx.ref_date
    if m["ye"]:
        unit, step, mod = ("year" if m["ye"].lower().startswith("year") else "month"), 0, "END"
    else:
        unit = words.key(m["u"])
        which = words.key(m["which"])
        step = {"the": 0, "this": 0, "last": -1, "next": 1}[which]
        pos = words.key(m["pos"])
        mod = "END" if ("end" in pos or "close" in pos) else "MID" if "middle" in pos else "START"
    if ref is None:
        return Found("DATE", _unknown(unit), mod=mod)
    found = _point(ctx, calendar.shift(ref, unit, step), words.granularity(unit))
    found.mod = mod
    return _from_reference(found)


@rule(
    "month_relative_year",
    r"(?P<m>{MONTH})(?:\s+(?P<d>{DAY}))?,?\s+(?:(?i:of)\s+)?(?P<rel>(?i:this|last|next))\s+(?i:year)(?![\w'’-])",
    priority=3,
    positional=True,
)
def month_relative_year(m: re.Match[str], ctx: Context) -> Found | None:
    """July last year, January this year, May 5 next year."""
    ref = ctx.ref_date
    month_no = words.month(m["m"])
    if ref is None:
        return Found("DATE", f"XXXX-{month_no:02d}")
    year = ref.year + {"this": 0, "last": -1, "next": 1}[words.key(m["rel"])]
    if m["d"]:
        date = calendar.safe_date(year, month_no, words.day(m["d"]))
        return _point(ctx, date, "day") if date else None
    return _point(ctx, dt.date(year, month_no, 1), "month")


@rule(
    "century",
    r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>{DAYORDINAL}))[\s-]+(?i:century)",
    priority=2,
    article=True,
    positional=True,
)
def century(m: re.Match[str], ctx: Context) -> Found | None:
    """the 20th century (TIMEX3 "19"), the 11th century, the twenty-first century (read out)."""
    number = int(m["n"]) if m["n"] else words.day(m["w"])
    if not 1 <= number <= 22:
        return None
    return Found("DATE", f"{number - 1:02d}")


@rule(
    "unit_before",
    r"(?i:the)\s+(?P<u>(?i:year|month|week|day))\s+(?P<dir>(?i:before|earlier|after|later))"
    r"(?=\s*[.,;:)]|\s*$)",
    priority=3,
    anchored=True,
)
def unit_before(m: re.Match[str], ctx: Context) -> Found | None:
    """the year before, the day after: one unit from the last date mentioned."""
    unit = words.key(m["u"])
    anchor = ctx.anchor
    order = ("day", "week", "month", "year")
    if (
        anchor is None
        or anchor.granularity not in order
        or order.index(anchor.granularity) > order.index(unit)
    ):
        return None
    step = -1 if words.key(m["dir"]) in ("before", "earlier") else 1
    return _point(ctx, calendar.shift(anchor.date, unit, step), unit)


# Japanese words for a day or year, by the date they count from and the step: 本日 today, 翌日 the
# day after the date just named, 昨年 last year, 来年度 next fiscal year (年度 valued as its year).
JA_RELATIVE = {
    "本日": ("ref", "day", 0), "今日": ("ref", "day", 0), "昨日": ("ref", "day", -1),
    "明日": ("ref", "day", 1),
    "同日": ("anchor", "day", 0), "翌日": ("anchor", "day", 1), "前日": ("anchor", "day", -1),
    "今年": ("ref", "year", 0), "本年": ("ref", "year", 0), "昨年": ("ref", "year", -1),
    "去年": ("ref", "year", -1),
    "来年": ("ref", "year", 1), "翌年": ("anchor", "year", 1),
    "今年度": ("ref", "fy", 0), "本年度": ("ref", "fy", 0), "昨年度": ("ref", "fy", -1),
    "前年度": ("ref", "fy", -1),
    "来年度": ("ref", "fy", 1), "翌年度": ("anchor", "fy", 1),
    "今月": ("ref", "month", 0), "先月": ("ref", "month", -1), "来月": ("ref", "month", 1),
}  # fmt: skip


@rule(
    "japanese_relative",
    r"(?P<w>" + "|".join(sorted(JA_RELATIVE, key=len, reverse=True)) + ")",
    priority=2,
    anchored=True,
)
def japanese_relative(m: re.Match[str], ctx: Context) -> Found | None:
    """本日, 同日, 翌日, 昨年, 来年度, 今月: counted from the reference date or the date just named."""
    base_kind, unit, step = JA_RELATIVE[m["w"]]
    point = ctx.anchor if base_kind == "anchor" else ctx.reference
    if point is None:
        return None
    if unit == "fy":  # a Japanese fiscal year starts in April, named by that year
        year = point.date.year - (1 if point.date.month < 4 and base_kind == "ref" else 0) + step
        return _from_reference(_point(ctx, dt.date(year, 1, 1), "year"), base_kind == "ref")
    if unit == "day" and point.granularity != "day":
        return None
    return _from_reference(_point(ctx, calendar.shift(point.date, unit, step), unit), base_kind == "ref")
