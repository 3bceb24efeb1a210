"""Named days: a day's name in brackets right after a date ("closed on Monday 21 April (Tiradentes
Day)", "on 1 May (Labour Day)") says what that date is called, a holiday, not an event held then."""

from __future__ import annotations

import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit

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
