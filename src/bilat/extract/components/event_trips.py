"""Trips: a visit told as a party's travel over a span of days, one event from the first day to
the last ("X led a delegation to Japan from 3 to 6 November", "the mission spent Monday to
Thursday in Nairobi", "the delegation spent two days in Accra this week", "arrived on Tuesday for
a three-day visit", "a four-day official visit to Chile", "from 2 to 5 May a group of firms will
travel to Korea").

A trip needs three things in one sentence: a travel word (`trip_words` of event_types.yaml), a
span of days, and for a plain range a destination after "to" / "in" (or an "N-day" length that
modifies a travel noun, which is a visit by itself). The span is
- a date range of the tagger ("3 to 6 November"),
- two day dates joined by "to" / "until" / "through" / a dash, or "between ... and ..."
  ("Monday to Wednesday", the tagger's two dates),
- a length in days ("three-day visit", "spent two days") counted from the day of arrival, or back
  from the day it ends ("a four-day tour that ends on Sunday"), else from the first day the
  document tells within the days the length can reach back from the sentence's day (or within
  its week: "this week").

The place is the destination when it is a city; when it is a country, the first city told in the
sentences that follow (the first stop of the programme); with no destination, the dateline's city.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from bilat.extract.components.event_closings import closed_object
from bilat.extract.days import as_day, iso_week
from bilat.extract.doc import Doc, Mention
from bilat.extract.resources import WordPretest, alternatives, load_yaml, longest_first, yaml_words

TRIP_DATA = "event_types.yaml"
MIN_DAYS, MAX_DAYS = 2, 21  # a length in days that tells a trip
DESTINATION_REACH = 120  # characters from the travel word to its destination at most
ARRIVAL_REACH = 24  # characters from an arrival word to its day at most
PROGRAMME_SENTENCES = 3  # sentences after a trip to a country that may tell its first city
_DURATION_DAYS = re.compile(r"^P(\d{1,2})D$")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s*and\s*$", re.IGNORECASE)


@functools.cache
def _joiner() -> re.Pattern[str]:
    """A word or dash that joins a trip's first and last days, alone between them (`trip_joiners`)."""
    words = longest_first(yaml_words(TRIP_DATA, "trip_joiners")) or "(?!)"
    return re.compile(rf"\s*(?:{words})\s*$", re.IGNORECASE)


@functools.cache
def _lead_in() -> re.Pattern[str]:
    """A preposition (`trip_lead_ins`) and maybe "the", ending the text before a destination."""
    words = longest_first(yaml_words(TRIP_DATA, "trip_lead_ins")) or "(?!)"
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


_SPENT = re.compile(r"\bspen[dt]\w{0,3}\s+(?:the\s+)?$", re.IGNORECASE)  # "spent two days in Accra"
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class Trip:
    """A trip found in a sentence."""

    start: str
    end: str
    city: str | None
    cue: tuple[int, int]  # the travel word
    name: tuple[int, int]  # travel word to destination (or the length's noun)
    sentence: tuple[int, int]
    label: str  # the text of `name`


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml(TRIP_DATA)
    travel = re.compile(rf"\b(?:{alternatives(data.get('trip_words', []))})\b", re.IGNORECASE)
    nouns = alternatives(data.get("trip_nouns", []))
    # "three-day visit", "a 4-day official trip", "two days' visit": the length before the noun
    length = re.compile(rf"['’]?\s{{1,3}}(?:[\w-]{{1,30}}\s{{1,3}})?(?:{nouns})\b", re.IGNORECASE)
    arrival = re.compile(
        rf"\b(?:{alternatives(data.get('trip_arrivals', []))})\b[^.;\n]{{0,{ARRIVAL_REACH}}}$", re.IGNORECASE
    )
    ending = re.compile(
        rf"\b(?:{alternatives(data.get('trip_endings', []))})\b[^.;\n]{{0,{ARRIVAL_REACH}}}$", re.IGNORECASE
    )
    return travel, length, arrival, ending


@functools.cache
def _travel_pretest() -> WordPretest:
    """Whether a text may hold a travel word (never no where the travel pattern matches)."""
    return WordPretest(load_yaml(TRIP_DATA).get("trip_words", []))


def _days(value: object) -> int | None:
    match = _DURATION_DAYS.match(str(value or ""))
    if match is None:
        return None
    days = int(match.group(1))
    return days if MIN_DAYS <= days <= MAX_DAYS else None


def _told_days(doc: Doc) -> list[dt.date]:
    """The days the document tells, in order (cached on the Doc)."""
    days: list[dt.date] | None = doc.data.get("_trip_days")
    if days is None:
        found = {as_day(m.attrs.get("value")) for m in doc.layer("date") if m.attrs.get("type") == "DATE"}
        days = doc.data["_trip_days"] = sorted(d for d in found if d is not None)
    return days


def _first_told(doc: Doc, low: dt.date, high: dt.date) -> dt.date | None:
    return next((d for d in _told_days(doc) if low <= d <= high), None)


def _range(doc: Doc, dates: list[Mention]) -> tuple[dt.date, dt.date, int] | None:
    """A range of days: the tagger's, or two day dates joined by "to" / "between ... and"."""
    for date in dates:
        first, last = as_day(date.attrs.get("value")), as_day(date.attrs.get("end_value"))
        if first and last and first < last:
            return first, last, date.start
    for one, two in itertools.pairwise(dates):
        first, last = as_day(one.attrs.get("value")), as_day(two.attrs.get("value"))
        if not first or not last or not first < last or (last - first).days > MAX_DAYS:
            continue
        between = doc.text[one.end : two.start]
        if _joiner().match(between) or (
            _AND.match(between) and _BETWEEN.search(doc.text, max(0, one.start - 12), one.start)
        ):
            return first, last, one.start
    return None


def _length(
    doc: Doc, dates: list[Mention], sentence: tuple[int, int]
) -> tuple[dt.date, dt.date, int, int] | None:
    """A span told by a length in days: its days, the start of the length and of its noun's end."""
    _, noun, arrival, ending = _patterns()
    for date in dates:
        days = _days(date.attrs.get("value"))
        if days is None:
            continue
        after = noun.match(doc.text, date.end, sentence[1])
        spent = _SPENT.search(doc.text, max(0, date.start - 16), date.start)
        if after is None and spent is None:
            continue
        start = None
        for other in dates:
            day = as_day(other.attrs.get("value"))
            low = max(sentence[0], other.start - ARRIVAL_REACH - 20)
            if day and arrival.search(doc.text, low, other.start):
                start = day  # "arrived on Wednesday evening for a three-day visit"
                break
            if day and ending.search(doc.text, low, other.start):
                start = day - dt.timedelta(days=days - 1)  # "a three-day visit that ends on Friday"
                break
            if day and after is not None and _ended_length(doc, date, after.end(), other):
                start = day - dt.timedelta(days=days - 1)  # "concluded a three-day visit to X on Tuesday"
                break
        if start is None:
            start = _reach_back(doc, dates, days)
        if start is None:
            continue
        return start, start + dt.timedelta(days=days - 1), date.start, after.end() if after else date.end
    return None


def _ended_length(doc: Doc, length: Mention, noun_end: int, day: Mention) -> bool:
    """Whether `day` is the day a trip closed whose length is a closing verb's object: "concluded a
    three-day working visit to Germany on Tuesday"."""
    return closed_object(doc, (length.start, noun_end), day)


def _reach_back(doc: Doc, dates: list[Mention], days: int) -> dt.date | None:
    """The first told day a trip of `days` days that takes in the sentence's day (or lies within its
    week) can start on."""
    for date in dates:
        week = iso_week(date.attrs.get("value"))
        if week is not None:
            return _first_told(doc, *week)
    for date in dates:
        day = as_day(date.attrs.get("value"))
        if day is not None and date.attrs.get("type") == "DATE":
            return _first_told(doc, day - dt.timedelta(days=days - 1), day)
    return None


def _destination(
    doc: Doc, cue: int, sentence: tuple[int, int], covered: Callable[[int, int], bool]
) -> Mention | None:
    """The place a travel word goes to: the first country or city after it told after "to" / "in"."""
    stop = min(sentence[1], cue + DESTINATION_REACH)
    places = sorted(
        (m for layer in ("city", "country") for m in doc.in_span(layer, cue, stop)), key=lambda m: m.start
    )
    for place in places:
        if covered(place.start, place.end) or not doc.text[place.start : place.start + 1].isupper():
            continue
        if _lead_in().search(doc.text, max(cue, place.start - 12), place.start):
            return place
    return None


def _programme_city(
    doc: Doc, place: Mention, sentence: tuple[int, int], covered: Callable[[int, int], bool], first: dt.date
) -> str | None:
    """The first city of the destination country told in the trip's sentence (before the
    destination too: "signed in Baku ... during the visit to Azerbaijan"), else in the sentence
    before it ("... signed a memorandum in Zagreb." "It was signed during the minister's visit to
    Croatia"), else in the sentences after it, not after "from", not inside a name. A city of
    another country is no stop of the trip ("the satellite will be built in Ankara" after a visit
    to Azerbaijan), nor is a city of a sentence after it dated after the trip's first day ("He is to
    travel to Kumamoto tomorrow": a later stop, not where the trip is)."""
    country = place.attrs.get("code")
    index = doc.sentence_index(sentence[0])
    order = (
        [index]
        + ([index - 1] if index > 0 and country else [])
        + list(range(index + 1, index + 1 + PROGRAMME_SENTENCES))
    )
    for i in order:
        if i >= len(doc.sentences):
            continue
        start, end = doc.sentences[i]
        if i > index and _dated_after(doc, (start, end), first):
            continue
        for city in doc.in_span("city", start, end):
            if country and city.attrs.get("code") != country:
                continue
            if covered(city.start, city.end) or _FROM.search(doc.text, max(0, city.start - 10), city.start):
                continue
            return city.text
    return None


def _dated_after(doc: Doc, sentence: tuple[int, int], first: dt.date) -> bool:
    """Whether a sentence states a day after `first`."""
    for m in doc.in_span("date", *sentence):
        day = as_day(m.attrs.get("value"))
        if day is not None and day > first:
            return True
    return False


def sentence_trip(
    doc: Doc,
    sentence: tuple[int, int],
    dates: list[Mention],
    gatherings: list[int],
    covered: Callable[[int, int], bool],
    home: Callable[[], str | None],
) -> Trip | None:
    """The trip a sentence tells, if any. `dates` are its dates, `gatherings` where its event cues of
    another kind than a visit start (a range nearer one of them than any travel word dates that
    event: "the forum, held from 3 to 5 May in Lisbon, drew delegations from ..."),
    `covered` whether a span lies in an organisation's name, `home` the dateline's city."""
    if not dates or not _travel_pretest()(doc.text[sentence[0] : sentence[1]]):
        return None
    travel, _, _, _ = _patterns()
    words = list(travel.finditer(doc.text, *sentence))
    if not words or not dates:
        return None
    found = _range(doc, dates)
    length = None if found is not None else _length(doc, dates, sentence)
    place = None
    if found is not None:
        at = found[2]
        nearest = min(abs(word.start() - at) for word in words)
        if any(abs(other - at) < nearest for other in gatherings):
            return None
        for word in reversed(words):  # the last travel word goes ("a delegation ... spent ... in X")
            place = _destination(doc, word.start(), sentence, covered)
            if place is not None:
                cue = word
                break
        if place is None:
            return None
        first, last, _ = found
        name = (cue.start(), place.end)
    elif length is not None:
        first, last, at, noun_end = length
        cue = min(words, key=lambda w: abs(w.start() - at))
        place = _destination(doc, min(cue.start(), at), sentence, covered)
        name = (min(cue.start(), at), max(noun_end, place.end if place else noun_end))
    else:
        return None
    if place is None:  # the dateline's city, unless the sentence tells it as no destination
        city = home()
        if any(m.text == city for m in doc.in_span("city", *sentence)):
            city = None
    elif doc.in_span("city", place.start, place.end):
        city = place.text
    else:
        city = _programme_city(doc, place, sentence, covered, first)
    label = " ".join(doc.text[name[0] : name[1]].split())
    return Trip(first.isoformat(), last.isoformat(), city, (cue.start(), cue.end()), name, sentence, label)
