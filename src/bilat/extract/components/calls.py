"""Funding calls: a deadline (date, time and UTC offset where the text gives them), the programme
and funder it belongs to, and its maximum amount."""

from __future__ import annotations

import bisect
import functools
import re
from datetime import datetime
from typing import Any, NamedTuple

from bilat.extract.components.dates import is_calendar
from bilat.extract.doc import Doc, Mention
from bilat.extract.layout import NEW_BLOCK
from bilat.extract.local_time import local_time_offset
from bilat.extract.matching import doc_folded, folded_pattern
from bilat.extract.programme_uses import (
    WRAP_GAP,
    acronym_names_calls,
    acronym_uses,
    call_programme_name,
    is_acronym_name,
    phrase_list,
)
from bilat.extract.record import Call, MoneyValue, Program
from bilat.extract.registry import Component, component
from bilat.extract.resources import alternatives_longest_first, load_yaml, longest_first, yaml_words
from bilat.temporal.lexicon import lexicon
from bilat.temporal.zones import offset_for

# a key-dates label: "Full proposals close | 6 May", "Applications close: 5pm", "close – noon"; a
# labelled closing date: "Call closing: 31 January 2025", "Closing | 6 May", "Closing of the call:
# 10 April", "Close of call – 3 May"
_CLOSE_LABEL = (
    r"close(?=\s*[|:\u2013\u2014-]|\s+(?:\d|noon\b|midday\b|midnight\b))|"
    r"(?:closing|closure|close(?=[ \t]+of))(?:[ \t]+of[ \t]+(?:the[ \t]+)?calls?)?(?=[ \t]*[|:\u2013\u2014])"
)
# a labelled due date: "Pre-proposals due: 15 January", "Full proposals due | 6 May", "Reports due – 1 June"
_DUE_LABEL = r"due(?=[ \t]*[|:\u2013\u2014]|[ \t]+-[ \t])"
# a submission stage as a key-dates label: "Pre-proposals: 20 May", "| Full proposals | 12 August |",
# "Letters of intent – 1 March", "...; full proposals on 30 June" (the document due, not what
# happens to it: "Results of pre-proposals")
_STAGE_LABEL = (
    r"(?<!\w )(?<!\w)(?:(?:pre-?|full |outline |preliminary )(?:proposals?|applications?)|"
    r"letters? of intent|(?:expressions?|registrations?) of interest|concept notes?)"
    r"(?=[ \t]*[|:\u2013\u2014]|[ \t]+(?:on|by)[ \t]+\d)"  # "; full proposals on 30 June 2026"
)
# a labelled span of days to apply in: "Application period: 3 March – 4 April 2025" (it closes on the
# span's last day: `deadline_value`)
_PERIOD_LABEL = r"(?:application|submission|call) periods?(?=[ \t]*[|:\u2013\u2014])"
# the last day to apply as a key-dates label or in a sentence: "Last day to apply: 21 November",
# "the final day for submissions is 3 May", "Last date for receipt of proposals: 30 April"
_LAST_DAY = (
    r"(?:last|final) da(?:y|te) (?:to (?:apply|submit)|(?:for|of) (?:the )?"
    r"(?:receipt|submission|applications?|submissions?|proposals?|applying))"
)
# a modal "apply"/"submit" ... "until" a date: "Researchers may apply until 15 May 2025", "teams can
# submit their proposals until 3 June" (not "the rules apply until 2030": no modal, no day)
_MAY_APPLY_UNTIL = (
    r"(?:(?<=may )|(?<=can )|(?<=must )|(?<=should )|(?<=will ))(?:apply|submit)\b[^.;\n]{0,90}?\buntil"
    r"(?=[\s*_]+\d|[\s*_]+[a-z]+\s+\d)"
)
# a call open over a span of days, which it closes on the last of (`deadline_value`): "The call is
# open from 15 May to 15 July 2025", "applications will be open from 1 to 30 June"
_OPEN_FROM = r"(?:call|applications?|submissions?) (?:is |are |will be |remains? )?open from"
# an application or proposal named soon after a verb: what "register" registers ("register their
# national application": a call's stage, not a seat at an event)
_APPLICATION_AFTER = r"[^.;:\n]{0,40}?\b(?:applications?|proposals?)\b"
# an applicant's duty to file, lodge or send a proposal "by" a day: "Korean applicants must file the
# matching proposal with the NRF by 3 February", "partners should lodge a statement with X by ...";
# "by" on the same line, or the line (a hard-wrapped one) running on with no sentence's end
_MUST_FILE = (
    r"(?:(?<=must )|(?<=should )|(?<=must also )|(?<=should also ))"
    rf"(?:file|lodge|send|upload|register(?={_APPLICATION_AFTER}))\b(?=[^.;\n]{{0,90}}?(?:\bby\b|(?!.)))"
)
# "by Friday 24 October 2025, 17:00", "by October 24, 2025 at 5 pm": "by" a date with its hour
_BY_DATE_AND_HOUR = (
    r"by(?=[\s*_]+(?:[a-z]+day,?[\s*_]+)?(?:\d{1,2}[\s*_]+[a-z]+|[a-z]+[\s*_]+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"[\s*_]+\d{4},?[\s*_]+(?:at[\s*_]+)?\d{1,2}(?:[:.]\d\d|[\s]?[ap]\.?m))"
)

# what "applications must be" goes on to say of a deadline: how they are sent ("must be submitted",
# "must be electronically lodged", "must be in by ..."), not who leads them ("must be led by a ...")
_SENT = (
    r"(?:[a-z]+ly\s+)?(?:submitted|filed|lodged|received|sent|uploaded|made|delivered|registered|completed"
    r"|finali[sz]ed|entered|in|with)"
)

# a character of a clause that may wrap over a line break, but not into a blank line or a new list
# item ("German applicants submit their proposal to the agency" / "through its portal by" / "15 May")
_WRAPPED_CLAUSE = r"(?:[^.;\n]|\n(?![ \t]*(?:\n|[-*\u2022]|\d{1,2}[.)])))"

_MUST_BE_TAIL = rf"(?:must|should) (?:be(?=\s+{_SENT}\b|\s*$)|reach)"
_MUST_BE = rf"applications? {_MUST_BE_TAIL}"

DEADLINE = re.compile(  # whole words: "closest partners" states no deadline
    r"\b(?:deadlines?|closing dates?|closing on|closes|close on|close at|closed on|due by|due on|due dates?|"
    rf"submit(?:ted)? by|apply by|{_MUST_BE}|submissions?|"
    r"(?:are|is) due(?!\s+to\s)|"  # not "is due to be signed": a plan, no deadline
    r"applications? close|call closes|no later than|not later than|accepted (?:until|through|from)|"
    r"on or before(?=[\s*_]+(?:\d|[A-Z][a-z]+\s+\d))|"  # "submit ... on or before 30.04.2026"
    rf"received by|{_PERIOD_LABEL}|cut-?off(?: dates?)?|"
    r"open (?:for (?:applications|proposals|submissions) )?until|"
    r"accept(?:s|ing) (?:applications|proposals|submissions) until|"
    r"(?:received|submitted) (?:until|before)|"
    rf"{_CLOSE_LABEL}|{_DUE_LABEL}|{_STAGE_LABEL}|{_BY_DATE_AND_HOUR}|{_LAST_DAY}|"
    rf"{_MAY_APPLY_UNTIL}|{_OPEN_FROM}|{_MUST_FILE}|"
    rf"(?:submit(?:s|ted)?|apply|reach)\b{_WRAPPED_CLAUSE}{{0,90}}?\bby(?=[\s*_]+\d|[\s*_]+[A-Z][a-z]+\s+\d))\b",
    re.IGNORECASE,
)
CALL_CONTEXT = re.compile(r"\bcalls?\b|applicat|proposals?|funding|\bgrants?\b", re.IGNORECASE)
NOT_DEADLINE = re.compile(r"\b(?:results?|announce|start|begin|notif|decision|published)", re.IGNORECASE)
# The same patterns for the folded text (`folded_pattern`), several times faster. The deadline
# words are factored by their first letters (same strings as DEADLINE), which the regex engine
# scans much faster than a flat alternation.
_DEADLINE_FOLDED = folded_pattern(
    r"\b(?:d(?:eadlines?|ue (?:by|on|dates?))|c(?:los(?:ing dates?|ing on|es|e on|e at|ed on)|all closes)|"
    r"submi(?:t(?:ted)? by|ssions?)|"
    rf"a(?:pply by|pplications? (?:{_MUST_BE_TAIL}|close)|re due(?!\s+to\s)|"
    r"ccepted (?:until|through|from))|"
    rf"{_PERIOD_LABEL}|cut-?off(?: dates?)?|"
    r"is due(?!\s+to\s)|"
    r"no(?:t)? later than|received (?:by|until|before)|submitted (?:until|before)|"
    r"on or before(?=[\s*_]+(?:\d|[a-z]+\s+\d))|"
    r"open (?:for (?:applications|proposals|submissions) )?until|"
    r"accept(?:s|ing) (?:applications|proposals|submissions) until|"
    rf"{_CLOSE_LABEL}|{_DUE_LABEL}|{_STAGE_LABEL}|{_BY_DATE_AND_HOUR}|{_LAST_DAY}|"
    rf"{_MAY_APPLY_UNTIL}|{_OPEN_FROM}|{_MUST_FILE}|"
    rf"(?:submit(?:s|ted)?|apply|reach)\b{_WRAPPED_CLAUSE}{{0,90}}?\bby(?=[\s*_]+\d|[\s*_]+[a-z]+\s+\d))\b"
)
_CALL_CONTEXT_FOLDED = folded_pattern(CALL_CONTEXT.pattern)
# CALL_CONTEXT words bound to nothing, and the awards that a call may offer with no such word
# ("... doctoral scholarships ...; the portal closes on 4 April")
_CALL_CONTEXT_ANYWHERE = ("applicat", "proposal", "funding", "scholarship", "fellowship")
_CALL_WORD_FOLDED = folded_pattern(r"\bcalls?\b")  # its other words
# a numbered round, cycle or window that "is (now) open" ("open the 2026 competition"): a call page
# that never says "call"
_ROUND_OPEN = re.compile(
    r"\b(?:round|cycle|window|competition)(?: \d+| [a-z]+)? (?:is|are|has) (?:now )?(?:open|opened)\b|"
    r"\bopen(?:s|ed)? (?:the|its|their) (?:\d{4} |\d+(?:st|nd|rd|th) |next |new )?"
    r"(?:round|cycle|competition)\b"
)
_GRANT_WORD_FOLDED = folded_pattern(r"\bgrants?\b")  # "a round of small grants ... closes on"
_NOT_DEADLINE_FOLDED = folded_pattern(NOT_DEADLINE.pattern)
# Every match of _DEADLINE_FOLDED (of _NOT_DEADLINE_FOLDED) begins with one of these strings:
# `str.find` locates them far faster than the regex engine scans a text for its first letters.
_DEADLINE_PREFIXES = (
    "deadline",
    "clos",
    "due",
    "submi",
    "appl",
    "are due",
    "is due",
    "call closes",
    "accepted until",
    "accepted through",
    "accepted from",
    "call period",
    "cut",
    "accepting",
    "accepts",
    "no later",
    "on or before",
    "not later",
    "open ",
    "received by",
    "received until",
    "received before",
    "registration of",
    "registrations of",
    "reach",
    "file",
    "lodge",
    "send",
    "upload",
    "register",
    "by",
    "pre-p",
    "pre-a",
    "preproposal",
    "preapplication",
    "full p",
    "full a",
    "outline p",
    "outline a",
    "preliminary p",
    "preliminary a",
    "letter of",
    "letters of",
    "expression",
    "concept note",
    "last da",
    "final day",
    "call ",
)
_NOT_DEADLINE_PREFIXES = ("result", "announce", "start", "begin", "notif", "decision", "published")
_TIME = re.compile(
    r"(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?|AM|PM)?|(\d{1,2})\s*(a\.?m\.?|p\.?m\.?|AM|PM)|\b([Nn]oon|[Mm]idday)\b"
)


@functools.cache
def zones() -> dict[str, str]:
    """Time-zone abbreviation → UTC offset."""
    return dict(load_yaml("timezones.yaml").get("zones", {}))


def _call_context(folded: str) -> bool:
    """Whether the (folded) text mentions calls, applications, proposals or funding (what
    `_CALL_CONTEXT_FOLDED.search` tells: only "call" needs the regex, for its word boundaries)."""
    if any(word in folded for word in _CALL_CONTEXT_ANYWHERE):
        return True
    if any(phrase in folded for phrase in yaml_words("call_subjects.yaml", "call_page_phrases")):
        return True
    if "open" in folded and _ROUND_OPEN.search(folded) is not None:
        return True  # "Round 17 is now open", "the 2027 cycle is open"
    if "call" in folded and _CALL_WORD_FOLDED.search(folded) is not None:
        return True
    return "grant" in folded and _GRANT_WORD_FOLDED.search(folded) is not None


def match_starts(folded: str, pattern: re.Pattern[str], prefixes: tuple[str, ...]) -> list[int]:
    """The sorted offsets where `pattern` matches, for a pattern whose every match begins with one
    of `prefixes`: the starts of `pattern.finditer` and those of matches that overlap an earlier
    one (so a line holds one of them exactly when it holds a start of `finditer`, as long as no
    match runs across a line break)."""
    out: set[int] = set()
    for prefix in prefixes:
        at = folded.find(prefix)
        while at >= 0:
            if pattern.match(folded, at):
                out.add(at)
            at = folded.find(prefix, at + 1)
    return sorted(out)


def _lines(doc: Doc) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text)]


def deadline_lines(doc: Doc, block: int = 6) -> list[tuple[int, int]]:
    """Lines that state a deadline: with a deadline word, or listed under a "Deadlines" heading."""
    out: list[tuple[int, int]] = []
    # Where each pattern matches in the whole text (no match crosses a line break), then a lookup
    # per line, instead of a search per line.
    folded = doc_folded(doc)
    deadline_at = match_starts(folded, _DEADLINE_FOLDED, _DEADLINE_PREFIXES)
    if not deadline_at:  # no line has a deadline word, so none is under a deadline heading either
        return out
    other_at = match_starts(folded, _NOT_DEADLINE_FOLDED, _NOT_DEADLINE_PREFIXES)
    under_heading = 0
    for start, end in _lines(doc):
        line = doc.text[start:end]
        has_word = _starts_within(deadline_at, start, end)
        bullet = line.strip().startswith(("•", "-", "–", "*", "·"))
        other = _starts_within(other_at, start, end)
        if has_word or (under_heading > 0 and bullet and not other):
            out.append((start, end))
        elif under_heading > 0 and _labelled_item(line):
            out.append((start, end))  # "Round 2: 15 July 2026, ..." under "Application deadlines"
        if has_word and len(line.strip()) <= 40 and not doc.in_span("date", start, end):
            under_heading = block
        elif line.lstrip().startswith("#"):
            under_heading = 0  # a heading of its own ("## Timeline"): the deadlines' section ended
        elif under_heading and not line.strip().startswith(("•", "-", "–", "*", "·")) and len(line) > 120:
            under_heading = 0
        else:
            under_heading = max(0, under_heading - 1)
    return out


# A line listed under a deadlines heading with a short label of its own instead of a bullet
# ("Round 1: 31 January ...", "Second cut-off – 3 May ...", "Stage 2 (full proposals): ...")
_LABELLED = re.compile(r"[ \t]*([^\W\d][^:\n–—|]{0,30}?)[ \t]*(?::|[–—][ \t])[ \t]*\S")


# A table row whose first cell is a label ("| Pre-proposal | Monday 2 March 2026, 14:00 CLST |")
_TABLE_ROW = re.compile(r"[ \t]*\|[ \t]*([^\W\d][^|\n]{0,60}?)[ \t]*\|")


def _labelled_item(line: str) -> bool:
    """Whether a line is a labelled item, or a table row labelled by its first cell, whose label says
    nothing of results, starts or decisions (what follows the date may: "for stays beginning ...")."""
    label = _LABELLED.match(line) or _TABLE_ROW.match(line)
    return label is not None and NOT_DEADLINE.search(label.group(1)) is None


def _starts_within(starts: list[int], start: int, end: int) -> bool:
    """Whether some offset of the sorted list `starts` lies in [start, end)."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


# a clause's or sentence's end before more words (not the stop of "5 p.m. Pacific Time")
_CLAUSE_END = re.compile(r";[ \t]+[a-z]|(?<!\.[mM])\.[ \t]+[A-Z][a-z]")


def deadline_value(doc: Doc, date: Mention, line: tuple[int, int]) -> str:
    """The deadline as ISO 8601: date, plus time and offset when the text gives them. A span of
    days ("Application period: 3 March – 4 April 2025") closes on its last day."""
    value = str(date.attrs["value"])
    last = str(date.attrs.get("end_value") or "")
    if len(last) >= 10 and len(value) >= 10 and last[:10] > value[:10] and is_calendar(last[:10]):
        value = last
    day = value[:10]
    # (what follows the next date of the line is that date's: "Taiwan deadline 15 April 2026, 17:00
    # (Taipei time) · Czech deadline 27 March 2026, 12:00 CET" gives the first no CET)
    later = (d for d in _days_of(doc, line) if d.start >= date.end and str(d.attrs["value"])[:10] != day)
    stop = next((d.start for d in later), line[1])
    # (nor what follows the date's clause: "apply to AKA by 16:15 Finnish time on 8 April; the US
    # side submits to NSF by 5 pm local time on 22 April" gives the first no 5 pm)
    clause_end = _CLAUSE_END.search(doc.text, date.end, stop)
    stop = clause_end.start() if clause_end else stop
    rest = doc.text[date.end : stop]
    time = value[11:16] if len(value) > 10 and "T" in value else _time_in(rest)
    rest = doc.text[date.start : stop]
    if not time:  # "no later than 17:00 (CET) on 12 March"
        before = doc.text[max(line[0], date.start - _TIME_BEFORE_REACH) : date.start]
        time = _time_before(before)
        rest = before + rest if time else rest
    if not time or len(day) < 10:
        return day
    shared = _shared_zone(doc, rest)  # "IST" on an Israeli page: before the tagger's Indian reading
    if shared and not _written_offset(rest):
        return f"{day}T{time}{shared}"
    if len(value) > 16 and value[16] in "+-Z" and value[11:16] == time:  # the tagger's own offset
        return f"{day}T{time}{value[16:].replace('Z', '+00:00')}"
    offset = (
        _written_offset(rest)
        or _seasonal(_first_zone(rest), day, time)
        or local_time_offset(rest, day, f"T{time}")  # "13:00 (Irish time)", summer time included
    )
    return f"{day}T{time}{offset or ''}"


@functools.cache
def _written_offset_pattern() -> re.Pattern[str]:
    """A zone of `written_offsets` (timezones.yaml) and its numeric offset: "UTC-6", "GMT +5:30",
    "UTC−6" (a minus sign), "UTC+08:00"."""
    zones = longest_first(load_yaml("timezones.yaml").get("written_offsets") or []) or "UTC"
    return re.compile(rf"(?<![A-Za-z])(?:{zones})[ \t]?([+\-−–])[ \t]?(\d{{1,2}})(?:[:.]?(\d\d))?(?!\d)")


def _written_offset(text: str) -> str | None:
    """The UTC offset that `text` writes as a number after a zone ("UTC-6" → "-06:00"), or None."""
    if not any(c in text for c in "+-−–"):
        return None
    match = _written_offset_pattern().search(text)
    if match is None or int(match.group(2)) > 14 or int(match.group(3) or 0) >= 60:
        return None
    sign = "+" if match.group(1) == "+" else "-"
    return f"{sign}{int(match.group(2)):02d}:{match.group(3) or '00'}"


_CLOCK = r"(?:\d[:.]\d\d|\d[ \t]*[ap]\.?m\.?|\b[Nn]oon|\b[Mm]idday|\b[Mm]idnight)"  # a clock time's end


@functools.cache
def _zone_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    """Each time zone (longest first) with the pattern that finds it as a word, and its offset."""
    ordered = sorted(zones().items(), key=lambda z: -len(z[0]))
    out = [
        (zone, re.compile(r"(?<![A-Za-z])" + re.escape(zone) + r"(?![A-Za-z])"), off) for zone, off in ordered
    ]
    # a zone whose abbreviation is also another thing's ("GST", "ICT") only right after a clock time
    for zone, off in (load_yaml("timezones.yaml").get("clock_zones") or {}).items():
        out.append((zone, re.compile(_CLOCK + r"[ \t]*\(?[ \t]*" + re.escape(zone) + r"(?![A-Za-z])"), off))
    return out


def _seasonal(zone: str | None, day: str, time: str) -> str | None:
    """A zone's offset on the deadline's day: a zone that keeps summer time ("ET", "Eastern Time")
    is given by its IANA name, whose offset the day decides."""
    if zone is None or "/" not in zone:
        return zone
    return offset_for(zone, day, f"T{time}")


def _first_zone(text: str) -> str | None:
    """The offset of the zone written first in `text` (the longest at one place): "14:00 CLST | 18:00
    CET" is Chile's time, whatever zone a later cell gives for the other side."""
    first = _first_zone_named(text)
    return first[1] if first else None


def _first_zone_named(text: str) -> tuple[str, str] | None:
    """The zone written first in `text` and its offset (see `_first_zone`)."""
    best: tuple[int, str, str] | None = None
    for zone, found, off in _zone_patterns():  # longest first: a tie keeps the longer zone
        if zone not in text:
            continue
        match = found.search(text)
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), zone, off)
    return (best[1], best[2]) if best else None


def _shared_zone(doc: Doc, text: str) -> str | None:
    """The offset of a zone abbreviation that several countries use (`shared_abbreviations` in
    timezones.yaml) when it is the zone written first in `text` and the document names exactly one
    of its other countries and never its first one; else None (the usual offset applies)."""
    shared: dict[str, dict[str, str]] = load_yaml("timezones.yaml").get("shared_abbreviations") or {}
    if not any(abbreviation in text for abbreviation in shared):
        return None
    first = _first_zone_named(text)
    if first is None or first[0] not in shared:
        return None
    countries = shared[first[0]]
    named = doc.data.get("country_counts") or {}
    usual = next(iter(countries))
    others = {countries[code] for code in countries if code != usual and named.get(code)}
    if named.get(usual) or len(others) != 1:
        return None
    return others.pop()


# A time of day alone, which the tagger dates to the reference day: no deadline's date.
_CLOCK_ONLY = re.compile(r"(?i)\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)\s*$")
# A time of day with its zone alone ("the application deadline is 16:15 EEST (UTC+3)", "5pm NZST"):
# the tagger dates it to some day named before; see `_restated_time`.
_CLOCK_AND_ZONE = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[APap]\.?[Mm]\.?)\s*[A-Z]{2,5}\s*$")
_TIME_BEFORE_REACH = 70  # how far before a deadline's date its time may stand
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)"
# A zone's name in words, maybe with its abbreviation: "Japan Standard Time", "Australian Central
# Daylight Time (ACDT)"
_ZONE_NAME = r"(?:[A-Z][a-z]+[ \t]+){1,4}Time(?:[ \t]*\([A-Z]{2,5}\))?"
# "17:00 (CET) on", "23:59 (UTC+8) on", "5pm NZST, Thursday", "noon Brussels time,", "17:30 Turkish
# time (UTC+3) on"
_TIME_THEN_DATE = re.compile(
    rf"\s*(?:[A-Z]{{2,4}}\b|[A-Z]\w+ time|{_ZONE_NAME})?"
    r"\s*(?:\([A-Za-z][A-Za-z0-9 +:.\u2212\u2013-]{1,30}\))?"
    rf"\s*(?:on|,)?\s*(?:{_WEEKDAY},?\s*)?$"
)


def _time_before(text: str) -> str | None:
    """The time that `text` ends with, but for a zone and "on" ("17:00 (CET) on "), or None."""
    for match in reversed(list(_TIME.finditer(text))):
        if _TIME_THEN_DATE.match(text, match.end()):
            return _time_in(text[match.start() :])
    return None


def _time_in(text: str) -> str | None:
    match = _TIME.search(text[:40])
    if not match:
        return None
    if match.group(6):  # "noon", "midday"
        return "12:00"
    if match.group(1):
        hour, minute, meridiem = int(match.group(1)), int(match.group(2)), match.group(3)
    else:
        hour, minute, meridiem = int(match.group(4)), 0, match.group(5)
    if meridiem and meridiem.lower().startswith("p") and hour < 12:
        hour += 12
    if meridiem and meridiem.lower().startswith("a") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _nearest_name(items: list, position: int, long_names: int = 0, text: str = "") -> str | None:
    """The name of the item mentioned last before `position`: its acronym, unless its own name
    has at most `long_names` words (a programme's short name is what calls are known by); with the
    `text`, the acronym it uses most (`_used_acronym`)."""
    nearest = _nearest_item(items, position)
    if nearest is None:
        return None
    used = _used_acronym(nearest[0], text) if text else None
    return used or _short_name(nearest[0], long_names)


def _used_acronym(item: Any, text: str) -> str | None:
    """The acronym by which `text` names an item most often, None when it names it by none: "NSTC
    (formerly MOST)" is the NSTC, the SNSF is no "FNS" on an English page, and "CNPq" an acronym
    though written with a small letter (two capitals or more, no space). A compound acronym counts
    the uses of its parts too ("DOST-PCAARRD", then "PCAARRD": the compound)."""
    counts: dict[str, int] = {}
    for start, end in item.spans:
        written = text[start:end]
        shaped = is_acronym_name(written) and written[:1].isupper() and len(written.split()) == 1
        if shaped and (written == item.name or written in item.aliases):
            counts[written] = counts.get(written, 0) + 1
    for compound in [a for a in counts if "-" in a]:
        counts[compound] += sum(counts.get(part, 0) for part in compound.split("-"))
    return max(sorted(counts), key=lambda a: counts[a]) if counts else None


def _nearest_item(items: list, position: int) -> tuple[Any, int] | None:
    """The item mentioned last before `position` (the first of the list on a tie) and the start of
    that mention, or None."""
    best, last = None, -1
    for item in items:
        for start, _ in item.spans:
            if last < start <= position:
                best, last = item, start
    return None if best is None else (best, last)


def _short_name(best: Any, long_names: int) -> str:
    """An item's acronym, unless its own name has at most `long_names` words."""
    if len(str(best.name).split()) <= long_names:
        return str(best.name)
    short = sorted(a for a in best.aliases if a.isupper() and " " not in a)  # sorted: not hash order
    return str(short[0] if short else best.name)


def _longest_name(doc: Doc, label: str) -> str:
    """The longest name the text gives the programme called `label` ("PHC SAKURA" for "PHC"); its
    full name for an acronym that never names a call ("... Fund (ISPF)", not "the ISPF call")."""
    group = next((g for g in doc.data.get("programmes", []) if label in {g.name, *g.aliases}), None)
    names = sorted({group.name, *group.aliases}) if group else [label]
    name = call_programme_name(doc.text, label, names)
    if name != label and name.startswith(label + " ") and _in_capital_lines_only(doc.text, name):
        name = label  # "INDNOR JOINT CALL ON ..." in a heading written in capitals: no longer name
    if name == label and group is not None and not is_acronym_name(label):
        return _specific_form(doc.text, label, names)
    if name != label or group is None or not is_acronym_name(label):
        return name
    full = _defined_full_name(doc.text, label, names)
    if full and full.isupper():
        return name  # spelled out only in a heading in capitals: the prose goes by the acronym
    if not full or acronym_names_calls(doc.text, label) or _acronym_used_alone(doc.text, label, full):
        return name
    return full


def _acronym_used_alone(text: str, acronym: str, full: str) -> bool:
    """Whether the text, having defined `acronym` ("Full Name (ACR)"), goes on to use it by itself
    ("ACR supports teams ...", "under the ACR programme"): the programme, and so its calls, then
    go by the acronym. A use in brackets is a definition, not a use by itself; a page whose title
    (or the heading right after it) spells the full name out is the programme's own page, which
    goes by that name (a title and the heading after it)."""
    # (a trail of links above the title is none)
    head = text[_breadcrumb_end(text) :].lstrip()[: 2 * _TITLE_MAX].split("\n", 2)[:2]
    if any(full in " ".join(line.split()) for line in head if len(line) <= _TITLE_MAX):
        return False
    return any(text[start - 1 : start] != "(" for start, _ in acronym_uses(text, acronym))


# A strand of a scheme named after a colon: "Catalyst: Strategic" of the Catalyst Fund
_STRAND = re.compile(r"[ \t]*:[ \t]+[A-Z]")


def _specific_form(text: str, label: str, names: list[str]) -> str:
    """The form of a programme's name that the text itself gives a call when it is more specific
    than `label`: the partners' prefix before the whole name ("JSPS-CNR Bilateral Joint Research
    Projects" of "Bilateral Joint Research Projects") or a strand after a colon ("Catalyst:
    Strategic" of "Catalyst Fund"); the longest such name that stands in the text, else `label`.
    An owner's possessive ("KIAT's ...") or a pair of schemes ("Projects/Seminars") is no form."""
    first = label.split()[0]
    forms = [
        name
        for name in names
        if len(name) > len(label)
        and "/" not in name
        and "'s " not in name
        and "\u2019s " not in name
        and (
            (name.endswith(" " + label) and _names_partners(name[: -len(label)]))
            or (name.startswith(first) and _STRAND.match(name, len(first)) is not None)
        )
        and name in text
    ]
    return max(forms, key=lambda n: (len(n), n)) if forms else label


def _names_partners(prefix: str) -> bool:
    """Whether the words before a programme's name are a name of their own ("JSPS-CNR", "UK–Korea"):
    each capitalised, the first no function word ("The", "Its")."""
    words = prefix.split()
    return (
        bool(words)
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and words[0].casefold() not in phrase_list("function_words")
    )


def _in_capital_lines_only(text: str, name: str) -> bool:
    """Whether every use of `name` stands in a line written all in capitals (a heading such as
    "CALL FOR PROPOSALS: ACR JOINT CALL"), where a capitalised word after an acronym is no name."""
    at = text.find(name)
    if at < 0:
        return False
    while at >= 0:
        line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
        if line != line.upper():
            return False
        at = text.find(name, at + len(name))
    return True


def _defined_full_name(text: str, acronym: str, names: list[str]) -> str | None:
    """The name of `names` that the text defines `acronym` by: "Full Name (ACR)" (its words may wrap)."""
    if f"({acronym})" not in text:
        return None  # (a quick test: the pattern ends with the acronym in brackets)
    for name in sorted(names, key=len, reverse=True):
        words = r"\s+".join(map(re.escape, name.split()))
        if name != acronym and re.search(rf"{words}\s*\({re.escape(acronym)}\)", text):
            return " ".join(name.split())
    return None


def _call_programme(doc: Doc, position: int, funder: str | None = None) -> str | None:
    """The short name of the programme a deadline at `position` belongs to: the one the page's
    title names, else the call's own name for the closing date in the facts box of an opportunity's
    own page, else the one the text gives the call's funder ("applies to JST under its X"),
    else the call's own name when the page is the opportunity's own page, else the one mentioned
    last before it, else (when no name of the call's own stands before it: `named_call_span`) the
    first one named after it in the same paragraph ("Applications close on ... The call is part of
    the X Programme."). A programme named only as where money comes from ("paid from the X Fund")
    yields to any other."""
    titled, programmes = _owners(doc)
    stated = _stated_programme(doc, programmes)
    if stated is not None:
        return _short_name(_narrower_scheme(doc, position, stated, programmes), 3)
    if titled is not None:
        named = funder and _named_by_funder(funder, titled, programmes)
        return _short_name(named or _narrower_scheme(doc, position, titled, programmes), 3)
    own = _own_name(doc)
    if own is not None and _in_facts_box(doc.text, position):
        return own  # the page's own closing date: its call, whatever programme a funder brings
    funded = funder and _funder_programme(doc, funder, programmes)
    if funded:
        return _short_name(funded, 3)
    if own is not None:
        return own
    local = _local_programme(doc, position, programmes)
    if local is not None:
        return local
    item = _item_start(doc.text, position)
    paired = funder and _paired_programme(
        [p for p in programmes if any(s >= item for s, _ in p.spans)], funder
    )
    if paired:
        return _short_name(paired, 3)
    nearest = _nearest_item([p for p in programmes if not _owned_by_other(doc, p, funder)], position)
    if nearest is not None and nearest[1] >= item:  # (one named in an earlier item of a newsletter: its own)
        before, last = _short_name(nearest[0], 3), nearest[1]
        own_names = call_names(doc.text, max(last + 1, position - _NAMED_CALL_REACH), position)
        return own_names[-1][1] if own_names else before  # the call's own name stands nearer
    if _named_call_at(doc, position) is not None:
        return None  # the call's own name before it ("Canada–Korea X Joint Call — FAQ"), not a
        # programme named further on ("... the risk form under the National Security Guidelines")
    return _programme_after(doc, position, programmes)


def _named_by_funder(funder: str, titled: Any, programmes: list[Any]) -> Any | None:
    """On a page whose title names a programme, the programme that bears the name of a deadline's
    funder when the title's does not ("JSPS Bilateral Joint Research Projects" for the deadline of
    Japanese applicants to JSPS on a page about the partner academy's "Mobility Plus Projects");
    else None."""
    if _funder_word_names(funder, titled):
        return None
    return next((p for p in programmes if _funder_word_names(funder, p)), None)


def _funder_word_names(funder: str, programme: Any) -> bool:
    """Whether a name of `programme` of three words at least opens with the word `funder`."""
    return any(
        len(words) >= 3 and words[0] == funder
        for words in (str(name).split() for name in (programme.name, *programme.aliases))
    )


_SCHEME_REACH = 1500  # how far before a deadline a programme's own scheme may be named


def _narrower_scheme(doc: Doc, position: int, owner: Any, programmes: list[Any]) -> Any:
    """The scheme of `owner` that a deadline at `position` belongs to: the programme named last
    before the deadline (within `_SCHEME_REACH`), when its name is one of the owner's names and more
    words ("the X Partnership Grants round opens ... The deadline is ..." on a page about the X
    programme); else `owner` itself."""
    mentions = [
        (start, end, p)
        for p in programmes
        for start, end in p.spans
        if position - _SCHEME_REACH <= start <= position
    ]
    if not mentions:
        return owner
    _, _, nearest = max(mentions, key=lambda m: (m[0], m[1]))  # the longest name of the last start
    owned = {" ".join(str(n).split()) + " " for n in (owner.name, *owner.aliases)}
    names = {" ".join(str(n).split()) for n in (nearest.name, *nearest.aliases)}
    if any(n.startswith(o) for n in names for o in owned):
        return nearest
    return _paragraph_topic(doc, position, owner, programmes) or owner


def _paragraph_topic(doc: Doc, position: int, owner: Any, programmes: list[Any]) -> Any | None:
    """The programme that the first sentence of a deadline's paragraph is about, in a paragraph that
    never names `owner` ("Separately, the X Grants of ... fund stays ... the next cut-off date is
    ..." on a page about another programme); else None."""
    para = doc.text.rfind("\n", 0, position) + 1
    end = doc.text.find("\n", position)
    end = len(doc.text) if end < 0 else end
    if any(para <= s < end for s, _ in owner.spans):
        return None
    first = doc.sentence_of(para)[1]
    if first >= position:
        return None  # the deadline's own sentence opens the paragraph: no topic before it
    topics = [(s, p) for p in programmes for s, _ in p.spans if para <= s < first and p is not owner]
    return min(topics, key=lambda t: t[0])[1] if topics else None


# A rule line that ends one item of a newsletter or bulletin ("=====", "-----", "_____")
_RULE_LINE = re.compile(r"^[ \t]*([=_\-*~])\1{4,}[ \t]*$", re.MULTILINE)


def _item_start(text: str, position: int) -> int:
    """Where the item of a newsletter that `position` stands in begins: after the last rule line
    before it, else 0."""
    start = 0
    for match in _RULE_LINE.finditer(text, 0, position):
        start = match.end()
    return start


# An owner that a proposal goes to right before a programme's name: "(submit to) the DFG in its | X"
# (the owner's name in the first group). ("under TÜBİTAK's X" is a joint call's programme, either
# side's.)
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w&.-]*)[ \t\n]+in[ \t\n]+its[ \t\n]+$")


def _owned_by_other(doc: Doc, programme: Any, funder: str | None) -> bool:
    """Whether the text names the programme only as the own scheme of an organisation other than
    the call's funder ("submit to the DFG in its X programme" for a call that another agency funds):
    each of its mentions right after another organisation's name and "in its"."""
    if funder is None or not programme.spans:
        return False
    orgs = {n for o in _call_orgs(doc) for n in (o.name, *o.aliases)}
    for start, _ in programme.spans:
        owner = _OWNER_BEFORE.search(doc.text, max(0, start - 40), start)
        if owner is None or owner.group(1) == funder or owner.group(1) not in orgs:
            return False
    return True


# A name that opens with a pair of partners joined by a dash or slash: "ETAG–JSPS Bilateral Programme"
_PAIRED_NAME = re.compile(r"([A-Z][\w.&]*)[\u2010\u2011\u2013\u2014/-]([A-Z][\w.&]*)[ \t]+[A-Z]")


def _paired_programme(programmes: list[Any], funder: str) -> Any | None:
    """The one programme whose name pairs the call's funder with a partner ("ETAG–JSPS Bilateral
    Programme" for a call funded by JSPS): the joint programme the call belongs to, over another
    programme named nearer the deadline only as background ("researchers who hold an X grant may
    join"); None when no programme or several do."""
    paired = [
        p
        for p in programmes
        if any((m := _PAIRED_NAME.match(str(n))) and funder in m.groups() for n in {p.name, *p.aliases})
    ]
    return paired[0] if len(paired) == 1 else None


def _programme_after(doc: Doc, position: int, programmes: list[Any]) -> str | None:
    """The short name of the first programme named after a deadline at `position` in its own
    paragraph, which the deadline belongs to when none is named before it ("Applications close on
    ... The call is part of the X Programme.", "... run under the X Initiative"): the paragraph
    runs on through the body of a heading that gives the deadline ("## Joint call, deadline 12
    March"), and stops at the next list item; None when no programme is named there."""
    end = doc.text.find("\n\n", position)
    end = len(doc.text) if end < 0 else end
    if _HEADING_AT.match(doc.text, doc.text.rfind("\n", 0, position) + 1):
        end = _section_body_end(doc.text, end)  # "## Joint call, deadline 12 March": its body names it
    item = _NEXT_ITEM.search(doc.text, position, end)  # a list item is a paragraph of its own
    end = item.start() if item else end
    after = [(s, p) for p in programmes for s, _ in p.spans if position <= s < end]
    return _short_name(min(after, key=lambda a: a[0])[1], 3) if after else None


# A call named by the last words of its programme's name: "the next Partnership Fund call", "the
# Mobility Grants round closes" (the words right before "call", "round", "cycle" ...)
@functools.cache
def _call_by_name() -> re.Pattern[str]:
    """Up to four capitalised words, maybe "joint", and a word of `call_round_words`."""
    rounds = longest_first(yaml_words("programme_phrase_words.yaml", "call_round_words"))
    return re.compile(rf"((?:[A-Z][\w'’&-]*[ \t]+){{1,4}})(?:joint[ \t]+)?(?:{rounds or '(?!)'})\b")


def _funding_named(words: str) -> str | None:
    """The words before a deadline's "call" when they name a scheme of their own that no programme
    found matches ("A first SAFIR Seed Grant call will ... close on", "the 2026 Ocean Fellowships
    round closes"): two words at least (function words dropped) that end with a funding head
    (name_kinds.yaml `funding_heads`); else None."""
    names = words.split()
    while names and names[0].casefold() in phrase_list("function_words"):
        names = names[1:]
    if len(names) < 2 or names[-1] not in yaml_words("name_kinds.yaml", "funding_heads"):
        return None
    return " ".join(names)


# A name given its kind in apposition: "Korea-Canada Photonics Pathways, a new joint programme", "the
# Nordic Ocean Grants, a scheme run by ..." (capitalised words, a comma, "a"/"an" and a kind word)
@functools.cache
def _name_apposition() -> re.Pattern[str]:
    """Capitalised words, a comma, "a" or "an", up to two lower-case words and a word of `call_kind_words`."""
    kinds = longest_first(yaml_words("programme_phrase_words.yaml", "call_kind_words"))
    return re.compile(
        r"((?:[A-Z][\w'’&.]{0,40}(?:[ \t-]|[‐-—])){0,6}[A-Z][\w'’&.]{0,40})[ \t]*,[ \t\n]+an?[ \t\n]+"
        rf"(?:[a-z-]+[ \t\n]+){{0,2}}(?:{kinds or '(?!)'})\b"
    )


# A heading line of a section: all in capitals (with at least two words), or a Markdown heading
_HEADING_LINE = re.compile(r"^[ \t#*]*(?:\d{1,2}[.)][ \t]+)?([^\na-z]{8,160})[ \t*]*$", re.MULTILINE)
_SECTION_REACH = 3000  # how far back a deadline's section heading may stand


def _local_programme(doc: Doc, position: int, programmes: list[Any]) -> str | None:
    """The programme a deadline's own surroundings name: a known programme that the deadline's
    sentence calls by its last words ("the next Partnership Fund call closes on ..."), else a name
    given in apposition in the deadline's paragraph before it ("X, a new joint programme. Its first
    call ... closes on ..."), else a programme named in the heading (written in capitals) of the
    section the deadline stands in ("2. CALL OPEN: X GRANTS 2025"); None if none."""
    sentence = doc.sentence_of(position)
    for match in _call_by_name().finditer(doc.text, sentence[0], position):
        words = " ".join(match.group(1).split())
        if len(words.split()) < 2 and not words.isupper():
            continue
        ending = [  # the longest name the words end: "X-Y Water Programme" over "Water Programme"
            (len(name), name, programme)
            for programme in programmes
            for name in {programme.name, *programme.aliases}
            if name == words or name.endswith(" " + words)
        ]
        if ending:
            _, name, programme = max(ending, key=lambda e: (e[0], e[1]))
            return _short_name(programme, 3) if name == words else str(name)
        own = _funding_named(words)
        if own is not None:
            return own
    para = doc.text.rfind("\n\n", 0, position)
    para = 0 if para < 0 else para
    named = [m for m in _name_apposition().finditer(doc.text, para, position) if len(m.group(1).split()) >= 2]
    if named:
        return " ".join(named[-1].group(1).split())
    heading = None
    for match in _HEADING_LINE.finditer(doc.text, max(0, position - _SECTION_REACH), position):
        if len(match.group(1).split()) >= 2 and any(c.isalpha() for c in match.group(1)):
            heading = match
    if heading is None:
        return None
    title = " ".join(heading.group(1).split()).casefold()
    found = [
        p
        for p in programmes
        if any(len(n) > 6 and " ".join(n.split()).casefold() in title for n in {p.name, *p.aliases})
    ]
    return str(found[0].name) if len(found) == 1 else None


# A call's own name, for a call that no programme owns. Three wordings: a pair of partners joined
# by a dash, then "Joint Call" with its year or topic ("Czech–Israeli Joint Call on Artificial
# Intelligence", "UK-Japan Joint Call 2026"), a heading that opens with "Open call:" or "New call:"
# and gives the name ("## Open call: Danish–Brazilian bioenergy projects 2026"), and a coined name
# set off after a described joint call ("the first Dutch-Chilean joint call on ocean energy, NL-CL
# Wave, opens ...").
_CAP = r"[A-Z][\w.+]*"
# a name starts at no word that a dash or slash joins to the one before ("Chile–Norway Joint Call"
# is no "Norway Joint Call")
_NAME_START = r"(?<![\w\u2010\u2011\u2013\u2014/-])"
# a topic's last word ends there: "Call 2026 for Swiss-Brazilian research" names no topic "Swiss"
_WORD_END = r"(?![\w\u2010\u2011\u2013\u2014/-])"
_JOINT_CALL_NAME = re.compile(
    rf"{_NAME_START}{_CAP}(?:[\u2010\u2011\u2013\u2014/-]{_CAP}){{1,2}}(?:[ \t]+{_CAP}){{0,2}}"
    r"[ \t]+Joint[ \t]+Call(?:[ \t]+(?:19|20)\d\d)?"
    rf"(?:[ \t]+(?:in|on|for)[ \t]+{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP}){{0,4}}{_WORD_END}){{0,2}}"
    r"(?:[ \t]+(?:19|20)\d\d(?![\w\u2013/-]))?"
)
# A call's own capitalised name, its words maybe wrapped over two lines: a pair of partners or a
# word ("Trilateral") and up to four more words before "Call", with its year or topic ("Danish-Chilean
# Green Hydrogen Research Call", "Trilateral Joint Research Call on Critical Minerals", "Saudi-Chinese
# Joint\nCall on Urban AI"); `_call_name_words` keeps those of a pair or with "Joint"/"Research".
_OWN_CALL_NAME = re.compile(
    rf"{_NAME_START}{_CAP}(?:[\u2010\u2011\u2013\u2014/-]{_CAP}){{0,2}}(?:{WRAP_GAP}{_CAP}){{0,4}}{WRAP_GAP}Call\b"
    rf"(?:{WRAP_GAP}(?:19|20)\d\d)?(?:{WRAP_GAP}(?:in|on|for){WRAP_GAP}{_CAP}(?:{WRAP_GAP}(?:and{WRAP_GAP})?{_CAP}){{0,4}}{_WORD_END})?"
)
_PAIR = re.compile(r"[A-Z][\w.+]*[\u2010\u2011\u2013\u2014/-][A-Z]")
# A call's own name before "call" in lower case: a pair of partners (the first maybe of two words),
# then capitalised words, maybe joined by "and", "of" or "for" ("the new South Africa/Hungary Joint
# Science and Technology Research Collaboration call", "the Chile–Norway Ocean Research call")
_PAIRED_NAME_CALL = re.compile(
    rf"{_NAME_START}((?:{_CAP}[ \t]+)?{_CAP}[\u2010\u2011\u2013\u2014/-]{_CAP}"
    rf"(?:{WRAP_GAP}(?:(?:and|of|for){WRAP_GAP})?{_CAP}){{1,8}}){WRAP_GAP}call\b"
)


def _call_name_words(name: str) -> str | None:
    """An `_OWN_CALL_NAME` match as a call's name: leading function words dropped ("The", "This"); kept
    when it opens with a pair of partners, or some word stands before a word of `call_name_cues`
    ("Joint", "Research", "Tripartite" ...)."""
    words = name.split()
    while words and words[0].casefold() in phrase_list("function_words"):
        words = words[1:]
    at = words.index("Call") if "Call" in words else -1
    head = words[:at]
    if not head or head[-1] in {"Open", "New", "Next", "Funding"}:
        return None
    cues = yaml_words("programme_phrase_words.yaml", "call_name_cues")
    if _PAIR.match(words[0]) or any(w in cues for w in head[1:]):
        return " ".join(words)
    return None


def call_names(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The call names (`_OWN_CALL_NAME`) that start between `start` and `end`, with their positions."""
    return [(s, name) for s, _, name in _call_name_spans(text, start, end)]


def _sentence_cut(name: str) -> str:
    """A call name's words up to the end of its sentence after "Call" ("... Call on Batteries. The"
    loses ". The"); a full stop before "Call" ("U.S. Joint Call") is an abbreviation's."""
    at = name.find("Call")
    stop = _SENTENCE_STOP.search(name, max(at, 0))
    name = name[: stop.start()] if stop and at >= 0 else name
    # a full stop that ends the match ends its sentence ("... Call for Green Hydrogen." at a line's
    # end), unless its word is an abbreviation ("U.S.", "Co.": a stop inside, or a short word)
    last = name[name.rfind(" ") + 1 :]
    if at >= 0 and last.endswith(".") and "." not in last[:-1] and len(last) > 4:
        return name[:-1]
    return name


def _cut_call_name(match: re.Match[str]) -> tuple[int, int, str]:
    """The span and name (spaces folded) of a "X Joint Call ..." name, cut at its sentence's end."""
    words = _sentence_cut(match.group())
    return (match.start(), match.start() + len(words), " ".join(words.split()))


def _coined_call_name(match: re.Match[str]) -> tuple[int, int, str]:
    """The span and name (spaces folded) of the coined name in a match's first group."""
    return (match.start(1), match.end(1), " ".join(match.group(1).split()))


def _call_name_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """`call_names` with the end of each name's words."""
    found = []
    for match in _OWN_CALL_NAME.finditer(text, start, end):
        words = _sentence_cut(match.group())
        name = _call_name_words(words)
        if name is not None:
            found.append((match.start(), match.start() + len(words), name))
    return found


_OPEN_CALL_HEADING = re.compile(
    r"^[ \t#*]*(?:(?:Open|New)[ \t]+[Cc]all|Call[ \t]+for[ \t]+(?:[Pp]roposals|[Aa]pplications))[ \t]*:"
    r"[ \t]*([A-Z][^\n:]{4,90}?)[ \t*]*$",
    re.MULTILINE,
)
_CALL_APPOSED = re.compile(
    r"\b[Jj]oint[ \t]+call[ \t]+(?:on|in|for)[ \t]+[^,.;:\n]{3,80},[ \t]*[*_]{0,2}"
    r"([A-Z][\w\u2010\u2011\u2013-]*(?:[ \t][A-Z0-9][\w\u2010\u2011\u2013-]*){0,3})[*_]{0,2},"
)
# A coined name that a joint call goes by: one that opens with a pair of partners' codes right
# before "joint call" ("the PT-CV Atlantico Azul joint call", "the KR-CA Photonics joint call"), or one
# in quotation marks right after "Joint Call" and its year ('SPAIN-MOROCCO JOINT CALL 2025 "H2-AGUA"')
_CODED_CALL_NAME = re.compile(
    r"(?<![\w-])([A-Z]{2,3}[\u2010\u2011\u2013/-][A-Z]{2,3}(?:[ \t]+[A-Z][\w\u2010\u2011\u2013-]{0,30}){0,3})"
    r"[ \t]+[Jj]oint[ \t]+[Cc]all\b"
)
_QUOTED_CALL_NAME = re.compile(
    r"\b(?:JOINT|Joint|joint)[ \t]+(?:CALL|Call|call)(?:[ \t]+(?:19|20)\d\d)?"
    r"[ \t]*[:\u2013-]?[ \t]*[\"\u201c\u00ab]"
    r"([A-Z0-9][\w\u2010\u2011\u2013+-]{1,30}(?:[ \t][\w\u2010\u2011\u2013+-]{1,30}){0,3})[\"\u201d\u00bb]"
)
_SENTENCE_STOP = re.compile(r"\.[ \t]")
_YEAR_END = re.compile(r"[ \t]+(?:19|20)\d\d$")
_NAMED_CALL_REACH = 6000  # how far before a deadline the call's own name may stand


def named_call(text: str, position: int) -> str | None:
    """The name the text gives the call whose deadline stands at `position`, for a call that no
    programme owns: the nearest before it of a "X Joint Call on Y" name, an "Open call: X" heading
    and a coined name after a described joint call (a heading's closing year dropped); None if none."""
    found = named_call_span(text, position)
    return found[2] if found else None


def named_call_span(text: str, position: int) -> tuple[int, int, str] | None:
    """`named_call` with the span of the words that give the name."""
    start = max(0, position - _NAMED_CALL_REACH)
    found: list[tuple[int, int, str]] = []
    found.extend(_cut_call_name(match) for match in _JOINT_CALL_NAME.finditer(text, start, position))
    for match in _OPEN_CALL_HEADING.finditer(text, start, position):  # "... projects 2027": no year
        found.append((match.start(1), match.end(1), _YEAR_END.sub("", " ".join(match.group(1).split()))))
    for pattern in (_CALL_APPOSED, _CODED_CALL_NAME, _QUOTED_CALL_NAME):
        found.extend(_coined_call_name(match) for match in pattern.finditer(text, start, position))
    found.extend(_call_name_spans(text, start, position))
    found.extend(_coined_call_name(m) for m in _PAIRED_NAME_CALL.finditer(text, start, position))
    if not found and _HEADING_AT.match(text, text.rfind("\n", 0, position) + 1):
        end = text.find("\n\n", position)
        end = _section_body_end(text, len(text) if end < 0 else end)
        return next(iter(_call_name_spans(text, position, end)), None)
    return max(found) if found else None


def _named_call_at(doc: Doc, position: int) -> tuple[int, int, str] | None:
    """`named_call_span` of the deadline at `position` (once per position: a deadline that no
    programme owns asks twice, and each search reads up to `_NAMED_CALL_REACH` characters)."""
    cache: dict[int, tuple[int, int, str] | None] = doc.data.setdefault("_named_calls", {})
    if position not in cache:
        cache[position] = named_call_span(doc.text, position)
    return cache[position]


def title_joint_call(doc: Doc) -> tuple[int, int, str] | None:
    """The span and name of a "X–Y Joint Call ..." name that opens the page's title (once per
    document), else None: a call page titled by its joint call's name lists it as a programme."""
    if "_title_joint_call" not in doc.data:
        title = title_line(doc.text, "#* \t")
        match = title and _JOINT_CALL_NAME.match(doc.text, title[0], title[1])
        doc.data["_title_joint_call"] = _cut_call_name(match) if match else None
    found: tuple[int, int, str] | None = doc.data["_title_joint_call"]
    return found


def _list_coined_calls(doc: Doc) -> None:
    """List as programmes, in a document with calls, the joint call's name that opens the page's
    title ("Canada–Chile Joint Call on Photonics") and a coined name in quotation marks given right
    after "Joint Call" ('JOINT CALL 2025 "H2-SOL"'), whatever programme the deadlines go by. (Coined
    names in other wordings count only for a call that no programme owns: `named_call_span`.)"""
    titled_call = title_joint_call(doc)
    if titled_call is not None:
        _list_own_call(doc, titled_call)
    for match in _QUOTED_CALL_NAME.finditer(doc.text):
        _list_own_call(doc, _coined_call_name(match))


def _list_own_call(doc: Doc, found: tuple[int, int, str]) -> None:
    """A joint call that no programme owns and that the text gives a name of its own ("the first
    Polish-Korean joint call on hydrogen, PL-KR H2 Tech", "Danish-Chilean Green Hydrogen Research
    Call") is a programme too: listed once, unless a programme already goes by (part of) its name."""
    start, end, name = found
    key = _name_key(name)
    for programme in doc.record.programs:
        for other in {programme.name, *programme.aliases}:
            known = _name_key(other)
            if known and (known in key or key in known):
                return
    doc.record.programs.append(Program(name, [], None, [(start, end)]))


def _name_key(name: str) -> str:
    """A name folded for comparing: lower case, words only, padded with spaces."""
    return " " + " ".join(re.findall(r"\w+", name.casefold())) + " "


_NEXT_ITEM = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[-*\u2022]|#)[ \t]")  # the next list item or heading

# A Markdown heading line, or one numbered "2." / "2)" (a section's own heading)
_HEADING_AT = re.compile(r"[ \t]*(?:#{1,6}|\d{1,2}[.)])[ \t]")


def _section_body_end(text: str, end: int) -> int:
    """Where the paragraph after a heading that ends at `end` (its blank line) ends: a deadline
    given in a section's heading belongs to the programme or call that its first paragraph names."""
    body = end
    while body < len(text) and text[body] in "\n \t":
        body += 1
    if body >= len(text) or _HEADING_AT.match(text, body):
        return end
    stop = text.find("\n\n", body)
    return len(text) if stop < 0 else stop


# "The call is announced under the X programme", "this call is part of X", "the call falls within X"
# (for the folded text; it starts with a literal, which the regex engine scans for fast)
_CALL_UNDER = folded_pattern(
    r"calls?\s+(?:is|are|was|will be)\s+(?:\w+\s+)?"
    r"(?:under|part of|within|run under|funded (?:under|through|by)|through)\s+(?:the\s+)?"
)
# "This is the third edition of the X programme", "The call is the first round of X", "this call marks
# the 2026 cycle of X": the call the text is about said to be a numbered edition or round of the
# programme (not "the project was selected in the second round of X": a past round)
_ROUND_OF = folded_pattern(
    r"\b(?:this|it|the(?: present| new| joint)? call|this(?: joint)? call)\s+(?:is|marks|will be)\s+the\s+"
    r"(?:(?:19|20)\d\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th|new|next|latest)"
    r"\s+(?:edition|round|cycle)\s+of\s+(?:the\s+)?"
)


def _stated_programme(doc: Doc, programmes: list[Any]) -> Any | None:
    """The programme that the text says a call belongs to ("The call is announced under the X
    programme", "This joint call is part of X", "This is the third edition of the X programme", "The
    call is the first round of X"), the first one so stated, else None."""
    ends = doc.data.get("_call_under")
    if ends is None:  # once per document
        folded = doc_folded(doc)
        ends = [
            m.end()
            for m in _CALL_UNDER.finditer(folded)
            if m.start() == 0 or not folded[m.start() - 1].isalnum()
        ]
        if "edition of" in folded or "round of" in folded or "cycle of" in folded:
            ends = sorted(ends + [m.end() for m in _ROUND_OF.finditer(folded)])
        doc.data["_call_under"] = ends
    for end in ends:
        owner = next((p for p in programmes if any(s == end for s, _ in p.spans)), None)
        if owner is not None:
            return owner
    return None


_TITLE_MAX = 160  # a longer first line is a paragraph, not the page's title
_CALL_NAME = re.compile(r"\b[Cc]alls?\b")  # "X Joint Call for ...": a call's name, not its programme


@functools.cache
def _from_before() -> re.Pattern[str]:
    """The words right before a programme's name that make it where money comes from: "from the",
    or a participle of `money_source_participles` and a word of `money_source_links` ("funded
    through the", "supported via its")."""
    verbs = longest_first(yaml_words("programme_phrase_words.yaml", "money_source_participles"))
    links = longest_first(yaml_words("programme_phrase_words.yaml", "money_source_links"))
    paid = rf"|\b(?:{verbs})[ \t\n]+(?:{links})" if verbs and links else ""
    return re.compile(
        rf"(?:\bfrom{paid})\s+(?:the\s+|its\s+|their\s+)?(?:[\w.]+['’]s\s+)?[*_]*$", re.IGNORECASE
    )


def _owners(doc: Doc) -> tuple[Any | None, list[Any]]:
    """The programme the page's title names (or None), and the programmes a call may belong to
    (once per document)."""
    cached = doc.data.get("_call_owners")
    if cached is None:
        programmes = doc.data.get("programmes", [])
        owners = [p for p in programmes if not _only_money_source(doc.text, p)]
        cached = doc.data["_call_owners"] = (title_programme(doc.text, programmes), owners or programmes)
    return cached


def title_line(text: str, skip: str = "") -> tuple[int, int] | None:
    """The span of the page's title: its first non-empty line, when that is short enough to be one
    (starting after any of the characters of `skip`: "#*" for a Markdown heading's marks)."""
    match = re.search(rf"[^\s{skip}][^\n]*", text)
    if match is None or len(match.group()) > _TITLE_MAX:
        return None
    return match.span()


# A page's trail of links before its title ("[Home](/) › [News](/news/) › Item", "Home > Calls > X"):
# two separators at least
_BREADCRUMB = re.compile(r"[^\n]*?(?:[\u203a\u00bb]|[ \t]>[ \t])[^\n]*?(?:[\u203a\u00bb]|[ \t]>[ \t])[^\n]*")


def _breadcrumb_end(text: str) -> int:
    """Where a first line that is a trail of links (`_BREADCRUMB`) ends; 0 without one."""
    first = re.search(r"\S", text)
    crumbs = _BREADCRUMB.match(text, first.start()) if first is not None else None
    return crumbs.end() if crumbs is not None else 0


def _page_title_line(text: str) -> tuple[int, int] | None:
    """`title_line`, past a first line that is a trail of links (`_BREADCRUMB`)."""
    end = _breadcrumb_end(text)
    title = title_line(text[end:])
    return None if title is None else (title[0] + end, title[1] + end)


def title_programme(text: str, programmes: list[Any]) -> Any | None:
    """The one programme that the page's title names (a call page is about its programme: "X
    (ACR)", "ACR Joint Call 2027 for ..."), not counting names of calls themselves; else None.
    A trail of links above the title is not the title."""
    title = _page_title_line(text)
    if title is None:
        return None
    named = [
        p
        for p in programmes
        if any(title[0] <= s < title[1] for s, _ in p.spans)
        and not any(_CALL_NAME.search(n) for n in {p.name, *p.aliases})
    ]
    return named[0] if len(named) == 1 else None


# A funder's own programme: "applies to JST under its X", "JSPS's X", "funded by DFG through the X"
_FUNDER_LINK = (
    r"(?:['\u2019]s\s+|\s+(?:under|through|via)\s+(?:its|the)\s+"
    # "FAPESP funds the São Paulo teams through its X", "NRF will support them under the X"
    r"|\s+(?:will\s+)?(?:funds?|supports?|finances?|co-funds?)\s+[^.;\n]{0,80}?\s+(?:under|through|via)\s+its\s+)"
)


def _funder_programme(doc: Doc, funder: str, programmes: list[Any]) -> Any | None:
    """The programme that the text names as the funder's own ("applies to JST under its X",
    "JSPS's X Programme"), the first one so named, else None (once per document and funder)."""
    cache = doc.data.setdefault("_funder_programme", {})
    if funder not in cache:
        cache[funder] = _find_funder_programme(doc.text, funder, programmes)
    return cache[funder]


def _find_funder_programme(text: str, funder: str, programmes: list[Any]) -> Any | None:
    """`_funder_programme` without the cache."""
    if funder not in text:  # a cheap pre-test: most funders are never followed by a programme
        return None
    for match in re.finditer(rf"\b{re.escape(funder)}{_FUNDER_LINK}", text):
        ends = (match.start(), match.end())  # "DFG's Priority Programme" may be a name itself
        owner = next((p for p in programmes if any(s in ends for s, _ in p.spans)), None)
        if owner is None and match.group().endswith("its "):  # "FAPESP funds ... through its X"
            owner = next((p for p in programmes if _owned_form_at(text, match.end(), funder, p)), None)
        if owner is not None:
            return owner
    return None


def _owned_form_at(text: str, at: int, funder: str, programme: Any) -> bool:
    """Whether the text at `at` gives a name of `programme` without its owner's word in front
    ("its | Research Program on X" for "FAPESP Research Program on X")."""
    for name in (programme.name, *programme.aliases):
        words = str(name).split()
        if len(words) >= 3 and words[0] == funder and text.startswith(" ".join(words[1:]), at):
            return True
    return False


def _label_words(key: str) -> str:
    """A regex alternation of the labels under `key` in call_subjects.yaml, the longest first, their
    words apart by any space."""
    return alternatives_longest_first(yaml_words("call_subjects.yaml", key)) or "(?!)"


# The facts box of a funding opportunity's own page: labelled lines right under its title
# ("Opportunity status", "Funders", "Closing date"; call_subjects.yaml `fact_labels`)
@functools.cache
def _fact_label() -> re.Pattern[str]:
    """A line that opens with a label of `fact_labels`, then a colon, a bar, a dash, a bracket or
    its end: a label, no line of text ("Deadline for Korean ...: ...")."""
    words = _label_words("fact_labels")
    return re.compile(
        rf"^[ \t*\-\u2022|#]*(?:{words})\b(?=[ \t]*(?:[:|*\u2013\u2014-]|\(|$))", re.IGNORECASE | re.MULTILINE
    )


@functools.cache
def _page_kind_line() -> re.Pattern[str]:
    """A line above a page's title that names the page's kind (`page_kind_labels`: "Call for
    proposals"), maybe with a reference after a dot, bullet or bar ("· Reference number 2025-0012"):
    a few words with a digit."""
    words = _label_words("page_kind_labels")
    reference = r"[ \t]*[\u00b7\u2022|][ \t]*(?=[^\n]*\d)(?:[^\s\u00b7\u2022|]+[ \t]*){1,5}"
    return re.compile(rf"[ \t#*]*(?:{words})(?:{reference})*[ \t*]*", re.IGNORECASE)


_FACTS_SPAN = 600  # characters after the title that its facts box sits in
_SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+\S+(?:\s+\S+){0,2}$")  # "Title – UKRI", "Title | NWO"


def _own_name(doc: Doc) -> str | None:
    """`opportunity_title` of the document's text (once per document)."""
    if "_own_name" not in doc.data:
        doc.data["_own_name"] = opportunity_title(doc.text)
    return doc.data["_own_name"]


def _opportunity_title_line(text: str) -> tuple[int, int] | None:
    """`title_line`, past a first line that names the page's kind ("Call for proposals ·
    Reference number 2025-0012": `_page_kind_line`)."""
    title = title_line(text)
    if title is None or not _page_kind_line().fullmatch(text, title[0], title[1]):
        return title
    below = title_line(text[title[1] :])
    return None if below is None else (below[0] + title[1], below[1] + title[1])


def _in_facts_box(text: str, position: int) -> bool:
    """Whether `position` stands in the facts box right under the page's title (its labelled
    "Closing date" line): the date of the page's own call, not of a partner's."""
    title = _opportunity_title_line(text)
    return title is not None and title[1] <= position < title[1] + _FACTS_SPAN


def opportunity_title(text: str) -> str | None:
    """The call's own name when the page is a funding opportunity's own page: its title, when a
    facts box of two or more labels ("Opportunity status", "Funders", "Closing date") follows it;
    else None. A line above the title that names the page's kind is not the title."""
    title = _opportunity_title_line(text)
    if title is None or len(_fact_label().findall(text, title[1], title[1] + _FACTS_SPAN)) < 2:
        return None
    name = _SITE_SUFFIX.sub("", text[title[0] : title[1]].strip(" #*\t"))
    return name if len(name.split()) >= 2 else None


def _only_money_source(text: str, programme: Any) -> bool:
    """Whether every mention of a programme names where money comes from ("would come from the
    X Fund", "the UK share is funded through the X Fund (XF)"): a source of the money, not the
    programme a call belongs to."""
    money, end = False, -1
    for start, stop in sorted(programme.spans):
        # a short name in brackets right after a money source is one too ("... Fund (ISPF)")
        money = bool(_from_before().search(text, max(0, start - 40), start)) or (
            money and 0 <= start - end <= 3 and text[end:start].strip() == "("
        )
        if not money:
            return False
        end = stop
    return bool(programme.spans)


class _Named(NamedTuple):
    """An organisation's names and the spans where the text names it as one."""

    name: str
    aliases: Any
    spans: list[tuple[int, int]]


# What stands before a zone's abbreviation: a clock time ("17:00 JST", "5 pm IST", "noon (JST)") or
# the zone's name ("Japan Standard Time (JST)")
_CLOCK_BEFORE = re.compile(
    r"(?:\d[:.]\d\d|\d[ \t]*[ap]\.?m\.?|\bnoon|\bmidday|\bmidnight|\btime)[ \t]*\(?[ \t]*$", re.IGNORECASE
)


def _call_orgs(doc: Doc) -> list[_Named]:
    """The organisations of the record with the spans that name them as bodies: an acronym that is
    also a time zone's, right after a clock time or the zone's name ("12:00 noon Japan Standard Time
    (JST)", "17:30 IST"), names the clock, not the funder (once per document)."""
    cached: list[_Named] | None = doc.data.get("_call_orgs")
    if cached is None:
        known = zones()
        cached = doc.data["_call_orgs"] = []
        for org in doc.data.get("organizations", []):
            spans = [
                (s, e)
                for s, e in org.spans
                if not (doc.text[s:e] in known and _CLOCK_BEFORE.search(doc.text, max(0, s - 30), s))
            ]
            if spans:
                cached.append(_Named(str(org.name), org.aliases, spans))
    return cached


def _funder(doc: Doc, line: tuple[int, int], position: int) -> str | None:
    """The organisation a deadline belongs to: the one named last before its date on its line
    ("apply to the European Commission by ..."), else the line's last one, else the nearest before."""
    orgs = _call_orgs(doc)
    text = doc.text
    before = [o for o in orgs if any(line[0] <= s < position for s, _ in o.spans)]
    if before:
        return _nearest_name(before, position, text=text)
    own = _applicants_funders(doc, line, position, orgs)
    if own:  # the country's body the text names most often: its funder, not a body it mentions
        most = max(len(o.spans) for o in own)
        return _nearest_name([o for o in own if len(o.spans) == most], position, text=text)
    in_line = [o for o in orgs if any(line[0] <= s < line[1] for s, _ in o.spans)]
    if in_line:
        return _nearest_name(in_line, line[1], text=text)
    return _nearest_name(orgs, _lead_body_end(doc, orgs, position), text=text)


# a body's partner named after the body that runs the call: "SNSF, in partnership with FAPESP, opens
# ...", "the call, run by FCT together with CNPq"
_PARTNER_CUE = re.compile(
    r"\b(?:in[ \t]+(?:partnership|cooperation|collaboration)[ \t]+with|together[ \t]+with|jointly[ \t]+with)"
    r"[ \t]+(?:the[ \t]+)?(?:[\w.'’-]+[ \t]+){0,3}$",
    re.IGNORECASE,
)


def _lead_body_end(doc: Doc, orgs: list[_Named], position: int) -> int:
    """Where to look back from for a deadline's funder: `position`, or, when the body named last
    before it is the partner "in partnership with" an earlier body of the same sentence, that
    body's mention."""
    nearest = _nearest_item(orgs, position)
    if nearest is None:
        return position
    sentence = doc.sentence_of(nearest[1])[0]
    for start, _ in nearest[0].spans:  # ("in partnership with the Japan Society ... (JSPS)")
        cue = _PARTNER_CUE.search(doc.text, max(sentence, start - 80), start) if sentence <= start else None
        lead = _nearest_item(orgs, cue.start()) if cue is not None else None
        if lead is not None and lead[1] >= sentence and lead[0] is not nearest[0]:
            return lead[1]
    return position


# "Deadline for Turkish applicants: ...", "Korean teams submit by ...": a nationality before the
# applicants names the side whose funder the deadline line belongs to
_APPLICANTS_AFTER = re.compile(r"[ \t]+(?:applicants?|researchers?|teams?|partners?|consortia|PIs?)\b")


def _applicants_funders(doc: Doc, line: tuple[int, int], position: int, orgs: list[_Named]) -> list[_Named]:
    """The bodies of the one country whose applicants a deadline line names before its date
    ("Deadline for Korean applicants: 7 May"), when the line names no organisation there."""
    codes = {
        m.attrs.get("code")
        for m in doc.layer("country")
        if line[0] <= m.start < position
        and m.attrs.get("kind") == "adjective"
        and _APPLICANTS_AFTER.match(doc.text, m.end)
    }
    if len(codes) != 1:
        return []
    code = codes.pop()
    names = {str(o.name) for o in doc.data.get("organizations", []) if getattr(o, "country", None) == code}
    return [o for o in orgs if o.name in names]


_CAP_BEFORE = re.compile(
    r"(?:\bup\s+to|\bnot\s+(?:to\s+)?exceed|\bmaximum(?:\s+of)?|\bmax\.?|\bat\s+most|\b(?:no|not)\s+more\s+than"
    r"|\bcapped\s+at)[\s*_]*$",  # (\s: the words may wrap at a line's end)
    re.IGNORECASE,
)
# A ceiling given as a labelled row or table cell: "Maximum per project: €600,000", "| Maximum
# per project | **CHF 450,000** |", "Maximum award £560,000", "Max. grant per team – NOK 2 million"
_CAP_LABEL = re.compile(
    r"\b(?:maximum|max\.?)\s+(?:(?:grant|award|funding|amount|budget|request|contribution)\s+)?"
    r"(?:per\s+[\w.]+|award|grant|amount|funding|budget|request|contribution)"
    r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t*_|:\u2013\u2014-]*$",
    re.IGNORECASE,
)
# A ceiling on one item of a project's budget, not on the project: "a placement fellowship of up to
# NZ$45,000 can be included in the budget", "up to CHF 15,000 per project may be used for such
# mobility", "EUR 5,000 may be spent on travel"
_BUDGET_ITEM_AFTER = re.compile(
    r"\b(?:can|may|could)\s+be\s+(?:included|budgeted|requested)\s+(?:in|within|as\s+part\s+of)\s+the\s+"
    r"(?:project(?:'s|’s)?\s+)?budget\b"
    r"|\b(?:used|spent|earmarked|reserved|set\s+aside)\s+(?:for|on)\s+(?:such\s+|the\s+)?"
    r"(?:mobility|travel|placements?|exchanges?|exchange\s+stays?|visits?|research\s+stays?)\b",
    re.IGNORECASE,
)
_UNIT = r"(?:project|award|grant|proposal|team|consortium|applicant|partner|fellowship|application)s?"
_PER_UNIT = re.compile(  # "per project", "per U.S. team", "each Brazilian team"
    rf"\b(?:per|each|every|a)\s+(?:[\w.]+\s+)?{_UNIT}\b|\beach\b", re.IGNORECASE
)
_TOTAL = re.compile(
    r"\b(?:in total|total|envelope|overall|altogether|set aside|in all"
    r"|(?:in|for) (?:this|the|each) (?:round|call))\b",
    re.IGNORECASE,
)
_CUE_REACH = 60  # how far from an amount (within its sentence) its per-unit or total cue may stand


# A ceiling stated as what the maximum is: "The maximum Business Finland funding per joint project is
# EUR 800,000", "the maximum grant will be NOK 2 million" (in the amount's clause)
_CAP_IS = re.compile(
    r"\bmaximum\b[^.;:!?\n]{0,60}?\b(?:is|are|will\s+be|amounts\s+to)[\s*_]*$", re.IGNORECASE
)
_CAP_IS_REACH = 90  # how far before an amount "maximum" may stand


def _is_cap(doc: Doc, mention: Mention) -> bool:
    """An amount stated as a ceiling: "up to", a range, "may not exceed", "a maximum of", "the
    maximum ... is"."""
    if mention.attrs.get("qualifier") in ("up_to", "range"):
        return True
    if _CAP_BEFORE.search(doc.text, max(0, mention.start - 30), mention.start) is not None:
        return True
    if _CAP_LABEL.search(doc.text, max(0, mention.start - 60), mention.start) is not None:
        return True
    before = max(0, mention.start - _CAP_IS_REACH)
    return (
        "aximum" in doc.text[before : mention.start]
        and _CAP_IS.search(doc.text, before, mention.start) is not None
    )


def _cap_rank(doc: Doc, mention: Mention) -> int:
    """0 for an amount given per project or award ("each award may not exceed X", "X per
    project"), 2 for a total ("X in total", "a total envelope of X", "X in this round, with Y per
    team"), 3 for one item of a project's budget (`_BUDGET_ITEM_AFTER`), else 1: a call's cap is
    what one project may get, not what the whole call spends.
    A total cue right after the amount outweighs a per-unit one further on."""
    sentence = doc.sentence_of(mention.start)
    if sentence[1] < mention.end:  # a sentence cut inside the amount ("Rs. 5 lakh"): it runs on
        sentence = (sentence[0], doc.sentence_of(mention.end - 1)[1])
    before = doc.text[max(sentence[0], mention.start - _CUE_REACH) : mention.start]
    after = doc.text[mention.end : min(sentence[1], mention.end + _CUE_REACH)]
    if _BUDGET_ITEM_AFTER.search(after):
        return 3  # ("up to X can be included in the budget for a placement": one item of a project's)
    # a unit before the amount in its own clause ("X per project; up to Y": the unit is X's; a total
    # label before a list holds for each item: "Total budget: up to X (German side); up to Y")
    unit_before = _PER_UNIT.search(before, before.rfind(";") + 1)
    per_unit, total = _PER_UNIT.search(after), _TOTAL.search(after)
    if total is not None and per_unit is not None and not after[total.end() : per_unit.start()].strip():
        total = None  # "X in total per fellowship": the whole of what one award gets
    if total is not None and (per_unit is None or total.start() < per_unit.start()) and unit_before is None:
        return 2
    if unit_before is not None or per_unit is not None:
        return 0
    return 2 if _TOTAL.search(before) else 1


_ZONE_AFTER = re.compile(r"\s+(?:standard\s+|daylight\s+)?time\b", re.IGNORECASE)


def _max_amount(
    doc: Doc, line: tuple[int, int], since: int = -1, sides: frozenset[str] = frozenset()
) -> MoneyValue | None:
    """The most a project may get in the call whose deadline stands on `line`: a ceiling stated
    since the line of the call found before (`since`; a digest lists each call with its own sums,
    then its deadline), else the best one of the document: when the best one is in another side's
    money, the best one in the money of the deadline's `sides` (`deadline_sides`: "Korean applicants
    apply to NRF by ..." takes the cap in won, not the British side's cap in pounds); else one in
    the line's country first. In a newsletter, only sums of the deadline's own item count
    (`_item_start`)."""
    money = doc.layer("money")
    if not money:
        return None
    ranked = doc.data.get("_call_caps")
    if ranked is None:  # once per document: the ceilings, best first, and the amounts to fall back on

        def rank(m: Mention) -> tuple[int, int]:
            return (_cap_rank(doc, m), m.start)

        caps = sorted((m for m in money if _is_cap(doc, m)), key=rank)
        # with no ceiling stated, an amount that the call spends in total is no project's cap ("The
        # total available budget is €6 million"): the other amounts only
        uncapped = sorted((m for m in money if rank(m)[0] != 2), key=rank)
        ranked = doc.data["_call_caps"] = (caps, caps or uncapped)
    caps, capped = ranked
    item = _item_start(doc.text, line[0])
    if item > 0:  # a newsletter's item: the sums of the items before it are theirs
        caps, capped = [m for m in caps if m.start >= item], [m for m in capped if m.start >= item]
    if not capped:
        return None
    # (the cap in the deadline's side's money first: "LMT funds up to EUR 180,000 ...; the NSTC up to
    # TWD 4 million ...", then "Taiwanese partners must submit ... by")
    stated = [m for m in caps if since <= m.start < line[1]] if since >= 0 else []
    own = next((m for m in stated if sides and _pays_in(str(m.attrs["currency"]), sides)), None)
    if own is None and stated and sides:  # the cap's list goes on in the side's money
        own = _side_per_unit(doc, money, sides, since, line[1])
    own = own or next(iter(stated), None)
    if own is None and since >= 0:  # "Ten travel grants of EUR 900 each ... Applications close on"
        own = _per_award_before(doc, money, max(since, _paragraph_start(doc.text, line[0])), line[1])
    if own is not None:
        return _money_value(own)
    if not caps:  # no ceiling anywhere: the sums of the deadline's own paragraph first
        local = _paragraph_most(doc, capped, line)
        if local is not None:
            return _money_value(local)
    if sides and caps and _pays_in(str(caps[0].attrs["currency"]), sides):
        return _money_value(caps[0])  # the best cap is in the deadline's side's money
    line_countries = {  # "1pm Singapore time" names a clock, not whose cap it is
        m.attrs["code"] for m in doc.in_span("country", *line) if not _ZONE_AFTER.match(doc.text, m.end)
    }
    if sides and caps and not _pays_in(str(caps[0].attrs["currency"]), sides):
        # a joint call caps each side in its own money: the best cap in the deadline's side's
        own_money = next((m for m in caps if _pays_in(str(m.attrs["currency"]), sides)), None)
        own_money = own_money or _side_per_unit(doc, money, sides, caps[0].start, len(doc.text))
        if own_money is not None:
            return _money_value(own_money)
        # every cap is another named country's money ("ANID funds up to CLP 60,000,000 ...", then
        # "DFG deadline: ..."): that side states no cap of its own
        # (or whose body the page names: "FAPESP's SPRINT ... BRL 150,000" on a page naming no Brazil)
        named = (
            frozenset(str(m.attrs["code"]) for m in doc.layer("country"))
            | frozenset(str(o.country) for o in doc.data.get("organizations", []) if o.country)
        ) - sides
        if all(_pays_in(str(m.attrs["currency"]), named) for m in caps):
            return None
    for mention in capped:
        mline = doc.sentence_of(mention.start)
        if line_countries & {m.attrs["code"] for m in doc.in_span("country", *mline)}:
            return _money_value(mention)
    return _money_value(capped[0])


def _side_per_unit(
    doc: Doc, money: list[Mention], sides: frozenset[str], start: int, end: int
) -> Mention | None:
    """An amount per project in the money of the deadline's `sides` that a side's list of ceilings
    gives after the first one, in the same sentence, without its own "up to" ("up to EUR 30,000
    per project (Portuguese side); BRL 120,000 per project (Brazilian side)"), else None."""
    for mention in money:
        if not start <= mention.start < end or not _pays_in(str(mention.attrs["currency"]), sides):
            continue
        sentence = doc.sentence_of(mention.start)
        lead = next((m for m in money if sentence[0] <= m.start < mention.start and _is_cap(doc, m)), None)
        if lead is not None and _cap_rank(doc, mention) == 0:
            return mention
    return None


def _paragraph_most(doc: Doc, amounts: list[Mention], line: tuple[int, int]) -> Mention | None:
    """The largest of the amounts in the paragraph of a deadline's `line` up to its end, when they
    are all in one money ("a monthly stipend of 117,000 yen for undergraduates or 144,000 yen for
    research students. Applications must reach ... by"); else None."""
    start = _paragraph_start(doc.text, line[0])
    local = [m for m in amounts if start <= m.start < line[1]]
    if not local or len({str(m.attrs["currency"]) for m in local}) > 1:
        return None
    return max(local, key=lambda m: float(m.attrs.get("high") or m.attrs["value"]))


def _paragraph_start(text: str, position: int) -> int:
    """Where the paragraph (after a blank line) that holds `position` starts."""
    at = text.rfind("\n\n", 0, position)
    return 0 if at < 0 else at + 2


def _per_award_before(doc: Doc, money: list[Mention], start: int, end: int) -> Mention | None:
    """The amount that each award gets, given in a call's own paragraph before its deadline where
    it states no ceiling ("Ten travel grants of EUR 900 each ... Applications close on ..."): the
    first amount there given per unit (`_cap_rank` 0), else None."""
    return next((m for m in money if start <= m.start < end and _cap_rank(doc, m) == 0), None)


@functools.cache
def _shared_currencies() -> dict[str, frozenset[str]]:
    """The currencies that several partners pay in, with their codes (call_sides.yaml)."""
    data = load_yaml("call_sides.yaml").get("shared_currencies") or {}
    return {str(code): frozenset(map(str, codes)) for code, codes in data.items()}


def _pays_in(currency: str, countries: frozenset[str]) -> bool:
    """Whether one of `countries` (partner codes) pays in `currency`: a national currency's ISO 4217
    code begins with its country's code (KRW, GBP, CAD); a shared one is listed."""
    shared = _shared_currencies().get(currency)
    return not countries.isdisjoint(shared) if shared is not None else currency[:2] in countries


def deadline_sides(doc: Doc, line: tuple[int, int], date: Mention) -> frozenset[str]:
    """Whose deadline a date is: the countries that its own sentence (within its line) names before
    it, as places or people ("Korean applicants apply ... by", not "5pm Korea time") or through an
    organisation ("apply to NRF by", "through the UKRI Funding Service by")."""
    start = max(line[0], doc.sentence_of(date.start)[0])
    # (after the line's date before it: "Taiwan deadline 15 April 2026 · Czech deadline 27 March")
    day = str(date.attrs["value"])[:10]
    earlier = [
        d.end for d in _days_of(doc, line) if d.end <= date.start and str(d.attrs["value"])[:10] != day
    ]
    start = max([start, *earlier])
    codes = {
        str(m.attrs["code"])
        for m in doc.in_span("country", start, date.start)
        if not _ZONE_AFTER.match(doc.text, m.end)
    }
    for org in doc.data.get("organizations", []):
        if org.country and any(start <= s < date.start for s, _ in org.spans):
            codes.add(str(org.country))
    return frozenset(codes)


def _money_value(mention: Mention) -> MoneyValue:
    attrs = mention.attrs
    high = attrs.get("high")
    value = high if attrs.get("qualifier") == "range" and high is not None else attrs["value"]
    return MoneyValue(float(value), str(attrs["currency"]))


# Registering for an event in the clause before a deadline word (within its line): no call's deadline
_REGISTER_BEFORE = re.compile(
    r"\b(?:regist(?:er|ers|ered|ering|ration|rations)(?![ \t]+of[ \t]+interest)"
    rf"(?!{_APPLICATION_AFTER})|sign[\s-]up|rsvp)\b"
    r"(?:[^.;:!?]|[.:](?=\S))*$",
    re.IGNORECASE,
)  # (a dot or colon inside a link or a time goes on: "Register at events.example.org by ...");
# ("Registrations of interest close at ...": a call's first stage, no seat at an event)
_REGISTER_REACH = 80  # how far before a deadline line's start the clause of its word may begin
_START_BEFORE = re.compile(r"\b(?:begin|start|commence)\w*\s+(?:\w+\s+)?$", re.IGNORECASE)


# A start word a few words before a date: "projects should start between 1 September and ...",
# "fellowships may begin on", "Project start | No later than 1 January" (markup tags dropped first)
_START_CUE = re.compile(r"\b(?:start(?!up)|begin|commenc)\w*\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
# words between that make the date an end after all: "from the start of March until 15 May"
_UNTIL = re.compile(r"\b(?:until|till|through|to|by)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^<>\n]{0,40}>")
_LATEST = re.compile(r"no(?:t)?\s+later\s+than", re.IGNORECASE)
_START_REACH = 50  # how far before a date its start word may stand


def _start_date(doc: Doc, line: tuple[int, int], date: Mention) -> bool:
    """Whether a date is when projects or stays start, not a deadline: a start word stands a few
    words before it in its sentence, with no deadline word between them ("projects start after
    the deadline of 3 May" keeps the deadline)."""
    start = max(line[0], doc.sentence_of(date.start)[0], date.start - _START_REACH)
    before = _TAG.sub(" ", doc.text[start : date.start])
    cue = _START_CUE.search(before)
    if cue is None:
        return False
    between = before[cue.start() :]
    if _UNTIL.search(between) is not None:
        return False
    # ("start no later than 1 January" qualifies the start, not a deadline)
    return all(_LATEST.fullmatch(word.group()) for word in DEADLINE.finditer(between))


@functools.cache
def _due_away() -> re.Pattern[str]:
    """After "is due" / "are due": a place someone or something is due at, not a deadline ("due in
    Shanghai", "due back"), though not a month ("due in March", "due in early May"): the months of
    the temporal lexicon, capitalised."""
    months = "|".join(sorted((m.capitalize() for m in lexicon().months), key=len, reverse=True))
    month = rf"(?:{months}|[Ee]arly|[Mm]id|[Ll]ate)\.?"
    return re.compile(rf"[ \t]+(?:back\b|(?:in|at)[ \t]+(?!{month}(?![A-Za-z]))[A-Z])")


# a deadline word after a word that tells of a deadline put off ("the original deadline was ...",
# "the previous closing date")
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:original|initial|previous|earlier|old|former)(?:ly)?[ \t]+"
    r"(?:(?:submission|application|call)[ \t]+)?$",
    re.IGNORECASE,
)


# What stands between the dates of a list of cut-offs ("1 April 2026 and 1 October 2026", "31 March,
# 30 June, 30 September"): a separator and nothing else
_LIST_GAP = re.compile(r"[ \t]*(?:,|;|,?[ \t]+and|,?[ \t]+or)[ \t]+")


def _listed_dates(doc: Doc, chosen: list[Mention], dates: list[Mention]) -> list[Mention]:
    """The deadline dates with the dates listed right after each ("cut-off dates: 15 April, 15 August
    and 15 December 2026"): each a call's own cut-off, as a rolling call's page lists them."""
    if not chosen or len(dates) < 2:
        return chosen
    out = list(chosen)
    for date in chosen:
        at = dates.index(date) if date in dates else -1
        while 0 <= at < len(dates) - 1:
            after = dates[at + 1]
            if after in out or not _LIST_GAP.fullmatch(doc.text, dates[at].end, after.start):
                break
            out.append(after)
            at += 1
    return out


def _deadline_date(doc: Doc, line: tuple[int, int], dates: list[Mention]) -> list[Mention]:
    """The dates that a deadline line gives as deadlines (`_deadline_dates`), each with the dates
    listed right after it (`_listed_dates`)."""
    return _listed_dates(doc, _deadline_dates(doc, line, dates), dates)


# "Europe moves to summer time on 29 March", "both countries end daylight saving on 5 April": the day
# clocks change (said to convert a deadline's hour), no deadline
_CLOCK_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:to|into|ends?|begins?|starts?)[ \t]+(?:summer|winter|daylight[ \t-]saving)(?:[ \t]+time)?"
    r"[ \t]+(?:on|from)[ \t]+(?:\w+day,?[ \t]+)?$"  # (not a zone's name: "Central European Summer Time on")
)


def _clock_change_day(text: str, date: Mention) -> bool:
    """Whether a date is the day clocks change (`_CLOCK_CHANGE_BEFORE` right before it)."""
    return _CLOCK_CHANGE_BEFORE.search(text, max(0, date.start - 50), date.start) is not None


@functools.cache
def _subject_words(key: str) -> re.Pattern[str]:
    """The words of `key` in call_subjects.yaml as one pattern of whole words."""
    words = longest_first(yaml_words("call_subjects.yaml", key))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


_LEAD_IN = 40  # how long a lead-in sentence before a deadline's own may be ("**Job vacancy.**")


def _other_subject(doc: Doc, line: tuple[int, int], at: int) -> bool:
    """Whether a deadline word at `at` closes something other than a funding call: a word of
    `not_call_subjects` in its sentence before it or in a short lead-in sentence on its line, or
    one of `not_call_invitations` there or in the sentence before on its line."""
    sentence = doc.sentence_of(at)[0]
    start = max(line[0], sentence)
    if start > line[0] and start - line[0] <= _LEAD_IN:
        start = line[0]
    if _subject_words("not_call_subjects").search(doc.text, start, at) is not None:
        return True
    if sentence > line[0]:  # (the sentence before, on the same line)
        start = max(line[0], doc.sentence_of(sentence - 1)[0])
    return _subject_words("not_call_invitations").search(doc.text, start, at) is not None


# "will be closed on", "are closed from": a place shut for a day (a call "closes" or "closed on" a
# day in the active voice), unless the clause before names what a call takes in ("Submissions will
# be closed on ...")
_SHUT_BEFORE = re.compile(r"\b(?:be|is|are|remains?|stays?)[ \t]+$", re.IGNORECASE)
_CALL_SUBJECT = re.compile(
    r"\b(?:calls?|applications?|submissions?|proposals?|portal|round)\b", re.IGNORECASE
)


def _shut(doc: Doc, word: re.Match[str]) -> bool:
    """Whether a deadline word "closed on" is a place's passive "be closed on" (`_SHUT_BEFORE`) in a
    clause that names nothing a call takes in."""
    if not word.group().lower().startswith("closed"):
        return False
    if _SHUT_BEFORE.search(doc.text, max(0, word.start() - 12), word.start()) is None:
        return False
    clause = doc.sentence_of(word.start())[0]
    return _CALL_SUBJECT.search(doc.text, clause, word.start()) is None


@functools.cache
def _gathering_closed() -> re.Pattern[str]:
    """A gathering of `closing_gatherings` (call_subjects.yaml) right before a closing word, maybe
    with "will" or "was" between: "The visit closed on Thursday", "the forum will close on 5 May"."""
    words = longest_first(yaml_words("call_subjects.yaml", "closing_gatherings"))
    return re.compile(rf"(?i)\b(?:{words})[ \t]+(?:(?:will|was|is)[ \t]+)?$")


def _gathering_closes(doc: Doc, word: re.Match[str]) -> bool:
    """Whether a closing word ("closed on", "closes") tells of a gathering ending, not a call."""
    if not word.group().lower().startswith("clos"):
        return False
    return _gathering_closed().search(doc.text, max(0, word.start() - 40), word.start()) is not None


def _deadline_dates(doc: Doc, line: tuple[int, int], dates: list[Mention]) -> list[Mention]:
    """The dates that a deadline line gives as deadlines: for each deadline word, the first date
    after it and before the next one ("opened on 8 April and closed on 1 July"; "apply to X by
    26 February ...; the Y deadline is 5 March"), else the first date after the first word, else
    the line's first date, unless an event of an earlier sentence takes it."""
    # (the day clocks change, and an hour the tagger dates to it: "moves to summer time on 29 March,
    # so the deadline corresponds to 11:00 CEST")
    changes = {str(d.attrs["value"])[:10] for d in dates if _clock_change_day(doc.text, d)}
    dates = [
        d
        for d in dates
        if not _start_date(doc, line, d) and not (changes and str(d.attrs["value"])[:10] in changes)
    ]
    found = list(DEADLINE.finditer(doc.text, *line))
    # "projects should begin no later than 1 October": no deadline
    words = [w for w in found if not _START_BEFORE.search(doc.text, max(line[0], w.start() - 30), w.start())]
    # "registration closes on 31 October", "Register at <link> by 5 November": a seat at an event
    clause = max(doc.sentence_of(line[0])[0], line[0] - _REGISTER_REACH)  # (a wrapped line goes on)
    words = [
        w for w in words if not _REGISTER_BEFORE.search(doc.text, max(clause, w.start() - 80), w.start())
    ]
    # "he is due in Shanghai on Wednesday", "the ship is due back in Punta Arenas": a journey
    words = [
        w for w in words if not (w.group().lower().endswith("due") and _due_away().match(doc.text, w.end()))
    ]
    # "The original deadline was 30 June": a deadline put off, no call's own
    words = [
        w for w in words if not _SUPERSEDED_BEFORE.search(doc.text, max(line[0], w.start() - 30), w.start())
    ]
    # "**Job vacancy.** ... the closing date for applications is 20 March": no funding call
    words = [w for w in words if not _other_subject(doc, line, w.start())]
    # "The embassy will be closed on Friday 18 April": offices shut, no call
    words = [w for w in words if not _shut(doc, w)]
    # "The visit closed on Thursday with a meeting ...": a gathering ends, no call
    words = [w for w in words if not _gathering_closes(doc, w)]
    if found and not words:
        return []
    out: list[Mention] = []
    ends = [w.start() for w in words[1:]] + [line[1]]
    for word, end in zip(words, ends[: len(words)], strict=True):
        first = _dated_clock(doc, next((d for d in dates if word.end() <= d.start < end), None), dates)
        if first is not None and first not in out:
            out.append(first)
    if out:
        return out
    if not words:
        return dates[:1]
    after = [d for d in dates if d.start >= words[0].end()]
    if after:
        return after[:1]
    # a date before the deadline word ("30 September: call closes"), but not the date of an event
    # that an earlier sentence tells of ("An information session will be held on 4 September. ...
    # will explain the two-part submission"): that is the event's day
    leading = dates[:1]
    told_apart = leading and doc.sentence_of(leading[0].start) != doc.sentence_of(words[0].start())
    return [] if told_apart and _event_date(doc, leading[0]) else leading


# A time of day with its zone and nothing else ("2:00 p.m. Eastern Time", "17:00 CET"), which the
# tagger may date to a day named earlier in the paragraph
_CLOCK_ZONE_ONLY = re.compile(
    rf"\s*(?:\d{{1,2}}[:.]\d\d(?:\s*[APap]\.?[Mm]\.?)?|\d{{1,2}}\s*[APap]\.?[Mm]\.?)\s*"
    rf"(?:[A-Z]{{2,5}}|[A-Z]\w+ time|{_ZONE_NAME})\s*$"  # ("5 pm Canberra time (AEDT) on ...")
)


def _dated_clock(doc: Doc, date: Mention | None, dates: list[Mention]) -> Mention | None:
    """The deadline's date when a time of day with its zone comes first and its own day right after
    ("submitted by 2:00 p.m. Eastern Time (ET) on Wednesday, September 30, 2026"): that day, not the
    day the tagger gave the time (an opening day named before it), else `date`."""
    if date is None or not _CLOCK_ZONE_ONLY.match(date.text):
        return date
    after = next((d for d in dates if d.start >= date.end), None)
    if after is None or after.start - date.end > 40:
        return date
    gap = doc.text[date.end : after.start]
    if _TIME_THEN_DATE.match(gap):
        return after
    # the same hour in the other side's zone, dated ("14:00 CET / 22:00 JST on 9 April 2026"): the
    # day and hour of that one (the same instant)
    if _OTHER_ZONE_GAP.fullmatch(gap) and _CLOCK_FIRST.match(after.text):
        return after
    return date


_OTHER_ZONE_GAP = re.compile(r"\s*(?:/|\bor\b|\(|=)\s*")
_CLOCK_FIRST = re.compile(r"(?:\d{1,2}[:.]\d\d|\d{1,2}\s*[APap]\.?[Mm]\.?)")


def _event_date(doc: Doc, date: Mention) -> bool:
    """Whether the record's events take this date mention as theirs (it lies in an event's evidence)."""
    return any(
        start <= date.start and date.end <= end
        for event in doc.record.events
        for start, end in event.evidence
    )


def _line_dates(doc: Doc, line: tuple[int, int]) -> list[Mention]:
    """The full calendar dates of a line (not a time of day alone)."""
    return [
        m
        for m in doc.in_span("date", *line)
        if is_calendar(m.attrs.get("value"))
        and len(str(m.attrs["value"])) >= 10
        and not _CLOCK_ONLY.match(m.text)
    ]


def _days_of(doc: Doc, line: tuple[int, int]) -> list[Mention]:
    """The line's dates that write a day (`_line_dates`, not a time with its zone that the tagger
    dates to some day: "3 March – 4 April 2025 (18:00 KST)")."""
    return [d for d in _line_dates(doc, line) if not _CLOCK_AND_ZONE.match(d.text)]


_SENTENCE_END = re.compile(r"[.!?:;]\W*$")
_NEXT_LINE = re.compile(r"[^\n]+")
_WRAP_LINES = 3  # how many lines a hard-wrapped deadline sentence may run on over to reach its date


_LOOK_ON = 120  # how far past a line's end a deadline word may look for its date ("... by" / "Friday, 3 May")


def _line_deadline_word(text: str, start: int, line: tuple[int, int]) -> re.Match[str] | None:
    """The first deadline word that starts between `start` and the end of its `line`, its test of
    what follows (a date after "submit ... by") run on over the line's end into the next line."""
    word = DEADLINE.search(text, start, min(len(text), line[1] + _LOOK_ON))
    return word if word is not None and word.start() < line[1] else None


def _wrapped_line(doc: Doc, line: tuple[int, int], dates: list[Mention]) -> tuple[int, int]:
    """The line (whose `_line_dates` are `dates`), run on into the next one when the text wraps a
    sentence there before the deadline's date: "... closes at 5:00 pm on" / "15 September 2026.";
    the line's last deadline word counts ("... by 2 February 2026; Korean applicants must file the
    matching proposal" / "with the NRF by 3 February 2026.")."""
    word = _line_deadline_word(doc.text, line[0], line)
    if word is not None and dates and word.end() <= dates[-1].start:
        word = _line_deadline_word(doc.text, dates[-1].end, line) or word
    if word is None or any(d.start >= word.end() for d in dates):
        return line
    own = doc.text[line[0] : line[1]]
    if (_SENTENCE_END.search(own) and not own.rstrip().endswith(":")) or doc.text[
        line[1] : line[1] + 1
    ] != "\n":
        return line  # (a label ending with a colon, "Deadline (applicants in X):", runs on)
    end = line[1]
    for _ in range(_WRAP_LINES):  # "... must be submitted by the host" / "institution ... by" / "5 May."
        following = _NEXT_LINE.match(doc.text, end + 1)
        if following is None or not following.group().strip():
            break
        whole = end > line[1] or (dates and not own.rstrip().endswith(":"))
        if whole and NEW_BLOCK.match(following.group()):
            # a new list item or table row: the sentence ended with the line before (a first line
            # with a date of its own before its deadline word is a whole item: "- 30 September: call
            # closes"; a label alone, "- Application deadline", takes its value from the next item)
            break
        end = following.end()
        if _line_dates(doc, (following.start(), end)) or _SENTENCE_END.search(following.group()):
            break
    return (line[0], end) if end > line[1] else line


def _restated_time(doc: Doc, date: Mention, deadline: str) -> bool:
    """Whether a deadline line gives only a time of day with its zone that restates the hour of a
    call found before ("Deadline for applications | 16 May 2025 at 16:15", then "the application
    deadline is 16:15 EEST (UTC+3)"): no deadline of its own; the call found before takes the
    zone's offset when it had none."""
    if len(deadline) <= 16 or not _CLOCK_AND_ZONE.match(date.text):
        return False
    call = next((c for c in doc.record.calls if (c.deadline or "")[11:16] == deadline[11:16]), None)
    if call is None:
        return False
    if call.deadline and len(call.deadline) == 16:
        call.deadline += deadline[16:]
    return True


def _refine_day(calls: list[Call], deadline: str, line: tuple[int, int]) -> bool:
    """Give the time of `deadline` to a call found before with its day alone ("deadline 30
    November", then "due on 30 November 2026 at 14:00 CET"); whether there was one."""
    if len(deadline) <= 10:
        return False
    call = next((c for c in calls if c.deadline == deadline[:10]), None)
    if call is None:
        return False
    call.deadline = deadline
    call.evidence.append(line)
    return True


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _restated(calls: list[Call], deadline: str, written: str = "") -> bool:
    """Whether a call found before has this very deadline, time and offset included (a closing
    date in a key-dates box, then "submit ... by" the same day and hour), or the same moment in
    another zone (`_same_instant`) written with no date of its own ("by 17:30 IST on the same
    day"): one call, stated twice."""
    dayless = _YEAR.search(written) is None  # "17:30 IST on the same day": no day of its own
    return len(deadline) > 10 and any(
        c.deadline == deadline or (dayless and _same_instant(c.deadline, deadline)) for c in calls
    )


def _same_instant(one: str | None, other: str) -> bool:
    """Whether two deadlines of one day with their hours and offsets name one moment in two time
    zones ("13:00 CET", then "17:30 IST on the same day": the second side's clock for the same
    closing)."""
    if not one or len(one) <= 16 or len(other) <= 16 or one[16:] == other[16:] or one[:10] != other[:10]:
        return False  # (another day in the other zone, "16:00 GMT 3 May" / "01:00 KST 4 May": each
        # side's calendar shows its own day, a call of its own)
    try:
        return datetime.fromisoformat(one) == datetime.fromisoformat(other)
    except ValueError:
        return False


def _same_day_again(doc: Doc, line: tuple[int, int], deadline: str, unowned: list[Call]) -> bool:
    """Whether a line restates the day of a call found before, the one line or the other naming no
    organisation (a key-dates box beside the text that gives the day with its funder): the same call
    again. `unowned` holds the calls found on lines that name none."""
    before = [c for c in doc.record.calls if (c.deadline or "")[:10] == deadline[:10]]
    if not before:
        return False
    if not _names_org(doc, line):
        return True
    # (not a call of the same day at another hour: "Québec team | March 18, 2026, 4:00 p.m. (Eastern
    # Time)", then "Wallonia-Brussels team | F.R.S.-FNRS | 18 March 2026, 12:00 noon (CET)": each side
    # its own deadline)
    before = [c for c in before if not _other_hour(c.deadline or "", deadline)]
    return any(any(c is u for u in unowned) for c in before)


def _seen_before(seen: dict[tuple[str, str | None], list[str]], deadline: str, funder: str | None) -> bool:
    """Whether a call of the deadline's day was found before with this funder or none, at the same
    hour or with no hour given (`_other_hour`: a side's row at another hour is a call of its own)."""
    day = deadline[:10]
    found = seen.get((day, funder), []) + seen.get((day, None), [])
    return any(not _other_hour(before, deadline) for before in found)


def _other_hour(one: str, other: str) -> bool:
    """Whether two deadlines of one day both give an hour, and not the same one."""
    return len(one) > 10 and len(other) > 10 and one[11:16] != other[11:16]


def _names_org(doc: Doc, line: tuple[int, int]) -> bool:
    """Whether an organisation is named on the line (not a time zone's acronym: `_call_orgs`)."""
    orgs = _call_orgs(doc)
    return any(line[0] <= s < line[1] for o in orgs for s, _ in o.spans)


def _as_written(doc: Doc, name: str | None) -> str | None:
    """A programme's name as the text writes it: a name that only the reference data gives ("JSPS
    Postdoctoral Fellowships for Research in Japan" where the text says "Fellowship") yields to the
    longest of the programme's names that the text itself uses (on one line), if any."""
    if name is None:
        return None
    flat: str | None = doc.data.get("_flat_text")
    if flat is None:
        flat = doc.data["_flat_text"] = " ".join(doc.text.split())
    if " ".join(name.split()) in flat:
        return " ".join(name.split())
    group = next((g for g in doc.data.get("programmes", []) if name in {g.name, *g.aliases}), None)
    written = [" ".join(n.split()) for n in ({group.name, *group.aliases} if group else ())]
    written = [n for n in written if n in flat]
    return max(written, key=lambda n: (len(n), n)) if written else name


def _known_deadline(
    doc: Doc, date: Mention, deadline: str, line: tuple[int, int], unowned: list[Call]
) -> bool:
    """Whether a deadline restates one of a call found before (its time and zone, its day with a
    time now given, the very same deadline, or its day again: `_restated_time`, `_refine_day`,
    `_restated`, `_same_day_again`), so that it makes no call of its own. `unowned` holds the calls
    found on lines that name no organisation."""
    if _restated_time(doc, date, deadline):
        return True
    if _refine_day(doc.record.calls, deadline, line) or _restated(doc.record.calls, deadline, date.text):
        return True
    return _same_day_again(doc, line, deadline, unowned)


def _deadline_programme(doc: Doc, position: int, funder: str | None) -> str | None:
    """The name of the programme that a deadline at `position` belongs to (`_call_programme`),
    in its longest form and as the text writes it; else the call's own name when one stands before
    the deadline (`named_call_span`), which is then listed as a programme; else None."""
    programme = _call_programme(doc, position, funder)
    if programme and programme != _own_name(doc):
        programme = _longest_name(doc, programme)
    programme = _as_written(doc, programme)
    titled_call = title_joint_call(doc) if programme else None
    if programme and titled_call and titled_call[2].startswith(programme + " "):
        programme = titled_call[2]  # the title's joint call goes on with its topic ("... on Y 2025")
    if programme is None:
        own_call = _named_call_at(doc, position)
        programme = own_call[2] if own_call else None
        if own_call:
            _list_own_call(doc, own_call)
    return programme or _between_countries_scheme(doc)


# What a call funds, or the scheme it runs under, named by the two countries it is between: the
# page's title "Public call for joint research projects between the Republic of X and the State of
# Y", or "under the bilateral programme of scientific and technological cooperation between X and Y"
_BETWEEN_TITLE = re.compile(
    r"[ \t#*]*(?i:(?:public|open|joint|bilateral)[ \t]+)?(?i:call)[ \t]+for[ \t]+"
    r"(?:proposals[ \t]+(?:for|on)[ \t]+)?((?i:joint|bilateral)[ \t]+[a-z][a-z \t-]{2,60}?)"
    r"[ \t]+between[ \t]+"
)
_BETWEEN_SCHEME = re.compile(
    r"\b(?:under|within|through|of)[ \t\n]+the[ \t\n]+"
    r"((?:bilateral|executive|joint)[ \t\n]+programme[ \t\n]+of[ \t\n]+[a-z][a-z \t\n-]{2,60}?"
    r"[ \t\n]+(?:co-?operation|collaboration))[ \t\n]+between[ \t\n]+"
)
_COUNTRY_AND = re.compile(r"[ \t\n]+and[ \t\n]+(?:the[ \t\n]+)?")


def _between_countries_scheme(doc: Doc) -> str | None:
    """The name of what a call is between two countries for, when nothing else names its programme
    (once per document): the page's title "Call for joint research projects between X and Y", else
    the first "under the bilateral programme of ... cooperation between X and Y" in the text;
    the name runs to the second country's end; None without one."""
    if "_between_scheme" not in doc.data:
        title = title_line(doc.text)
        found = title and _BETWEEN_TITLE.match(doc.text, title[0], title[1])
        if not found:
            found = _BETWEEN_SCHEME.search(doc.text) if " between" in doc.text else None
        end = found and _second_country_end(doc, found.end())
        name = doc.text[found.start(1) : end] if found and end else None
        doc.data["_between_scheme"] = name and " ".join((name[0].upper() + name[1:]).split())
    scheme: str | None = doc.data["_between_scheme"]
    return scheme


def _second_country_end(doc: Doc, start: int) -> int | None:
    """Where "X and Y" that starts at `start` ends, X and Y two countries ("the Republic of Croatia
    and Montenegro"); None when the words there are not two countries joined by "and"."""
    if doc.text.startswith("the ", start):
        start += 4
    countries = doc.in_span("country", start, min(len(doc.text), start + 160))
    if len(countries) < 2 or countries[0].start != start:
        return None
    joined = _COUNTRY_AND.fullmatch(doc.text, countries[0].end, countries[1].start)
    return countries[1].end if joined else None


@component("calls")
def make_calls() -> Component:
    """Find funding calls with their deadlines (record ``calls``)."""

    def run(doc: Doc) -> None:
        if not _call_context(doc_folded(doc)):
            return
        seen: dict[tuple[str, str | None], list[str]] = {}  # (day, funder) -> the deadlines found
        unowned: list[Call] = []  # calls found on lines that name no organisation
        for found in deadline_lines(doc):
            dates = _line_dates(doc, found)
            line = _wrapped_line(doc, found, dates)
            if line != found:
                dates = _line_dates(doc, line)
            for date in _deadline_date(doc, line, dates):
                deadline = deadline_value(doc, date, line)
                if _known_deadline(doc, date, deadline, line, unowned):
                    continue
                funder = _funder(doc, line, date.start)
                if _seen_before(seen, deadline, funder):
                    continue
                seen.setdefault((deadline[:10], funder), []).append(deadline)
                programme = _deadline_programme(doc, date.start, funder)
                since = doc.record.calls[-1].evidence[0][1] if doc.record.calls else -1
                amount = _max_amount(doc, line, since, deadline_sides(doc, line, date))
                doc.record.calls.append(Call(programme, funder, deadline, None, amount, [line]))
                if not _names_org(doc, line):
                    unowned.append(doc.record.calls[-1])
        if doc.record.calls:
            _list_coined_calls(doc)

    return run
