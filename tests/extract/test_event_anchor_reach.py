"""A relative event date ("the following day", "the next month") counts from the event told before
only when that event is near enough: a press release's later paragraphs still count from its main
event; an event told long before, or before the dateline of another story, does not, and the
temporal tagger's own reading (from the last date before the words) stands. Texts of our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.event_anchors import ANCHOR_SENTENCES

from .records import Extract

MAIN = "The 4th Kenya-Norway Joint Committee on Research met in Nairobi on 14 May 2024."
FILLER = "The delegations reviewed the projects funded so far."
DEADLINE = "Applications to the joint call close on 30 June 2024."
WORKSHOP = "The following day, a workshop on drought forecasting was held at the same venue."


def _body(*parts: str) -> str:
    return "\n\n".join(parts)


CASES = [
    pytest.param(_body(MAIN, WORKSHOP), "2024-05-15", "Nairobi", id="next sentence"),
    pytest.param(
        _body(MAIN, *[FILLER] * 4, DEADLINE, WORKSHOP),
        "2024-05-15",
        "Nairobi",
        id="a few paragraphs on, past a deadline: the main event still counts",
    ),
    pytest.param(
        _body(MAIN, *[FILLER] * (ANCHOR_SENTENCES + 2), DEADLINE, WORKSHOP),
        "2024-07-01",
        None,
        id="far back: the tagger's reading from the last date",
    ),
    pytest.param(
        _body(
            MAIN,
            FILLER,
            "Accra, 2 June 2024 - The Ghanaian and Norwegian research councils announced a call.",
            WORKSHOP,
        ),
        "2024-06-03",
        None,
        id="another story's dateline between",
    ),
]


@pytest.mark.parametrize(("text", "date", "location"), CASES)
def test_a_relative_date_counts_from_a_near_event_only(
    extract: Extract, text: str, date: str, location: str | None
) -> None:
    events = extract(text, published="2024-07-10")["events"]
    workshop = next(e for e in events if "drought" in e["name"])
    assert workshop["date"] == date
    assert workshop.get("location") == location
