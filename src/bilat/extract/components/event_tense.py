"""A month or day told without a year in a sentence about what will happen ("would open a desk at
the fair in July", "the ministers will meet again in March"): when the reader placed it before the
document's date, it is the next such month or day, a year later."""

from __future__ import annotations

import re

from bilat.extract.doc import Doc, Mention

_FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|(?:is|are)\s+(?:to|due\s+to|expected\s+to|scheduled\s+to|set\s+to)|"
    r"plans?\s+to|planned|intends?\s+to|next\s+year)\b"
)
_PAST_CUE = re.compile(r"(?i)(?:ed|\bmet|\bheld)$")
_FOUR_DIGITS = re.compile(r"\d{4}")


def not_before_publication(doc: Doc, date: Mention, value: str, cue: tuple[int, int]) -> str:
    """`value` (the date's ISO value), a year later when the date has no year of its own, falls
    before the document's date, and the clause before it tells the future rather than the past."""
    published = doc.published or ""
    if len(value) < 7 or len(published) < 7 or value >= published[: len(value)] or not value[:4].isdigit():
        return value
    if date.attrs.get("end_value") or date.attrs.get("anchored") or _FOUR_DIGITS.search(date.text):
        return value
    if _PAST_CUE.search(doc.text, cue[0], cue[1]):
        return value
    start = doc.sentence_of(date.start)[0]
    if _FOUR_DIGITS.search(doc.text, start, doc.sentence_of(date.start)[1]) or not _FUTURE.search(
        doc.text, start, date.start
    ):
        return value
    later = f"{int(value[:4]) + 1:04d}{value[4:]}"
    return later if later[5:] != "02-29" else value
