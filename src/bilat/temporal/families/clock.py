"""Times of day with optional zones: "12:00 PM JST", "17:00 CET (Paris time)", "10 p.m.", "noon"."""

from __future__ import annotations

import re

from bilat.temporal import words
from bilat.temporal.context import Context
from bilat.temporal.found import Found
from bilat.temporal.lexicon import lexicon
from bilat.temporal.rules import rule

TZ_TAIL = r"(?:\s*,?\s*(?P<tz>{TZ}))?"


def _clock(hour: int, minute: int, m: re.Match[str]) -> Found | None:
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    found = Found("TIME", "", clock=f"T{hour:02d}:{minute:02d}")
    found.zone = zone_of(m["tz"]) if m["tz"] else None
    return found


def zone_of(text: str) -> str | None:
    """The UTC offset ("+09:00") or IANA zone ("Europe/Paris") a zone mention names."""
    lex = lexicon()
    token = text.strip("() ").split()[0] if text.strip("() ") else ""
    if token in lex.zones:
        return lex.zones[token]
    place = re.sub(r"(?i)\s*time\W*$", "", text.strip("() ")).strip().lower()
    place = " ".join(place.split())
    return lex.places.get(place)


@rule(
    "ampm",
    r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm))(?!\w)" + TZ_TAIL,
    priority=3,
    modifiable=True,
)
def ampm(m: re.Match[str], ctx: Context) -> Found | None:
    """10 a.m., 12:00 PM JST, 7:15 p.m."""
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return _clock(hour, int(m["mi"] or 0), m)


@rule(
    "clock24",
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-4])(?::|h|\.(?=\d\d\s*(?:{ZONE}|(?i:hrs|h|uhr))))(?P<mi>[0-5]\d)"
    r"(?!\d|:\d|\.\d|\s*%)(?:\s*(?i:hrs|h|uhr))?" + TZ_TAIL,
    priority=3,
    modifiable=True,
)
def clock24(m: re.Match[str], ctx: Context) -> Found | None:
    """17:00 CET, 14h30, 09:30."""
    return _clock(int(m["h"]), int(m["mi"]), m)


@rule("noon", r"(?P<w>(?i:noon|midday|midnight))" + TZ_TAIL, priority=2, modifiable=True)
def noon(m: re.Match[str], ctx: Context) -> Found | None:
    """noon, midnight."""
    return _clock(0 if words.key(m["w"]) == "midnight" else 12, 0, m)


@rule(
    "oclock",
    r"(?P<h>{NUM})\s+(?:(?i:o'clock|o’clock)|(?i:in\s+the)\s+(?P<p>(?i:morning|afternoon|evening)))"
    + TZ_TAIL,
    priority=2,
    modifiable=True,
)
def oclock(m: re.Match[str], ctx: Context) -> Found | None:
    """four o'clock, 4 in the morning."""
    hour = words.number(m["h"])
    if hour is None or hour != int(hour) or not 1 <= hour <= 12:
        return None
    value = int(hour)
    if m["p"] and words.key(m["p"]) != "morning" and value < 12:
        value += 12
    return _clock(value, 0, m)


DAYPART_POSITIONS = {"mid": "MID", "early": "START", "late": "END"}


@rule(
    "positioned_day_part",
    r"(?P<pos>(?i:mid|early|late))(?:-|\s+)?(?P<p>(?i:morning|afternoon|evening))",
    priority=2,
)
def positioned_day_part(m: re.Match[str], ctx: Context) -> Found | None:
    """mid-afternoon, late morning, early evening: a part of the day waiting for its date."""
    found = Found("TIME", "", clock=f"T{lexicon().day_parts[words.key(m['p'])]}")
    found.mod = DAYPART_POSITIONS[words.key(m["pos"])]
    return found
