"""Events: meetings, visits, conferences, receptions, signings, launches and exhibitions, each with
a date from the same sentence, an end date for ranges and the city where it took place."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from bilat.extract.components.dates import is_calendar
from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import PhraseMatcher
from bilat.extract.phrases import name_phrases
from bilat.extract.record import Event
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_yaml

NEEDS_PLACE = frozenset({"signing"})


@functools.cache
def event_matcher() -> PhraseMatcher:
    """Event cues → event type."""
    data = load_yaml("event_types.yaml")["types"]
    folded = [(cue, kind) for kind, cues in data.items() for cue in cues if not cue.isupper()]
    exact = [(cue, kind) for kind, cues in data.items() for cue in cues if cue.isupper()]
    return PhraseMatcher(folded, exact)


@dataclass
class Found:
    """One event mention."""

    type: str
    date: str
    end: str | None
    location: str | None
    name: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def _dates(doc: Doc, start: int, end: int) -> list[Mention]:
    return [
        m
        for m in doc.in_span("date", start, end)
        if m.attrs.get("type") in ("DATE", "TIME") and is_calendar(m.attrs.get("value"))
    ]


def _city(doc: Doc, start: int, end: int, near: int) -> str | None:
    cities = doc.in_span("city", start, end)
    if not cities:
        return None
    best = min(cities, key=lambda m: abs(m.start - near))
    return best.text


def _name(doc: Doc, cue_start: int, cue_end: int, sentence: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    for phrase in name_phrases(doc, *sentence):
        if phrase.start <= cue_start and phrase.end >= cue_end:
            return doc.text[phrase.start : phrase.end], (phrase.start, phrase.end)
    start = max(sentence[0], cue_start - 60)
    space = doc.text.find(" ", start, cue_start)
    start = space + 1 if start > sentence[0] and space >= 0 else start
    return doc.text[start:cue_end], (start, cue_end)


def find_events(doc: Doc) -> list[Found]:
    """Every dated event mention, before merging."""
    out: list[Found] = []
    for start, end in doc.sentences:
        dates = _dates(doc, start, end)
        if not dates:
            continue
        for hit in event_matcher().find(doc.text[start:end]):
            cue = (start + hit.start, start + hit.end)
            date = min(dates, key=lambda m: abs(m.start - cue[0]))
            city = _city(doc, start, end, cue[0])
            if hit.key in NEEDS_PLACE and city is None:
                continue
            name, span = _name(doc, *cue, (start, end))
            value = str(date.attrs["value"])[:10]
            end_value = date.attrs.get("end_value")
            out.append(
                Found(
                    hit.key,
                    value,
                    str(end_value)[:10] if end_value else None,
                    city,
                    name,
                    [span, (start, end)],
                )
            )
    return out


def merge_events(found: list[Found]) -> list[Found]:
    """One event per date and place."""
    out: list[Found] = []
    for item in found:
        target = next(
            (
                o
                for o in out
                if o.date == item.date
                and (not o.location or not item.location or o.location == item.location)
            ),
            None,
        )
        if target is None:
            out.append(item)
            continue
        target.location = target.location or item.location
        target.end = target.end or item.end
        target.spans += [s for s in item.spans if s not in target.spans]
    return out


@component("events")
def make_events(max_events: int = 50) -> Component:
    """Find dated events (record ``events``)."""

    def run(doc: Doc) -> None:
        for item in merge_events(find_events(doc))[:max_events]:
            doc.record.events.append(
                Event(item.type, item.date, item.end, item.location, item.name, item.spans[:4])
            )

    return run
