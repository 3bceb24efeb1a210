"""A signing told as held within an event told before it ("After the session, ... were signed", "On
the sidelines of the talks, ... signed", "On the margins of the meeting, ... signed ... on 4 May")
takes that event's day when its sentence states none, and that event's city when it states none and
its day falls within that event's days. A signing "at a ceremony" or after an indefinite event word
is no such reference. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

MEETING = "The 6th Chile-Finland Joint Commission on Science met in Helsinki on 12 March 2025."
TALKS = "Prime Minister Ortega held talks with her Danish counterpart in Aarhus on Tuesday, 9 September 2025."
FORUM = "The Vietnam-Norway Ocean Forum took place in Bergen from 3 to 5 June 2025."
FILLER = "The delegations reviewed the projects funded so far."


def _body(*parts: str) -> str:
    return "\n\n".join(parts)


CASES = [
    pytest.param(
        _body(
            MEETING,
            FILLER,
            "After the session, the two research councils signed a memorandum of understanding.",
        ),
        "2025-03-12",
        "Helsinki",
        id="after the session: no date of its own",
    ),
    pytest.param(
        _body(MEETING, "Following the meeting, three agreements on glacier research were signed:"),
        "2025-03-12",
        "Helsinki",
        id="following the meeting, passive, list opener",
    ),
    pytest.param(
        _body(
            TALKS,
            "On the sidelines of the talks, the two space agencies signed a letter of intent on "
            "Earth observation.",
        ),
        "2025-09-09",
        "Aarhus",
        id="on the sidelines of the talks",
    ),
    pytest.param(
        _body(
            FORUM,
            FILLER,
            "In the margins of the forum, the University of Hue and the Institute of Marine Research "
            "signed a memorandum on 4 June.",
        ),
        "2025-06-04",
        "Bergen",
        id="own day within the forum's days, no city: the forum's city",
    ),
    pytest.param(
        _body(
            FORUM,
            "During the annual forum, the two ministries signed an implementing arrangement on aquaculture.",
        ),
        "2025-06-03",
        "Bergen",
        id="during the (annual) forum",
    ),
]


@pytest.mark.parametrize(("text", "date", "location"), CASES)
def test_a_signing_held_within_an_event_takes_its_day_and_city(
    extract: Extract, text: str, date: str, location: str
) -> None:
    events = extract(text, published="2025-10-01")["events"]
    signings = [e for e in events if e["type"] == "signing"]
    assert [(e["date"], e.get("location")) for e in signings] == [(date, location)]


NEGATIVES = [
    pytest.param(
        _body(MEETING, "The two research councils signed a memorandum of understanding."),
        id="no reference to the meeting",
    ),
    pytest.param(
        _body(MEETING, "After a long negotiation, the two councils signed a memorandum of understanding."),
        id="an indefinite word after the lead",
    ),
    pytest.param(
        _body(
            FORUM,
            "On the margins of the forum, the two institutes signed a memorandum on 20 August.",
        ),
        id="own day outside the forum's days: no city taken from it",
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_day_or_city_from_an_event_not_referred_to(extract: Extract, text: str) -> None:
    events = extract(text, published="2025-10-01")["events"]
    assert not [e for e in events if e["type"] == "signing"]
