"""Durations and sets: "for five years", "the past two months", "up to 5 years", "every two years"."""

from __future__ import annotations

import re

from bilat.temporal import words
from bilat.temporal.context import Context
from bilat.temporal.found import Found
from bilat.temporal.lexicon import lexicon
from bilat.temporal.rules import rule

QUANTITY_BEFORE = re.compile(
    r"(?i)(?:\d|once|twice|thrice|times|million|billion|percent|%|dollars|cents|yen|euros|pounds)\W*$"
)

MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|may|might|can|shall|should)\s+$")


@rule(
    "duration",
    r"(?:(?P<rel>(?i:past|last|next|first|coming|previous|final|following|remaining|latest|additional|"
    r"further|initial|ensuing|subsequent|recent|early|lost|year-earlier|year-ago|comparable|corresponding))\s+)?"
    # (a range "two to three", "10-15"; not the tens of a compound number: "forty-eight hours")
    r"(?:(?P<n0>{DIGITS}|{NUMWORD})(?:\s+(?i:to)\s+|(?<![tT][yY])\s*[-–]\s*"
    r"|(?<=[tT][yY])\s*[-–]\s*(?!(?i:one|two|three|four|five|six|seven|eight|nine)\b))(?=\w))?"
    r"(?:(?P<hf>(?i:half)\s+(?=(?i:an?)\s))?(?P<n>{NUM})(?P<h1>[\s-]+(?i:and)[\s-]+(?i:a)[\s-]+(?i:half))?|"
    r"(?P<v>{VAGUE})|(?:(?i:an?)\s+)?(?P<hu>(?i:half))(?=[\s-]+(?i:century|decade|hour)\b))"
    r"(?:\s+(?i:more|additional|full|straight|consecutive|extra))?"
    r"[\s-]+(?P<u>{UNIT})(?P<h2>\s+(?i:and)\s+(?i:a)\s+(?i:half))?(?P<tail>[\s-]+(?i:long|old|period|term))?(?![\w-])",
    priority=1,
    article=True,
    modifiable=True,
)
def duration(m: re.Match[str], ctx: Context) -> Found | None:
    """five years, the past two months, a 30-day period, several weeks, 2 1/2 hours, five-year,
    two and a half years, half a century, a half-hour, a minute and a half, two to three weeks,
    the year-earlier nine months (a reporting period)."""
    unit = words.unit(m["u"])
    if m["n"] is not None:
        amount = words.number(m["n"])
        if amount is None:
            return None
        if words.key(m["n"]) in ("a", "an") and (unit == "second" or words.key(m["u"]) != unit):
            return None  # "a second time" is an ordinal; in "a decades-long dispute", "a" is the noun's
        if m["u"].lower().startswith("quarter") and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
            return None  # "three-quarters of" is a fraction
        if words.key(m["n"]) in ("a", "an") and QUANTITY_BEFORE.search(
            ctx.text[max(0, m.start() - 20) : m.start()]
        ):
            return Found("SET", words.duration(1, unit))
        if (
            words.key(m["n"]) == "one"
            and unit == "day"
            and MODAL_BEFORE.search(ctx.text[max(0, m.start() - 8) : m.start()])
        ):
            return Found("DATE", "FUTURE_REF")  # "Islam will one day be": some day, not a day long
        if m["hf"]:
            amount *= 0.5  # "half a century", "half an hour", "half a dozen years"
    elif m["hu"]:
        amount = 0.5  # "the past half century", "a half-hour"
    else:
        amount = None
        rel = m["rel"] or (m["v"] if words.key(m["v"]).startswith("the next") else None)
        if unit == "quarter" and rel and not m["tail"]:
            return _vague_reference(rel)  # "the past several quarters", "the next few quarters"
    if m["tail"] and words.key(m["tail"]) == "old":
        return None  # an age ("a 44-year-old"), not a time span
    if amount is not None and (m["h1"] or m["h2"]):
        amount += 0.5  # "two and a half years", "a minute and a half"
    found = Found("DURATION", words.duration(amount, unit))
    if (m["hf"] or m["hu"]) and "." in found.value:
        return None  # "half a quarter": no whole smaller unit
    if m["n0"]:
        low = _lower_end(m, amount, unit)
        if low is None:
            return None
        found.value = low
    return found


def _lower_end(m: re.Match[str], amount: float | None, unit: str) -> str | None:
    """The value of a range of amounts ("two to three weeks", "10-15 years") by its lower end, as
    TimeBank does; None unless its lower end is a plain amount below the upper one ("3 to 5", not
    "5 to 3", "two to two and a half" or "half a to one")."""
    first = words.number(m["n0"])
    if first is None or amount is None or not first < amount or m["h1"] or m["h2"] or m["hf"]:
        return None
    return words.duration(first, unit)


@rule(
    "past_hour",
    r"(?P<rel>(?i:past|last|next|coming|previous))\s+(?i:hour)(?![\w-])",
    priority=2,
    article=True,
)
def past_hour(m: re.Match[str], ctx: Context) -> Found | None:
    """the past hour, the next hour: a span of one hour (not "the past" and a stray "hour"; "the
    last minute" is left alone, an idiom more often than a span)."""
    return Found("DURATION", "PT1H")


@rule("unit_long", r"(?P<u>{UNIT})-(?i:long)", priority=1)
def unit_long(m: re.Match[str], ctx: Context) -> Found | None:
    """day-long, year-long, decades-long: a span of one unit, or of several."""
    plural = words.key(m["u"]) != words.unit(m["u"])
    return Found("DURATION", words.duration(None if plural else 1, words.unit(m["u"])))


@rule(
    "plural_units",
    r"(?:(?P<rel>(?i:recent|coming|upcoming|future|past|next|previous|the\s+past|the\s+last|the\s+next))\s+)?"
    r"(?P<u>(?i:years|months|weeks|days|decades|centuries|quarters))"
    r"(?P<ahead>\s+(?i:ahead|to\s+come)(?!\s+(?i:of)\b))?(?![\w-])",  # "the weeks ahead", "in years to come"
    priority=0,
    article=True,
    modifiable=True,
)
def plural_units(m: re.Match[str], ctx: Context) -> Found | None:
    """years, recent months, the coming weeks: a duration of unstated length; future or coming
    quarters point ahead (FUTURE_REF), recent quarters back (PAST_REF)."""
    unit = words.unit(m["u"])
    if m["rel"] is None and not m["ahead"]:
        if unit == "quarter" or not re.search(
            r"(?i)\b(?:for|within|the|over)\s+$", ctx.text[max(0, m.start() - 8) : m.start()]
        ):
            return None
        return Found("DURATION", words.duration(None, unit))
    if unit == "quarter":
        return _vague_reference(m["rel"] or "coming")
    if m["rel"] and words.key(m["rel"]) in ("future", "upcoming"):
        return None  # "future earnings", "upcoming years": only quarters are counted so
    return Found("DURATION", words.duration(None, unit))


def _vague_reference(rel: str | None) -> Found:
    """An unstated number of quarters ("coming quarters", "the past several quarters"): TimeBank
    writes them as a point ahead of or before now, not as a span."""
    ahead = rel is not None and any(
        w in ("coming", "upcoming", "future", "next") for w in words.key(rel).split()
    )
    return Found("DATE", "FUTURE_REF" if ahead else "PAST_REF")


@rule(
    "every",
    r"(?P<q>(?i:every|each|per))\s+(?:(?P<n>{NUM}|(?i:other))\s+|(?P<v>(?i:few|several))\s+)?"
    r"(?P<u>{UNIT}|(?P<wd>{FULLWEEKDAY})|(?P<m>{FULLMONTH})|(?P<p>{DAYPART})(?![\w-]))",
    priority=2,
)
def every(m: re.Match[str], ctx: Context) -> Found | None:
    """every two years, each year, every Monday, each July, per day, every few years (`PXY`),
    every night (`XXXX-XX-XXTNI`)."""
    if m["p"]:
        if m["n"] or m["v"] or words.key(m["q"]) == "per":
            return None  # "every two nights", "$90 per night"
        return Found("SET", "XXXX-XX-XXT" + lexicon().day_parts[words.key(m["p"])])
    if m["v"]:
        return Found("SET", words.duration(None, words.unit(m["u"])))
    if m["wd"]:
        return Found("SET", f"XXXX-WXX-{words.weekday(m['wd'])}")
    if m["m"]:
        return Found("SET", f"XXXX-{words.month(m['m']):02d}")
    amount = 2.0 if m["n"] and words.key(m["n"]) == "other" else words.number(m["n"]) if m["n"] else 1.0
    return Found("SET", words.duration(amount or 1.0, words.unit(m["u"])))


@rule(
    "times_per",
    r"(?P<f>(?i:once|twice|thrice)|(?P<n>{NUM})\s+(?i:times))\s+(?i:a|an|per|every|each)\s+(?P<u>{UNIT})",
    priority=2,
)
def times_per(m: re.Match[str], ctx: Context) -> Found | None:
    """twice a year, three times a week."""
    return Found("SET", words.duration(1, words.unit(m["u"])))


@rule("frequency", r"(?P<w>{FREQ})", priority=1)
def frequency(m: re.Match[str], ctx: Context) -> Found | None:
    """daily, weekly, annually (adverbs; "quarterly results" is not a time expression).

    Before a noun only the unit adjectives the TempEval files annotate there are SETs: "daily",
    "weekly" (most of their occurrences), and "hourly", "monthly" with them ("average hourly
    earnings", "its monthly report"); "quarterly", "annual" before a noun are mostly not."""
    if (
        re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 3])
        and words.key(m["w"]) not in ("daily", "weekly", "hourly", "monthly")
        and not re.match(r"\s+basis\b", ctx.text[m.end() : m.end() + 7])  # "on a quarterly basis"
    ):
        return None
    return Found("SET", lexicon().frequencies[words.key(m["w"])])


@rule("another_unit", r"(?i:another)\s+(?P<u>{UNIT})(?![\w-])(?!\s+(?i:of)\b)", priority=1)
def another_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """ "we can wait another month": one more of the unit (`P1M`)."""
    unit = words.unit(m["u"])
    if m["u"].lower().endswith("s") or unit in ("quarter", "second"):
        return None  # "another years"; "another quarter point", "another second term"
    return Found("DURATION", words.duration(1, unit))


@rule("edge_hour", r"(?i:the)\s+(?i:first|final)\s+(?P<u>(?i:hour|hours))(?![\w-])", priority=1)
def edge_hour(m: re.Match[str], ctx: Context) -> Found | None:
    """ "in the first hour of trading", "the final hour", "the first hours of the war": how long
    the opening or closing stretch lasts (`PT1H`, `PTXH`)."""
    return Found("DURATION", "PTXH" if words.key(m["u"]) == "hours" else "PT1H")
