"""Calls, round 15a. Class, all sentences our own: a deadline stated as the last day on which
applications are received or submitted ("Applications are received until 12 March 2027"), like
"accepted until" and "received by"."""

from __future__ import annotations

import pytest

from .records import Extract

UNTIL = [  # (text, deadline's date)
    (
        "CALL FOR APPLICATIONS 2027\n\nThe Ministry of Science of Peru and the Academy of Finland open "
        "the joint call for research stays.\n\nApplications are received until Friday 12 March 2027, "
        "at 17:00 hours.\n",
        "2027-03-12",
    ),
    (
        "Joint call for proposals on coastal resilience between Chile and Norway.\n\nProposals may be "
        "submitted until 4 June 2027 through the online portal.\n",
        "2027-06-04",
    ),
]


@pytest.mark.parametrize(("text", "date"), UNTIL)
def test_received_until_is_a_deadline(extract: Extract, text: str, date: str) -> None:
    deadlines = [str(call.get("deadline") or "")[:10] for call in extract(text)["calls"]]
    assert date in deadlines
