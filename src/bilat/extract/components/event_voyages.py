"""Voyages: a ship that leaves one port on a day and docks at another on a later day ("the research
vessel will leave Benoa on 3 November ... before docking at Bitung on 28 November") tells a cruise
from its first day to its last, wherever it sails (no one city).

The words are data (``voyage_vessels``, ``voyage_departures``, ``voyage_arrivals`` in
``data/event_types.yaml``)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from bilat.extract.days import as_day
from bilat.extract.doc import Doc, Mention
from bilat.extract.resources import longest_first, yaml_words

MAX_VOYAGE_DAYS = 180  # a longer span is no one voyage (a ship's season, a mission's years)


@dataclass(frozen=True)
class Voyage:
    """A voyage told by one sentence: its first and last days, the words that name it, the sentence."""

    start: str
    end: str
    name: tuple[int, int]
    sentence: tuple[int, int]


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(vessel, departure, arrival) patterns of the data, or None when a list is empty."""
    lists = [
        yaml_words("event_types.yaml", key)
        for key in ("voyage_vessels", "voyage_departures", "voyage_arrivals")
    ]
    if not all(lists):
        return None
    vessel, depart, arrive = (_words_pattern(words) for words in lists)
    return vessel, depart, arrive


def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Any of `words` on word boundaries, case ignored, any spacing between their words."""
    alternation = longest_first(words).replace("\\ ", r"\s+")
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _day(mention: Mention) -> dt.date | None:
    return as_day(mention.attrs.get("value"))


def _sentence_voyage(doc: Doc, sentence: tuple[int, int]) -> Voyage | None:
    """The voyage a sentence tells: a vessel word, then a departure with a day after it, then an
    arrival with a later day after it."""
    patterns = _patterns()
    if patterns is None:
        return None
    vessel_pattern, depart_pattern, arrive_pattern = patterns
    vessel = vessel_pattern.search(doc.text, *sentence)
    depart = depart_pattern.search(doc.text, vessel.end(), sentence[1]) if vessel else None
    arrive = arrive_pattern.search(doc.text, depart.end(), sentence[1]) if depart else None
    if vessel is None or depart is None or arrive is None:
        return None
    days = [(m, _day(m)) for m in doc.in_span("date", depart.end(), sentence[1])]
    first = next(((m, d) for m, d in days if d is not None and m.end <= arrive.start()), None)
    last = next(((m, d) for m, d in days if d is not None and m.start >= arrive.end()), None)
    if first is None or last is None:
        return None
    span = (last[1] - first[1]).days
    if not 0 < span <= MAX_VOYAGE_DAYS:
        return None
    return Voyage(first[1].isoformat(), last[1].isoformat(), (vessel.start(), last[0].end), sentence)


def voyages(doc: Doc) -> list[Voyage]:
    """The voyages the sentences tell, in text order."""
    patterns = _patterns()
    if patterns is None or patterns[0].search(doc.text) is None:
        return []
    return [v for v in (_sentence_voyage(doc, s) for s in doc.sentences) if v is not None]
