"""Event dates from the wording around the cue: a meeting planned for a year ("hold the next
session in 2028") is dated by the year alone; an event told in the past tense with a month and no
year never lands after the document's date; "toured" is a visit and "meet again" a meeting."""

from __future__ import annotations

import pytest

from .records import Extract

PLANNED = [
    ("The ministers agreed to hold the next joint committee in Nairobi in 2027.", "2027", "Nairobi"),
    ("Canada will host the next ministerial meeting in 2028, in Ottawa.", "2028", "Ottawa"),
    ("The next session of the council is due in Lima in 2027.", "2027", "Lima"),
]


@pytest.mark.parametrize(("text", "year", "city"), PLANNED)
def test_a_meeting_planned_for_a_year_is_dated_by_it(
    extract: Extract, text: str, year: str, city: str
) -> None:
    events = extract(text, published="2026-05-04")["events"]
    assert [(e["type"], e["date"], e["location"]) for e in events] == [("meeting", year, city)]


@pytest.mark.parametrize(
    "text",
    [
        # a past year: background ("the first joint commission met in Nairobi in 2019", numbered, is
        # a session of a series, dated by its year: test_event_classes_s12b.py)
        "A joint commission met in Nairobi in 2019.",
        "The next joint commission was held in Nairobi in 2019.",
        "To hold a joint commission in Nairobi in 2025 would have been costly.",
    ],
)
def test_a_year_in_passing_dates_no_event(extract: Extract, text: str) -> None:
    assert extract(text, published="2026-05-04")["events"] == []


PAST = [
    ("The university signed a similar accord with a partner in Nairobi in March.", "2026-03"),
    ("The delegation visited the Max Planck Institute in Munich on 20 December.", "2025-12-20"),
]


@pytest.mark.parametrize(("text", "date"), PAST)
def test_a_past_event_without_a_year_is_not_dated_after_the_document(
    extract: Extract, text: str, date: str
) -> None:
    events = extract(text, published="2026-11-18")["events"]
    assert [e["date"] for e in events] == [date]


def test_a_future_event_without_a_year_still_lies_ahead(extract: Extract) -> None:
    events = extract(
        "The two agencies will sign the accord at a ceremony in Seoul in March.", published="2026-11-18"
    )["events"]
    assert events and all(e["date"] == "2027-03" for e in events)


@pytest.mark.parametrize(
    ("text", "kind", "date", "city"),
    [
        (
            "On 4 May 2026 the mission visited the Fraunhofer campus in Munich. The following day it toured "
            "the synchrotron in Grenoble.",
            "visit",
            "2026-05-05",
            "Grenoble",
        ),
        (
            "The partners agreed to meet again in Tunis in September 2026 to review progress.",
            "meeting",
            "2026-09",
            "Tunis",
        ),
    ],
)
def test_toured_is_a_visit_and_meet_again_a_meeting(
    extract: Extract, text: str, kind: str, date: str, city: str
) -> None:
    events = extract(text, published="2026-05-06")["events"]
    assert (kind, date, city) in [(e["type"], e["date"], e["location"]) for e in events], events
