"""Dates that close sign-up for an event rather than date it.

"Registration is required by 3 December", "apply before 1 May", "abstracts due by 15 March",
"registration deadline: 3 December": such a date, told in the sentence of an event, is a deadline
for taking part (the words: ``deadline_subjects`` and ``deadline_links`` in
``data/event_types.yaml``), so it neither starts nor ends the event.
"""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc, Mention
from bilat.extract.resources import alternatives_longest_first, load_yaml

# How far before a date its deadline clause may begin ("registration for the lecture is required by").
REACH = 60


@functools.cache
def _deadline_before() -> re.Pattern[str]:
    data = load_yaml("event_types.yaml")
    subjects, links = data.get("deadline_subjects", []), data.get("deadline_links", [])
    if not subjects or not links:
        return re.compile(r"(?!)")
    return re.compile(
        rf"(?i)(?:\b(?:{alternatives_longest_first(subjects)})\b(?:[^.;!?\n]|\n(?![ \t]*\n)){{0,40}}?"
        rf"\b(?:{alternatives_longest_first(links)})"
        r"|\bdeadline(?:\s+(?:for|to)\s+\w+(?:\s+\w+)?)?\s*(?:is|:|of|on)?)\s*(?:the\s+)?$"
    )


@functools.cache
def _link_ends() -> tuple[str, ...]:
    """The last words a deadline clause may end with before its date (a quick test)."""
    links = load_yaml("event_types.yaml").get("deadline_links", [])
    return (*(" " + link.split()[-1] for link in links), "deadline", ":", " is", " of", " on")


def is_deadline(doc: Doc, date: Mention) -> bool:
    """Whether `date` closes sign-up for an event ("register by 3 December") rather than dates it."""
    at = _before_emphasis(doc.text, date.start)  # ("will close on **30 April 2026**")
    # (a hard-wrapped text may break the line before the link word: "contact us\nby 3 May")
    tail = " ".join(doc.text[max(0, at - 12) : at].lower().split())
    tail = " " + tail if doc.text[max(0, at - 13) : max(0, at - 12)].strip() == "" else tail
    if tail.endswith(" the"):
        tail = tail[:-4].rstrip()
    if not tail.endswith(_link_ends()):
        return False
    start = max(doc.sentence_of(date.start)[0], at - REACH)
    return _deadline_before().search(doc.text, start, at) is not None


# The words right before a date that make it the day something closes, whatever closes ("the call ...
# will close on 30 April", "proposals are due by 3 May").
_CLOSING_LINK = re.compile(
    r"(?i)\b(?:clos(?:e|es|ing)|due|deadline)(?:[ \t]+(?:on|by|is))?[ \t:]*(?:the[ \t]+)?$"
)
CLOSING_REACH = 24  # characters before a date that may hold those words


def closing_day(doc: Doc, date: Mention) -> bool:
    """Whether `date` is told as the day something closes or falls due ("will close on 30 April")."""
    at = _before_emphasis(doc.text, date.start)
    return _CLOSING_LINK.search(doc.text, max(0, at - CLOSING_REACH), at) is not None


# Emphasis markup that may open a date ("**30 April 2026**", "_3 May_"): at most this many characters.
EMPHASIS_REACH = 3


def _before_emphasis(text: str, at: int) -> int:
    """`at` moved back over the emphasis marks that open the date there."""
    stop = max(0, at - EMPHASIS_REACH)
    while at > stop and text[at - 1] in "*_":
        at -= 1
    return at
