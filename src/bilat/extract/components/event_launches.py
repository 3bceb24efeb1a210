"""What separates a launch EVENT from a verb that only reports that something started.

A launch is an event of its own when the act of starting is an occasion: it is dated by a day or a
month ("the call was opened on 8 April", "will travel to Manaus in November to launch the projects")
or it names what was launched. Two wordings tell no launch event of their own:

- `unoccasioned`: the launch verb alone, naming nothing, dated only by a year ("the programme was
  opened by the Consul General", "a call to be launched before the end of the year", "set up more
  than a decade ago"): it reports that something started, not an occasion.
- `gathering_of`: the start told as the purpose or the setting of a gathering ("met in Dhaka this
  week to launch the programme. The two-day workshop ...", "the call was opened on 3 March at the
  Forum"): the launch is that gathering, which keeps its own day, place and kind.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TypeVar

from bilat.extract.components.event_refine import chars_between, fold_into
from bilat.extract.components.event_told import Told
from bilat.extract.components.event_words import cue_list, cue_types
from bilat.extract.resources import alternatives_longest_first, yaml_words

# How far apart (in characters between their sentences) a month-dated launch and the gathering told
# to the day that it took place at may be: the same or the next sentence.
GATHERING_NEAR_CHARS = 300


T = TypeVar("T", bound=Told)


@functools.cache
def _launch_verbs() -> frozenset[str]:
    launch = {w.lower() for w in cue_types()["launch"]}
    return cue_list("verb_cues", lower=True) & frozenset(launch)


def _bare_verb(name: str) -> bool:
    """ "opened", "launched", "to launch": a name that is a launch verb and nothing else."""
    words = name.lower().split()
    if words[:1] == ["to"]:
        words = words[1:]
    return bool(words) and " ".join(words) in _launch_verbs()


def unoccasioned(kind: str, name: str, date: str) -> bool:
    """Whether a launch mention tells no occasion: named by its verb alone and dated by a year."""
    return kind == "launch" and len(date) == 4 and _bare_verb(name)


# how far past a launch verb its object may end ("launched a new AI-powered product line")
COMMERCIAL_OBJECT_REACH = 60


@functools.cache
def _commercial_object() -> re.Pattern[str]:
    words = sorted(yaml_words("event_types.yaml", "commercial_objects"))
    # the object right after the verb: an article or possessive and a few words, in the clause
    return re.compile(
        rf"\s+(?:(?:its|their|his|her|a|an|the)\s+)?(?:[\w'-]+\s+){{0,4}}?"
        rf"(?:{alternatives_longest_first(words)})\b",
        re.IGNORECASE,
    )


def commercial_launch(kind: str, text: str, cue_end: int, sentence_end: int) -> bool:
    """Whether a launch verb launches a product, an app or a website ("Demant launched a new product
    line", "relaunched its website"): a company's act, no event of the cooperation."""
    if kind != "launch":
        return False
    reach = min(sentence_end, cue_end + COMMERCIAL_OBJECT_REACH)
    return _commercial_object().match(text, cue_end, reach) is not None


@functools.cache
def _figurative_object() -> re.Pattern[str]:
    words = alternatives_longest_first(sorted(yaml_words("event_types.yaml", "figurative_objects"))) or "(?!)"
    # the object right after the verb: an article or possessive and at most two words, in the clause
    return re.compile(
        rf"\s+(?:(?:its|their|a|an|the)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{words})\b",
        re.IGNORECASE,
    )


def figurative_launch(kind: str, text: str, cue_end: int, sentence_end: int) -> bool:
    """Whether a launch verb opens a figure of speech ("signed a memorandum, opening a new chapter in
    their partnership", "opens the door to joint calls"): nothing opened, no event."""
    if kind != "launch":
        return False
    reach = min(sentence_end, cue_end + COMMERCIAL_OBJECT_REACH)
    return _figurative_object().match(text, cue_end, reach) is not None


@functools.cache
def _funding_subject() -> re.Pattern[str]:
    words = alternatives_longest_first(sorted(yaml_words("event_types.yaml", "funding_subjects"))) or "(?!)"
    # the subject opening the sentence (after a list number): an article and a few words, then its head
    return re.compile(
        rf"[\W_]*(?:\d+[.)][ \t]*)?(?:(?:an?|the|this|that|its|their|a[ \t]+new)[ \t]+)?"
        rf"(?:[\w'’-]+[ \t]+){{0,4}}?(?:{words})\b",
        re.IGNORECASE,
    )


_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|was|were|is|are)[ \t]+(?:[a-z]+ly[ \t]+)?$", re.IGNORECASE)


def funding_opened(kind: str, text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether a launch verb tells, in the passive, a fund or a budget opened ("A joint research fund
    of EUR 9 million will be opened, with a first call in the autumn"): money made available, no
    occasion."""
    if kind != "launch":
        return False
    if _PASSIVE_BEFORE.search(text, max(sentence_start, cue_start - 20), cue_start) is None:
        return False
    return _funding_subject().match(text, sentence_start, cue_start) is not None


def gathering_of(launch: Told, events: Sequence[Told]) -> Told | None:
    """The one gathering of `events` told to the day within the month of a month-dated `launch`,
    near it and at its place, if exactly one is: the occasion the launch took place at."""
    if launch.type != "launch" or len(launch.date) != 7:
        return None
    found = [
        other
        for other in events
        if other.type in yaml_words("event_types.yaml", "launch_gatherings")
        and other.date[:7] == launch.date
        and len(other.date) >= 10
        and (not launch.location or not other.location or launch.location == other.location)
        and chars_between(launch.sentence, other.sentence) <= GATHERING_NEAR_CHARS
    ]
    return found[0] if len(found) == 1 else None


def held_at(launch: Told, gathering: Told) -> bool:
    """Whether a launch and a gathering told in one sentence on one day are one occasion ("the
    call was opened on 3 March at the Forum in Tallinn"), whatever place each cue lies nearest."""
    return (
        launch.type == "launch"
        and gathering.type in yaml_words("event_types.yaml", "launch_gatherings")
        and launch.sentence == gathering.sentence
        and launch.date == gathering.date
    )


def fold_launches(events: list[T]) -> list[T]:
    """`events` without the month-dated launches told as held at a gathering dated to the day
    (`gathering_of`): that gathering takes their place and spans."""
    dropped: set[int] = set()
    for item in events:
        gathering = gathering_of(item, events)
        if gathering is None:
            continue
        fold_into(gathering, item)
        dropped.add(id(item))
    return [e for e in events if id(e) not in dropped]
