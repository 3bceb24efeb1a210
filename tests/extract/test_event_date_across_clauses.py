"""A date told for one event of a sentence does not date another event told in an earlier clause
that has a date of its own ("X next summer, and Y from 8 to 10 June")."""

from __future__ import annotations

import pytest

from .records import Extract


@pytest.mark.parametrize(
    ("sentence", "cue", "not_date"),
    [
        (
            "A doctoral summer school will be held in Halifax next summer, and the first annual symposium "
            "will take place in Galway from 8 to 10 June 2027.",
            "summer school",
            "2027-06-08",
        ),
        (
            "A hackathon is planned for spring 2027; the ministerial forum will meet in Rome on 4 May 2027.",
            "hackathon",
            "2027-05-04",
        ),
        (
            "The partners will hold a webinar in January, while the joint conference runs from 3 to 5 "
            "March 2027.",
            "webinar",
            "2027-03-03",
        ),
    ],
)
def test_a_later_clauses_date_stays_with_its_own_event(
    extract: Extract, sentence: str, cue: str, not_date: str
) -> None:
    record = extract(sentence, published="2026-11-24")
    assert not_date in [e["date"] for e in record["events"]]
    for event in record["events"]:
        if cue in event["name"].lower():
            assert event["date"] != not_date, event


def test_one_clause_keeps_its_date_for_every_cue(extract: Extract) -> None:
    record = extract(
        "Delegates gathered at the Pavilion of Expo 2025 on Friday evening to celebrate the anniversary.",
        published="2025-05-17",
    )
    assert len({e["date"] for e in record["events"]}) == 1
