"""One event word for several occurrences, each told with its own place and date: "information days
in Lima on 3 May and in Quito on 5 May", "roadshows in Accra (12 June) and Kumasi (14 June)",
"workshops on 2 March in Hanoi and on 4 March in Da Nang". Each place-date pair after the word is
an event of its own; the word's nearest date alone would give one event and the wrong place."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import Hit

# What may stand between a city and its date ("Lima on 3 May", "Lima (3 May)", "Lima, 3 May") and
# between a date and its city ("3 May in Lima", "(3 May) in Lima").
_CITY_THEN_DATE = re.compile(r"\s*(?:,\s*|\(\s*|on\s+|from\s+|,\s*on\s+)?(?:the\s+)?")
_DATE_THEN_CITY = re.compile(r"\)?\s*,?\s*(?:in|at)\s+(?:the\s+)?")
# What joins two pairs: "and", a comma, a semicolon, with the brackets of the first pair's date.
# A stop's visited body may stand before its place: "the Indian Institute of Science in Bengaluru
# on 12 March and the IIT Madras in Chennai on 13 March".
# A tour's next stop may be told by a verb of going on ("opens in Nairobi on 16 March and will travel
# on to Mombasa on 18 March", "starts in Paris on 7 April, continues in Lyon on 9 April and ends in
# Toulouse on 10 April").
_GOING_ON = (
    r"(?:\s+then)?(?:\s+(?:will|would))?\s+(?:travel(?:s|led|ed)?|move[sd]?|continue[sd]?|go(?:es)?|"
    r"head(?:s|ed)?|end(?:s|ed)?|finish(?:es|ed)?|conclude[sd]?)(?:\s+(?:on|its\s+tour))?\s+(?:to|in|at)"
)
_JOIN = re.compile(
    rf"\)?\s*(?:,|;|,?\s+and|,?\s+as\s+well\s+as|,?(?:\s+and)?{_GOING_ON})\s+(?:(?:in|at|on)\s+)?(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the|de)\s+)*){1,8}(?:in|at)\s+)?"
)
# How far after the event word the first pair may begin.
FIRST_PAIR_REACH = 60


def listed_places(
    doc: Doc, cue: Hit, dates: Sequence[Mention], hits: Sequence[Hit], places: Sequence[Mention]
) -> list[tuple[Mention, str | None]]:
    """The (date, city) pairs listed after an event word, when there are two or more with distinct
    dates and cities and no other event word stands among them; else []."""
    after = [d for d in dates if d.start >= cue.end]
    if len(after) < 2:
        return []
    cities = sorted((c for c in places if c.start >= cue.end), key=lambda c: c.start)
    pairs: list[tuple[Mention, str, int, int]] = []  # date, city, start and end of the pair
    for date in after:
        city = _paired(doc, date, cities)
        if city is None:
            continue
        pairs.append((date, city.text, min(city.start, date.start), max(city.end, date.end)))
    if len(pairs) < 2 or pairs[0][2] - cue.end > FIRST_PAIR_REACH:
        return []
    joins = [(end, start) for (_, _, _, end), (_, _, start, _) in itertools.pairwise(pairs)]
    if not all(_JOIN.fullmatch(doc.text, end, start) for end, start in joins):
        return []
    last = pairs[-1][3]
    # (a verb of going on inside a join, "and will travel on to", is the tour's own)
    if any(cue.end <= h.start < last and not _within(h, joins) for h in hits if h is not cue):
        return []
    if len({p[1] for p in pairs}) < len(pairs) or len({str(p[0].attrs["value"]) for p in pairs}) < len(pairs):
        return []
    return [(date, city) for date, city, _, _ in pairs]


def _within(hit: Hit, joins: Sequence[tuple[int, int]]) -> bool:
    return any(low <= hit.start and hit.end <= high for low, high in joins)


def _paired(doc: Doc, date: Mention, cities: Sequence[Mention]) -> Mention | None:
    """The city told right before a date ("Lima on 3 May") or right after it ("3 May in Lima")."""
    for city in cities:
        if city.end <= date.start and _CITY_THEN_DATE.fullmatch(doc.text, city.end, date.start):
            return city
        if city.start >= date.end and _DATE_THEN_CITY.fullmatch(doc.text, date.end, city.start):
            return city
    return None
