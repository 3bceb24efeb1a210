"""Event classes seen in at least two in-view sets (cross-set round 13, second pass). Texts of our own.

1. A city joined by "in"/"of" to the name of a body right before it ("the University of Lagos
   ... and Aalborg University in Aalborg have opened", "researchers from the Polar Institute in
   Tromsø") is that body's seat, not where the event happens, when the body is the subject before
   the event word or is told as where people come from ("from the X in Y"). The seat is the place
   when the body is the venue itself: after "at", "in", "to" or a verb of visiting ("held at the
   X in Y", "toured the X in Y").
2. A meeting followed by a participle clause "held (in PLACE) in/on DATE" ("follows the first
   meeting of the commission held in Rabat in May 2024", "since the previous session, held in Pune
   in March 2023") takes that clause's date and place, not those of another event told in the
   same sentence (a signing's day, a city told before it).
3. A city after "in"/"at" near the top of a text ("The next session will be held in Lyon in
   2027.") is a place told in a sentence, not the dateline of the report.
"""

from __future__ import annotations

import pytest

from .records import Extract

SEATS = [
    pytest.param(
        "Kumasi, 3 March 2026 - The University of Ghana and Aalborg University in Aalborg, Denmark, "
        "have opened a joint laboratory for water research.",
        "launch",
        "Aalborg",
        id="subject body's seat before 'have opened'",
    ),
    pytest.param(
        "Nairobi, 3 March 2026 - Researchers from the Polar Research Institute in Tromsø and the "
        "University of Nairobi today launched a joint climate observatory.",
        "launch",
        "Tromsø",
        id="researchers from the X in CITY",
    ),
    pytest.param(
        "Lima, 3 March 2026 - The Free University of Berlin in Berlin and San Marcos University "
        "inaugurated a shared data centre today.",
        "launch",
        "Berlin",
        id="body with the city in its name and as its seat",
    ),
]


@pytest.mark.parametrize(("text", "kind", "seat"), SEATS)
def test_a_body_seat_is_not_the_event_place(extract: Extract, text: str, kind: str, seat: str) -> None:
    events = [e for e in extract(text, published="2026-03-03")["events"] if e["type"] == kind]
    assert events, events
    assert all(e.get("location") != seat for e in events), events


VENUE_SEATS = [
    pytest.param(
        "On 3 March 2026 the delegation toured the Fraunhofer Institute in Freiburg.",
        "visit",
        "Freiburg",
        id="toured the X in CITY",
    ),
    pytest.param(
        "The ministers signed the memorandum on 3 March 2026 at the Chinese Academy of Sciences in Beijing.",
        "signing",
        "Beijing",
        id="signed at the X in CITY",
    ),
]


@pytest.mark.parametrize(("text", "kind", "city"), VENUE_SEATS)
def test_a_body_that_is_the_venue_keeps_its_seat(extract: Extract, text: str, kind: str, city: str) -> None:
    events = [e for e in extract(text, published="2026-03-05")["events"] if e["type"] == kind]
    assert any(e.get("location") == city for e in events), events


HELD_CLAUSES = [
    pytest.param(
        "The call is opened under the agreement signed by the two governments in Dakar on 9 November "
        "2023, and follows the first meeting of the Senegal-Spain Science Commission held in Madrid in "
        "June 2024.",
        "2024-06",
        "Madrid",
        id="follows the first meeting ... held in CITY in MONTH",
    ),
    pytest.param(
        "The delegations reviewed progress since the previous session, held in Pune in March 2023, and "
        "agreed on a new work plan on 12 May 2025 in Rosario.",
        "2023-03",
        "Pune",
        id="previous session, held in CITY in MONTH",
    ),
    pytest.param(
        "The grant scheme, announced in Accra on 2 February 2025, builds on the second meeting of the "
        "joint council which was held in Oslo on 14 October 2024.",
        "2024-10-14",
        "Oslo",
        id="which was held in CITY on DAY",
    ),
]


@pytest.mark.parametrize(("text", "date", "city"), HELD_CLAUSES)
def test_a_meeting_takes_the_date_of_its_held_clause(
    extract: Extract, text: str, date: str, city: str
) -> None:
    events = [e for e in extract(text, published="2025-06-01")["events"] if e["type"] == "meeting"]
    assert any(e["date"] == date and e.get("location") == city for e in events), events


def test_a_meeting_without_a_held_clause_keeps_its_own_date(extract: Extract) -> None:
    text = "The second meeting of the joint council took place in Oslo on 14 October 2024."
    events = [e for e in extract(text, published="2025-06-01")["events"] if e["type"] == "meeting"]
    assert any(e["date"] == "2024-10-14" and e.get("location") == "Oslo" for e in events), events


NOT_DATELINES = [
    pytest.param(
        "Highlights\n- The eighth session of the joint commission took place in Mexico City.\n"
        "- The next session will be held in Lyon in 2027.\n\n"
        "On 22 October 2025 a French delegation is visiting the national seismological service.",
        "Lyon",
        id="a planned session's city in a bullet near the top",
    ),
    pytest.param(
        "Key points: talks will continue in Hamburg in 2027.\n\n"
        "On 22 October 2025 the Chilean delegation is visiting the port authority's laboratory.",
        "Hamburg",
        id="a city after 'in' on a line with a year",
    ),
]


@pytest.mark.parametrize(("text", "city"), NOT_DATELINES)
def test_a_city_told_after_in_is_no_dateline(extract: Extract, text: str, city: str) -> None:
    events = [e for e in extract(text, published="2025-10-22")["events"] if e["type"] == "visit"]
    assert all(e.get("location") != city for e in events), events
