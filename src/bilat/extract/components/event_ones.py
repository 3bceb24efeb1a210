"""An earlier or later session retold by "one": "It was the first such ministerial session in three
years. The previous one took place in Warsaw in June 2022." The pronoun names an event of the kind
the sentence before told ("session": a meeting), held at the place and date its own sentence tells.
Used only for a sentence with no event word of its own (components/events.py `_cues`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit

# "The previous one took place", "the last one was held", "the next one will take place"
_ONE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?P<one>(?:previous|preceding|last|first|earlier|former|next|"
    r"following)[ \t]+one)[ \t]+(?:took[ \t]+place|was[ \t]+held|had[ \t]+been[ \t]+held|"
    r"will[ \t]+(?:be[ \t]+held|take[ \t]+place)|is[ \t]+(?:scheduled|planned|due)|was[ \t]+organi[sz]ed)\b"
)


def retold_one_hits(doc: Doc, start: int, end: int, cues_before: Callable[[], list[Hit]]) -> list[Hit]:
    """The cue of a sentence [start, end) that retells a session of the kind the sentence before
    told by "the previous one" ("The previous one took place in Warsaw in June 2022"): the span of
    "previous one" with that kind (`cues_before` gives the cues of the sentence before); none when
    the sentence has no such pronoun, or the sentence before tells no event."""
    match = _ONE.search(doc.text, start, end)
    if match is None:
        return []
    before = cues_before()
    if not before:
        return []
    return [Hit(match.start("one"), match.end("one"), before[-1].key)]
