"""A date told as the day an event closed ("The minister's visit ends today", "Their visit ended on
Tuesday", "Expo 2025 Osaka, which closed on 13 October") is that event's last day, not its first:

- for an event word right before the closing verb (its subject), the date is the end; when the text
  tells the event's length ("a three-day working visit", "a five-day exchange visit") its start is
  counted back from that end, else the day stays the start (a one-day meeting "ended on Friday");
- for another event word before the closing verb ("toured the Pavilion at the Expo, which closed on
  13 October"), the date is no day of its own: it dates the event that closed.

The closing verbs are `closing_verbs` of event_types.yaml."""

from __future__ import annotations

import datetime as dt
import functools
import re

from bilat.extract.doc import Doc, Mention
from bilat.extract.resources import longest_first, yaml_words

CLOSING_REACH = 40  # characters between a closing verb and its date at most
_STEMS = ("clos", "end", "conclu", "wrap")  # the stems of every closing verb (a cheap test first)
LENGTH_REACH = 4000  # characters before the closing that may tell the event's length
MAX_LENGTH_DAYS = 14
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
}  # fmt: skip
# The event word's subject phrase between it and the closing verb: a name's tail ("Expo 2025
# Osaka"), then ", which" ("the Expo, which closed on ...") or nothing ("the visit ends today").
_SUBJECT_GAP = re.compile(r"(?:\s+[A-Z0-9][\w’'-]*){0,3}\s*(?:,\s*which\s+)?\s*")


@functools.cache
def _closing() -> re.Pattern[str]:
    """A closing verb, then "on"/"in"/"the" at most, at the end of the text before a date."""
    verbs = longest_first(yaml_words("event_types.yaml", "closing_verbs")) or "(?!)"
    return re.compile(rf"(?i)\b(?:{verbs})\s+(?:(?:on|in)\s+)?(?:the\s+)?$")


def closing_verb(doc: Doc, date: Mention) -> int | None:
    """The start of the closing verb that `date` follows ("ended on Tuesday"), if any."""
    before = doc.text[max(0, date.start - CLOSING_REACH) : date.start].lower()
    if not any(stem in before for stem in _STEMS):
        return None  # (the cheap test first)
    found = _closing().search(doc.text, max(0, date.start - CLOSING_REACH), date.start)
    return found.start() if found else None


def closing_subject(doc: Doc, cue: tuple[int, int], verb: int) -> bool:
    """Whether the event word at `cue` is what the closing verb at `verb` tells closed."""
    return cue[1] <= verb and _SUBJECT_GAP.fullmatch(doc.text, cue[1], verb) is not None


_WHICH_BEFORE = re.compile(r",\s*which\s+$")


@functools.cache
def _closed_object() -> re.Pattern[str]:
    """A closing verb, a determiner and at most three words at the end of the text before an event
    word: "concluded a three-day working ..." before "visit"."""
    verbs = longest_first(yaml_words("event_types.yaml", "closing_verbs")) or "(?!)"
    return re.compile(rf"(?i)\b(?:{verbs})\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,3}}$")


# Between the event word a closing verb takes as its object and its day: the rest of the clause
# ("to Germany", a line break of hard-wrapped text allowed), then "on" ("concluded a three-day working
# visit to Germany on Tuesday").
_OBJECT_TO_DAY = re.compile(r"(?:[^.;\n]|\n(?![ \t]*\n)){0,40}\bon\s+(?:the\s+)?$")


# The same without "on", before a day told by a deictic word ("wrapped up a three-day visit to
# the Sultanate last Thursday", "... yesterday")
_OBJECT_TO_DEICTIC = re.compile(r"(?:[^.;\n]|\n(?![ \t]*\n)){0,40}\s$")
_DEICTIC_DAY = re.compile(r"(?i)(?:last|this|past|yesterday|today)\b")


def closed_object(doc: Doc, cue: tuple[int, int], date: Mention) -> bool:
    """Whether `date` is the day the event word at `cue` closed, told as a closing verb's object:
    "concluded a three-day working visit to Germany on Tuesday", "... to Japan last Friday"."""
    if date.start < cue[1]:
        return False
    told_on = _OBJECT_TO_DAY.fullmatch(doc.text, cue[1], date.start) is not None
    deictic = _DEICTIC_DAY.match(date.text) is not None
    if not told_on and not (deictic and _OBJECT_TO_DEICTIC.fullmatch(doc.text, cue[1], date.start)):
        return False
    return _closed_object().search(doc.text, max(0, cue[0] - 60), cue[0]) is not None


def closes_other(doc: Doc, verb: int) -> bool:
    """Whether the closing verb at `verb` opens a relative clause (", which closed on ..."): it
    tells of the noun right before it, not of an event word further back."""
    return _WHICH_BEFORE.search(doc.text, max(0, verb - 12), verb) is not None


@functools.cache
def _length_pattern(word: str) -> re.Pattern[str]:
    numbers = "|".join(_NUMBER_WORDS)
    return re.compile(
        rf"(?i)\b(\d{{1,2}}|{numbers})[- ]day(?:[- ]long)?\s+(?:[a-z-]+\s+){{0,2}}{re.escape(word)}\b"
    )


def told_length(doc: Doc, word: str, before: int) -> int | None:
    """The number of days of the last "N-day WORD" told before `before` ("a three-day working
    visit"), if any."""
    found = list(_length_pattern(word).finditer(doc.text, max(0, before - LENGTH_REACH), before))
    if not found:
        return None
    number = found[-1].group(1).lower()
    days = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    return days if 1 < days <= MAX_LENGTH_DAYS else None


def start_before(end: str, days: int) -> str | None:
    """The first day of an event of `days` days whose last day is `end` (ISO), if `end` is a day."""
    try:
        last = dt.date.fromisoformat(end[:10])
    except ValueError:
        return None
    return (last - dt.timedelta(days=days - 1)).isoformat()


# An event told as opening on one day and closing on a later one in the same clause ("The Expo opened
# on 27 February at La Rural and closed on 1 March", "the fair began on 3 May, and ended on 7 May"):
# the later day is its last. The verb before the first day, then the words to the closing verb.
_BEGUN = re.compile(
    r"(?i)\b(?:opened|opens|began|begins|started|starts|kicked\s+off|kicks\s+off)\s+(?:on\s+)?(?:the\s+)?$"
)
BEGUN_REACH = 30  # characters before the first day that may hold the opening verb
CLOSED_AFTER_REACH = 90  # characters from the first day to the closing day at most
# an exhibition may stay open for months ("Expo 2025 opened on 13 April and closed on 13 October")
MAX_OPEN_DAYS = 200


@functools.cache
def _closed_after() -> re.Pattern[str]:
    verbs = longest_first(yaml_words("event_types.yaml", "closing_verbs")) or "(?!)"
    return re.compile(
        rf"(?i)[^.;\n]{{0,60}}?(?:,|\band)\s+(?:(?:it|was|has|had)\s+)?(?:{verbs})\s+(?:on\s+)?(?:the\s+)?"
    )


def closed_later(doc: Doc, date: Mention, value: str) -> str | None:
    """The last day of an event whose first day `value` (of `date`) an opening verb tells, when the
    same clause goes on to tell the day it closed ("opened on 27 February ... and closed on 1 March")."""
    if len(value) != 10 or not _BEGUN.search(doc.text, max(0, date.start - BEGUN_REACH), date.start):
        return None
    tail = doc.text[date.end : date.end + CLOSED_AFTER_REACH].lower()
    if not any(stem in tail for stem in _STEMS):
        return None  # (the cheap test first)
    for later in doc.in_span("date", date.end, date.end + CLOSED_AFTER_REACH):
        if not _closed_after().fullmatch(doc.text, date.end, later.start):
            continue
        last = str(later.attrs.get("value") or "")[:10]
        try:
            days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(value)).days
        except ValueError:
            return None
        return last if 0 < days <= MAX_OPEN_DAYS else None
    return None
