"""Names for events the text does not name: the cue word grown into the phrase that describes
the event ("a workshop" → "workshop on quantum sensing", "a gala reception for researchers and
students", "the exhibition “Shared Skies, Shared Futures”" → the quoted title), and verb cues
without their actor when a clause break separates them ("..., he visited Kyoto University").

Every name stays a span of the text (the record's evidence must contain it). The stop words are
data (``name_stops`` in ``data/event_types.yaml``).
"""

from __future__ import annotations

import functools
import itertools
import re

from bilat.extract.components.event_words import cue_types
from bilat.extract.doc import Doc
from bilat.extract.resources import load_yaml

Span = tuple[int, int]
MAX_WORDS = 8
_QUOTED = re.compile(r"\s*[“\"‘«]([^”\"’»\n]{3,80})[”\"’»]")
_WORD = re.compile(r"[^\s,;:.()\[\]“”\"«»]+")
_WORD_BEFORE = re.compile(r"([\w’'\-+]+)\s+$")  # the last word of a text ending with spaces


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("event_types.yaml")
    prepositions = frozenset(data.get("name_complements", []))
    stops = frozenset(data.get("name_stops", []))
    determiners = frozenset(data.get("name_determiners", []))
    return prepositions, stops, determiners


def quoted_title(doc: Doc, cue: Span, sentence: Span) -> Span | None:
    """The quoted title right after an event word ("the exhibition “Shared Skies”")."""
    match = _QUOTED.match(doc.text, cue[1], sentence[1])
    return match.span(1) if match else None


_OPEN_QUOTES = '‘“"«'
_CLOSE_QUOTES = '’”"»'


def quoted_around(doc: Doc, cue: Span, sentence: Span) -> Span | None:
    """The quoted name that ends with an event word ("the ‘EU–Japan space policy forum’")."""
    end = cue[1]
    if end >= sentence[1] or doc.text[end] not in _CLOSE_QUOTES:
        return None
    low = max(sentence[0], cue[0] - 80)
    opening = max(doc.text.rfind(q, low, cue[0]) for q in _OPEN_QUOTES)
    if opening < 0 or any(q in doc.text[opening + 1 : cue[0]] for q in _CLOSE_QUOTES if q != "’"):
        return None
    return opening + 1, end


def better_name(doc: Doc, span: Span, cue: Span, sentence: Span) -> Span:
    """A common-noun name that ends with its cue ("forum", "first dialogue") made the quoted name
    around it, the quoted title after it, or the phrase with its modifiers and complement
    ("first dialogue on cyber security"). Proper names stay as they are."""
    if span[1] != cue[1] or capitalised_words(doc.text[span[0] : span[1]]):
        return span
    quoted = quoted_around(doc, cue, sentence) or quoted_title(doc, cue, sentence)
    return quoted or (_left(doc, span[0], sentence[0]), _right(doc, cue[1], sentence[1]))


def _left(doc: Doc, start: int, limit: int) -> int:
    _, stops, determiners = _words()
    best = start
    for _ in range(4):
        before = _WORD_BEFORE.search(doc.text[max(limit, best - 40) : best])
        if not before:
            break
        word = before.group(1)
        if word.lower() in determiners or word.lower() in stops or word.endswith(("'s", "’s")):
            break
        if word[:1].isupper() or word[:1].isdigit():
            break  # a capitalised modifier would have made the name proper: not ours to take
        best -= len(before.group(0))
    return best


def _right(doc: Doc, end: int, limit: int) -> int:
    prepositions, stops, determiners = _words()
    words = _WORD.finditer(doc.text, end, limit)  # read lazily: the name ends within a few words
    first = next(words, None)
    while first and first.group().lower() in _cue_words() and _adjacent(doc, end, first.start()):
        end, first = first.end(), next(words, None)  # "gala reception"
    second = next(words, None)
    if (
        first is None
        or second is None
        or first.group().lower() not in prepositions
        or not _adjacent(doc, end, first.start())
    ):
        return end
    if _date_at(doc, second.start(), limit):
        return end  # "meeting on 4 May": a date, not what the event is about
    best = last = first.end()
    for word in itertools.chain([second], itertools.islice(words, MAX_WORDS - 1)):
        lower = word.group().lower()
        if not _adjacent(doc, last, word.start()) or (lower in stops and lower != "and"):
            break
        if doc.in_span("date", word.start(), limit)[:1] and _date_at(doc, word.start(), limit):
            break  # "meeting in Seoul in October 2009": the date is not part of the name
        last = word.end()
        # No name ends in "and", "the", "in".
        if lower != "and" and lower not in determiners and lower not in prepositions:
            best = last
    return best if best > first.end() else end


def _adjacent(doc: Doc, end: int, start: int) -> bool:
    """Only spaces between two words."""
    return not doc.text[end:start].strip()


def _date_at(doc: Doc, start: int, limit: int) -> bool:
    dates = doc.in_span("date", start, limit)
    return bool(dates) and dates[0].start == start


@functools.cache
def _cue_words() -> frozenset[str]:
    types = cue_types()
    return frozenset(
        c.lower() for cues in types.values() for c in cues if " " not in c and not c[:1].isupper()
    )


def actor_broken(doc: Doc, actor_start: int, cue: Span) -> bool:
    """True when a comma or a pronoun separates a verb cue from the actor found before it."""
    between = doc.text[actor_start : cue[0]]
    tail = between.rsplit(",", 1)[-1] if "," in between else ""
    return "," in between and not any(w[:1].isupper() for w in tail.split())


def capitalised_words(name: str) -> int:
    """How many words of a name are capitalised (how proper a name it is)."""
    return sum(1 for word in name.split() if word[:1].isupper())


def distinct_named(first: tuple[str, str, Span], second: tuple[str, str, Span]) -> bool:
    """Two events of one day told in different sentences, of different types and with different
    proper names ("the exhibition ..." and "the 8th meeting of the Working Group"), are two events.
    Each is (type, name, sentence)."""
    (type_a, name_a, sentence_a), (type_b, name_b, sentence_b) = first, second
    return (
        type_a != type_b
        and sentence_a != sentence_b
        and capitalised_words(name_a) >= 2
        and capitalised_words(name_b) >= 2
        and name_a.lower() not in name_b.lower()
        and name_b.lower() not in name_a.lower()
    )


# Kinds of event whose cue may name any event ("the event", "the ceremony"): never a second event.
GENERIC_KINDS = frozenset({"other"})


def _generic(kind: str, name: str) -> bool:
    """Whether an event of a generic kind is told by a generic word ("the event", "the ceremony"),
    not by an occasion word of the kind's own (`occasion_names` of event_types.yaml: "a four-day
    festival", "the choir concert"), which names an event as plainly as "a reception" does."""
    if kind not in GENERIC_KINDS:
        return False
    pattern = _occasion_name()
    return pattern is None or pattern.search(name) is None


@functools.cache
def _occasion_name() -> re.Pattern[str] | None:
    words = load_yaml("event_types.yaml").get("occasion_names") or []
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else None


def distinct_kinds(first: tuple[str, str, Span], second: tuple[str, str, Span]) -> bool:
    """Two events of one day and place told in different sentences by cues of different kinds ("a
    signing ceremony" and "a joint committee meeting") are two events, unless a cue is generic
    ("the event") or one name holds the other (a mention of the same event). Each is (type, name,
    sentence)."""
    (type_a, name_a, sentence_a), (type_b, name_b, sentence_b) = first, second
    return (
        type_a != type_b
        and sentence_a != sentence_b
        and not _generic(type_a, name_a)
        and not _generic(type_b, name_b)
        and name_a.lower() not in name_b.lower()
        and name_b.lower() not in name_a.lower()
    )
