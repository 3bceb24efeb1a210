"""Event classes of session 19, round 2 (helper g), mined across every in-view set. Texts of our own.

1. A record whose title names a gathering and whose labelled fields (a Markdown table or "Label:"
   lines) give its dates and venue tells that gathering even when its body tells an event of
   another kind on its first day (the evening's tour, a reception, a signing): those do not stand
   for the titled meeting (`events._titled`, `TITLE_ASIDES`). A gathering the body tells on that
   day without its place or last day takes those of the fields.
2. A gathering named with its acronym in brackets before the verb that says it opened ("the Energy
   Transition Dialogue (ETD), which opened yesterday") is dated by that verb, and the verb tells no
   launch of its own (`event_venues._SUBJECT_GAP`).
"""

from __future__ import annotations

import pytest

from .records import Extract

Row = tuple[str, str, str | None, str | None]  # (type, date, end, location)

HEADER_FIELDS = [  # (text, the events expected among the record's)
    pytest.param(
        "# Minutes of the 3rd Meeting of the Kenya–Japan Joint Committee on Science\n\n"
        "| | |\n|---|---|\n"
        "| **Meeting** | 3rd meeting of the Joint Committee |\n"
        "| **Dates** | 4–5 May 2025 |\n"
        "| **Venue** | Ministry of Education, Nairobi, Kenya |\n\n"
        "## Proceedings\n\n"
        "1.1 The co-chairs opened the meeting and welcomed the delegations.\n\n"
        "1.2 On the evening of 4 May the delegations toured the Kenya Medical Research Institute.\n",
        [("meeting", "2025-05-04", "2025-05-05", "Nairobi"), ("visit", "2025-05-04", None, None)],
        id="table fields, a tour on the first day",
    ),
    pytest.param(
        "# Record of the Second Session of the Peru–Korea Working Group on Lithium\n\n"
        "Venue: Ministry of Production, Lima\n"
        "Dates: 8-9 April 2025\n\n"
        "The working group session opened on 8 April 2025 with a review of actions.\n",
        [("meeting", "2025-04-08", "2025-04-09", "Lima")],
        id="labelled lines, the body's session takes place and last day",
    ),
    pytest.param(
        "# Minutes of the 6th Meeting of the Ghana–Germany Joint Commission\n\n"
        "| | |\n|---|---|\n"
        "| **Dates** | 14–15 October 2025 |\n"
        "| **Venue** | Ministry of Foreign Affairs, Accra |\n\n"
        "In the evening of 14 October 2025 the Ambassador of Germany hosted a reception for the "
        "delegations at her residence in Accra.\n",
        [("meeting", "2025-10-14", "2025-10-15", "Accra")],
        id="table fields, a reception on the first day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADER_FIELDS)
def test_a_titled_gathering_is_not_replaced_by_another_kind_of_that_day(
    extract: Extract, text: str, expected: list[Row]
) -> None:
    events = extract(text, published="2025-11-01")["events"]
    rows = [(e["type"], e["date"], e.get("end"), e.get("location")) for e in events]
    for row in expected:
        assert row in rows, rows


ACRONYM_OPENED = [  # (text, (type, date, location) of every event)
    pytest.param(
        "Today's signing took place on the margins of the Lisbon Ocean Energy Dialogue (LOED), which "
        "opened yesterday at the Ministry of Foreign Affairs.",
        [("signing", "2025-06-01", "Lisbon"), ("meeting", "2025-05-31", "Lisbon")],
        id="Dialogue (LOED), which opened yesterday",
    ),
    pytest.param(
        "Ministers arrived for the Nordic Hydrogen Forum (NHF), which opens in Oslo on 14 May 2025.",
        [("conference", "2025-05-14", "Oslo")],
        id="Forum (NHF), which opens in a city on a day",
    ),
    pytest.param(
        "The Andean Mining Congress (AMC) opened in Lima on 20 May 2025 with 3,000 delegates.",
        [("conference", "2025-05-20", "Lima")],
        id="Congress (AMC) opened, no relative word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_OPENED)
def test_an_opening_verb_after_an_acronym_dates_the_gathering(
    extract: Extract, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = extract(text, published="2025-06-01")["events"]
    assert [(e["type"], e["date"], e.get("location")) for e in events] == expected
