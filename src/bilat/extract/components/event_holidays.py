"""Named days: a day's name in brackets right after a date ("closed on Monday 21 April (Tiradentes
Day)", "on 1 May (Labour Day)") says what that date is called, a holiday, not an event held then; and
a day that a text wishes its readers ("wishes all citizens a meaningful Heritage Day on 24 September",
"Happy Science Day!") is a holiday kept, not an event held (the words: event_types.yaml `day_wishes`)."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import longest_first, yaml_words

# An opening bracket and the capitalised words of a day's name before its cue ("(Tiradentes ",
# "(National Science "), and the closing bracket right after the cue
_NAME_BEFORE = re.compile(r"\([ \t]*(?:[A-Z][\w'’.-]*[ \t]+){0,4}$")
_CLOSE_AFTER = re.compile(r"[ \t]*\)")
NAME_REACH = 60  # how far before its cue a day's name may open its bracket


def names_its_date(doc: Doc, hit: Hit) -> bool:
    """Whether an event word closes a bracketed name right after a date ("21 April (Tiradentes
    Day)"): the name of that day, not an event."""
    opening = _NAME_BEFORE.search(doc.text, max(0, hit.start - NAME_REACH), hit.start)
    if opening is None or _CLOSE_AFTER.match(doc.text, hit.end) is None:
        return False
    end = opening.start()
    while end > 0 and doc.text[end - 1] in " \t":
        end -= 1
    return any(m.end == end for m in doc.in_span("date", max(0, end - 40), end))


# How far before a day's cue the wish may start (characters), within its sentence.
WISH_REACH = 90


@functools.cache
def _wish_before() -> re.Pattern[str]:
    """A wish (`day_wishes`, not "wish to"), then words up to the day's name and its cue: "wishes
    all South Africans a meaningful Heritage ", "Happy National Science "."""
    wishes = longest_first(yaml_words("event_types.yaml", "day_wishes")) or "(?!)"
    return re.compile(
        rf"(?i)\b(?:{wishes})\b(?![ \t]+to\b)[^.;:!?\n]*?(?-i:[ \t]+[A-Z][\w'’-]*){{1,4}}[ \t]+$"
    )


def wished_day(doc: Doc, hit: Hit) -> bool:
    """Whether a capitalised "Day" cue names a day the text wishes its readers ("wishes all citizens a
    meaningful Heritage Day"): a holiday, not an event."""
    if doc.text[hit.start : hit.end] not in ("Day", "DAY"):
        return False
    start = max(doc.sentence_of(hit.start)[0], hit.start - WISH_REACH)
    return _wish_before().search(doc.text, start, hit.start) is not None
