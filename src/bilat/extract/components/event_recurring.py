"""Recurring gatherings: an event word told with how often it recurs ("a joint working group meeting
once a year", "sessions every two years", "a forum annually") names a schedule, not one occasion.

The phrases of frequency are data (``frequency_phrases`` in ``data/event_types.yaml``)."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import longest_first, yaml_words


@functools.cache
def _frequency_after() -> re.Pattern[str] | None:
    """A phrase of frequency right after an event word (`frequency_phrases`), spacing or a line
    break between."""
    phrases = yaml_words("event_types.yaml", "frequency_phrases")
    if not phrases:
        return None
    alternation = longest_first(phrases).replace(r"\ ", r"[ \t\n]+")
    return re.compile(rf"[ \t\n]+(?:{alternation})\b", re.IGNORECASE)


def recurring(doc: Doc, hit: Hit) -> bool:
    """Whether an event word is told with how often it recurs right after it ("a joint working group
    meeting once a year, alternating between the two capitals"): a schedule, no occasion."""
    pattern = _frequency_after()
    return pattern is not None and pattern.match(doc.text, hit.end) is not None
