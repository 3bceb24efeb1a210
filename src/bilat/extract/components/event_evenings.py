"""An evening told as an occasion of its own: "closes on the 30th with an alumni evening at the
Ambassador's residence", "are invited to our Swiss Alumni Korea evening next Thursday", "the Embassy
hosts a networking evening for researchers". The word "evening" alone tells a time of day ("that
evening", "on Tuesday evening", "in the evening"); after a word of an occasion (event_types.yaml
`evening_modifiers`) or a capitalised name (not a weekday or time word, `evening_time_words`) under
a determiner, it names a reception. Used by components/events.py `_cues`.
"""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import yaml_words

# A determiner, then up to four words, the last right before "evening".
_EVENING = re.compile(
    r"\b(?:an?|our|the|their|its|this\s+year's|the\s+annual|an\s+annual)[ \t\n]+[*_]{0,2}"
    r"(?P<words>(?:[\w'’&-]+[ \t\n]+){0,3}?[\w'’&-]+)[ \t\n]+evening\b"
)

_TOKEN = re.compile(r"[\w'’&-]+")


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(yaml_words("event_types.yaml", "evening_modifiers", lower=True)),
        frozenset(yaml_words("event_types.yaml", "evening_time_words", lower=True)),
    )


def evening_hits(doc: Doc, start: int, end: int) -> list[Hit]:
    """Reception cues of [start, end): the span from the occasion's first word to "evening"; none
    when the span has no "evening" (a cheap gate)."""
    if doc.text.find("evening", start, end) < 0:
        return []
    modifiers, times = _words()
    out = []
    for match in _EVENING.finditer(doc.text, start, end):
        tokens = list(_TOKEN.finditer(doc.text, match.start("words"), match.end("words")))
        words = [token.group() for token in tokens]
        last = words[-1]
        if last.lower() in times:
            continue
        if last.lower() in modifiers:
            first = len(words) - 1
        elif last[:1].isupper():
            first = len(words) - 1  # the run of capitalised words ("Swiss Alumni Korea")
            while first and words[first - 1][:1].isupper() and words[first - 1].lower() not in times:
                first -= 1
        else:
            continue
        if any(w.lower() in times for w in words[first:]):
            continue
        out.append(Hit(tokens[first].start(), match.end(), "reception"))
    return out
