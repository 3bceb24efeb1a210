"""Events: meetings, visits, conferences, receptions, signings, launches and exhibitions, each with
a date from the same sentence, an end date for ranges and the city where it took place."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bilat.extract.components.event_anchors import (
    OPENING_REACH,
    Anchor,
    anchored_dates,
    background_day,
    names_anchor,
    opens_story,
    recent_anchor,
    report_frame,
    same_place,
    setting_date,
    setting_leads,
    setting_place,
    told_as_past,
    within_told,
    without_dateline,
)
from bilat.extract.components.event_background import background_signing
from bilat.extract.components.event_closings import (
    closed_later,
    closed_object,
    closes_other,
    closing_subject,
    closing_verb,
    start_before,
    told_length,
)
from bilat.extract.components.event_contents import contents_line
from bilat.extract.components.event_deadlines import is_deadline
from bilat.extract.components.event_ends import consistent_end, passive_subject
from bilat.extract.components.event_evenings import evening_hits
from bilat.extract.components.event_funded import funded_kind
from bilat.extract.components.event_held_bodies import held_body_hits
from bilat.extract.components.event_holidays import names_its_date, wished_day
from bilat.extract.components.event_launches import (
    commercial_launch,
    figurative_launch,
    fold_launches,
    funding_opened,
    held_at,
    unoccasioned,
)
from bilat.extract.components.event_lists import listed_places
from bilat.extract.components.event_minutes import (
    GATHERINGS,
    fold_record_dates,
    minutes_signings,
    programme_parts,
)
from bilat.extract.components.event_names import event_name, name_at, verb_phrase, words
from bilat.extract.components.event_occasions import (
    meet_by_limit,
    met_standard,
    ordered_work,
    unmarked_occasion,
)
from bilat.extract.components.event_ones import retold_one_hits
from bilat.extract.components.event_places import (
    acts,
    apposed_town,
    arrival_place,
    body_seat,
    capital_phrases,
    caps_dateline_city,
    city_state,
    context_city,
    district_city,
    hosts_event,
    inside_facility,
    natural_place_after,
    opens_name,
    origin,
    other_clause,
    other_events_place,
    place_told_after,
    placed,
    possessive_state,
    purposed,
    region_told,
    site_town,
)
from bilat.extract.components.event_recurring import recurring
from bilat.extract.components.event_references import bare, end_after, goes_on, refers_back
from bilat.extract.components.event_refine import fold_previews, refine_months
from bilat.extract.components.event_renewals import unrenewed_instrument
from bilat.extract.components.event_retold import drop_retold_leads
from bilat.extract.components.event_series import (
    edition_cue,
    numbered_year,
    series_kind,
    series_setting,
    unnumbered_edition,
)
from bilat.extract.components.event_spans import takes_occasion_span
from bilat.extract.components.event_stays import stay_hits
from bilat.extract.components.event_talks import state_talks
from bilat.extract.components.event_tense import (
    not_after_publication,
    not_before_publication,
    past_counted_ahead,
    shifted_like,
)
from bilat.extract.components.event_titles import (
    GENERIC_KINDS,
    actor_broken,
    better_name,
    distinct_kinds,
    distinct_named,
)
from bilat.extract.components.event_trips import Trip, sentence_trip
from bilat.extract.components.event_venues import (
    beyond_venue,
    gathering_kind,
    inside_venue,
    opening_of,
    venue_where,
)
from bilat.extract.components.event_voyages import Voyage, voyages
from bilat.extract.components.event_weekdays import (
    framed_weekday,
    is_week,
    joined_weekdays,
    week_with_its_day,
)
from bilat.extract.components.event_words import cue_list, cue_types
from bilat.extract.components.events_header import header_event
from bilat.extract.components.gazetteer import reference
from bilat.extract.components.vague_dates import as_calendar
from bilat.extract.components.wrapped_cues import with_wrapped
from bilat.extract.days import within_days_before_report
from bilat.extract.doc import Doc, Mention, SpanIndex
from bilat.extract.matching import Hit, PhraseMatcher, doc_folded
from bilat.extract.naming import AGREEMENT_WORDS, one_line
from bilat.extract.org_missions import sends_mission
from bilat.extract.phrases import doc_tokens
from bilat.extract.record import Event
from bilat.extract.registry import Component, component
from bilat.extract.resources import (
    alternatives,
    alternatives_longest_first,
    load_yaml,
    longest_first,
    yaml_words,
)
from bilat.temporal.words import number as number_of

NEEDS_PLACE = frozenset({"signing"})
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}){0,2}(?:T|$)")
_FOUR_DIGITS = re.compile(r"\d{4}")
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")


@functools.cache
def event_matcher() -> PhraseMatcher:
    """Event cues → event type."""
    data = cue_types()
    folded = [(cue, kind) for kind, cues in data.items() for cue in cues if not cue[:1].isupper()]
    exact = [(cue, kind) for kind, cues in data.items() for cue in cues if cue[:1].isupper()]
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
    distance: float = 0.0
    ordinal: str | None = None
    sentence: tuple[int, int] = (0, 0)
    aside: bool = False
    kinds: set[str] = field(default_factory=set)  # the types of the mentions merged into it
    refers: bool = False  # told by a bare event word ("the forum"), or named from an earlier sentence
    generic: bool = False  # told by a word of no kind of its own ("ceremony", "event")
    cue: str = ""  # the cue as written, lower-cased
    yearless: bool = False  # its date is written without a year ("in October"): the reader chose it
    natural: bool = False  # set in a natural place of no town ("held at the Dead Sea"): no trip's city
    past: bool = False  # a bare mention told as over ("After the dialogue, ..."): never going on
    sequel: bool = False  # told after "followed by", "in the evening" in its sentence: a later occasion
    stop: bool = False  # a visit verb to a named body ("toured the X Institute"): one stop of a visit


def _dates(doc: Doc, start: int, end: int) -> list[Mention]:
    """Calendar dates in [start, end); weeks and recent durations at the precision they support."""
    out = []
    week: Mention | None = None  # the last week told ("last week, when ... on Wednesday")
    for m in doc.in_span("date", start, end):
        if m.attrs.get("type") in ("DATE", "TIME") and _CALENDAR.match(str(m.attrs.get("value") or "")):
            out.append(m if week is None else framed_weekday(doc.text, week, m))
            continue
        if is_week(m):
            week = m
        if week_with_its_day(doc.text, m):
            continue  # ("held last week on Wednesday": the day)
        vague = as_calendar(m, doc.text[max(start, m.start - 12) : m.start], doc.published)
        if vague is not None:
            out.append(vague)
    return _framed_years(doc, joined_weekdays(doc.text, out))  # "on Monday and Tuesday": one span of days


# A year that opens a span or a limit ("since 2019", "until 2024"): no year of what follows.
_OPEN_FRAME = re.compile(r"(?i)\b(?:since|from|until|till|by|before|after|between)\s+(?:the\s+)?$")
OPEN_FRAME_REACH = 16  # characters before the year that may hold that word
_FRAMED_VALUE = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)$")


# A month's own relative year right after it ("in March of last year", "December last year").
_OWN_YEAR_AFTER = re.compile(
    r"(?i)[ \t\n]+(?:of[ \t\n]+)?(?:last|this|next|the[ \t\n]+same|that)[ \t\n]+year\b"
)


def _reader_year(doc: Doc, date: Mention, year: str) -> bool:
    """Whether the year of a date told without one (`year`) is the one a reader gives it: the
    document's own year (when the document is undated, any year but one its words tell)."""
    if doc.published:
        return str(doc.published)[:4] == year
    return _OWN_YEAR_AFTER.match(doc.text, date.end) is None


def _framed_years(doc: Doc, dates: list[Mention]) -> list[Mention]:
    """`dates` with a month or day written without its year ("in October") put in the year that an
    earlier date of the sentence, a year alone, sets for it ("Last year, the two agencies set up a
    working group, which held its first meeting in October"): the reader chose the current year."""
    out: list[Mention] = []
    for date in dates:
        value = _framed_value(doc, out[-1], date) if out else None
        if value is None:
            out.append(date)
        else:
            out.append(Mention(date.start, date.end, date.label, date.text, {**date.attrs, "value": value}))
    return out


def _framed_value(doc: Doc, frame: Mention, date: Mention) -> str | None:
    """The value of `date` in the year of `frame` told before it (`_framed_years`), else None."""
    framed = _FRAMED_VALUE.match(str(date.attrs.get("value") or ""))
    if framed is None or _FOUR_DIGITS.search(date.text) or date.attrs.get("anchored"):
        return None
    year = str(frame.attrs.get("value") or "")
    if len(year) != 4 or not year.isdigit() or year >= framed.group(1):
        return None
    if not _reader_year(doc, date, framed.group(1)):
        return None
    if _OPEN_FRAME.search(doc.text, max(0, frame.start - OPEN_FRAME_REACH), frame.start):
        return None
    return year + framed.group(2)


# The words around a span of years that make it the name of a period ("the 2026/27 field season",
# "the programme period 2026-2030", "its 2025-2027 work plan"), not the time of something told
# ("will be held in 2026-2027"), or what an instrument covers ("a new programme of cooperation for
# 2026-2028").
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:the|its|their|this|that|period|phase|cycle|term|for)\s+$")
_PERIOD_AFTER = re.compile(
    r"(?i)\s+(?:[a-z-]+\s+)?(?:seasons?|years?|period|phase|cycle|programme|program|plan|work\s+plan)\b"
)


def _years_period(doc: Doc, date: Mention) -> bool:
    """A span of whole years named as a period ("the programme period 2026-2030", "the 2026/27 field
    season"): what a plan, a programme or a season covers, not the day or month of an event."""
    value, end = str(date.attrs.get("value") or ""), str(date.attrs.get("end_value") or "")
    if not (len(value) == 4 and len(end) == 4 and value.isdigit() and end.isdigit() and end > value):
        return False
    if _PERIOD_BEFORE.search(doc.text, max(0, date.start - 12), date.start):
        return True
    return _PERIOD_AFTER.match(doc.text, date.end, min(len(doc.text), date.end + 30)) is not None


def _precise(date: Mention) -> bool:
    """Month or day precision, or a part of a year ("the end of 2024")."""
    return len(str(date.attrs["value"])) >= 7 or bool(date.attrs.get("mod"))


# "hold our next Ministerial Meeting in New Delhi in 2027", "will host the next session in 2028":
# a meeting planned for a year (not before the document's) is dated by that year alone.
_PLANNED = re.compile(
    r"(?i)\b(?:next|(?:to|will|shall)\s+(?:hold|host|convene|organi[sz]e)|"
    r"(?:scheduled|planned|slated|earmarked|foreseen|pencil+ed\s+in)\s+for)\b"
)
PLANNED_REACH = 40  # characters before the cue that may hold the wording
# The cue's own verb, told in the future, between the cue and the year: "The 5th session ... will
# be held in Daejeon in 2028", "the next forum is scheduled to take place in 2027".
_PLANNED_AFTER = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are)\s+(?:to|due\s+to|expected\s+to|scheduled\s+to|planned\s+to|set\s+to))"
    r"\s+(?:be\s+(?:held|hosted|organi[sz]ed|convened)|take\s+place|convene|meet|gather)\b|"
    # "the fourth meeting is planned for 2028", "the launch is slated for 2027", "is foreseen in 2029"
    r"\b(?:is|are)\s+(?:(?:now|currently|tentatively|provisionally)\s+)?"
    r"(?:scheduled|planned|slated|earmarked|foreseen|envisaged|pencil+ed\s+in|expected)\s+(?:for|in)\b"
)


def planned_year(doc: Doc, date: Mention, cue: tuple[int, int]) -> bool:
    """Whether a year-only date after its cue dates an event planned for that year: the cue is
    the "next" one or the object of "to hold" / "will host", and the year is not in the past."""
    value = str(date.attrs.get("value") or "")
    if len(value) != 4 or not value.isdigit() or date.start < cue[1]:
        return False
    now = _reference_year(doc)
    if now is None or int(value) < now:
        return False
    if _PLANNED.search(doc.text, max(0, cue[0] - PLANNED_REACH), cue[0]):
        return True
    return bool(_PLANNED_AFTER.search(doc.text, cue[1], date.start))


def _reference_year(doc: Doc) -> int | None:
    """The year a document is written in: its publication's, else (an undated report) the year of
    the latest day or month it names, the time it looks back or forward from (cached)."""
    if doc.published:
        return int(doc.published[:4])
    if "_reference_year" not in doc.data:
        values = [str(m.attrs.get("value") or "") for m in doc.layer("date")]
        years = [int(v[:4]) for v in values if len(v) >= 7 and v[:4].isdigit()]
        doc.data["_reference_year"] = max(years) if years else None
    known: int | None = doc.data["_reference_year"]
    return known


def _distance(date: Mention, cue: tuple[int, int]) -> float:
    """How far a date is from an event word: after it is closer than before; days and ranges win."""
    return _gap(date, cue) - _bonus(date)


# What it costs a date to lie beyond another event cue of the sentence, past a clause break: "A
# summer school will be held next summer, and the symposium from 8 to 10 June" gives June to the
# symposium only.
ACROSS_CUE_COST = 150.0


# The words after a comma that start another clause (", and", ", then", ", while", ", followed by");
# a semicolon does too.
_CLAUSE_LINKS = "and|then|while|whereas|but|followed|preceded"
_CLAUSE_BREAK = re.compile(rf",\s+(?:{_CLAUSE_LINKS})\b|;")


def _across_cue(doc: Doc, date: Mention, cue: tuple[int, int], hits: list[Hit]) -> float:
    """`ACROSS_CUE_COST` when another cue of the sentence, in another clause (", and", ";"),
    stands between `cue` and `date`, else 0."""
    if len(hits) < 2:  # the cue alone: no other cue stands between it and a date
        return 0.0
    if date.start >= cue[1]:
        low, high = cue[1], date.start
        between = [h for h in hits if low <= h.start and h.end <= high]
        broken = any(
            _CLAUSE_BREAK.search(doc.text, low, h.start) or _complements(doc, h, date, low) for h in between
        ) or _opens_next_clause(doc, date, cue, hits)
    else:
        low, high = date.end, cue[0]
        between = [h for h in hits if low <= h.start and h.end <= high]
        broken = any(_CLAUSE_BREAK.search(doc.text, h.end, high) for h in between)
    return ACROSS_CUE_COST if broken else 0.0


def _opens_next_clause(doc: Doc, date: Mention, cue: tuple[int, int], hits: list[Hit]) -> bool:
    """Whether a date after `cue` opens the next clause, whose own cue follows it ("visited the
    University of Tokyo; on 10 March it travelled to Tsukuba"): that clause's date."""
    if not any(h.start >= date.end and h.start - date.end <= OPENED_CLAUSE_REACH for h in hits):
        return False
    found = _CLAUSE_BREAK.search(doc.text, cue[1], date.start)
    return found is not None and _RIGHT_AFTER_BREAK.fullmatch(doc.text, found.end(), date.start) is not None


OPENED_CLAUSE_REACH = 40  # characters between a date opening a clause and that clause's cue
# what may stand between a clause break and the date that opens the next clause ("; on 10 March")
_RIGHT_AFTER_BREAK = re.compile(r"[ \t\n]*(?:(?:on|in|from|by)[ \t\n]+)?(?:the[ \t\n]+)?")
# "will tour the campus and, on Wednesday, open the symposium": "and" right before a day that opens
# the next clause (searched up to the date, so it ends right there)
_AND_THEN_DATE = re.compile(r"\band,?[ \t\n]+(?:on[ \t\n]+)?(?:the[ \t\n]+)?$")


def _clause_before(doc: Doc, date: Mention, cue: tuple[int, int]) -> float:
    """`ACROSS_CUE_COST` for a date before the cue past a clause break ("Relations were raised to a
    partnership in 2019, and a state visit ... in June 2024 produced ..."): the earlier clause's."""
    if date.end > cue[0] or cue[0] - date.end > CLAUSE_BEFORE_REACH:
        return 0.0
    return ACROSS_CUE_COST if _CLAUSE_BREAK.search(doc.text, date.end, cue[0]) else 0.0


CLAUSE_BEFORE_REACH = 200  # characters between a date and a cue after it that a clause break may split


# "news from the committee in Oslo, a workshop in Goa and a ministerial visit in November": a date
# right after an event word of a list (at most a preposition between) is that item's own.
_RIGHT_AFTER = re.compile(
    r"[ \t\n]+(?:(?:in|on|at|from|for|during|this|next|early|late|mid)[ \t\n]+)?(?:the[ \t\n]+)?"
)
RIGHT_AFTER_REACH = 30  # characters between an event word and a date that is its own
# A list's separator: a comma, or "and"/"or" after an item with a place of its own ("a seminar in
# Gdańsk and a visit in May").
_LIST_COMMA = re.compile(
    r",[ \t\n]+(?:and[ \t\n]+|or[ \t\n]+)?(?:a|an|the|our|its|their)?\b|"
    r"\b(?:in|at)[ \t\n]+[A-Z][^\s,;]*[ \t\n]+(?:and|or)[ \t\n]+(?:a|an|the|our|its|their)\b"
)


def _complements(doc: Doc, other: Hit, date: Mention, low: int) -> bool:
    """Whether `date` directly follows another event word `other` that a list comma separates
    from the cue ending at `low`: the date is the other item's."""
    if date.start - other.end > RIGHT_AFTER_REACH or not _RIGHT_AFTER.fullmatch(
        doc.text, other.end, date.start
    ):
        return False
    return _LIST_COMMA.search(doc.text, low, other.start) is not None


def _listed_after(doc: Doc, date: Mention, hit: Hit, hits: list[Hit]) -> bool:
    """Whether the date a cue took is the own date of a later item of its list (`_complements`)."""
    if len(hits) < 2 or date.start < hit.end:
        return False
    return any(
        hit.end <= h.start and h.end <= date.start and _complements(doc, h, date, hit.end) for h in hits
    )


RIGHT_AFTER_BONUS = 100.0  # the head start of a day right after its cue over the dates before it


def _right_after(doc: Doc, date: Mention, cue: tuple[int, int]) -> bool:
    """Whether a date is a day right after the cue (at most a preposition between: "held talks
    today", "held talks on 8 July"): the cue's own, over a span or a date told before the cue
    ("who is paying a visit from 6 to 9 July, held talks today"), which then cost
    `RIGHT_AFTER_BONUS`."""
    if date.start < cue[1] or date.start - cue[1] > RIGHT_AFTER_REACH:
        return False
    if len(str(date.attrs.get("value") or "")) < 10:
        return False
    return _RIGHT_AFTER.fullmatch(doc.text, cue[1], date.start) is not None


def _gap(date: Mention, cue: tuple[int, int]) -> float:
    return date.start - cue[1] if date.start >= cue[1] else 1.5 * (cue[0] - date.end)


# "the first meeting of the Joint Commission held in Lisbon in June 2024", "the forum, which took place
# at Kyoto on 4 October": the date of the participle clause right after an event word is that event's
# own, whatever other date (a signing's, another meeting's) stands nearer or is more precise.
_HELD_CLAUSE = re.compile(
    r"(?:,?\s*(?:which|that)\s+(?:was\s+|were\s+)?|\s+)(?:held|hosted|convened|organi[sz]ed|took\s+place)"
    r"(?:\s+(?:in|at)\s+[^\s.;,]+(?:\s+[^\s.;,]+){0,5}?)?\s+(?:in|on)\s+(?:the\s+)?$"
)
# "the Science Expo held in Cairo last year", "the forum held in Lima last August": the clause's date
# told by a relative word without a preposition.
_HELD_CLAUSE_BARE = re.compile(
    r"(?:,?\s*(?:which|that)\s+(?:was\s+|were\s+)?|\s+)(?:held|hosted|convened|organi[sz]ed|took\s+place)"
    r"(?:\s+(?:in|at)\s+[^\s.;,]+(?:\s+[^\s.;,]+){0,5}?)?\s+$"
)
_RELATIVE_DATE = re.compile(r"(?i)(?:last|this|past|previous)\b")
HELD_CLAUSE_REACH = 140  # characters from the end of an event word to its clause's date
_CLAUSE_STOP = re.compile(r"[.;]\s")  # a sentence or clause ends between the event word and its clause


def _held_clause_date(doc: Doc, cue: tuple[int, int], dates: list[Mention]) -> Mention | None:
    """The date of a "held in PLACE in DATE" clause that follows the event word at `cue` through
    the rest of its name ("the first meeting of the Joint Commission held in Lisbon in June 2024")."""
    for date in dates:
        if date.start < cue[1] or date.start - cue[1] > HELD_CLAUSE_REACH:
            continue
        found = _HELD_CLAUSE.search(doc.text, max(cue[1], date.start - 70), date.start)
        if found is None and _RELATIVE_DATE.match(date.text):
            found = _HELD_CLAUSE_BARE.search(doc.text, max(cue[1], date.start - 70), date.start)
        if found is None or _CLAUSE_STOP.search(doc.text, cue[1], found.start()):
            continue
        if any(cue[1] <= d.start < found.start() for d in dates):
            continue  # a date between the event word and the clause dates something else
        return date
    return None


def _held_clause_city(doc: Doc, cue: tuple[int, int], date: Mention) -> str | None:
    """The place of the "held in PLACE in DATE" clause whose date is `date` (see `_held_clause_date`)."""
    cities = _places(doc, cue[1], date.start)
    return cities[-1].text if cities else None


def _bonus(date: Mention) -> int:
    """The head start of a date: full days, ranges and dates with a written year."""
    bonus = (40 if len(str(date.attrs["value"])) >= 10 else 0) + (60 if date.attrs.get("end_value") else 0)
    bonus += 30 if _FOUR_DIGITS.search(date.text) else 0
    return bonus


def org_index(doc: Doc) -> SpanIndex:
    """The spans of the document's organisation names (cached on the Doc)."""
    index = doc.data.get("_org_index")
    if index is None:
        index = SpanIndex([s for org in doc.data.get("organizations", []) for s in org.spans])
        doc.data["_org_index"] = index
    return index


@functools.cache
def _city_state(name: str) -> bool:
    """A country name that is also a city ("Singapore", "Monaco")."""
    return city_state(reference("countries"), name)


# Words that make the date after them the last day of the event told before: "until", and the
# departure that ends a stay ("before leaving on Thursday", "departing on 5 May").
_UNTIL = re.compile(
    r"\b(?:until|till|through|runs to|ends on|closes on|(?:leaving|departing|returning(?:\s+home)?|"
    r"flying\s+home)(?:\s+on)?)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
UNTIL_REACH = 20  # characters before a date that may hold those words
# The day an instrument took effect ("signed in Beijing in October 2023, entered into force on 1 July
# 2024", "in force since 1 May"): no occasion, no day of the signing told beside it
_IN_FORCE = re.compile(
    r"\b(?:(?:enter(?:s|ed|ing)?|c[oa]me(?:s)?|coming)\s+into\s+(?:force|effect)|tak(?:es|ing)\s+effect|"
    r"took\s+effect|in\s+force)\s+(?:on|from|since|as\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
IN_FORCE_REACH = 40  # characters before a date that may hold those words


def dateline_city(doc: Doc) -> str | None:
    """The city of a press release's dateline ("Ottawa, 26 August 2025 —" near the top)."""
    top = min(len(doc.text), 400)
    dates = doc.in_span("date", 0, top)
    capitals = _capitals_dateline_at(doc, dates)
    for city in doc.in_span("city", 0, top):
        if opens_name(doc, city):
            continue
        if capitals is not None and capitals[1] < city.start:
            # "ABU DHABI, 18 Nov 2025 (WAM) -- ... held in Dubai yesterday": the dateline the city
            # layer leaves untagged comes first, a city told after it is no dateline
            return capitals[0]
        line_start = doc.text.rfind("\n", 0, city.start) + 1
        line_end = doc.text.find("\n", city.end)
        line_end = line_end if line_end >= 0 else len(doc.text)
        on_line = [d for d in dates if line_start <= d.start < line_end]
        told = _PLACE_WORD_BEFORE.search(doc.text, max(line_start, city.start - 12), city.start)
        if on_line and told and all(len(str(d.attrs.get("value") or "")) < 10 for d in on_line):
            continue  # "The next meeting will be held in Berlin in 2027": a place told, no dateline
        if told and any(line_start + DATELINE_REACH <= d.start and d.end <= city.start for d in on_line):
            continue  # "The week runs from 30 November ... a session in Antofagasta": told after a date
        if on_line:
            return city.text
    return capitals[0] if capitals is not None else None


DATELINE_REACH = 40  # characters from a line's start within which a dateline's date opens it

# A preposition right before a city: the city is told as a place in a sentence; with only a year or a
# month on its line it dates no report ("will be held in Berlin in 2027"), unlike "agreed in Auckland
# today" or "the first visit to Stockholm" on a dateline's line.
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|to|from)\s+(?:the\s+)?$", re.IGNORECASE)


_CAPITALS_PLACE = re.compile(r"[^\w\n]*([A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,30}?)\s*,")


def _capitals_dateline(doc: Doc, dates: list[Mention]) -> str | None:
    """The city of a dateline in capitals ("BEIJING, Nov 18, 2026 (Agency) -"), which the city
    layer, reading names as written, leaves untagged."""
    found = _capitals_dateline_at(doc, dates)
    return found[0] if found is not None else None


# A place name as written that opens a dateline's line right before its date ("Santiago, 30 November
# 2025"): a city too ambiguous for the city layer to tag everywhere.
_NAMED_PLACE = re.compile(r"[^\w\n]*([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}),[ \t]*")


def _capitals_dateline_at(doc: Doc, dates: list[Mention]) -> tuple[str, int] | None:
    """`_capitals_dateline` with the offset of the place; also a place as written opening a line
    with only the date after its comma ("Santiago, 30 November 2025")."""
    countries = reference("countries")
    if countries is None:
        return None
    for date in dates[:2]:
        line_start = doc.text.rfind("\n", 0, date.start) + 1
        match = _CAPITALS_PLACE.match(doc.text, line_start, date.start)
        if match is None:
            match = _NAMED_PLACE.match(doc.text, line_start, date.start)
            if match is None or match.end() != date.start:
                continue
        info = countries.city(match.group(1).title())
        if info is not None:
            return str(info.name), match.start(1)
    return None


# How many days before a report's date an event told in its dateline's sentence is the news it
# reports from there ("BEIJING, Nov 18 - Brazil and China on Tuesday signed ...").
LEAD_DAYS = 7


def _reported_in_lead(doc: Doc, sentence: tuple[int, int], value: str) -> bool:
    """Whether an event dated `value` is the news of the sentence that opens with the report's
    dateline, within `LEAD_DAYS` before the report's date: it took place where the report is from."""
    return _days_before(doc, value) and opens_story(doc, sentence)


def _days_before(doc: Doc, value: str) -> bool:
    """Whether `value` is a day at most `LEAD_DAYS` before the document's date (a signing of the
    last few days told with no place of its own took place where the report is from)."""
    return within_days_before_report(doc, value, LEAD_DAYS)


def _lead_city(doc: Doc, sentence: tuple[int, int]) -> str | None:
    """The city that opens a sentence's dateline ("Lima, 5 June 2025 -", "BEIJING, Nov 18 -")."""
    dates = doc.in_span("date", sentence[0], min(sentence[1], sentence[0] + 80))
    if not dates:
        return None
    for city in doc.in_span("city", sentence[0], dates[0].start):
        return city.text
    return _capitals_dateline(doc, dates[:1])


def _home(doc: Doc) -> str | None:
    """`dateline_city`, found once per Doc and only when an event needs it."""
    if "_dateline_city" not in doc.data:
        doc.data["_dateline_city"] = dateline_city(doc)
    city: str | None = doc.data["_dateline_city"]
    return city


def _places(doc: Doc, start: int, end: int) -> list[Mention]:
    """The cities of a sentence outside organisation names, and its city states (cached)."""
    cache: dict[tuple[int, int], list[Mention]] = doc.data.setdefault("_event_places", {})
    found = cache.get((start, end))
    if found is None:
        inside_orgs = org_index(doc)
        found = [
            c
            for c in doc.in_span("city", start, end)
            if (not inside_orgs.covers(c.start, c.end) or _venue_named_for(doc, c))
            and not acts(doc, c)
            and not opens_name(doc, c)
            and not origin(doc, c)
            and not inside_facility(doc, c)
            and not _named_in_city(doc, c)
        ]
        states = doc.in_span("country", start, end)
        found += [
            c
            for c in states
            if _city_state(c.text)
            and not _paired_state(doc, c, states)
            and not possessive_state(doc, c, inside_orgs.covers)
            and not sends_mission(doc, c)  # ("a reception at the Embassy of Singapore in Helsinki")
        ]
        found += capital_phrases(doc, start, end)
        cache[(start, end)] = found
    return found


_IN_AFTER = re.compile(r"[ \t]+in[ \t]+")


def _named_in_city(doc: Doc, city: Mention) -> bool:
    """Whether a city ends a venue's name that "in" and another city follow ("at IIT Madras in
    Chennai", "at the Universidad de Concepción in Hualpén"): the name's city is no place; the
    other is."""
    found = _IN_AFTER.match(doc.text, city.end)
    return found is not None and any(
        other.start == found.end() for other in doc.in_span("city", found.end(), found.end() + 40)
    )


# "Saudi Arabia and Singapore", "Singapore–Chile", "Japan, Singapore": two countries joined
_STATE_JOIN = re.compile(r"[ \t]*(?:,|&|and|[\u2013\u2014/-])[ \t]*")
_IN_AT_BEFORE = re.compile(r"\b(?:in|at|to)[ \t]+$", re.IGNORECASE)


def _paired_state(doc: Doc, state: Mention, states: list[Mention]) -> bool:
    """Whether a city state's name is joined to another country's ("Saudi Arabia and Singapore
    signed", "the Singapore–Chile forum"): the pair names the partners, not a venue, unless "in",
    "at" or "to" stands before the pair ("a forum in Singapore and Malaysia")."""
    for other in states:
        if other is state or other.attrs.get("code") == state.attrs.get("code"):
            continue
        first, second = (other, state) if other.end <= state.start else (state, other)
        if second.start - first.end > 7 or _STATE_JOIN.fullmatch(doc.text, first.end, second.start) is None:
            continue
        return _IN_AT_BEFORE.search(doc.text, max(0, first.start - 8), first.start) is None
    return False


# "an exhibition at the Kyoto National Museum": a venue whose name opens with its city.
_AT_VENUE = re.compile(r"\bat[ \t]+(?:the[ \t]+)?$")


def _venue_named_for(doc: Doc, city: Mention) -> bool:
    """Whether a city opens the name of a body that is the venue told ("at the Kyoto National
    Museum", "at the Lisbon Congress Centre"): the city is then where the event is held."""
    if _AT_VENUE.search(doc.text, max(0, city.start - 8), city.start) is None:
        return _seated_venue(doc, city)
    return any(span[0] == city.start for span in _bodies(doc))


_IN_BEFORE = re.compile(r"[ \t](?:in|of)[ \t]+$")
# "visited the University of Helsinki", "a tour of the University of Tokyo": the body visited is
# the venue, as after "at"
_VISITED_BODY = re.compile(
    r"\b(?:visited|toured|visiting|touring|visit[ \t]+to|tour[ \t]+of)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
# ... unless another place follows the body ("visited the University of Melbourne campus in Hanoi")
_PLACE_FOLLOWS = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}(?:in|at)[ \t]+[A-Z]")


def _seated_venue(doc: Doc, city: Mention) -> bool:
    """Whether a city ends the name of a body that is the venue told, after "in" or "of" ("at the EU
    Delegation in Tokyo", "at the Embassy of Japan in Berlin", "at the Technical University of
    Munich", "at the University of São Paulo"): the city is where the event is held."""
    if _IN_BEFORE.search(doc.text, max(0, city.start - 5), city.start) is None:
        return False
    return any(
        span[0] < city.start
        and city.end <= span[1]
        and (
            _AT_VENUE.search(doc.text, max(0, span[0] - 8), span[0]) is not None
            or (
                _VISITED_BODY.search(doc.text, max(0, span[0] - 16), span[0]) is not None
                and _PLACE_FOLLOWS.match(doc.text, span[1], span[1] + 40) is None
            )
            or hosts_event(doc.text, span[1])
        )
        for span in _bodies(doc)
    )


_OF_BEFORE = re.compile(r"[ \t]of[ \t]+$")


def _named_of(doc: Doc, city: Mention) -> bool:
    """Whether a city ends a body's name after "of" ("the University of Sydney"): before the event
    word, such a body is where a person works ("as a professor at the University of Sydney, he
    visited ..."), not the venue; after it, it is ("signed at the University of São Paulo")."""
    return _OF_BEFORE.search(doc.text, max(0, city.start - 5), city.start) is not None and org_index(
        doc
    ).covers(city.start, city.end)


# "... reviewed the work done since the previous session in Seoul": a place after the event word that
# belongs to an earlier occurrence of the event, not to the one told.
_EARLIER_OCCURRENCE = re.compile(
    r"\b(?:[Pp]revious|[Pp]receding|[Ff]ormer|[Pp]rior)\s+(?:[a-z][\w-]*\s+){1,2}?"
    r"(?:(?:held|hosted|organi[sz]ed|convened)\s+)?(?:in|at)\s+$"
)
EARLIER_REACH = 50  # characters before a place that may hold those words
# An event word told as an earlier occurrence ("the previous session", "its last two meetings"):
# it takes no date told before it, which dates the event the sentence is about.
_EARLIER_CUE = re.compile(r"(?i)\b(?:previous|preceding|former|prior)\s+(?:[\w-]+\s+){0,2}?$")


def _earlier_occurrence(doc: Doc, place: Mention, cue: int) -> bool:
    """Whether a place after an event word at `cue` is where an earlier occurrence was held
    ("since the previous session in Seoul", "as at the last forum in Lima")."""
    if place.start <= cue:
        return False
    found = _EARLIER_OCCURRENCE.search(doc.text, max(cue + 1, place.start - EARLIER_REACH), place.start)
    return found is not None


def _bodies(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the document's organisation names, in text order (cached on the Doc)."""
    spans: list[tuple[int, int]] | None = doc.data.get("_body_spans")
    if spans is None:
        spans = sorted(s for org in doc.data.get("organizations", []) for s in org.spans)
        doc.data["_body_spans"] = spans
    return spans


def _city(doc: Doc, start: int, end: int, near: int) -> str | None:
    cities = _places(doc, start, end)
    if cities:
        cities = [
            c
            for c in cities
            if not (
                purposed(doc, near, c.start)
                or other_clause(doc, c.end, near)
                or _earlier_occurrence(doc, c, near)
                or beyond_venue(doc, near, c.start, start)
                or body_seat(doc, c, _bodies(doc), near)
                or (c.start < near and _named_of(doc, c))
            )
        ]
    if cities and any(c.start < near for c in cities):
        ends = _cue_ends(doc, start, end)
        own_after = any(c.start > near and placed(doc, c) for c in cities)
        cities = [c for c in cities if not other_events_place(doc, c, near, ends, own_after)]
    if any(c.start > near for c in cities) and _CLAUSE_BREAK.search(doc.text, near, end):
        ends = _cue_ends(doc, start, end)
        cities = [c for c in cities if not _later_events_place(doc, c, near, ends)]
    if any(c.start > near and placed(doc, c) for c in cities):
        # "a delegation from TU Graz visited the AIST in Tsukuba": a city set "in"/"at" after the
        # cue outranks one before it that no "in"/"at" sets as a place
        cities = [c for c in cities if c.start > near or placed(doc, c)]
    if not cities:
        return None
    if any(c.start > near for c in cities) or _place_after(doc, near, end):
        cities = [c for c in cities if not _closing_appositive(doc, c, near)]
        if not cities:
            return None
    best = min(cities, key=lambda m: abs(m.start - near))
    return best.text


def _later_events_place(doc: Doc, city: Mention, cue: int, cue_ends: list[int]) -> bool:
    """Whether a city after the event word at `cue` lies past a clause break (", while", ";") that
    another event word follows before the city: that event's place ("held a workshop on 2 March,
    while the ministers met in Nairobi on 1 March")."""
    if city.start <= cue:
        return False
    found = _CLAUSE_BREAK.search(doc.text, cue, city.start)
    return found is not None and any(found.end() <= e <= city.start for e in cue_ends)


def _cue_ends(doc: Doc, start: int, end: int) -> list[int]:
    """The ends of the event cues of the sentence spanning `start`..`end` (none for another span)."""
    index = doc.sentence_index(start) if doc.sentences and doc.sentences[0][0] <= start else -1
    if index < 0 or doc.sentences[index] != (start, end):
        return []
    return [hit.end for hit in _sentence_cues(doc)[index]]


# "The consortium, a joint project of X and Y in Freiburg, opened a test rig in Durban": the comma
# that closes the subject's appositive, right before the verb cue.
_APPOSITIVE_CLOSE = re.compile(r"[\s)*_]*,\s*")


_PLACE_AFTER = re.compile(r"\b(?:in|at)\s+([A-Z][a-z]+)")
PLACE_AFTER_REACH = 80  # characters after the cue that may tell its place


def _place_after(doc: Doc, cue: int, end: int) -> bool:
    """Whether the cue's sentence tells a place after it ("... opened a test rig in Potchefstroom"),
    a capitalised word after "in" / "at" that is no date ("in March" is none)."""
    for match in _PLACE_AFTER.finditer(doc.text, cue, min(end, cue + PLACE_AFTER_REACH)):
        if not doc.in_span("date", match.start(1), match.end(1)):
            return True
    return False


# "toured the Joint Research Centre (JRC) site in Geel": a capitalised place after "in" (brackets,
# capitalised words and "of"/"the" between it and the cue's object allowed).
_IN_PLACE = re.compile(r"\b(?:in|at)\s+([A-Z][a-zà-ÿ'’-]+)\b(?!\s+[A-Z])")


def _new_stop(doc: Doc, hit: Hit, city: str | None, end: int) -> bool:
    """Whether a visit verb ("toured", "visited") tells a stop of its own, not the visit told before
    going on: it names the place it went to after it ("toured the JRC site in Geel")."""
    if hit.key != "visit" or _cue_text(doc, hit) not in words().verbs:
        return False
    return (
        _unknown_place_after(doc, (hit.start, hit.end), end)
        or (city is not None and doc.text.find(city, hit.end, end) >= 0)
        or _body_visited(doc, hit.end, end)
    )


_VISITED_OBJECT = re.compile(r"[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _body_visited(doc: Doc, after: int, end: int) -> bool:
    """Whether a visit verb's object is a named body ("visited the National Research Council",
    "toured the Institute of Photonic Sciences"): a stop of its own within a longer visit."""
    match = _VISITED_OBJECT.match(doc.text, after, end)
    return match is not None and org_index(doc).covers(match.end(), match.end() + 1)


def _visited_body(doc: Doc, cue: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The verb and the named body it visits ("toured the Institute of Photonic Sciences"), the
    name of that stop; None unless its object is a body (`_body_visited`)."""
    match = _VISITED_OBJECT.match(doc.text, cue[1], end)
    if match is None:
        return None
    ends = [
        e for org in doc.data.get("organizations", []) for s, e in org.spans if s == match.end() and e <= end
    ]
    return (cue[0], max(ends)) if ends else None


def _anchor_city(doc: Doc, date: Mention, cue: tuple[int, int], end: int) -> str | None:
    """The city of the event a relative date counts from, unless the sentence tells a place of its
    own after the cue that the gazetteer does not know (`_unknown_place_after`)."""
    city = date.attrs.get("anchor_location")
    if not city or _unknown_place_after(doc, cue, end):
        return None
    return str(city)


_DESTINATION = re.compile(r"[ \t]+(?:the[ \t]+)?([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*)")


def _unknown_place_after(doc: Doc, cue: tuple[int, int], end: int) -> bool:
    """Whether the sentence tells, after the cue, a place in words the gazetteer does not know ("The
    following day the delegation toured the JRC site in Geel"): the event is there, not in the city
    of the event its relative date counts from. After a cue of going "to", so is an unknown
    destination ("travelled to Soc Trang province")."""
    matches = list(_IN_PLACE.finditer(doc.text, cue[1], min(end, cue[1] + PLACE_AFTER_REACH)))
    if doc.text[cue[0] : cue[1]].endswith(" to"):  # a cue of going "to": "travelled to Soc Trang province"
        destination = _DESTINATION.match(doc.text, cue[1], end)
        matches += [destination] if destination else []
    for match in matches:
        at = match.start(1)
        if doc.in_span("date", at, match.end(1)) or doc.in_span("city", at, match.end(1)):
            continue
        if doc.in_span("country", at, match.end(1)) or org_index(doc).covers(at, match.end(1)):
            continue
        return True
    return False


def _appositive_seat(doc: Doc, sentence: tuple[int, int], cue: int) -> str | None:
    """The city that closes the subject's appositive right before a verb cue, when the sentence
    tells a place after the cue (`_closing_appositive`): no place of the event, whichever way the
    event's place is looked for."""
    if not _place_after(doc, cue, sentence[1]):
        return None
    for city in doc.in_span("city", sentence[0], cue):
        if _closing_appositive(doc, city, cue):
            return city.text
    return None


def _closing_appositive(doc: Doc, city: Mention, cue: int) -> bool:
    """Whether a city ends the subject's appositive right before a verb cue ("X, a partner of the
    institute in Freiburg, opened ..."): the seat of the subject, not the event's place, when the
    sentence tells a city after the cue."""
    return city.end <= cue and _APPOSITIVE_CLOSE.fullmatch(doc.text, city.end, cue) is not None


def _past_venue(doc: Doc, sentence: tuple[int, int], cue: int, city: str) -> bool:
    """Whether a city a fallback found is told in the sentence after the cue only past the end of
    the venue the cue names (`beyond_venue`): a guest's post or a person's name, not the venue."""
    at = doc.text.find(city, sentence[0], sentence[1])
    return at >= 0 and beyond_venue(doc, cue, at, sentence[0])


def _cues_before(doc: Doc, start: int) -> list[Hit]:
    """The event cues of the sentence before the one starting at `start` (none for the first)."""
    index = doc.sentence_index(start) if doc.sentences and doc.sentences[0][0] <= start else -1
    if index <= 0:
        return []
    before = doc.sentences[index - 1]
    return [hit for hit in with_wrapped(event_matcher(), doc, *before) if not _modifier(doc, hit)]


def _sentence_of(doc: Doc) -> Callable[[int], tuple[int, int]]:
    """The sentence of a position, else the whole text."""
    return functools.partial(_sentence_at, doc)


def _sentence_at(doc: Doc, at: int) -> tuple[int, int]:
    index = doc.sentence_index(at) if doc.sentences and doc.sentences[0][0] <= at else -1
    return doc.sentences[index] if index >= 0 else (0, len(doc.text))


def _cues(doc: Doc, start: int, end: int) -> list[Hit]:
    """The event cues of doc.text[start:end] (offsets into the text), less modifiers and less weak
    cues ("met") that another cue of the span names better ("met ... for the third workshop")."""
    hits = [
        hit
        for hit in _with_evenings(doc, with_wrapped(event_matcher(), doc, start, end), start, end)
        if not _modifier(doc, hit)
        and not inside_venue(doc, hit)
        and not unmarked_occasion(doc, hit, start, end)
        and not ordered_work(doc, hit)
        and not met_standard(doc, hit)
        and not meet_by_limit(doc, hit, start, end)
        and not unnumbered_edition(doc, hit)
        and not unrenewed_instrument(doc, hit)
        and not _numbered_part(doc, hit)
        and not _in_address(doc, hit)
        and not funded_kind(doc, hit)
        and not state_talks(doc, hit)
        and not recurring(doc, hit)
        and not names_its_date(doc, hit)
        and not wished_day(doc, hit)
    ]
    if not hits:  # "held the Joint Council on 8 May": a meeting; "was in Kenya from 3 to 7 March": a visit
        return (
            held_body_hits(doc, start, end)
            or stay_hits(doc, start, end)
            or retold_one_hits(doc, start, end, functools.partial(_cues_before, doc, start))
        )
    if len(hits) > 1:
        hits = [
            hit
            for i, hit in enumerate(hits)
            if not (i and (_infinitive(doc, hit, hits[i - 1]) or opening_of(doc, hit, hits[i - 1])))
        ]
    weak = cue_list("weak_cues")
    if not any(_cue_text(doc, hit) in weak for hit in hits):
        return hits
    strong = [hit for hit in hits if _cue_text(doc, hit) not in weak and not aside(doc, hit)]
    if strong:
        return [h for h in hits if _cue_text(doc, h) not in weak or _own_clause(doc, h, strong, start, end)]
    return hits


def _with_evenings(doc: Doc, hits: list[Hit], start: int, end: int) -> list[Hit]:
    """`hits` with the evenings told as occasions ("an alumni evening"), each in place of the cues
    it covers."""
    evenings = evening_hits(doc, start, end)
    if not evenings:
        return hits
    kept = [h for h in hits if not any(h.start < e.end and e.start < h.end for e in evenings)]
    return sorted(kept + evenings, key=lambda h: h.start)


def _own_clause(doc: Doc, hit: Hit, strong: list[Hit], start: int, end: int) -> bool:
    """Whether a weak cue ("met") tells an event of its own clause, apart from every stronger cue of
    the sentence: a clause break (", while", ", and", ";") stands between them and each side has a
    date of its own ("The delegation visited Tokyo on 5 March, while the Japanese side met in Osaka
    on 6 March"), unlike "met ... for the third workshop" or "convened the forum on 3 May"."""
    for other in strong:
        low, high = (other.end, hit.start) if other.end <= hit.start else (hit.end, other.start)
        brk = _CLAUSE_BREAK.search(doc.text, low, high)
        if brk is None:
            return False
        if other.end <= hit.start:
            own, theirs = (brk.end(), end), (start, brk.start())
        else:
            own, theirs = (start, brk.start()), (brk.end(), end)
        if not doc.in_span("date", *own) or not doc.in_span("date", *theirs):
            return False
    return True


_NUMERAL_AFTER = re.compile(r"[ \t]+(?:\d{1,2}|[IVX]{1,4})\b")


def _numbered_part(doc: Doc, hit: Hit) -> bool:
    """A capitalised cue followed by a numeral that names a part of a programme ("Day 2 — Wednesday,
    19 November", "Week 3: field work"; event_types.yaml `numbered_part_cues`): an agenda heading,
    the day of the event it belongs to, not an event of its own."""
    if doc.text[hit.start : hit.end] not in yaml_words("event_types.yaml", "numbered_part_cues"):
        return False
    return _NUMERAL_AFTER.match(doc.text, hit.end) is not None


# What glues an event word into a longer token ("sacn-ai-forum", "forum-secretariat@", "/events/"):
# only then may the word stand inside a web or e-mail address.
_GLUE = frozenset("-_./@")
_TOKEN_REACH = 80  # characters either side of the cue that the token it stands in may take
_DOMAIN_PATH = re.compile(r"\w\.[A-Za-z]{2,}[\w.-]*/")


def _in_address(doc: Doc, hit: Hit) -> bool:
    """A cue inside a web or e-mail address ("events.example.org/ai-forum", "forum-secretariat@x.org"):
    no event word of the text."""
    text = doc.text
    if not ((hit.start and text[hit.start - 1] in _GLUE) or (hit.end < len(text) and text[hit.end] in _GLUE)):
        return False
    low, high = hit.start, hit.end
    while (
        low > max(0, hit.start - _TOKEN_REACH)
        and not text[low - 1].isspace()
        and text[low - 1] not in "`<>(\"'"
    ):
        low -= 1
    while (
        high < min(len(text), hit.end + _TOKEN_REACH)
        and not text[high].isspace()
        and text[high] not in "`<>)\"'"
    ):
        high += 1
    token = text[low:high]
    return (
        "@" in token or "://" in token or token.lower().startswith("www.") or bool(_DOMAIN_PATH.search(token))
    )


# "signed a protocol to design and launch a satellite", "met to launch": an infinitive verb cue
_INFINITIVE_BEFORE = re.compile(r"(?i)\bto\s+(?:[a-z]+\s+(?:and|or)\s+)?$")


# "will visit London in May for talks", "travelled to Nairobi for consultations": a bare event noun
# after "for" that says what the event cued just before it is for.
_PURPOSE_BEFORE = re.compile(r"(?i)\bfor\s+$")
PURPOSE_CUE_REACH = 60  # characters between the two cues at most


def _infinitive(doc: Doc, hit: Hit, before: Hit) -> bool:
    """Whether a cue is an infinitive that says what an event cued before it (`before`) is
    for ("signed a protocol to launch a satellite"), or a bare noun after "for" ("visit London
    for talks"): a purpose, not an event of its own."""
    if before.end > hit.start:
        return False
    if _INFINITIVE_BEFORE.search(doc.text, max(before.end, hit.start - 30), hit.start) is not None:
        return True
    if hit.start - before.end > PURPOSE_CUE_REACH or before.key == hit.key:
        return False
    return _PURPOSE_BEFORE.search(doc.text, max(before.end, hit.start - 8), hit.start) is not None


def _cue_text(doc: Doc, hit: Hit) -> str:
    return doc.text[hit.start : hit.end].lower()


def aside_phrases() -> list[str]:
    """event_types.yaml `aside_phrases`, then its `margin_phrases`."""
    data = load_yaml("event_types.yaml")
    return [*(data.get("aside_phrases") or []), *(data.get("margin_phrases") or [])]


@functools.cache
def _aside_pattern() -> re.Pattern[str] | None:
    phrases = aside_phrases()
    if not phrases:
        return None
    joined = alternatives(phrases)
    return re.compile(rf"\b(?:{joined})\b[^.;:]{{0,60}}$", re.IGNORECASE)


@functools.cache
def _aside_words() -> tuple[str, ...] | None:
    """The longest word of each aside phrase, in lower case: a text whose folded copy holds none of
    them holds no aside phrase (None when one is not ASCII: no such pre-test then)."""
    phrases = aside_phrases()
    found = tuple(sorted({max(p.lower().split(), key=len) for p in phrases if p.split()}))
    return found if all(word.isascii() for word in found) else None


def _may_be_aside(doc: Doc, start: int, end: int) -> bool:
    """False when doc.text[start:end] cannot hold an aside phrase (`_aside_words`): the document
    holds none of their words (decided once per Doc), or the window does not."""
    words = _aside_words()
    if words is None:
        return True
    in_doc: bool | None = doc.data.get("_aside_words")
    if in_doc is None:
        folded = doc_folded(doc)
        in_doc = doc.data["_aside_words"] = any(word in folded for word in words)
    if not in_doc:
        return False
    window = doc_folded(doc)[start:end]
    return any(word in window for word in words)


def aside(doc: Doc, hit: Hit) -> bool:
    """A cue told as the setting of another event ("on the sidelines of a forum"): its own event."""
    pattern = _aside_pattern()
    start = max(0, hit.start - 100)
    if pattern is None or not _may_be_aside(doc, start, hit.start):
        return False
    return pattern.search(doc.text, start, hit.start) is not None


@functools.cache
def _modifier_words() -> tuple[frozenset[str], frozenset[str]]:
    """The cues that may only describe the noun after them, and the words that keep them cues."""
    data = load_yaml("event_types.yaml")
    return frozenset(data.get("modifier_cues", [])), frozenset(data.get("modifier_cue_keeps", []))


_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


def _modifier(doc: Doc, hit: Hit) -> bool:
    """A cue that only describes the lower-case noun after it ("opening group match"), or an event
    word that only names the body or paper of an event ("the Forum Secretariat", "Meeting Report",
    "the summit's minutes" aside: `cue_head_nouns`)."""
    cues, keeps = _modifier_words()
    if _head_after(doc, hit.end) or _opens_field_label(doc, hit):
        return True
    if doc.text[hit.start : hit.end].lower() not in cues:
        return False
    after = _NEXT_WORD.match(doc.text, hit.end)
    return after is not None and after.group(1) not in keeps


_HEAD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
_LABEL_AFTER = re.compile(r"[ \t]+([A-Za-z]+)[*_]{0,2}[ \t]*:")


def _opens_field_label(doc: Doc, hit: Hit) -> bool:
    """A cue of no kind that only opens a field's label ("Event Date:", "Event location:"): the
    field tells the date or place of the page's event, not an event of its own."""
    if _cue_text(doc, hit) not in yaml_words("event_types.yaml", "generic_cues"):
        return False
    after = _LABEL_AFTER.match(doc.text, hit.end)
    labels = load_yaml("event_types.yaml").get("field_labels", {})
    return after is not None and any(after.group(1).lower() in words for words in labels.values())


def _head_after(doc: Doc, at: int) -> bool:
    after = _HEAD_AFTER.match(doc.text, at)
    heads = yaml_words("event_types.yaml", "cue_head_nouns", lower=True)
    return after is not None and after.group(1).lower() in heads


def _signed_instrument(doc: Doc, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The title (else the instrument words) of an agreement stated in the sentence: what a
    "signed" event signs."""
    for agreement in doc.record.agreements:
        found = doc.text.find(agreement.title, *sentence) if agreement.title else -1
        if found >= 0 and agreement.title:
            return found, found + len(agreement.title)
        inside = [e for e in agreement.evidence if sentence[0] <= e[0] and e[1] <= sentence[1]]
        if inside and inside[0][1] - inside[0][0] < 200:
            return inside[0]
    return None


def _sentence_name(doc: Doc, cue: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The proper event name nearest to a verb cue in its sentence ("... opened the X Forum")."""
    names = []
    for s, e, _ in _cues(doc, *sentence):
        named = name_at(doc, (s, e), sentence)
        if named and named.proper:
            names.append(named.span)
    return min(names, key=lambda span: abs(span[0] - cue[0]), default=None)


def _fallback(doc: Doc, cue_start: int, cue_end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """A short phrase ending with the cue, starting at a capitalised word (no leading conjunction)."""
    start = max(sentence[0], cue_start - 60)
    space = doc.text.find(" ", start, cue_start)
    start = space + 1 if start > sentence[0] and space >= 0 else start
    for token in doc_tokens(doc, start, cue_start):
        if token.capitalised and token.text.lower() not in words().skip:
            return token.start, cue_end
    return cue_start, cue_end


def _name(
    doc: Doc, cue: tuple[int, int], sentence: tuple[int, int], kind: str
) -> tuple[str, tuple[int, int]]:
    span = None
    if name_at(doc, cue, sentence) is None:  # a verb: "signed", "visited"
        # a signing is named for what it signs, before any other event its sentence names
        # ("signed ... on the sidelines of the X Congress")
        span = _signed_instrument(doc, sentence) if kind == "signing" else None
        if kind == "visit" and doc.text[cue[0] : cue[1]].lower() in words().verbs:
            span = _visited_body(doc, cue, sentence[1])  # ("visited the X Agency": that stop)
        span = span or _sentence_name(doc, cue, sentence)
    span = span or event_name(doc, cue, sentence, kind, _cues, _sentence_of(doc))
    if span is not None:  # a bare "workshop": its quoted name, or the phrase that describes it
        span = better_name(doc, span, cue, sentence)
    if span is None:
        span = verb_phrase(doc, cue, sentence)
        if span is not None and actor_broken(doc, span[0], cue):
            span = passive_subject(doc, cue, sentence) or (cue[0], span[1])
    if span is None:
        span = passive_subject(doc, cue, sentence)
    if span is None:
        span = _fallback(doc, *cue, sentence)
    return doc.text[span[0] : span[1]], span


@dataclass
class _Told:
    """The events found so far, and the day the relative dates of the next sentence count from
    (`last_anchor(found)`, kept up to date as events are found)."""

    found: list[Found] = field(default_factory=list)
    anchor: Anchor | None = None


@dataclass
class _Cues:
    """A sentence's event cues with the dates they may take (`_dated_cues`)."""

    sentence: tuple[int, int]
    hits: list[Hit]
    dates: list[Mention]  # the dates a cue may take
    all_dates: list[Mention]  # with those after "until" ("from 3 until 5 May"), which only end one
    held: list[tuple[Hit, Hit]]  # the signing cues held within an event told before (`_held_within`)
    prior: Anchor | None  # the event told before this sentence
    bonus: dict[int, int]  # `_bonus` of each of `dates`, by id: `_distance = _gap - _bonus`


def find_events(doc: Doc) -> list[Found]:
    """Every dated event mention, before merging."""
    told = _Told()
    for (start, end), hits in zip(doc.sentences, _sentence_cues(doc), strict=True):
        if not hits or contents_line(doc, (start, end)):
            # (a newsletter's "In this issue: ..." dates none of the items it lists)
            told.anchor = (_retold_anchor(doc, (start, end), told) if not hits else None) or told.anchor
            continue
        cues = _dated_cues(doc, (start, end), hits, told)
        if cues is None:
            told.anchor = _retold_anchor(doc, (start, end), told) or told.anchor
            continue
        for hit in cues.hits:
            _cue_events(doc, cues, hit, told)
    return told.found


# "The Joint Committee was opened by the Deputy Minister.": an undated sentence whose definite subject,
# a name (capitalised words, then a verb), names an event told before
_RETOLD_SUBJECT = re.compile(
    r"[\W_]*The\s+((?:[A-Z][\w’'-]*\s+){1,5}?)(?:was|were|is|has|had|opened|closed|met|ended|began)\b"
)


def _retold_anchor(doc: Doc, sentence: tuple[int, int], told: _Told) -> Anchor | None:
    """The event told before to the day that an undated sentence retells as its definite subject
    ("The Joint Committee was opened by ..."): what "the following day" after it counts from, though
    another event was told between them ("... ranked at a panel meeting on 27 November")."""
    if told.anchor is None:
        return None
    subject = _RETOLD_SUBJECT.match(doc.text, sentence[0], sentence[1])
    if subject is None:
        return None
    words = " ".join(subject.group(1).split()).lower()
    for item in reversed(told.found):
        if len(item.date) >= 10 and words in " ".join((item.name or "").split()).lower():
            if item.date == told.anchor.date:
                return None
            return Anchor(item.date, item.end, item.location, sentence)
    return None


def _dated_cues(doc: Doc, sentence: tuple[int, int], hits: list[Hit], told: _Told) -> _Cues | None:
    """The cues of a sentence with the dates they may take: its own dates (no dateline, no deadline,
    relative ones counted from the event told before), else the day of the event they are told
    within (`_setting_cues`); None when there is none."""
    start, end = sentence
    all_dates = without_dateline(doc, sentence, _dates(doc, start, end))
    all_dates = anchored_dates(doc, sentence, all_dates, told.anchor)
    all_dates = [
        d for d in all_dates if not is_deadline(doc, d) and not _in_force(doc, d) and not report_frame(doc, d)
    ]
    # (a span of years named as a period, "signed a programme for 2026-2028", dates no event)
    all_dates = [d for d in all_dates if not _years_period(doc, d)]
    dates = [d for d in all_dates if not _UNTIL.search(doc.text, max(0, d.start - UNTIL_REACH), d.start)]
    prior = told.anchor
    held = _held_within(doc, sentence, hits)
    if held and dates:  # ("signed the programme, which implements the Agreement concluded in 2016")
        dates = [d for d in dates if not _in_relative_clause(doc, d, hits)]
        all_dates = [d for d in all_dates if d in dates or d.start < hits[-1].end]
    if not dates:
        setting = _setting_cues(doc, sentence, hits, held, told.found)
        if setting is None:
            setting = _signed_after_lead(doc, sentence, hits, told.anchor)
        if setting is None:
            setting = _within_visit(doc, sentence, hits, told.found)
        if setting is None:
            return None
        hits, dates, all_dates, held = setting
    return _Cues(sentence, hits, dates, all_dates, held, prior, {id(d): _bonus(d) for d in dates})


# A non-restrictive relative clause opened after the last cue of a sentence (", which implements the
# Agreement concluded in 2016"): what it tells is another thing's.
_RELATIVE_OPENER = re.compile(r",[ \t\n]+(?:which|whose)\b")


def _in_relative_clause(doc: Doc, date: Mention, hits: list[Hit]) -> bool:
    """Whether `date` lies in a relative clause opened after every cue of its sentence (`hits`)."""
    last = max(hit.end for hit in hits)
    return date.start > last and _RELATIVE_OPENER.search(doc.text, last, date.start) is not None


# "A memorandum to this effect was signed at the ... auditorium": a passive signing verb, told at most
# this many sentences after the one that dated the last event.
LEAD_SENTENCES = 2
# An instrument told for the first time: an indefinite subject opens the sentence ("A memorandum to
# this effect was signed", "Two agreements were signed").
_NEW_INSTRUMENT = re.compile(r"\s*(?:A|An|Two|Three|Four|Five|Several)\s")
_PASSIVE_SIGNED = re.compile(r"(?i)\b(?:was|were)\s+(?:also\s+|then\s+|formally\s+)?$")


def _passive(doc: Doc, sentence: tuple[int, int], hit: Hit) -> bool:
    """Whether a cue verb is told in the passive ("was signed", "were also signed")."""
    return _PASSIVE_SIGNED.search(doc.text, max(sentence[0], hit.start - 20), hit.start) is not None


def _signed_after_lead(
    doc: Doc, sentence: tuple[int, int], hits: list[Hit], anchor: Anchor | None
) -> tuple[list[Hit], list[Mention], list[Mention], list[tuple[Hit, Hit]]] | None:
    """(cues, dates, all dates, held cues) of an undated sentence right after the one that told the
    last event to the day, whose signing verb is passive ("The workshop was held on 2 March. A
    memorandum to this effect was signed at the INGEMMET auditorium"): the signing took that day."""
    if anchor is None or len(anchor.date) < 10 or background_day(doc, anchor.date):
        return None
    if not 0 < doc.sentence_index(sentence[0]) - doc.sentence_index(anchor.sentence[0]) <= LEAD_SENTENCES:
        return None
    if not _NEW_INSTRUMENT.match(doc.text, sentence[0], sentence[1]):
        # "The memorandum was signed by ...": the signing told before, retold; but a gathering it
        # was signed after is new ("The documents were signed ... after a one-on-one meeting"), and
        # so is a signing told with its ceremony ("X and Y signed the record ... during a ceremony at")
        return _gathering_before_signing(doc, sentence, hits, anchor) or _ceremony_signing(
            doc, sentence, hits, anchor
        )
    for hit in hits:
        if hit.key in NEEDS_PLACE and _passive(doc, sentence, hit):
            date = setting_date(doc, sentence, (hit.start, hit.end), anchor)
            return None if date is None else ([hit], [date], [date], [])
    return None


# A gathering that a signing retold followed: "were signed at the ministry after a one-on-one meeting",
# "... following talks between the two delegations"
_AFTER_A = re.compile(r"(?i)\b(?:after|following)\s+(?:an?|the)?\s*(?:[\w'’-]+\s+){0,3}$")


def _gathering_before_signing(
    doc: Doc, sentence: tuple[int, int], hits: list[Hit], anchor: Anchor
) -> tuple[list[Hit], list[Mention], list[Mention], list[tuple[Hit, Hit]]] | None:
    """(cues, dates, all dates, held cues) of an undated sentence right after the lead that retells
    its signing with a passive verb and tells the gathering held before it ("The documents were signed
    at the ministry after a one-on-one meeting between the two ministers"): that gathering took the
    signing's day."""
    passive = (h for h in hits if _passive(doc, sentence, h))
    signed = next((h for h in passive if h.key == "signing"), None)
    if signed is None:
        return None
    for hit in hits:
        if hit.start <= signed.end or hit.key in NEEDS_PLACE:
            continue
        if _AFTER_A.search(doc.text, max(signed.end, hit.start - 60), hit.start) is not None:
            date = setting_date(doc, sentence, (hit.start, hit.end), anchor)
            return None if date is None else ([hit], [date], [date], [])
        if _series_close_before().search(doc.text, max(signed.end, hit.start - 80), hit.start) is not None:
            # "The MoU was signed ... at the close of the 7th meeting of the Joint Committee": the
            # signing the lead dated with no place, and the session it closed, on that day
            date = setting_date(doc, sentence, (hit.start, hit.end), anchor)
            if date is None:
                return None
            # (the lead told the signing with no place: the dateline opening it tells one)
            date.attrs["anchor_location"] = anchor.location or _dateline_place(doc, anchor.sentence)
            return [signed, hit], [date], [date], []
    return None


@functools.cache
def _series_close_before() -> re.Pattern[str]:
    """A setting lead (`setting_leads`, `margin_phrases`) and a numbered session right before its cue:
    "at the close of the 7th ", "on the sidelines of the third annual "."""
    leads = alternatives(setting_leads()) or "(?!)"
    return re.compile(
        rf"(?i)\b(?:{leads})[ \t\n]+the[ \t\n]+(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))[ \t\n]+"
        r"(?:[\w'’-]+[ \t\n]+){0,3}$"
    )


# A signing told with its ceremony ("signed the Record of Discussions ... during a ceremony at the
# ministry", "signed ... at a ceremony in Rabat")
_WITH_CEREMONY = re.compile(
    r"(?i)\b(?:during|at|in)[ \t\n]+(?:an?|the)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,2}?ceremony\b"
)
CEREMONY_REACH = 120  # characters after a signing verb that may tell its ceremony


def _ceremony_signing(
    doc: Doc, sentence: tuple[int, int], hits: list[Hit], anchor: Anchor
) -> tuple[list[Hit], list[Mention], list[Mention], list[tuple[Hit, Hit]]] | None:
    """(cues, dates, all dates, held cues) of an undated sentence right after the lead whose signing
    verb is told with its ceremony ("DOST and JICA on Monday launched the project ... X and Y signed the
    Record of Discussions during a ceremony at the DOST"): the signing took the lead's day."""
    for hit in hits:
        if hit.key not in NEEDS_PLACE or _cue_text(doc, hit) not in words().verbs:
            continue
        if not _told_with_ceremony(doc, (hit.start, hit.end), sentence):
            continue
        date = setting_date(doc, sentence, (hit.start, hit.end), anchor)
        if date is None:
            return None
        date.attrs["setting"] = False  # (the ceremony's own place, told in its sentence, is the signing's)
        return [hit], [date], [date], []
    return None


def _within_visit(
    doc: Doc, sentence: tuple[int, int], hits: list[Hit], found: list[Found]
) -> tuple[list[Hit], list[Mention], list[Mention], list[tuple[Hit, Hit]]] | None:
    """(cues, dates, all dates, held cues) of an undated sentence that tells its events within the
    visit told before, named by a definite reference before or after them ("During the visit, the
    Joint Committee was held ..."; "... signed a memorandum ... during the visit"): a meeting or the
    like takes the visit's days, a signing its day when it lasted one (of several, the day is
    unknown)."""
    around = next((h for h in hits if h.key == "visit" and within_told(doc, sentence, h.start)), None)
    if around is None:
        return None
    verbs = words().verbs  # ("met researchers during the visit": no event of its own)
    held = [h for h in hits if h.key != "visit" and (h.key in NEEDS_PLACE or _cue_text(doc, h) not in verbs)]
    anchor = _setting_anchor(found, around, sentence) if held else None
    date = setting_date(doc, sentence, (around.start, around.end), anchor)
    if anchor is None or date is None:
        return None
    if anchor.end and anchor.end[:10] != anchor.date[:10]:
        held = [h for h in held if h.key not in NEEDS_PLACE]
        date.attrs["end_value"] = anchor.end[:10]
    return (held, [date], [date], []) if held else None


def _in_force(doc: Doc, date: Mention) -> bool:
    """Whether a date is the day an instrument took effect ("entered into force on 1 July 2024")."""
    before = max(0, date.start - IN_FORCE_REACH)
    if doc.text.find("force", before, date.start) < 0 and doc.text.find("effect", before, date.start) < 0:
        return False  # (the cheap test first)
    return _IN_FORCE.search(doc.text, before, date.start) is not None


def _setting_cues(
    doc: Doc, sentence: tuple[int, int], hits: list[Hit], held: list[tuple[Hit, Hit]], found: list[Found]
) -> tuple[list[Hit], list[Mention], list[Mention], list[tuple[Hit, Hit]]] | None:
    """(cues, dates, all dates, held cues) of an undated sentence that tells its events within an
    event told before, which gives them its day; None when it tells none."""
    setting = None
    if held:  # (the event word they are told within, and the event found for it before)
        # "After the session, two memoranda were signed": the signing takes that event's day
        around = held[0][1]
        anchor_of = _setting_anchor(found, around, sentence)
        setting = setting_date(doc, sentence, (around.start, around.end), anchor_of)
    if setting is None:
        if any(h.key == "visit" and within_told(doc, sentence, h.start) for h in hits):
            return None  # ("During his visit, the two sides held the 2nd meeting": the visit's days)
        # "X and Y today agreed ... The commitments were made at the third meeting of ..."
        series = series_setting(doc, sentence, hits)
        if series is None:
            return None
        return [series[0]], [series[1]], [series[1]], []
    dates = [setting]
    # (the cues held within it took its day and place already: none held any more)
    return [hit for hit, _ in held], dates, dates, []


def _cue_events(doc: Doc, cues: _Cues, hit: Hit, told: _Told) -> None:
    """Adds to `told` the events of one cue: at its nearest date, or at each (date, city) listed
    after it."""
    dated = _cue_date(doc, cues, hit)
    if dated is None:
        return
    nearest, held_date = dated
    start, end = cues.sentence
    places = _places(doc, start, end)
    for date, listed in listed_places(doc, hit, cues.dates, cues.hits, places) or [(nearest, None)]:
        _date_event(doc, cues, hit, date, listed, held_date, told)


def _cue_date(doc: Doc, cues: _Cues, hit: Hit) -> tuple[Mention, Mention | None] | None:
    """(the date of a cue, the date of a "held in PLACE in DATE" clause after it if any): that
    clause's date, else the nearest date it may take; None when the cue names the event told before
    or its date is another's (another cue's, an occasion's, a goal's, a document's)."""
    start, _ = cues.sentence
    cue = (hit.start, hit.end)
    if names_anchor(doc, cues.sentence, cue):
        return None
    own = _after_sequel(doc, cues.dates, hit)
    if len(own) > 1:  # "the 2025 Science Seminar ... last Thursday": the day's, not the name's year
        own = [d for d in own if not _name_year(doc, d, cue)] or own
    if len(own) > 1:  # "signed ... on 2 December, for the period 2026-2030": the day's
        own = [d for d in own if not _years_period(doc, d)] or own
    if len(own) > 1:  # "the review is planned for 2026, with a launch ... targeted for 2028": 2028's
        own = _scheduled_for(doc, own, cue, start) or own
    if hit.key in _JOINED_KINDS and any(d.start >= cue[1] for d in own):
        # ("visited KRISS today (18th) and will tour the institute in Pangyo tomorrow": tomorrow's)
        own = [d for d in own if not _of_joined_verb(doc, d, cue, start)] or own
    if _EARLIER_CUE.search(doc.text, max(start, cue[0] - EARLIER_REACH), cue[0]):
        own = [d for d in own if d.start >= cue[1]]  # "the previous session (in 2023)"
        if not own:
            return None
    held_date = _held_clause_date(doc, cue, own)
    right_after = any(_right_after(doc, m, cue) for m in own)  # ("..., held talks today")
    nearest = held_date or min(
        own,
        key=lambda m: (
            _gap(m, cue)
            - cues.bonus[id(m)]
            + _across_cue(doc, m, cue, cues.hits)
            + _clause_before(doc, m, cue)
            + (RIGHT_AFTER_BONUS if right_after and m.end <= cue[0] else 0.0)
        ),
    )
    if _claimed(doc, nearest, hit, cues.hits) or _listed_after(doc, nearest, hit, cues.hits):
        return None
    if _and_clause_date(doc, nearest, hit, cues.hits):
        return None
    if takes_occasion_span(nearest, hit, cues.hits, [d for d in cues.all_dates if d not in cues.dates]):
        return None  # "signed ... during the three-day visit (12-14 May)": the visit's days
    verb = closing_verb(doc, nearest)
    if verb is not None and hit.end <= verb and not closing_subject(doc, cue, verb):
        # "toured the Pavilion at the Expo, which closed on 13 October": the Expo's last day; "the
        # call opened on 3 March and closed on 15 May": the call's
        if closes_other(doc, verb) or _cue_text(doc, hit) in words().verbs:
            return None
        if any(hit.end <= h.start and h.end <= verb for h in cues.hits):
            return None
    if nearest.end <= hit.start and _goal_of_date(doc, hit):
        return None  # "results in September 2025, in time for the next forum"
    if hit.key != "signing" and _document_date(doc, nearest):
        return None  # "the meeting recalled the Declaration of 6 June 2003": the document's day
    return nearest, held_date


# "... met the society on 18 May and signed a memorandum the following day": the signing verb joined
# by "and" right after the date of the predicate before it
_JOINED_VERB = re.compile(
    r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+and[ \t]+(?:(?:then|later|also|subsequently|will|would)[ \t]+){0,2}"
)


_JOINED_KINDS = frozenset({"signing", "visit"})  # the kinds told by a verb that "and" may join


def _of_joined_verb(doc: Doc, date: Mention, cue: tuple[int, int], start: int) -> bool:
    """Whether a date right before a signing or visit verb, "and" between (a bracket, "will"), is the
    date of the predicate the cue's verb is joined to (not a date that opens the sentence: "On 18
    May they met and signed")."""
    if date.end > cue[0] or date.start - start < OPENING_REACH:
        return False
    return _JOINED_VERB.fullmatch(doc.text, date.end, cue[0]) is not None


# A participle that schedules the noun of its clause for a date right after it ("the review is planned
# for the third quarter of 2026", "a launch ... targeted for the first half of 2028")
_SCHEDULED_FOR = re.compile(
    r"(?i)\b(?:planned|scheduled|targeted|slated|set|expected|due|foreseen|envisaged|earmarked)\s+(?:for|in)\s+"
    r"(?:(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\s+|(?:early|mid|late|the\s+end\s+of)[\s-]+)?$"
)
_CLAUSE_MARK = re.compile(r"[,;(]")
SCHEDULED_REACH = 60  # characters before a date that may hold its scheduling participle


def _scheduled_for(doc: Doc, dates: list[Mention], cue: tuple[int, int], start: int) -> list[Mention]:
    """The dates scheduled for the clause that holds the cue (`_SCHEDULED_FOR`, the cue between
    the clause's start and the participle), when the sentence schedules several things."""
    out = []
    for date in dates:
        lead = _SCHEDULED_FOR.search(doc.text, max(start, date.start - SCHEDULED_REACH), date.start)
        if lead is None or not start <= cue[0] < lead.start():
            continue
        marks = [m.end() for m in _CLAUSE_MARK.finditer(doc.text, start, lead.start())]
        if cue[0] >= (marks[-1] if marks else start):
            out.append(date)
    return out


def _date_event(
    doc: Doc,
    cues: _Cues,
    hit: Hit,
    date: Mention,
    listed: str | None,
    held_date: Mention | None,
    told: _Told,
) -> None:
    """Adds to `told` the event of a cue at one date (and `listed` city, if any) unless the date
    is too vague, the event is background, or a signing has no place (which then still gives the
    day that "the following day" counts from)."""
    cue = (hit.start, hit.end)
    if not _precise(date):
        date = _opening_anchor(doc, cues.sentence, cues.dates) or date
    if not _precise(date) and not planned_year(doc, date, cue) and not numbered_year(doc, date, cue):
        return  # (a year alone dates a planned session, or a numbered one at a city)
    known = listed or (_held_clause_city(doc, cue, date) if date is held_date else None)
    natural = known is None and natural_place_after(doc, cue, cues.sentence[1], hit.key == "visit")
    # ("a workshop held at the Dead Sea", "will visit Kakamega Forest": no town, not the report's)
    city = None if natural else _event_city(doc, cues.sentence, hit, date, known)
    value = not_before_publication(doc, date, not_after_publication(doc, date, hit), cue)
    if past_counted_ahead(doc, date, value, hit):
        return  # ("The following day, the delegation visited ..." after a workshop still to come)
    if hit.key == "signing" and background_signing(doc, cue, cues.sentence, value):
        return  # "builds on the memorandum signed in Lisbon in 2019": background
    within = _setting_of(cues.held, hit) if city is None and hit.key in NEEDS_PLACE else None
    if within is not None:  # "On the margins of the meeting, ... signed a memorandum on 1 May"
        city = setting_place(_setting_anchor(told.found, within, cues.sentence) or cues.prior, value)
    if hit.key in NEEDS_PLACE and city is None:  # the last resorts of a signing's place
        city = (
            _month_signing_place(told.found, value)
            or _dateline_place(doc, cues.sentence)
            or _occasion_place(told.found, value)
            or arrival_place(doc, cues.sentence)
        )
    if (
        hit.key in NEEDS_PLACE
        and city is None
        and not date.attrs.get("setting")  # (held within the event told before: its occasion)
        and not _venue_told(doc, cues.sentence, cue, value)
        and not _told_with_ceremony(doc, cue, cues.sentence)
    ):
        # no event without a place, but still the day that "the following day" counts from
        told.anchor = recent_anchor(doc, told.anchor, unplaced_anchor(value, cues.sentence))
        return
    found = _event_found(doc, cues, hit, date, value, city, told.found)
    if found is not None:
        found.natural = natural
        told.found.append(found)
        told.anchor = recent_anchor(doc, told.anchor, last_anchor(told.found[-1:]))


def _told_with_ceremony(doc: Doc, cue: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a signing verb is told with its ceremony ("was signed ... in November 2021, in a
    ceremony in Dhulikhel"): an occasion of its own, though the gazetteer knows no town of it."""
    end = min(sentence[1], cue[1] + CEREMONY_REACH)
    return _WITH_CEREMONY.search(doc.text, cue[1], end) is not None


def _month_signing_place(found: list[Found], value: str) -> str | None:
    """The city of the one signing told before by month only ("an arrangement signed in Punta Arenas
    this week") when a signing without a place is told on a day of that month ("On 4 November,
    the two directors signed ..."): the same signing told to the day, which then takes its place."""
    if len(value) < 10:
        return None
    places = {f.location for f in found if f.type == "signing" and f.location and f.date == value[:7]}
    return places.pop() if len(places) == 1 else None


def _occasion_place(found: list[Found], value: str) -> str | None:
    """The city of the one placed event told before (not a signing) held on the signing's day, or
    over days that include it ("the forum, held in Jaffa on Monday and Tuesday ... On Tuesday, X and
    Y signed a memorandum"): a signing told without a place happened at the occasion of its day."""
    if len(value) < 10:
        return None
    day = value[:10]
    places = {
        f.location
        for f in found
        if f.type != "signing"
        and f.location
        and len(f.date) >= 10
        and f.date[:10] <= day <= (f.end or f.date)[:10]
    }
    return places.pop() if len(places) == 1 else None


def _dateline_place(doc: Doc, sentence: tuple[int, int]) -> str | None:
    """The city of a dateline in capitals opening the sentence ("HANOI — ... on Tuesday signed a
    memorandum"), which the gazetteer does not match as written: where the lead event happened."""
    found = caps_dateline_city(doc, sentence[0], sentence[1])
    return found.text if found is not None else None


def _event_city(
    doc: Doc, sentence: tuple[int, int], hit: Hit, date: Mention, known: str | None
) -> str | None:
    """The city of the event of a cue at `date`: `known` (listed after the cue, or in its "held in
    PLACE" clause), else the city of the sentence, of the anchor, of the lead or of the report,
    dropping an organisation's seat and a past venue."""
    start, end = sentence
    cue = (hit.start, hit.end)
    if known is None and _cue_text(doc, hit) in yaml_words("event_types.yaml", "online_cues", lower=True):
        return None  # "will hold an information webinar on 14 January": online, not the dateline's city
    if date.attrs.get("setting") and known is None:
        # "On the margins of the ceremony, X and Y signed ..., under which startups will visit
        # Pangyo": held within the event told before, at its place (maybe none known)
        return date.attrs.get("anchor_location")
    city = known or _city(doc, start, end, cue[0])
    elsewhere = known is None and _told_elsewhere(doc, sentence, cue, city)
    if elsewhere:
        city = None  # "Suva, 6 Aug - Fiji and X will convene a dialogue in Nadi next week"
    town = apposed_town(doc, start, end, org_index(doc).covers) if known is None else None
    if (
        town is not None
        and not purposed(doc, cue[0], town[1])
        and (city is None or doc.text.endswith(city, 0, town[2]))
    ):
        city = town[0]  # "opened a plant in Kwinana, south of Perth": a town the gazetteer does not know
    if city is None and known is None and hit.key == "visit":
        # "visited the Soreq Nuclear Research Center in Yavne on Monday": the site's town
        city = site_town(doc, cue[1], end, org_index(doc).covers)
    # "held a forum in Santiago" in a text about Chile: a city of a partner too ambiguous to be
    # tagged everywhere, set "in"/"at" by the sentence itself, outranks the lead's or report's city
    city = city or context_city(
        doc, sentence, reference("countries"), org_index(doc).covers, cue[0], untagged=True
    )
    city = city or _anchor_city(doc, date, cue, end)
    if city is None and hit.key not in NEEDS_PLACE and _online(doc, cue, end):
        return None  # "the two ministers met virtually on 3 May": no venue, not the report's city
    if city is None and region_told(doc, start, end):
        return None  # "a workshop in Tuscany, Italy": a region, no town, and not the report's city
    if date.attrs.get("anchor_location") and same_place(doc, sentence):
        city = date.attrs["anchor_location"]
    # (a city of the sentence is judged too: "Lima, 10 March - A delegation visited Korea")
    abroad = known is None and hit.key == "visit" and _visit_abroad(doc, cue, end)
    if (
        city is None
        and not elsewhere
        and doc.published
        and str(date.attrs["value"])[:10] == doc.published[:10]
    ):
        city = _home(doc)
    told: str | None = None  # (the next sentences' venue, when the lead is read for one)
    lead = city is None and not elsewhere and _reported_in_lead(doc, sentence, str(date.attrs["value"]))
    if lead:
        # "NAIROBI, Oct 16 - X and Y on Wednesday launched a partnership. It was unveiled at the
        # institute's headquarters in Muguga": the next sentence's venue outranks the dateline's
        told = place_told_after(doc, sentence, hit.key, _kinds_by_sentence(doc), org_index(doc).covers)
        city = told or _lead_city(doc, sentence)
    elif known is None and city is not None and _opening_dateline(doc, sentence, city):
        # "MANILA -- X and Y on Monday signed a memorandum." "They exchanged the documents at the
        # agency's office in Taguig City": the dateline opening the sentence is where the report is
        # from; the next sentences' venue of the same kind of event is where it happened
        told = place_told_after(doc, sentence, hit.key, _kinds_by_sentence(doc), org_index(doc).covers)
        city = told if told is not None and told.casefold() != city.casefold() else city
    if abroad and city is not None and _city_country(city) not in (None, *abroad):
        city = None  # "JAKARTA, 14 Jan - A delegation visited Japan on 12 January": not Jakarta
    if not city and not lead:
        told = place_told_after(doc, sentence, hit.key, _kinds_by_sentence(doc), org_index(doc).covers)
    city = city or told
    city = city or context_city(doc, sentence, reference("countries"), org_index(doc).covers, cue[0])
    if city is not None and city == _appositive_seat(doc, sentence, cue[0]):
        city = None  # "X, a project of Y in Freiburg, commissioned a rig in Potchefstroom"
    if city is not None and _past_venue(doc, sentence, cue[0], city):
        city = None  # "at the Hilltop campus, where the Consul-General in Perth ..."
    if (
        city is None
        and hit.key in NEEDS_PLACE
        and _days_before(doc, str(date.attrs["value"]))
        and not _unknown_place_after(doc, cue, end)  # "... followed a meeting held in Salalah yesterday"
    ):
        # "signed last Thursday at the agency's office" in a Lima report (a city of the
        # sentence itself was already judged no venue: "a Galway delegation")
        home = _home(doc)
        if home and not any(c.text == home for c in doc.in_span("city", start, end)):
            city = home
    return city


def _told_elsewhere(doc: Doc, sentence: tuple[int, int], cue: tuple[int, int], city: str | None) -> bool:
    """Whether the only city found for a cue is the dateline opening its sentence while the sentence
    tells, after the cue, a place "in"/"at" that the gazetteer does not know ("Suva, 6 August -
    Fiji and Australia will convene a dialogue in Nadi next week"): the event is there; or tells
    the event as held online: it has no place."""
    lead = _lead_city(doc, sentence)
    if lead is None or (city is not None and city != lead):
        return False
    opening = _OPENING_PLACE.match(doc.text, sentence[0])
    if opening is None:
        return False  # "A symposium is planned for Galway in October": a place told, no dateline
    if any(c.text == lead for c in doc.in_span("city", opening.end(), sentence[1])):
        return False  # "OTTAWA, March 11 - ... met in a meeting in Ottawa, some joining online": told there
    if _online(doc, (max(sentence[0], cue[0] - ONLINE_NAME_REACH), cue[1]), sentence[1]):
        return True  # "Montevideo, 2 Dec - Uruguay and Finland held an online meeting on 1 December"
    countries = reference("countries")
    for match in _IN_PLACE.finditer(doc.text, cue[1], min(sentence[1], cue[1] + PLACE_AFTER_REACH)):
        at, stop = match.start(1), match.end(1)
        if doc.in_span("date", at, stop) or doc.in_span("city", at, stop) or doc.in_span("country", at, stop):
            continue
        if org_index(doc).covers(at, stop) or (countries is not None and countries.code(match.group(1))):
            continue  # "to work in Mauritanian waters": a country's word, no town
        return True
    return False


# A dateline's place opening a sentence ("Suva, 6 August 2025 -", "NOUAKCHOTT, March 4 -").
_OPENING_PLACE = re.compile(r"[^\w\n]*[A-ZÀ-Þ][\w'’. -]{1,30}?,")


# A visit's destination country right after its word ("visited Japan", "a study tour to Japan",
# "mission to Chile"): at most a few words between.
_TO_COUNTRY = re.compile(r"[ \t\n]+(?:(?:[\w-]+[ \t\n]+){0,3}?to[ \t\n]+)?(?:the[ \t\n]+)?")
VISIT_REACH = 40  # characters from a visit word to its destination country


def _visit_abroad(doc: Doc, cue: tuple[int, int], end: int) -> tuple[str, ...]:
    """The country codes a visit is told as going to right after its word ("visited Japan",
    "study tour to Japan"), or () when it names none."""
    codes: list[str] = []
    for country in doc.in_span("country", cue[0], min(end, cue[1] + VISIT_REACH)):
        if country.start >= cue[1] and _TO_COUNTRY.fullmatch(doc.text, cue[1], country.start):
            code = country.attrs.get("code")
            if code:
                codes.append(str(code))
    return tuple(codes)


def _city_country(name: str) -> str | None:
    """The country code of a known city ("Jakarta" → "ID"), or None."""
    countries = reference("countries")
    info = countries.city(name) if countries is not None else None
    return info.country if info is not None else None


ONLINE_BEFORE = 20  # characters before an event word that may say it was online ("an online workshop")
ONLINE_AFTER = 60  # characters after it ("met virtually on 3 May", "held by videoconference")
ONLINE_NAME_REACH = 40  # more characters before a cue in a dateline's sentence ("an online meeting of the
# Joint Commission")


@functools.cache
def _online_words() -> re.Pattern[str]:
    words = load_yaml("event_types.yaml").get("online_words") or []
    return re.compile(rf"\b(?:{alternatives_longest_first(words)})\b" if words else r"(?!)", re.IGNORECASE)


@functools.cache
def _hybrid_words() -> re.Pattern[str]:
    words = load_yaml("event_types.yaml").get("hybrid_words") or []
    return re.compile(rf"\b(?:{alternatives_longest_first(words)})\b" if words else r"(?!)", re.IGNORECASE)


def _online(doc: Doc, cue: tuple[int, int], end: int) -> bool:
    """Whether the event of a cue is told as held online ("an online workshop", "met virtually")."""
    low, high = max(0, cue[0] - ONLINE_BEFORE), min(end, cue[1] + ONLINE_AFTER)
    found = _online_words().search(doc.text, low, high)
    return found is not None and _hybrid_words().search(doc.text, low, high) is None


def _event_found(
    doc: Doc,
    cues: _Cues,
    hit: Hit,
    date: Mention,
    value: str,
    city: str | None,
    found: list[Found],
) -> Found | None:
    """The event of a cue on day `value` (from `date`) at `city`: its name, end, kind and ordinal;
    None when no occasion is told, or the event was told before and the day is another's."""
    start, end = cues.sentence
    cue = (hit.start, hit.end)
    name, span = _name(doc, cue, cues.sentence, hit.key)
    if unoccasioned(hit.key, name, value):
        return None  # "the programme was opened by the Consul": no occasion told
    if commercial_launch(hit.key, doc.text, cue[1], end):
        return None  # "Demant launched a new product line": a company's product, no occasion
    if figurative_launch(hit.key, doc.text, cue[1], end):
        return None  # "..., opening a new chapter in the partnership": a figure of speech
    if funding_opened(hit.key, doc.text, start, cue[0]):
        return None  # "A joint fund of EUR 9 million will be opened": money made available
    if span[0] < start and _told_recent(doc, found, hit.key, name, value):
        return None  # "The fair ... coincides with the anniversary of the agreement, which
        # entered into force on 1 March 2010": the fair told before; the day is another's
    ordinal = _ORDINAL.search(doc.text, max(start, cue[0] - 40), min(end, cue[1] + 30))
    end_value = _end_value(doc, cues, date, value)
    value, end_value = _closed_span(doc, cue, date, value, end_value, hit.key)
    kind = gathering_kind(_cue_text(doc, hit), hit.key, name)
    if kind == "other" and edition_cue(_cue_text(doc, hit)):  # "the first edition, held in"
        kind = series_kind([item.type for item in found]) or kind
    if kind == "signing":  # "signed on Monday, during the minister's visit, which ends on Friday":
        end_value = None  # a signing is an act of one day; the span is the visit's
    return Found(
        kind,
        value,
        str(end_value)[:10] if end_value else None,
        city,
        name,
        [span, cues.sentence],
        _gap(date, cue) - cues.bonus[id(date)],
        ordinal.group().lower() if ordinal else None,
        cues.sentence,
        aside(doc, hit),
        refers=(bare(name) and not _new_stop(doc, hit, city, end)) or span[0] < start,
        generic=_cue_text(doc, hit) in yaml_words("event_types.yaml", "generic_cues"),
        cue=_cue_text(doc, hit),
        yearless=not date.attrs.get("anchored") and not _FOUR_DIGITS.search(date.text),
        past=(bare(name) or span[0] < start) and told_as_past(doc, cues.sentence, cue[0]),
        sequel=(kind == "reception" and _later_occasion(doc, cues.sentence, cue))
        or _opening_part(doc, cues.sentence, cue),
        stop=kind == "visit" and _cue_text(doc, hit) in words().verbs and _body_visited(doc, cue[1], end),
    )


def _closed_span(
    doc: Doc, cue: tuple[int, int], date: Mention, value: str, end_value: str | None, key: str = ""
) -> tuple[str, str | None]:
    """(start, end) of the event of the word at `cue` dated `value`: when the date is the day it
    closed ("the visit ends today") and its length is told ("a three-day working visit"), the days
    counted back from that last day; else `value` and `end_value` unchanged."""
    verb = closing_verb(doc, date)
    if end_value:
        return value, end_value
    if verb is None and (last := closed_later(doc, date, value)):
        return value, last  # "opened on 27 February ... and closed on 1 March"
    if verb is not None and closing_subject(doc, cue, verb):
        before = cue[0]  # (a length told before: "a three-day working visit ... The visit ended on")
    elif closed_object(doc, cue, date):
        before = cue[1]  # the object's own length: "concluded a three-day visit to Chile on Friday"
    else:
        # (a visit's days are its trip's, `event_trips`: "a three-day visit that began on Monday")
        return _length_span(doc, cue, value, end_value) if key in _LENGTH_KINDS else (value, end_value)
    days = told_length(doc, doc.text[cue[0] : cue[1]].lower(), before)
    start = start_before(value, days) if days else None
    return (start, value[:10]) if start else (value, end_value)


# "at the close of a two-day workshop", "closing a three-day forum": the day told is the last one
_CLOSE_OF = re.compile(
    r"(?i)\b(?:at\s+the\s+(?:close|end|conclusion)\s+of|closing|concluding|ending|wrapping\s+up)"
    r"\s+(?:a|an|the|their|its)\s+$"
)
# "a two-day workshop", "the three-day meeting": the length in days that modifies the event word
_LENGTH_BEFORE = re.compile(
    r"(?i)\b(two|three|four|five|six|seven|[2-7])[- ]day(?:[- ]long)?\s+(?:[a-z][\w-]*\s+){0,2}$"
)
_LENGTH_KINDS = frozenset({"meeting", "conference", "exhibition", "other"})


def _length_span(doc: Doc, cue: tuple[int, int], value: str, end_value: str | None) -> tuple[str, str | None]:
    """(start, end) of an event word that an "N-day" length modifies ("will begin a two-day
    workshop on Wednesday", "at the two-day meeting, which began on 15 April") dated to one day: the
    N days from that day, or up to it when the text tells the event closing ("at the close of a
    two-day science workshop")."""
    if end_value or len(value) != 10 or not value[:4].isdigit():
        return value, end_value
    length = _LENGTH_BEFORE.search(doc.text, max(0, cue[0] - 40), cue[0])
    if length is None:
        return value, end_value
    days = int(number_of(length.group(1)) or 1)
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return value, end_value
    if _CLOSE_OF.search(doc.text, max(0, length.start() - 40), length.start()):
        return (day - datetime.timedelta(days=days - 1)).isoformat(), value
    return value, (day + datetime.timedelta(days=days - 1)).isoformat()


def _end_value(doc: Doc, cues: _Cues, date: Mention, value: str) -> str | None:
    """The last day of an event starting on `value` (from `date`): the date's own end, shifted as
    its start was, else the day of a date after "until" later in the sentence, when consistent."""
    end_value, end_text = date.attrs.get("end_value"), doc.text[date.start : date.end]
    end_value = shifted_like(str(end_value) if end_value else None, str(date.attrs["value"]), value)
    if not end_value:
        until = [d for d in cues.all_dates if d not in cues.dates and d.start > date.start]
        if until and len(str(until[0].attrs["value"])) >= 10:
            end_value, end_text = (
                str(until[0].attrs["value"])[:10],
                doc.text[until[0].start : until[0].end],
            )
    return consistent_end(value, str(end_value)[:10] if end_value else None, end_text)


# "at the Harbourside campus", "at the university's Lakeside campus", "at Villa Serena": a named venue
# (a capitalised word after "at", a determiner and a possessive word allowed between).
_VENUE = re.compile(r"\bat\s+(?:(?:the|its|their)\s+)?(?:[\w-]+(?:'s|’s)\s+)?[A-Z]")
# A break between a signing verb and a venue after it that starts another clause (a `_CLAUSE_BREAK`,
# or a relative word: ", which toured the X Centre at Y"): the venue is then where something else
# happened.
_VENUE_BREAK = re.compile(rf",\s+(?:which|who|whom|whose|where|before|after|{_CLAUSE_LINKS})\b|;")
SIGNING_VENUE_REACH = 160  # characters from a signing verb to its venue at most


def _venue_told(doc: Doc, sentence: tuple[int, int], cue: tuple[int, int], value: str) -> bool:
    """Whether a signing of a stated day (`value`) is told at a named venue (`_VENUE`) after its cue,
    in the same clause and not as the place of what it sets up ("signed ... to set up a laboratory
    at X"), nor inside an organisation's name: an event held there, in a city the gazetteer may not
    know ("signed on 3 May at the Harbourside campus")."""
    if len(value) < 10:
        return False
    if venue_where(doc, sentence[0], cue[0]):
        return True
    stop = min(sentence[1], cue[1] + SIGNING_VENUE_REACH)
    for match in _VENUE.finditer(doc.text, cue[1], stop):
        if _VENUE_BREAK.search(doc.text, cue[1], match.start()) is not None:
            return False
        if purposed(doc, cue[0], match.start()):
            continue
        if not org_index(doc).covers(match.end() - 1, match.end()) or _venue_noun(doc, match.end(), stop):
            return True
    return False


@functools.cache
def _venue_nouns() -> re.Pattern[str]:
    """A noun of event_types.yaml `signing_venue_nouns` among the next few words (no comma between)."""
    nouns = longest_first(yaml_words("event_types.yaml", "signing_venue_nouns")) or "(?!)"
    return re.compile(rf"[^,;.\n]{{0,40}}?\b(?:{nouns})\b", re.IGNORECASE)


def _venue_noun(doc: Doc, at: int, stop: int) -> bool:
    """Whether a venue noun follows `at` closely ("at the NTU Riverside campus")."""
    return _venue_nouns().match(doc.text, at, stop) is not None


def _held_within(doc: Doc, sentence: tuple[int, int], hits: list[Hit]) -> list[tuple[Hit, Hit]]:
    """The signing cues of a sentence told as held within an event named before them by a definite
    reference ("On the sidelines of the talks, ... signed"), each with that event's cue."""
    out = []
    for hit in hits:
        if hit.key not in NEEDS_PLACE:
            continue
        for other in reversed([h for h in hits if h.key != hit.key and h.end <= hit.start]):
            if within_told(doc, sentence, other.start):
                out.append((hit, other))
                break
    return out


def _setting_of(held: list[tuple[Hit, Hit]], hit: Hit) -> Hit | None:
    """The event cue that the first signing cue of `held` (`_held_within`) not after `hit` is held
    within, if any."""
    return next((around for cue, around in held if cue.start <= hit.start), None)


def _setting_anchor(found: list[Found], setting: Hit, sentence: tuple[int, int]) -> Anchor | None:
    """The last event found in a sentence before `sentence`, with a day date, of the kind of the
    event word `setting` ("the session": the meeting told before), of any kind when that word is of
    none of its own ("Before the opening ceremony, ... signed": the opening told before)."""
    for item in reversed(found):
        if item.type != setting.key and setting.key not in GENERIC_KINDS:
            continue
        if len(item.date) >= 10 and item.sentence[1] <= sentence[0]:
            return Anchor(item.date, item.end, item.location, item.sentence)
    return None


@functools.cache
def _goal_pattern() -> re.Pattern[str]:
    """A phrase of event_types.yaml `goal_phrases`, then a determiner and "next" or the like, at
    the end of the text before a cue."""
    phrases = load_yaml("event_types.yaml").get("goal_phrases") or []
    alternation = longest_first(map(str, phrases)) or "(?!)"
    return re.compile(
        rf"(?i)\b(?:{alternation})[ \t\n]+(?:(?:the|its|their|this|a)[ \t\n]+)?"
        rf"(?:(?:next|upcoming|coming|forthcoming|following)[ \t\n]+)?$"
    )


def _goal_of_date(doc: Doc, hit: Hit) -> bool:
    """Whether a cue is the goal that an earlier date of its sentence serves ("in time for the
    next forum", "ahead of the summit")."""
    return _goal_pattern().search(doc.text, max(0, hit.start - 45), hit.start) is not None


@functools.cache
def _document_date_pattern() -> re.Pattern[str]:
    """A document's capitalised name word, then "of" or "dated", right before a date."""
    words = AGREEMENT_WORDS | {str(w) for w in load_yaml("event_types.yaml").get("city_name_heads") or []}
    heads = longest_first(words)
    return re.compile(rf"\b(?:{heads})(?:[*_]{{1,2}})?,?[ \t\n]+(?:of|dated|from)[ \t\n]+(?:the[ \t\n]+)?$")


def _document_date(doc: Doc, date: Mention) -> bool:
    """Whether a date names a document ("the Brasilia Declaration of 6 June 2003", "the Agreement
    dated 3 May 1999"): the day of that document, no date of the other events of its sentence."""
    return _document_date_pattern().search(doc.text, max(0, date.start - 40), date.start) is not None


# How close after a verb cue a date must follow for the verb to claim it ("signed in May 2019").
CLAIM_REACH = 25


def _claimed(doc: Doc, date: Mention, hit: Hit, hits: list[Hit]) -> bool:
    """Whether the date a noun cue took belongs to a verb cue of another kind (not a launch) between
    them, which it follows closely: "talks continue on a deal to replace the agreement signed in
    February 2019" dates the signing, not the talks."""
    if date.start < hit.end or len(hits) < 2:
        return False
    verbs = words().verbs
    if doc.text[hit.start : hit.end].lower() in verbs:
        return False
    return any(
        h.key not in (hit.key, "launch")  # "the forum opened on 5 May": its own opening
        and hit.end <= h.start
        and h.end <= date.start
        and date.start - h.end <= CLAIM_REACH
        and doc.text[h.start : h.end].lower() in verbs
        for h in hits
    )


def _and_clause_date(doc: Doc, date: Mention, hit: Hit, hits: list[Hit]) -> bool:
    """Whether a date after the cue opens the next clause, right after "and", and a cue of another
    kind follows it closely ("will tour the campus and, on Wednesday, open the symposium"): that
    clause's date, not the cue's."""
    if date.start < hit.end or _AND_THEN_DATE.search(doc.text, hit.end, date.start) is None:
        return False
    return any(
        h.key != hit.key and h.start >= date.end and h.start - date.end <= AND_CLAUSE_REACH for h in hits
    )


AND_CLAUSE_REACH = 80  # characters between that date and the next clause's cue ("..., open the X Symposium")


@functools.cache
def _sequel_pattern() -> re.Pattern[str] | None:
    phrases = load_yaml("event_types.yaml").get("sequel_phrases", [])
    if not phrases:
        return None
    joined = alternatives(phrases)
    return re.compile(rf"\b(?:{joined})\b", re.IGNORECASE)


@functools.cache
def _later_pattern() -> re.Pattern[str] | None:
    data = load_yaml("event_types.yaml")
    phrases = [*(data.get("sequel_phrases") or []), *(data.get("later_that_day") or [])]
    return re.compile(rf"\b(?:{alternatives(phrases)})\b", re.IGNORECASE) if phrases else None


LATER_REACH = 80  # characters before a reception cue that may tell it as a later occasion


def _later_occasion(doc: Doc, sentence: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether a cue is told as an occasion later than what its sentence told before it ("toured the
    institute, followed by a reception in the evening"; "and in the evening the Embassy hosted a
    reception"): "evening" (in the reach or right after the cue) or a sequel phrase before it."""
    pattern = _later_pattern()
    if pattern is None:
        return False
    reach = max(sentence[0], cue[0] - LATER_REACH)
    if pattern.search(doc.text, reach, min(sentence[1], cue[1] + 20)) is not None:
        return True
    return _JOINED_OCCASION.search(doc.text, reach, cue[0]) is not None


# The first part of an occasion told by its beginning ("The visit began in Santiago on 24 November with a
# seminar at the embassy", "the mission opened with a workshop"): a beginning verb, then "with" and an
# article right before the part's cue.
_OPENED_WITH = re.compile(
    r"(?i)\b(?:began|begun|begins|started|starts|opened|opens|kicked[ \t]+off|commenced)\b[^.;:!?]{0,80}?"
    r"\bwith[ \t]+(?:an?|the)[ \t]+(?:[\w'’-]+[ \t]+){0,3}$"
)
OPENED_WITH_REACH = 130  # characters before a part's cue that may hold its whole's beginning verb


def _opening_part(doc: Doc, sentence: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether a cue is told as the first part of the occasion its sentence began with ("The visit
    began ... with a seminar"): an occasion of its own within that one."""
    reach = max(sentence[0], cue[0] - OPENED_WITH_REACH)
    return _OPENED_WITH.search(doc.text, reach, cue[0]) is not None


# A second verb of the sentence's subject taking the reception as its object ("visited the agency
# and attended a reception hosted by the Embassy"): an occasion after the first.
_JOINED_OCCASION = re.compile(r"\band\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\s+an?\s+(?:[\w-]+\s+){0,2}$")


# The year of an edition in an event's name: "the 2025 Korea–Ethiopia Science Diplomacy Seminar" (a
# determiner, the year, then the name's capitalised words up to the event word), "the International
# Astronautical Congress (IAC 2025)" (the year in the acronym right after the event word)
_YEAR_NAME_BEFORE = re.compile(r"\b(?:the|its|this|our|their)[ \t]+$", re.IGNORECASE)
_YEAR_NAME_GAP = re.compile(r"(?:[ \t]+[A-Z][\w'’–-]*){0,6}[ \t]+")
_YEAR_ACRONYM_BEFORE = re.compile(r"[ \t]*\([A-Z][\w&.-]{1,12}[ \t]+")


def _name_year(doc: Doc, date: Mention, cue: tuple[int, int]) -> bool:
    """Whether `date` is a bare year that is part of the name of the event word at `cue`."""
    if len(str(date.attrs.get("value") or "")) != 4 or not doc.text[date.start : date.end].isdigit():
        return False
    if date.end <= cue[0]:
        return (
            _YEAR_NAME_GAP.fullmatch(doc.text, date.end, cue[0]) is not None
            and _YEAR_NAME_BEFORE.search(doc.text, max(0, date.start - 8), date.start) is not None
        )
    return (
        doc.text.startswith(")", date.end)
        and _YEAR_ACRONYM_BEFORE.fullmatch(doc.text, cue[1], date.start) is not None
    )


def _after_sequel(doc: Doc, dates: list[Mention], hit: Hit) -> list[Mention]:
    """The dates a cue may take: past a sequel phrase before it ("a workshop on 20 April, followed
    by a summer school in August"), only the dates told after that phrase, when there are any."""
    pattern = _sequel_pattern()
    if pattern is None or len(dates) < 2:
        return dates
    sequels = list(pattern.finditer(doc.text, max(0, hit.start - 60), hit.start))
    if not sequels:
        return dates
    sequel = sequels[-1]
    later = [d for d in dates if d.start >= sequel.end()]
    return later or dates


_OPENER_GAP = re.compile(r"[\s\W]{0,3}")


def _opening_anchor(doc: Doc, sentence: tuple[int, int], dates: list[Mention]) -> Mention | None:
    """A relative date that opens the sentence ("The following day, X signed ..."): it frames the
    whole sentence, so it dates its events when the date nearest a cue is only a year told in
    passing ("... the agreement, which dates from 1995")."""
    for date in dates:
        if date.attrs.get("anchored") and _OPENER_GAP.fullmatch(doc.text, sentence[0], date.start):
            return date
    return None


def _sentence_cues(doc: Doc) -> list[list[Hit]]:
    """The event cues of each sentence (cached on the Doc)."""
    cues: list[list[Hit]] | None = doc.data.get("_event_cues")
    if cues is None:
        cues = doc.data["_event_cues"] = [_cues(doc, s, e) for s, e in doc.sentences]
    return cues


def _kinds_by_sentence(doc: Doc) -> list[set[str]]:
    """The event kinds cued in each sentence (cached on the Doc)."""
    kinds = doc.data.get("_event_kinds")
    if kinds is None:
        kinds = doc.data["_event_kinds"] = [{hit.key for hit in hits} for hits in _sentence_cues(doc)]
    return kinds


def unplaced_anchor(value: str, sentence: tuple[int, int]) -> Anchor | None:
    """The anchor of an event dated to the day but dropped for want of a place ("Last Tuesday, the
    rectors signed a memorandum." with no city told): a relative date after it ("The following
    day, the delegation visited ...") still counts from its day."""
    return Anchor(value[:10], None, None, sentence) if len(value) >= 10 else None


def last_anchor(found: list[Found]) -> Anchor | None:
    """The last event found with a day date: what "the following day" refers to."""
    for item in reversed(found):
        if len(item.date) >= 10:
            return Anchor(item.date, item.end, item.location, item.sentence)
    return None


def _same_event(a: Found, b: Found) -> bool:
    told_a, told_b = (a.type, a.name, a.sentence), (b.type, b.name, b.sentence)
    if distinct_named(told_a, told_b) or distinct_kinds(told_a, told_b):
        return False
    if b.sequel and a.type not in (b.type, "signing") and a.sentence == b.sentence and not a.generic:
        return False  # "toured the institute, followed by a reception in the evening": two occasions
    if a.aside != b.aside and a.type != b.type and not _generic_mention(a) and not _generic_mention(b):
        return False  # a meeting "on the sidelines of" a forum (but "signed ... during a ceremony")
    same_place = not a.location or not b.location or a.location == b.location
    if a.date == b.date:
        return same_place or held_at(a, b) or held_at(b, a)
    return bool(
        a.ordinal and a.ordinal == b.ordinal and a.type == b.type and a.location and a.location == b.location
    )


def _capitalised_words(name: str) -> int:
    return sum(1 for word in name.split() if word[:1].isupper())


def _opened(target: Found, item: Found) -> bool:
    """ "opened the exhibition": the event word after a launch verb of its sentence says what opened."""
    return target.type == "launch" and item.type != "launch" and target.sentence == item.sentence


class _Kept:
    """The events kept so far by `merge_events`, indexed by date and by numbered meeting and city:
    a mention is compared only with the events it can merge with (`_same_event` needs one of the
    two), never with every event of a long text."""

    def __init__(self) -> None:
        self.events: list[Found] = []
        self.spans: list[set[tuple[int, int]]] = []  # each kept event's spans, for membership tests
        self._by_date: dict[str, list[int]] = {}
        self._by_number: dict[tuple[str, str], list[int]] = {}

    def target(self, item: Found) -> int | None:
        """The index of the first kept event that `item` is a mention of, if any."""
        candidates = self._by_date.get(item.date, [])
        numbered = self._by_number.get((item.ordinal or "", item.location or ""), [])
        if numbered:
            candidates = sorted({*candidates, *numbered})
        return next((i for i in candidates if _same_event(self.events[i], item)), None)

    def on(self, date: str) -> list[Found]:
        """The kept events of a date."""
        return [self.events[i] for i in self._by_date.get(date, [])]

    def add(self, item: Found) -> None:
        """Keep `item` as a new event."""
        index = len(self.events)
        self.events.append(item)
        self.spans.append(set(item.spans))
        self._by_date.setdefault(item.date, []).append(index)
        self.index_number(index)

    def index_number(self, index: int) -> None:
        """Index a kept numbered event by its number and city (again once merging has given it a
        city: a city is only ever added, never changed)."""
        event = self.events[index]
        if event.ordinal and event.location:
            self._by_number.setdefault((event.ordinal, event.location), []).append(index)


def _told_recent(doc: Doc, found: list[Found], kind: str, name: str, value: str) -> bool:
    """Whether an event word that takes its name from an event told before ("The fair", after "the
    Peru Fresh Harvest Fair 2025 ...") got a background day (a year or more before the document's
    date) while that event, of the same kind and name, is recent: the word refers back to it, and
    the day dates something else its sentence tells in passing."""
    if not background_day(doc, value):
        return False
    return any(
        item.name == name and item.type == kind and not background_day(doc, item.date) for item in found
    )


def merge_events(found: list[Found]) -> list[Found]:
    """One event per date and place (or per numbered meeting and place); the nearest cue gives the type."""
    kept = _Kept()
    going_on: set[tuple[tuple[int, int], str]] = set()  # (sentence, date) telling an event going on
    for item in found:
        if (item.sentence, item.date) in going_on:
            continue  # a part of the event going on: "The forum continues today with business meetings"
        going = _refers_back(kept.events, item)
        if going is not None:
            if going:
                going_on.add((item.sentence, item.date))
            continue
        if item.stop and _visit_that_day(kept, item):
            continue  # ("visited the campus on Monday ... On the first day the visitors toured the lab")
        index = kept.target(item)
        if index is None:
            kept.add(item)
            continue
        target = kept.events[index]
        placed = not target.location and bool(item.location)
        _merge_into(target, item, kept.spans[index])
        if placed:
            kept.index_number(index)
    return kept.events


OPENED_OBJECT_REACH = 40  # characters between a launch verb and the event word it opens ("opened the ...")
_OBJECT_GAP = re.compile(r"[^.;:,\n]*")


def _opened_objects(doc: Doc, found: list[Found]) -> set[int]:
    """The ids of the launches told by a verb ("X opened") whose object is an event of their
    sentence and day ("opened the workshop on Monday"): the opening of that event, no launch."""
    cues: dict[tuple[tuple[int, int], str], set[str]] = {}
    for item in found:
        if item.type != "launch" and item.cue:
            cues.setdefault((item.sentence, item.date), set()).add(item.cue.lower())
    out = set()
    for item in found:
        told = cues.get((item.sentence, item.date))
        if item.type != "launch" or not told or not item.name.lower().endswith(item.cue.lower()):
            continue
        verb_end = item.spans[0][1]
        gap = _OBJECT_GAP.match(doc.text, verb_end, min(item.sentence[1], verb_end + OPENED_OBJECT_REACH))
        if gap is not None and any(_object_cue(cue).match(gap.group().lower()) for cue in told):
            out.add(id(item))
    return out


@functools.cache
def _object_cue(cue: str) -> re.Pattern[str]:
    """An event word as the direct object after a verb: a determiner, at most four words, the word
    ("opened the third joint workshop"; not "was launched yesterday at a ceremony")."""
    determiner = r"(?:the|a|an|its|their|this|his|her|our)"
    return re.compile(rf"\s+{determiner}\s+(?:[\w'’–-]+\s+){{0,4}}?{re.escape(cue)}\b")


def _visit_that_day(kept: _Kept, item: Found) -> bool:
    """Whether a visit told by its own sentence (not a trip's span) was kept on a stop's day: the
    stop is a part of it ("visited the campus on Monday", "on the first day toured its laboratory")."""
    return any(
        (event.type == "visit" or "visit" in event.kinds) and event.sentence != item.sentence
        for event in kept.on(item.date)
    )


# How many of the events kept before a bare mention ("the forum") it may refer back to.
REFER_BACK_EVENTS = 20


def _generic_mention(item: Found) -> bool:
    """Whether an event is told by a generic word alone ("ceremony", "the event"): it names no
    event of its own kind."""
    return item.generic and bare(item.name)


# How far (in characters) after the sentence of an event a generic mention ("The ceremony was
# witnessed by ...") may start and still be that event: the next sentence or so.
GENERIC_REACH = 300


def _generic_back(events: list[Found], item: Found) -> bool:
    """Whether a generic mention referring back ("The ceremony took place at 10:30", "The ceremony
    was witnessed by the minister") follows close after an event told before it: it is that event,
    whatever day its sentence otherwise tells, never a second one."""
    if not (item.refers and _generic_mention(item)) or not events:
        return False
    last = max(events, key=lambda e: e.sentence[1])
    return last.sentence[0] <= item.sentence[0] and item.sentence[0] - last.sentence[1] <= GENERIC_REACH


def _refers_back(events: list[Found], item: Found) -> bool | None:
    """Whether a bare mention ("the forum") is an event kept before it (`event_references.refers_back`):
    None if not; True when it has that event go on past its last day (which then ends there: "The
    forum continues today"), False when the event already spans its date."""
    if not item.refers:
        return None
    if _generic_back(events, item):
        return False
    for event in reversed(events[-REFER_BACK_EVENTS:]):  # the nearest event told before first
        if not event.stop and refers_back(event, item):  # (a stop is no visit "the visit" names)
            if item.aside:  # "On the sidelines of the session, the delegation will visit ... on 15
                return False  # November": the setting named, not told going on to that day
            if item.past:  # "After the dialogue, ... on 7 March it visited": over by that day
                return False
            going = goes_on(event, item)
            event.end = end_after(event, item)
            return going
    return None


def _takes_kind(target: Found, item: Found) -> bool:
    """Whether a further mention of an event gives it its kind: the nearer cue, a launch word's
    object (`_opened`), and a cue of a kind of its own over a generic one of the same sentence ("in
    a solemn ceremony ... signed": a signing; "to be launched at a ceremony", "a kick-off ceremony":
    a launch), never the reverse."""
    specific = item if target.generic else target
    if (
        target.sentence == item.sentence
        and target.generic != item.generic
        and specific.cue not in yaml_words("event_types.yaml", "stays_generic_cues")
    ):
        return target.generic  # but "the opening ceremony" stays a ceremony
    return item.distance < target.distance or _opened(target, item)


def _merge_into(target: Found, item: Found, spans: set[tuple[int, int]]) -> None:
    """Fold a further mention into the kept event `target` (whose spans are `spans`)."""
    held = held_at(target, item)
    target.kinds.update((target.type, item.type))
    if item.date == target.date and _takes_kind(target, item):
        target.type, target.distance = item.type, item.distance
        target.generic = item.generic
        if _capitalised_words(item.name) > _capitalised_words(target.name):
            target.name = item.name
            target.spans.insert(0, item.spans[0])
            spans.add(item.spans[0])
    if held and item.location:  # the place of the gathering, not of the verb
        target.location = item.location
    target.location = target.location or item.location
    target.end = target.end or item.end
    new = [s for s in item.spans if s not in spans]
    target.spans += new
    spans.update(new)


# Kinds of event a gathering's record tells on its days beside the gathering itself: none of them
# is the gathering of its title (event_types.yaml `title_asides`).
TITLE_ASIDES = yaml_words("event_types.yaml", "title_asides")
_TITLE_TAIL = re.compile(r"\s+[—–|:-]\s.*$|[*_#]+")


def _take_fields(told: list[Found], place: str, day: str, last_day: str | None) -> None:
    """Give the events of the labelled fields' day the fields' place and last day they leave unsaid."""
    for item in told:
        item.location = item.location or place
        if item.end is None and last_day and last_day > day:
            item.end = last_day


def _titled(doc: Doc, found: list[Found]) -> list[Found]:
    """The event of a document's title and labelled fields (`header_event`), unless a sentence
    already told an event of that day and kind (a gathering, its place and last day unsaid, takes
    those of the fields). An event of another kind that day (the evening's tour of a meeting's
    minutes) does not stand for the titled one."""
    header = header_event(doc, _sentence_cues(doc), _dates, _places)
    if header is None:
        return []
    hit, date, city, index = header
    value = str(date.attrs["value"])[:10]
    end_value = date.attrs.get("end_value")
    same_day = [item for item in found if item.date[:10] == value]
    kinds = GATHERINGS if hit.key in GATHERINGS else frozenset({hit.key})
    told = [item for item in same_day if item.type in kinds]
    if told:
        _take_fields(told, city.text, value, str(end_value)[:10] if end_value else None)
        return []
    if any(item.type not in TITLE_ASIDES for item in same_day):
        return []  # (another kind of event that day that a title may well name: keep to the text's)
    sentence = doc.sentences[index]
    name = _TITLE_TAIL.sub("", doc.text[sentence[0] : sentence[1]]).strip() or doc.text[hit.start : hit.end]
    return [
        Found(
            hit.key,
            value,
            str(end_value)[:10] if end_value else None,
            city.text,
            name,
            [sentence, (date.start, date.end)],
            sentence=sentence,
            cue=_cue_text(doc, hit),
        )
    ]


def trips(doc: Doc) -> list[Trip]:
    """The trips the sentences tell (`event_trips`): a visit over a span of days."""
    out = []
    home = functools.partial(_home, doc)
    for sentence, hits in zip(doc.sentences, _sentence_cues(doc), strict=True):
        dates = doc.in_span("date", *sentence)
        if not dates:
            continue
        gatherings = [hit.start for hit in hits if hit.key != "visit"]
        trip = sentence_trip(doc, sentence, dates, gatherings, org_index(doc).covers, home)
        if trip is not None:
            out.append(trip)
    return out


def _part_of_trip(event: Found, trip: Trip) -> bool:
    """A visit that is the trip itself: told by the trip's own sentence, or a visit to the trip's
    city within its days ("the first visit to Stockholm by ..." on its last day; not a visit to a
    site of that city: "toured the laboratories in Nara" is one stop of the trip)."""
    if event.type != "visit":
        return False
    if event.sentence == trip.sentence:
        return True
    if not trip.city or event.location != trip.city or not trip.start <= event.date[:10] <= trip.end:
        return False
    return re.search(rf"\b(?:to|of|in)\s+(?:the\s+)?{re.escape(trip.city)}\b", event.name) is not None


def _without_trip(event: Found) -> Found | None:
    """What remains of an event once the trip it told is taken out of it: an event of another kind
    merged into it ("signed ..., an outcome of the three-day visit"), else nothing."""
    others = sorted(event.kinds - {"visit"})
    if not others:
        return None
    event.type = others[0]
    return event


def with_trips(events: list[Found], found: list[Trip]) -> list[Found]:
    """The events with each trip as one visit from its first day to its last: a visit already found
    on its first day (in its city, if both have one) takes its last day; the other visits that are
    the trip itself give way to it."""
    for trip in found:
        same = next(
            (
                e
                for e in events
                if e.type == "visit"
                and e.date == trip.start
                and (not e.location or not trip.city or e.location == trip.city)
            ),
            None,
        )
        kept = []
        for event in events:
            if event is same or not _part_of_trip(event, trip):
                kept.append(event)
            elif (rest := _without_trip(event)) is not None:
                kept.append(rest)
        events = kept
        if same is not None:
            same.end, same.location = trip.end, same.location or (None if same.natural else trip.city)
            continue
        item = Found(
            "visit",
            trip.start,
            trip.end,
            trip.city,
            trip.label,
            [trip.name, trip.sentence],
            sentence=trip.sentence,
            cue="trip",
        )
        at = next((i for i, e in enumerate(events) if e.sentence[0] > trip.sentence[0]), len(events))
        events.insert(at, item)
    return events


def with_voyages(doc: Doc, events: list[Found], found: list[Voyage]) -> list[Found]:
    """The events with each voyage as one event from its first day to its last, unless an event of
    its kind already starts on its first day (the cruise told by its own word); the arrival its
    sentence tells ("arrived in Cape Town") is part of it."""
    for voyage in found:
        if any(e.date[:10] == voyage.start and e.type == "other" for e in events):
            continue
        events = [e for e in events if not (e.sentence == voyage.sentence and e.type == "visit")]
        label = " ".join(doc.text[voyage.name[0] : voyage.name[1]].split())
        item = Found(
            "other", voyage.start, voyage.end, None, label, [voyage.name, voyage.sentence],
            sentence=voyage.sentence, cue="voyage",
        )
        at = next((i for i, e in enumerate(events) if e.sentence[0] > voyage.sentence[0]), len(events))
        events.insert(at, item)
    return events


@component("events")
def make_events(max_events: int = 50) -> Component:
    """Find dated events (record ``events``)."""

    def run(doc: Doc) -> None:
        found = find_events(doc)
        found += _titled(doc, found)
        opened = _opened_objects(doc, found)  # ("The ambassador opened the workshop on Monday")
        found = [item for item in found if id(item) not in opened]
        events = refine_months(with_trips(drop_retold_leads(doc, merge_events(found)), trips(doc)))
        events = with_voyages(doc, events, voyages(doc))
        events = minutes_signings(doc, programme_parts(doc, fold_record_dates(doc, events)))
        for item in fold_launches(fold_previews(events))[:max_events]:
            doc.record.events.append(
                Event(
                    item.type,
                    item.date,
                    item.end,
                    district_city(doc, item.location),
                    one_line(item.name),
                    item.spans[:4],
                )
            )

    return run


# A dateline's place and its mark right after it ("MANILA --", "Lima, 5 June 2025 -",
# "DHAKA, May 12 (BSS) -").
_DATELINE_MARK = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:,|—|–|--|-[ \t])")
DATELINE_START = 4  # characters of markup or spacing that may stand before a dateline's place


def _opening_dateline(doc: Doc, sentence: tuple[int, int], city: str) -> bool:
    """Whether `city` is the place of a dateline that opens the sentence ("MANILA -- ...",
    "Dhaka, 12 May -"): the place the report is sent from, not yet the event's venue."""
    for mention in doc.in_span("city", sentence[0], min(sentence[1], sentence[0] + DATELINE_START + 40)):
        if mention.start - sentence[0] > DATELINE_START or mention.text.casefold() != city.casefold():
            return False
        return _DATELINE_MARK.match(doc.text, mention.end, sentence[1]) is not None
    found = caps_dateline_city(doc, sentence[0], sentence[1])
    return found is not None and found.text.casefold() == city.casefold()
