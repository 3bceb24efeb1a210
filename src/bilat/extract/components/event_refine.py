"""A month told first and the day told just after: "Last month the two universities signed a
memorandum. The ceremony took place in Lyon on 18 September ..." tells one signing, on the day.

`refine_months` folds an event dated to a month only into an event of the same kind, place and
month dated to the day, told within a few sentences (`NEAR_CHARS`), and `fold_previews` a
month-dated preview into the one event of the same kind and word told to the day in that month
anywhere in the text; `refine_agreements` (the pipeline step `agreement_days`, after `events`)
gives an instrument dated to that month the day of
the signing that mentions it, and an instrument dated to the first day of an occasion the later
day (of the occasion, or the day after it) that the signing near it is told on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from bilat.extract.components.event_references import next_day
from bilat.extract.components.event_told import Told
from bilat.extract.doc import Doc
from bilat.extract.record import Agreement, Event
from bilat.extract.registry import Component, component

# How far apart (in characters between their sentences) the month and the day of one event may be
# told: the next sentence or two, not another item of a newsletter.
NEAR_CHARS = 400


T = TypeVar("T", bound=Told)


def fold_into(target: Told, item: Told) -> None:
    """Make `target` tell `item` too: it takes `item`'s place if it has none and gains the spans of
    `item` it lacks (the caller then drops `item`); not a place of a town when `target` is set in a
    natural place of none ("will visit Kakamega Forest")."""
    if not getattr(target, "natural", False):
        target.location = target.location or item.location
    target.spans += [s for s in item.spans if s not in target.spans]


def _month_only(date: str | None) -> bool:
    return bool(date) and len(str(date)) == 7


def chars_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters lie between two spans (sentences): negative when they overlap."""
    return max(a[0], b[0]) - min(a[1], b[1])


def _near(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return chars_between(a, b) <= NEAR_CHARS


def _day_of(month: Told, days: Sequence[Told]) -> Told | None:
    """The one event of `days` (the events dated to a day of `month`'s month) that tells `month`'s
    event to the day, if exactly one does."""
    found = [
        other
        for other in days
        if other.type == month.type
        and (not month.location or not other.location or month.location == other.location)
        and _near(month.sentence, other.sentence)
    ]
    return found[0] if len(found) == 1 else None


def refine_months(events: list[T]) -> list[T]:
    """`events` without the month-dated ones that a nearby event of the same kind and place tells
    to the day (that event takes their place and spans). Each is compared only with the events of
    its month, never with every event of a long text."""
    by_month: dict[str, list[T]] = {}
    for item in events:
        if len(item.date) >= 10:
            by_month.setdefault(item.date[:7], []).append(item)
    dropped: set[int] = set()
    for item in events:
        if not _month_only(item.date) or item.date not in by_month:
            continue
        day = _day_of(item, by_month[item.date])
        if day is None:
            continue
        fold_into(day, item)
        dropped.add(id(item))
    return [e for e in events if id(e) not in dropped]


class _Previewed(Told, Protocol):
    cue: str
    yearless: bool


P = TypeVar("P", bound="_Previewed")


def _preview_of(month: _Previewed, days: Sequence[_Previewed]) -> _Previewed | None:
    """The one event of `days` that `month`, a preview told by month only, announces: of the same
    kind and event word, in a place that does not differ, in that month; a month written without
    its year may be the same month of the year before or after (the reader guessed the year)."""
    year = int(month.date[:4])
    years = {year - 1, year, year + 1} if month.yearless else {year}
    found = [
        other
        for other in days
        if other.type == month.type
        and other.cue == month.cue
        and other.date[5:7] == month.date[5:7]
        and int(other.date[:4]) in years
        and (not month.location or not other.location or month.location == other.location)
    ]
    return found[0] if len(found) == 1 else None


def fold_previews(events: list[P]) -> list[P]:
    """`events` without the month-dated previews ("a first workshop planned for December", a
    heading "Joint workshop in Espoo in October") of an event the text tells to the day, however
    far apart (`_preview_of`): that event takes their place and spans."""
    days = [e for e in events if len(e.date) >= 10 and e.date[:4].isdigit()]
    if not days:
        return events
    dropped: set[int] = set()
    for item in events:
        if not _month_only(item.date) or not item.date[:4].isdigit() or not item.cue:
            continue
        day = _preview_of(item, days)
        if day is None:
            continue
        fold_into(day, item)
        dropped.add(id(item))
    return [e for e in events if id(e) not in dropped]


def refine_agreements(agreements: list[Agreement], events: list[Event]) -> None:
    """Give an instrument dated to a month only the day of the one signing of that month whose
    evidence is told near the instrument's (the sentences that tell the signing)."""
    for agreement in agreements:
        if not _month_only(agreement.date):
            continue
        spans = set(agreement.evidence)
        days = {
            str(e.date)
            for e in events
            if e.type == "signing"
            and (e.date or "").startswith(f"{agreement.date}-")
            and any(_near(s, t) for s in e.evidence for t in spans)
        }
        if len(days) == 1:
            agreement.date = days.pop()
    for agreement in agreements:
        later = _later_day_signing(agreement, events)
        if later is not None:
            agreement.date = later


def _later_day_signing(agreement: Agreement, events: list[Event]) -> str | None:
    """The day of the one signing told near an instrument that is dated to the first day of an
    occasion (a meeting, visit ...), when the signing falls on a later day of it or the day after
    ("The committee met on 8 and 9 October. On its second day the two sides signed ...", "The
    following day, the agencies signed ..."): the instrument took the occasion's first day, the
    signing tells which day it was; None otherwise."""
    date = str(agreement.date or "")
    if len(date) != 10 or not any(e.date == date and e.type != "signing" for e in events):
        return None
    last = max(str(e.end or e.date) for e in events if e.date == date and e.type != "signing")
    try:
        last = next_day(last[:10])
    except ValueError:
        return None
    spans = set(agreement.evidence)
    days = {
        str(e.date)
        for e in events
        if e.type == "signing"
        and date < str(e.date or "") <= last
        and any(_near(s, t) for s in e.evidence for t in spans)
    }
    return days.pop() if len(days) == 1 else None


def _states_no_date(doc: Doc, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether none of an instrument's evidence spans holds a date of its own."""
    return not any(doc.in_span("date", start, end) for start, end in spans)


def signing_days(doc: Doc, agreements: list[Agreement], events: list[Event]) -> None:
    """Give an instrument whose sentences state no date (dated from the sentences before it) the
    day of the one signing told by the same sentence, when the events step dated that signing
    otherwise, by an occasion of that day whose span leaves out the instrument's day ("During the
    forum, NRF and CNRST signed a Letter of Intent" after a programme table whose last row is the
    next day: the signing took the forum's day, the instrument that row's)."""
    for agreement in agreements:
        date = str(agreement.date or "")
        if len(date) != 10 or len(agreement.evidence) < 2:
            continue
        told = agreement.evidence[1:]  # (the first span is the instrument's name)
        if not _states_no_date(doc, told):
            continue
        days = {
            str(e.date)
            for e in events
            if e.type == "signing" and len(str(e.date or "")) == 10 and any(s in told for s in e.evidence)
        }
        if len(days) != 1 or date in days:
            continue
        day = days.pop()
        # the signing is dated by an occasion it took place at ("During the forum"); an instrument
        # dated within that occasion's span already tells its day ("at the end of the meeting")
        occasions = [e for e in events if e.type != "signing" and e.date == day]
        if occasions and not any(day <= date <= str(e.end or e.date) for e in occasions):
            agreement.date = day
        elif not occasions and _later_day_within(events, date, day):
            agreement.date = day  # "On the second day of the visit, ... signed" in a visit's span


def _later_day_within(events: list[Event], date: str, day: str) -> bool:
    """Whether a signing's `day` is a later day of an occasion of several days that takes in the
    instrument's day `date` too ("concluded a three-day visit on Friday. On the second day of the
    visit, ... signed a memorandum": the instrument took the day the visit ended)."""
    return any(
        e.type != "signing"
        and bool(e.end)
        and str(e.date) < day <= str(e.end)
        and str(e.date) <= date <= str(e.end)
        for e in events
    )


@component("agreement_days")
def make_agreement_days() -> Component:
    """Date instruments told by month only to the day of their signing (after ``events``)."""

    def run(doc: Doc) -> None:
        refine_agreements(doc.record.agreements, doc.record.events)
        signing_days(doc, doc.record.agreements, doc.record.events)

    return run
