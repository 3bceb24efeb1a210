"""The end of an event kept consistent with its start (an event never ends before it begins), and
the subject that names an event told by a verb in the passive ("The network was launched")."""

from __future__ import annotations

import datetime as dt
import re

from bilat.extract.doc import Doc

_WEEKDAY = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b"
)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def consistent_end(start: str, end: str | None, written: str) -> str | None:
    """`end` when it falls on or after `start` (both ISO, compared at the coarser precision).

    An end stated as a bare weekday ("opened on Monday and closes on Friday") that a reader
    resolved to the week before the start is moved to the first such weekday on or after it; any
    other end before the start is dropped as impossible.
    """
    if not end:
        return None
    size = min(len(start), len(end))
    if end[:size] >= start[:size]:
        return end
    if _DAY.fullmatch(start[:10]) and _DAY.fullmatch(end[:10]) and _WEEKDAY.search(written):
        first, last = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
        weeks = -(-(first - last).days // 7)
        moved = last + dt.timedelta(days=7 * weeks)
        return moved.isoformat() if (moved - first).days < 7 else None
    return None


# What comes before a verb cue whose subject opens the sentence: "The network was launched",
# "The X Laboratory, jointly established by ...", "The centre has been officially opened".
_PASSIVE = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<subject>[A-Z][^,;:()\n]{2,120}?|[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s*"
    r"(?:,\s*(?:[a-z]+ly\s+)?|\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)"
    r"\s+(?:[a-z]+ly\s+)?)"
)
SUBJECT_MAX_WORDS = 12
NAMED_BEFORE_REACH = 3000  # characters back that a definite description ("the network") may refer


def passive_subject(doc: Doc, cue: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span of what a passive verb cue happened to, when it opens the sentence ("The network
    was launched ..." → "network"), else None."""
    match = _PASSIVE.fullmatch(doc.text, sentence[0], cue[0])
    if match is None or len(match.group("subject").split()) > SUBJECT_MAX_WORDS:
        return None
    if match.group("subject")[:1].islower():  # "the network": the name told before with that head
        return _named_before(doc, match.group("subject"), sentence[0])
    return match.span("subject")


def _named_before(doc: Doc, description: str, before: int) -> tuple[int, int] | None:
    """The span of the last capitalised name before `before` that ends with the head word of a
    definite description ("the network" → "Ireland-Canada Coastal Futures Network")."""
    head = description.split()[-1]
    pattern = re.compile(
        rf"(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|on|the)\s+)*){{1,8}}{re.escape(head.capitalize())}\b"
    )
    found = list(pattern.finditer(doc.text, max(0, before - NAMED_BEFORE_REACH), before))
    if not found:
        return None
    start, end = found[-1].span()
    for org in doc.data.get("organizations", []):  # the whole name that holds it ("X Institute for Y")
        for s, e in org.spans:
            if s <= start and end <= e:
                return s, e
    return start, end
