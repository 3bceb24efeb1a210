"""Minutes and programme pages that would tell one gathering twice.

- A record's heading dates the record, not always the meeting: "Minutes of the 3rd Session of the
  Joint Committee, Tashkent, 14 March 2024" over "The session was held on 13 March 2024". A
  meeting told only by one of the first sentences (the title or its header lines) a day to a few
  days after an event of the same kind, place and name told in the body is that event
  (`fold_record_dates`).
- Signing "the Agreed Minutes of the 10th meeting" is dated at the last day and place of that
  meeting when the text tells it (its ordinal named), whatever date the sentence is near
  (`minutes_signings`; event_types.yaml `record_nouns`).
- A programme row naming a part of the gathering ("09:30 – Opening", "Session 1: ...", "Forum
  opening") is no event of its own: on a day a gathering of the page spans, it is dropped; the
  opening row of a timed programme with no gathering found for its day tells the gathering
  itself, a conference (`programme_parts`; event_types.yaml `programme_parts`).
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TypeVar

from bilat.extract.components.event_told import Told
from bilat.extract.doc import Doc
from bilat.extract.resources import load_yaml
from bilat.temporal.lexicon import lexicon

HEADER_SENTENCES = 4  # the first sentences of a text, where a record's title and header lines stand
RECORD_LAG_DAYS = 3  # how long after a meeting its record may be dated
GATHERINGS = frozenset({"meeting", "conference"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CLOCK = re.compile(r"[\s*_#|>-]*\d{1,2}[:.h]\d{2}\b")
_NAME_STOP = frozenset(
    {"the", "of", "on", "and", "for", "in", "a", "an", "to", "meeting", "session", "committee", "joint"}
)


T = TypeVar("T", bound=Told)


@functools.cache
def _part_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the words that name a part, the words that may stand with them)."""
    data = load_yaml("event_types.yaml")
    parts = frozenset(str(w).lower() for w in data.get("programme_parts", []))
    return parts, parts | {str(w).lower() for w in data.get("programme_part_words", [])}


def _day(value: str | None) -> datetime.date | None:
    if not value or len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _words(name: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(name)} - _NAME_STOP


def _record_date_of(item: Told, body: Told) -> bool:
    """Whether `item` (told by a heading) is `body` dated by its record: same kind and place (when
    both give one), a name in common, dated on `body`'s last day or up to a few days after it."""
    if item.type != body.type or item.type not in GATHERINGS:
        return False
    if item.location and body.location and item.location != body.location:
        return False
    day, first = _day(item.date), _day(body.date)
    last = _day(body.end) or first
    if day is None or first is None or last is None or day == first:
        return False
    if not first < day <= last + datetime.timedelta(days=RECORD_LAG_DAYS):
        return False
    return bool(_words(item.name) & _words(body.name))


def _header_end(doc: Doc) -> int:
    """Where a text's heading lines end: its first sentences (at most `HEADER_SENTENCES`) up to the
    first that ends as a sentence does ("The session was held on 13 March.")."""
    end = 0
    for start, stop in doc.sentences[:HEADER_SENTENCES]:
        if doc.text[start:stop].rstrip().rstrip("*_").endswith((".", "!", "?", ":")):
            break
        end = stop
    return end


def fold_record_dates(doc: Doc, events: list[T]) -> list[T]:
    """`events` without a heading's meeting that a body event tells with the meeting's own date."""
    if len(events) < 2 or not doc.sentences:
        return events
    header_end = _header_end(doc)
    if not header_end:
        return events
    kept = list(events)
    for item in events:
        if item.sentence[0] >= header_end or item.type not in GATHERINGS:
            continue
        body = next(
            (o for o in kept if o is not item and o.sentence[0] >= header_end and _record_date_of(item, o)),
            None,
        )
        if body is None:
            continue
        body.location = body.location or item.location
        if _words(body.name) < _words(item.name):
            body.name = item.name  # the title's full name ("3rd Session of the ... Committee")
        body.spans += [s for s in item.spans if s not in body.spans]
        kept.remove(item)
    return kept


# A part of a gathering opening its sentence as the setting of what is told: "In the closing
# session, A and B announced that they will open a joint call in March 2027"
_SETTING_OPENER = re.compile(r"[\s*_#>-]*(?:In|At|During)\s+(?:the|its|their)\s+$")
_SETTING_CLOSER = re.compile(r"\s*,")


def _setting_parts(doc: Doc, events: list[T]) -> list[T]:
    """`events` without the bare parts of a gathering told before that open their sentence as its
    setting ("In the closing session, ... will open a call in March 2027"): a part of that gathering,
    and the date of its sentence is of what was said there."""
    gatherings = [e.sentence[0] for e in events if e.type in GATHERINGS and not _bare_part(e.name)]
    if not gatherings:
        return events
    return [e for e in events if not (_opens_as_setting(doc, e) and min(gatherings) < e.sentence[0])]


def _opens_as_setting(doc: Doc, item: Told) -> bool:
    start, end = item.spans[0]
    return (
        _bare_part(item.name)
        and item.sentence[0] <= start < item.sentence[1]
        and _SETTING_OPENER.fullmatch(doc.text, item.sentence[0], start) is not None
        and _SETTING_CLOSER.match(doc.text, end) is not None
    )


def _bare_part(name: str) -> bool:
    """Whether a name is only words of a programme's parts ("Opening", "Session", "Forum opening")."""
    parts, allowed = _part_words()
    words = [w.lower() for w in _WORD.findall(name)]
    return any(w in parts for w in words) and all(w in allowed for w in words)


def _spans_day(event: Told, day: str) -> bool:
    return event.date == day or bool(event.end and event.date <= day <= event.end)


def programme_parts(doc: Doc, events: list[T]) -> list[T]:
    """`events` without the rows of a programme that name a part of a gathering (see the module)."""
    events = _setting_parts(doc, events)
    parts = [e for e in events if len(e.date) == 10 and _bare_part(e.name)]
    if not parts:
        return events
    gatherings = [e for e in events if e.type in GATHERINGS and not _bare_part(e.name)]
    part_ids = {id(e) for e in parts}
    openings: set[int] = set()
    kept: list[T] = []
    for item in events:
        if id(item) not in part_ids:
            kept.append(item)
            continue
        if any(_spans_day(g, item.date) for g in gatherings):
            continue  # a part of the gathering of that day
        if item.type == "launch" and _CLOCK.match(doc.text, item.sentence[0]):
            item.type = "conference"  # "09:30 – Opening": the opening of the day's programme
            gatherings.append(item)
            openings.add(id(item))
        kept.append(item)
    # parts kept before the opening row that now stands for their day's gathering
    return [
        e
        for e in kept
        if id(e) not in part_ids or id(e) in openings or not any(_spans_day(g, e.date) for g in gatherings)
    ]


RECORD_ORDINAL_MAX = 20  # the ordinal words ("first" ... "twentieth") that number a recorded meeting


def _ordinal_words() -> str:
    """The ordinal words of the temporal lexicon up to `RECORD_ORDINAL_MAX`, as a regex alternation."""
    ordinals = lexicon().day_ordinals
    words = sorted((w for w in ordinals if ordinals[w] <= RECORD_ORDINAL_MAX), key=ordinals.__getitem__)
    return "|".join(words)


@functools.cache
def _record_pattern() -> re.Pattern[str]:
    nouns = sorted(
        (str(n) for n in load_yaml("event_types.yaml").get("record_nouns", [])), key=len, reverse=True
    )
    record = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in nouns)
    return re.compile(
        rf"(?i)\b(?:{record})\s+of\s+(?:the\s+)?"
        rf"(\d{{1,3}}(?:st|nd|rd|th)|{_ordinal_words()})\s+(?:[\w-]+\s+){{0,6}}?(?:meeting|session)\b"
    )


def _numbered(event: Told, ordinal: str) -> bool:
    if ordinal[:1].isdigit() and getattr(event, "ordinal", None) == ordinal:
        return True
    return bool(re.search(rf"(?i)\b{ordinal}\b", event.name))


def minutes_signings(doc: Doc, events: list[T]) -> list[T]:
    """`events` with each signing of a numbered meeting's minutes dated at that meeting (see the module)."""
    for item in [e for e in events if e.type == "signing"]:
        found = _record_pattern().search(doc.text, item.sentence[0], item.sentence[1])
        if found is None:
            continue
        ordinal = found.group(1).lower()
        meetings = [e for e in events if e.type in GATHERINGS and len(e.date) == 10 and _numbered(e, ordinal)]
        if len(meetings) != 1:
            continue
        meeting = meetings[0]
        item.date = meeting.end or meeting.date
        item.location = meeting.location or item.location
    return events
