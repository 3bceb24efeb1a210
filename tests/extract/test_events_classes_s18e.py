"""Event classes of session 18, round 2 (helper e), mined across the in-view sets. Texts of our own.

1. A trip told by going somewhere in the present or future ("will travel to Sendai in July",
   "travels on to Lima on Thursday", "is due to travel to Tromsø") is a visit at that city, like
   "travelled to"; a weekday after the timetable present "travels on to" is ahead
   of the document's date. "travels to" alone may tell a habit, and "travel to" after no "will" or
   "to" a noun ("pays for travel to Chile"): no cue (event_types.yaml `types.visit`,
   `future_patterns`).
2. Such a trip is a weak cue: when its sentence names what the trip is for ("travel to Bergen to
   chair a workshop"), that event gives the kind (event_types.yaml `weak_cues`).
3. A summit named for a field of science or industry ("Africa AI Summit", "Clean Energy Summit")
   is a public gathering, a conference; a leaders' summit ("EU-Japan Summit", "G20 summit") stays a
   meeting (event_types.yaml `summit_kinds`).
4. A city that acts in a clause ("as Cairo tries to ...", "as Warsaw looks to ...") stands for its
   government, not for where the event took place (event_types.yaml `city_acts_verbs`).
"""

from __future__ import annotations

import pytest

from .records import Extract

TRIPS = [  # (text, document date, day, city)
    pytest.param(
        "SANTIAGO, 18 November 2025 - The minister travels on to Lima on Thursday to meet Peruvian "
        "officials.",
        "2025-11-18",
        "2025-11-20",
        "Lima",
        id="travels on to, weekday ahead",
    ),
    pytest.param(
        "The second cohort of students will travel to Kyoto in July 2025 for a course at the university.",
        "2025-03-01",
        "2025-07",
        "Kyoto",
        id="will travel to, in a month",
    ),
    pytest.param(
        "The squad is due to travel to Bergen on 14 June 2025, the club said.",
        "2025-03-01",
        "2025-06-14",
        "Bergen",
        id="is due to travel to",
    ),
    pytest.param(
        "The secretary then travelled on to Osaka on 3 March 2025.",
        "2025-03-10",
        "2025-03-03",
        "Osaka",
        id="travelled on to",
    ),
]


@pytest.mark.parametrize(("text", "published", "day", "city"), TRIPS)
def test_a_trip_told_by_travelling_is_a_visit(
    extract: Extract, text: str, published: str, day: str, city: str
) -> None:
    events = extract(text, published=published)["events"]
    assert [(e["type"], e["date"], e.get("location")) for e in events] == [("visit", day, city)]


NO_TRIPS = [
    pytest.param("Researchers travelling to Norway can apply for a grant of up to EUR 5,000.", id="no date"),
    pytest.param("Students may travel to Japan for up to a year under the scheme.", id="a rule, no event"),
    pytest.param(
        "Since 2 May 2025 the engineer travels to Bergen for every test run.", id="travels to: a habit"
    ),
    pytest.param("The award pays for travel to Chile before 30 June 2025.", id="travel: a noun"),
]


@pytest.mark.parametrize("text", NO_TRIPS)
def test_travel_without_a_day_is_no_event(extract: Extract, text: str) -> None:
    assert extract(text, published="2025-03-01")["events"] == []


PURPOSES = [  # (text, document date, kind, day, city)
    pytest.param(
        "Tomorrow the minister will travel to Bergen to chair a workshop on offshore wind.",
        "2025-05-06",
        "conference",
        "2025-05-07",
        "Bergen",
        id="to chair a workshop",
    ),
    pytest.param(
        "The delegation will travel to Sapporo on 9 May 2025 for a reception at the consulate.",
        "2025-05-01",
        "reception",
        "2025-05-09",
        "Sapporo",
        id="for a reception",
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "day", "city"), PURPOSES)
def test_a_trip_takes_the_kind_of_what_it_is_for(
    extract: Extract, text: str, published: str, kind: str, day: str, city: str
) -> None:
    events = extract(text, published=published)["events"]
    assert [(e["type"], e["date"], e.get("location")) for e in events] == [(kind, day, city)]


SUMMITS = [  # (text, kind)
    pytest.param("The Africa AI Summit took place in Kigali on 3 April 2025.", "conference", id="AI summit"),
    pytest.param(
        "The delegation attended the Asia Clean Energy Summit in Singapore on 4 November 2025.",
        "conference",
        id="energy summit",
    ),
    pytest.param(
        "Exhibitors met buyers at the Baltic Hydrogen Summit in Riga on 12 May 2025.",
        "conference",
        id="hydrogen summit",
    ),
    pytest.param(
        "The EU-Japan Summit was held in Brussels on 10 July 2025.", "meeting", id="leaders' summit"
    ),
    pytest.param("The G20 summit met in Johannesburg on 22 November 2025.", "meeting", id="G20 summit"),
]


@pytest.mark.parametrize(("text", "kind"), SUMMITS)
def test_a_summit_named_for_a_field_is_a_conference(extract: Extract, text: str, kind: str) -> None:
    events = extract(text, published="2025-11-30")["events"]
    assert [e["type"] for e in events] == [kind]


GOVERNMENT_CITIES = [  # (text, the city the event may have, or None)
    pytest.param(
        "Egypt and Japan on Monday, 3 March 2025, opened a training centre in the free zone, as Cairo "
        "tries to attract more foreign factories.",
        None,
        id="as Cairo tries",
    ),
    pytest.param(
        "The two agencies signed an arrangement in Lyon on 4 March 2025, as Paris looks to Korean "
        "know-how for its battery plans.",
        "Lyon",
        id="as Paris looks to",
    ),
    pytest.param(
        "Kenya and Finland launched a forest data hub on 5 March 2025, as Nairobi is trying to widen "
        "its climate finance.",
        None,
        id="as Nairobi is trying",
    ),
]


@pytest.mark.parametrize(("text", "city"), GOVERNMENT_CITIES)
def test_a_city_that_acts_is_no_venue(extract: Extract, text: str, city: str | None) -> None:
    events = extract(text, published="2025-03-10")["events"]
    assert [e.get("location") for e in events] == [city]
