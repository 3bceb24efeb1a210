"""Sessions of a body told by holding it: "the EU and India held the Digital Partnership Council in
Brussels on 8 April", "Austria and Israel held their Joint Economic Commission in Vienna", "The
fourth Joint Science Committee was held in Seoul on 3 May".

A council, commission or committee is a body; it takes no "held" or "took place" as a body does
not, so its capitalised name as what is held (object of "held", "hosted", "convened", or subject
of "was held", "took place") names a meeting of it. Used only for a sentence with no event word of
its own (components/events.py `_cues`)."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import alternatives_longest_first, yaml_words

_DASHES = "\u2010\u2011\u2013-"
_WORD = rf"[A-Z][\w&{_DASHES}]*"
_DETERMINERS = r"(?:the|their|its|his|her|our|a|an)"
# The space between two words of a name, or the one line break of hard-wrapped text ("will hold the
# inaugural\nMalaysia-Netherlands Joint Working Group"): never a blank line.
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


@functools.cache
def _heads() -> tuple[str, ...]:
    return tuple(yaml_words("event_types.yaml", "held_body_heads"))


@functools.cache
def _head_pattern() -> re.Pattern[str]:
    """Any head of `_heads`, as written (a cheap gate: the patterns' names end in one)."""
    return re.compile("|".join(map(re.escape, _heads())) or "(?!)")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(held as object, held as subject). The name: capitalised words, joined by a connector
    ("Committee on Science and Technology"), ending in a body head, or in a body head and its
    subject after "on" ("the Joint Working Group on Biotechnology"), that no capitalised word,
    connector before one, or possessive follows (not "the Research Council of Norway")."""
    heads = alternatives_longest_first(_heads())
    verbs = alternatives_longest_first(yaml_words("event_types.yaml", "held_body_verbs"))
    ordinal = rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th)|inaugural|annual|next|latest){_SP})?"
    year = rf"(?:(?:19|20)\d\d{_SP})?"
    name = (
        rf"(?P<name>(?:{_WORD}{_SP}(?:(?:of|on|for|and|&){_SP})?){{0,8}}(?:{heads})"
        rf"(?:{_SP}on{_SP}{_WORD}(?:,?{_SP}(?:(?:and|&){_SP})?{_WORD}){{0,6}})?)"
        rf"(?![\w{_DASHES}]|['’]s\b|{_SP}(?:(?:of|on|for|and){_SP})?[A-Z])"
    )
    obj = re.compile(rf"\b(?:{verbs}){_SP}{_DETERMINERS}{_SP}{ordinal}{year}{name}")
    subj = re.compile(
        rf"(?<![\w{_DASHES}]){name}(?:[ \t]*\([^()\n]{{1,20}}\))?{_SP}"
        rf"(?:(?:was|were|is|are|will{_SP}be|has{_SP}been){_SP}(?:held|convened)\b"
        rf"|(?:took|takes|will{_SP}take){_SP}place\b)"
    )
    return obj, subj


def held_body_hits(doc: Doc, start: int, end: int) -> list[Hit]:
    """Meeting cues of a sentence [start, end) that tells a body's session by holding it (the span
    of the body's name); none when no head word stands in it (a cheap gate)."""
    if _head_pattern().search(doc.text, start, end) is None:
        return []
    out = []
    for pattern in _patterns():
        for match in pattern.finditer(doc.text, start, end):
            out.append(Hit(match.start("name"), match.end("name"), "meeting"))
    return sorted(set(out))[:1]
