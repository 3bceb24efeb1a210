"""Event words that tell a venue or a kind of gathering rather than the event itself.

A pavilion at a fair is a building inside it: an event word of the fair right after it ("the Kenya
Pavilion at Expo 2030", "the Swiss Pavilion of the World Expo") names where the event was held, not
an event of that day (`inside_venue`). A summit is a leaders' meeting unless its name
tells a public gathering of a trade, a science or the world ("Global Investor Summit", "Science
Summit", "World Summit on the Information Society"): then it is a conference (`gathering_kind`).
Both word lists live in event_types.yaml (`venue_nouns`, `summit_kinds`)."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import alternatives, load_yaml, yaml_words

_WORD = re.compile(r"[\w-]+")


@functools.cache
def _venue_pattern() -> re.Pattern[str] | None:
    """A venue noun, "of"/"at", an optional "the" and up to four capitalised words, at the end of
    the text before a cue."""
    nouns = load_yaml("event_types.yaml").get("venue_nouns", [])
    if not nouns:
        return None
    return re.compile(
        rf"(?i:\b(?:{alternatives(nouns)})s?)[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
        r"(?:[A-Z][\w&'’.-]*[ \t]+){0,4}$"
    )


VENUE_REACH = 80  # characters before a cue that may hold the venue phrase


def inside_venue(doc: Doc, hit: Hit) -> bool:
    """Whether a cue names the fair a venue is part of ("the Irish Pavilion at Expo 2025"): the
    event told there is held at the venue, the fair is no event of that sentence."""
    pattern = _venue_pattern()
    if pattern is None:
        return False
    return pattern.search(doc.text, max(0, hit.start - VENUE_REACH), hit.start) is not None


@functools.cache
def _summit_kinds() -> dict[str, tuple[frozenset[str], str]]:
    """Per cue word: the name words that make it another kind, and that kind."""
    out: dict[str, tuple[frozenset[str], str]] = {}
    for cue, spec in (load_yaml("event_types.yaml").get("summit_kinds") or {}).items():
        out[str(cue).lower()] = (frozenset(str(w).lower() for w in spec["words"]), str(spec["kind"]))
    return out


def gathering_kind(cue: str, kind: str, name: str) -> str:
    """The kind of an event cued by `cue` (lower case) and named `name`: `kind` unless the cue is a
    summit whose name holds a word of a public gathering ("Global Investor Summit")."""
    spec = _summit_kinds().get(cue)
    if spec is None:
        return kind
    words, other = spec
    if any(word.lower() in words for word in _WORD.findall(name)):
        return other
    return kind


# Between an event word and the verb that says it opened: the rest of the event's name, a comma,
# "which"/"that" and auxiliaries ("The fair, which opened", "the Summit on Digital Health opened",
# "the congress was formally opened").
_SUBJECT_GAP = re.compile(
    r"(?:[ \t]+(?:on|of|for|and|the|in|[A-Z0-9][\w&'’-]*)){0,6}"
    r"[ \t]*,?[ \t]*(?:(?:which|that|has|had|was|were|is|are|officially|formally|will|be)[ \t]+){0,3}"
)
SUBJECT_GAP_REACH = 60


def opening_of(doc: Doc, hit: Hit, before: Hit) -> bool:
    """Whether `hit` is a verb saying that the event cued right before it opened ("The Expo, which
    opened on 13 April", "the congress opened on Monday"): it dates that event, no launch of its own."""
    if before.key == hit.key or before.end > hit.start or hit.start - before.end > SUBJECT_GAP_REACH:
        return False
    opening = yaml_words("event_types.yaml", "opening_verbs", lower=True)
    if doc.text[hit.start : hit.end].lower() not in opening:
        return False
    gap = _SUBJECT_GAP.fullmatch(doc.text, before.end, hit.start)
    return gap is not None
