"""A newsletter's contents line: "In this issue: a visit from Bern, a workshop in Goa in November",
"In this edition you will find news from ...", "In our latest bulletin we report on ...". It lists
the items the issue tells further on, so it dates no event itself: an event it names in passing
("advance notice of a ministerial visit in November", "radio astronomers meeting in Cape Town") is
told, with its own day and place, in the item below, or not at all.

The words are in event_types.yaml (`contents_nouns`, `contents_verbs`, `contents_leads`,
`contents_determiners`). A sentence is a contents line when it opens with an optional lead, a
determiner and a noun, followed by a colon, a line end, or one of the reader/writer phrases. "In
this edition of the fair, 300 firms ..." is none (the noun is followed by "of"), nor is "This
edition features 300 exhibitors" (a third-person verb is not among the phrases)."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.resources import alternatives_longest_first, yaml_words

# How far into a sentence a contents opener may start (bullets, markup, a "*" or "#" before it).
CONTENTS_LEAD_REACH = 6


@functools.cache
def _contents() -> re.Pattern[str]:
    def words(key: str) -> str:
        return alternatives_longest_first(yaml_words("event_types.yaml", key))

    return re.compile(
        rf"(?:(?:{words('contents_leads')})\s+)?(?:{words('contents_determiners')})\s+"
        rf"(?:{words('contents_nouns')})\b"
        rf"(?:[ \t]*(?::|\n|$)|,?\s+(?:{words('contents_verbs')})\b)",
        re.IGNORECASE,
    )


def contents_line(doc: Doc, sentence: tuple[int, int]) -> bool:
    """Whether the sentence opens a newsletter's contents ("In this issue: ...")."""
    start, end = sentence
    head = start
    stop = min(end, start + CONTENTS_LEAD_REACH)
    while head < stop and not doc.text[head].isalnum():
        head += 1
    return _contents().match(doc.text, head, end) is not None
