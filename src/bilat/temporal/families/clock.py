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
    # "Eastern Time (AEDT)": the abbreviation in brackets is the more specific, and wins
    bracket = re.search(r"\((\w+)\)\s*$", text)
    if bracket and bracket[1] in lex.zones:
        return lex.zones[bracket[1]]
    text = text[: bracket.start()] if bracket else text
    place = re.sub(r"(?i)\s*time\W*$", "", text.strip("() ")).strip().lower()
    place = " ".join(place.split())
    return lex.places.get(place)


@rule(
    "ampm",
    r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm))"
    r"|(?P<hw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?P<apw>(?i:a\.m\.?|p\.m\.?)))"
    r"(?!\w)" + TZ_TAIL,
    priority=3,
    modifiable=True,
)
def ampm(m: re.Match[str], ctx: Context) -> Found | None:
    """10 a.m., 12:00 PM JST, 7:15 p.m., four p.m. (read out)."""
    if m["hw"]:
        hour = int(words.number(m["hw"]) or 0) % 12 + (12 if m["apw"].lower().startswith("p") else 0)
        return _clock(hour, 0, m)
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


# a clock time (and its zone) just before: "10:35 a.m. (0735 GMT)", "3:30 p.m. EST (2030 GMT)"
RESTATED = re.compile(r"(?:\d|(?i:a\.m\.?|p\.m\.?|\bam|\bpm)|\b[A-Z]{1,3}T)\s*\(\s*$")


@rule(
    "hhmm_zone",
    r"(?<![\d:.,$])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s?(?P<tz>{ZONE})(?![\w])",
    priority=3,
    modifiable=True,
)
def hhmm_zone(m: re.Match[str], ctx: Context) -> Found | None:
    """1530 GMT, 0740 UTC: a wire-service clock time (never the year 1530); none where it restates
    the local time just told ("at 10:35 a.m. (0735 GMT)", which TimeBank leaves unannotated)."""
    if len(m["tz"].strip()) < 3 or RESTATED.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "1995 PT" (a company), or a restatement
    return _clock(int(m["h"]), int(m["mi"]), m)


@rule("noon", r"(?P<w>(?i:noon|midday|midnight))" + TZ_TAIL, priority=2, modifiable=True)
def noon(m: re.Match[str], ctx: Context) -> Found | None:
    """noon, midnight."""
    # midnight closes its day, as TimeML writes it ("midnight Friday" `…T24:00`)
    return _clock(24 if words.key(m["w"]) == "midnight" else 12, 0, m)


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


@rule(
    "day_part_in_focus",
    r"(?:(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s))(?i:the)\s+(?P<p>(?i:morning|afternoon|evening))"
    r"(?![\w-])(?!\s+(?i:of|after|before)\b)",
    priority=1,
)
def day_part_in_focus(m: re.Match[str], ctx: Context) -> Found | None:
    """ "buy orders in the morning", "up 70 points in the morning": the part of the day in focus
    (the date last named, else the reference day), waiting for its date as "late morning" does."""
    return Found("TIME", "", clock=f"T{lexicon().day_parts[words.key(m['p'])]}")
