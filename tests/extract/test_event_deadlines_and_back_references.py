"""Events: a sign-up deadline told beside an event does not date it, and a bare event word that
refers back to an event told before ("the forum continues today") is that event, not a new one."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _dates(record: dict[str, Any]) -> set[str]:
    return {event["date"] for event in record["events"]}


@pytest.mark.parametrize(
    ("text", "event_date", "deadline"),
    [
        (
            "Dr Maria Lund will give a public lecture at the University of Oslo on Tuesday 9 March 2027. "
            "Registration is required by 2 March 2027.",
            "2027-03-09",
            "2027-03-02",
        ),
        (
            "A matchmaking workshop takes place in Lyon on 14 May 2025; please register before 30 April 2025 "
            "to take part in the workshop.",
            "2025-05-14",
            "2025-04-30",
        ),
        (
            "The summer school opens in Krakow on 7 July 2026, and applications for the summer school are "
            "due by 1 June 2026.",
            "2026-07-07",
            "2026-06-01",
        ),
        (
            "The symposium will be held in Leiden on 20 October 2025 "
            "(registration deadline: 6 October 2025).",
            "2025-10-20",
            "2025-10-06",
        ),
    ],
)
def test_a_sign_up_deadline_dates_no_event(
    extract: Extract, text: str, event_date: str, deadline: str
) -> None:
    dates = _dates(extract(text, published="2025-01-15"))
    assert event_date in dates
    assert deadline not in dates


@pytest.mark.parametrize(
    ("text", "published", "start", "going_on"),
    [
        (
            "Lima, 5 June 2025 - Exporters signed supply contracts on Wednesday at the first Peru-Korea Food "
            "Forum, held at a hotel in Lima. The forum continues today with one-to-one business meetings.",
            "2025-06-05",
            "2025-06-04",
            "2025-06-05",
        ),
        (
            "The Nordic-Baltic Hydrogen Conference opened in Riga on 3 September 2025. "
            "The conference closed on 4 September 2025 with a panel on ports.",
            "2025-09-10",
            "2025-09-03",
            "2025-09-04",
        ),
    ],
)
def test_a_bare_event_word_on_the_next_day_is_no_new_event(
    extract: Extract, text: str, published: str, start: str, going_on: str
) -> None:
    dates = _dates(extract(text, published=published))
    assert start in dates
    assert going_on not in dates


@pytest.mark.parametrize(
    "second",
    [
        "The symposium continued on 12 May 2025 with site visits.",
        "On 12 May 2025 the symposium went on with two panels on batteries.",
    ],
)
def test_the_event_going_on_ends_on_the_later_day(extract: Extract, second: str) -> None:
    text = "The Danish-Korean Battery Symposium was held in Aarhus on 11 May 2025. " + second
    events = extract(text, published="2025-05-20")["events"]
    assert [(e["date"], e.get("end")) for e in events] == [("2025-05-11", "2025-05-12")]


def test_a_bare_event_word_within_an_event_is_that_event(extract: Extract) -> None:
    text = (
        "The 9th meeting of the Franco-Chilean Joint Committee took place in Paris from 2 to 4 April 2025. "
        "On the margins of the meeting, the two agencies signed a memorandum on 3 April 2025."
    )
    events = extract(text, published="2025-04-10")["events"]
    meetings = [e for e in events if e["type"] == "meeting"]
    assert len(meetings) == 1
    assert meetings[0]["date"] == "2025-04-02"


def test_a_named_event_in_the_sentence_of_a_bare_reference_stays(extract: Extract) -> None:
    """ "The visit ended with a reception ...": the reception is an event of its own."""
    text = (
        "A Swiss delegation visited Chile from 16 to 20 March 2025. "
        "The visit ended with a reception at the Swiss Embassy in Santiago on the evening of 20 March."
    )
    events = extract(text, published="2025-03-21")["events"]
    assert any(e["type"] == "reception" and e["date"] == "2025-03-20" for e in events)
