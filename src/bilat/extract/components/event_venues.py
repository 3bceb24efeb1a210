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
from bilat.extract.resources import alternatives, alternatives_longest_first, load_yaml, yaml_words

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
# "the congress was formally opened"), its acronym in brackets between ("the Energy Transition Dialogue
# (ETD), which opened yesterday").
_SUBJECT_GAP = re.compile(
    r"(?:[ \t]+(?:on|of|for|and|the|in|[A-Z0-9][\w&'’-]*)){0,6}"
    # its acronym, maybe with its year: "the Energy Dialogue (BETD), which opened", "(IAC 2025)"
    r"(?:[ \t]*\([A-Z][\w&.’'-]{0,15}(?:[ \t]+(?:19|20)\d\d)?\))?"
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


# A place told after the venue an event word names right after it, once the venue phrase has ended
# ("launched at the university's Riverside campus in front of guests, including the Consul-General
# in Perth", "signed at the Kiel campus, where the president of X, Ana Lisboa Reis, ..."): the place
# of a guest's post, an organisation or a person, not of the event. "at the Taj Palace, New Delhi",
# "at the Grand Palace hotel, Bangkok", "at its main campus in Kyoto" tell the venue's own city.
@functools.cache
def _named_venue() -> re.Pattern[str]:
    nouns = yaml_words("event_types.yaml", "signing_venue_nouns")
    alternation = alternatives_longest_first(nouns) or "(?!)"
    return re.compile(
        r"\bat[ \t]+(?:(?:the|its|their|our)[ \t]+)?(?:[\w-]+(?:'s|’s)[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?"
        rf"(?i:{alternation})\b"
    )


# (a parenthesised acronym after a body's name does not end the phrase: "at the headquarters of the
# Space Agency (NSA) in Lagos" is held in Lagos)
_VENUE_ENDED = re.compile(r"[,;]|\((?![A-Z][\w&.-]{0,15}\))|\bin\s+front\s+of\b")
_VENUE_CITY = re.compile(r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]*[,(]?[ \t]*(?:(?:in|at)[ \t]+)?(?:the[ \t]+)?")
PLACE_VENUE_REACH = 160  # characters from an event word to the venue it names at most


def beyond_venue(doc: Doc, cue: int, place: int, sentence_start: int) -> bool:
    """Whether a place at `place` follows a venue of its sentence's event (`_named_venue`: after the
    event word at `cue` and within `PLACE_VENUE_REACH` of it; or, for a place before the event word,
    anywhere before the place: "sealed at the Kiel campus, where the mayor of Lisbon signed")
    past the end of the venue's phrase."""
    start, stop = (cue, min(place, cue + PLACE_VENUE_REACH)) if place > cue else (sentence_start, place)
    venue = _named_venue().search(doc.text, start, stop)
    if venue is None or _VENUE_CITY.fullmatch(doc.text, venue.end(), place):
        return False
    return _VENUE_ENDED.search(doc.text, venue.end(), place) is not None


_WHERE = re.compile(r",[ \t]+where\b")


def venue_where(doc: Doc, sentence_start: int, cue: int) -> bool:
    """Whether an event word stands in a "where" clause right after a named venue of its sentence
    ("the deal was sealed at the Hillside campus, where the two rectors signed ..."): it is held at
    that venue."""
    for venue in _named_venue().finditer(doc.text, sentence_start, cue):
        if _WHERE.match(doc.text, venue.end(), cue):
            return True
    return False
