"""A deadline sentence wrapped across lines: the deadline is the date after "closes", with its
time and zone, not the opening date before it. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

CASES = [
    (
        "Call for proposals\n\nThe joint call opens on 2 March 2027 and closes at 4:30 pm CET on\n"
        "19 May 2027. Results follow in the autumn.\n",
        "2027-05-19T16:30+01:00",
    ),
    (
        "Funding call\n\nApplications open on 10 January 2027; the call closes at **12:00 GMT on\n"
        "28 February 2027**. Late proposals are not accepted.\n",
        "2027-02-28T12:00+00:00",
    ),
    (
        "Call for proposals\n\nThe call opens on 1 April 2027 and closes on 30 June 2027.\nMore to follow.\n",
        "2027-06-30",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), CASES)
def test_the_deadline_is_the_date_after_closes(extract: Extract, text: str, deadline: str) -> None:
    assert [c["deadline"] for c in extract(text, published="2026-12-01")["calls"]] == [deadline]


def test_a_finished_sentence_does_not_run_into_the_next_line(extract: Extract) -> None:
    text = (
        "Call for proposals\n\nThe call closes soon, as announced.\n"
        "The partners met on 3 March 2027 in Lyon to discuss the programme.\n"
    )
    assert extract(text, published="2026-12-01")["calls"] == []


def test_a_later_time_refines_a_deadline_given_by_its_day(extract: Extract) -> None:
    text = (
        "1. Joint call on soil science: deadline 14 April\n\n"
        "The two agencies have opened a joint call for bilateral projects. Proposals are due on\n"
        "14 April 2027 at 15:00 (Lisbon time, WET). The call is part of the joint programme.\n"
    )
    calls = extract(text, published="2027-01-20")["calls"]
    assert [c["deadline"] for c in calls] == ["2027-04-14T15:00+00:00"]
