"""Event probes of session 16, round 2 (helper e). Texts of our own.

1. A body's session told by holding it keeps its subject after "on" ("held the second Joint Working
   Group on Biotechnology in Riyadh on 7 April"): a meeting, though the name ends in its subject.
2. A first-level region set off before its country ("a workshop in Bavaria, Germany") names no
   town: the event gets no city from it.
3. A city inside a facility's name, after another capitalised word ("at the King Sejong Station"),
   is not where the event took place; "at Tokyo Station" still is.
"""

from __future__ import annotations

import pytest

from .records import Extract

HELD_BODY_ON = [  # (text, day, city)
    pytest.param(
        "RIYADH, 8 April 2026 – Saudi Arabia and India held the second Joint Working Group on "
        "Biotechnology in Riyadh on 7 April 2026.",
        "2026-04-07",
        "Riyadh",
        id="working group on a subject, object of held",
    ),
    pytest.param(
        "NAIROBI, 3 June 2026 – The Kenya-Brazil Joint Working Group on Science and Technology was held "
        "in Nairobi on 2 June 2026.",
        "2026-06-02",
        "Nairobi",
        id="working group on a subject, subject of was held",
    ),
    pytest.param(
        "HANOI, 9 October 2026 – Vietnam and New Zealand convened the first Task Force on Agricultural "
        "Research in Hanoi on 8 October 2026.",
        "2026-10-08",
        "Hanoi",
        id="task force on a subject",
    ),
]


@pytest.mark.parametrize(("text", "day", "city"), HELD_BODY_ON)
def test_held_body_with_its_subject(extract: Extract, text: str, day: str, city: str) -> None:
    events = extract(text)["events"]
    assert [(e["type"], e["date"], e.get("location")) for e in events] == [("meeting", day, city)], events


REGIONS = [  # (text, day)
    pytest.param(
        "BERLIN, 4 June 2026 – Researchers from Germany and Kenya will meet at a workshop in Bavaria, "
        "Germany on 20 June 2026.",
        "2026-06-20",
        id="German land before its country",
    ),
    pytest.param(
        "MEXICO CITY, 4 June 2026 – Mexico and Spain will hold a seminar on water research in Jalisco, "
        "Mexico on 22 June 2026.",
        "2026-06-22",
        id="Mexican state before its country",
    ),
    pytest.param(
        "NEW DELHI, 1 July 2026 – India and Australia held a workshop on groundwater in Rajasthan, India "
        "on 30 June 2026.",
        "2026-06-30",
        id="Indian state before its country",
    ),
]


@pytest.mark.parametrize(("text", "day"), REGIONS)
def test_region_is_no_town(extract: Extract, text: str, day: str) -> None:
    events = extract(text)["events"]
    dated = [e for e in events if e["date"] == day]
    assert dated, events
    assert all(e.get("location") not in {"Bavaria", "Jalisco", "Rajasthan"} for e in dated), events


def test_town_before_its_country_still_placed(extract: Extract) -> None:
    text = (
        "STOCKHOLM, 4 June 2026 – Sweden and Chile will hold a workshop on mining research in Kiruna, "
        "Sweden on 24 June 2026."
    )
    events = extract(text)["events"]
    assert [(e["date"], e.get("location")) for e in events] == [("2026-06-24", "Kiruna")], events


FACILITIES = [  # (text, city that must not be the event's, day)
    pytest.param(
        "SANTIAGO, 3 February 2026 – Chile and Korea opened a joint laboratory at the King Sejong "
        "Station, Antarctica, on 2 February 2026.",
        "Sejong",
        "2026-02-02",
        id="station named for a king",
    ),
    pytest.param(
        "HOBART, 3 February 2026 – Australia and China held a science meeting at the Great Wall Station "
        "on 1 February 2026.",
        "Great Wall",
        "2026-02-01",
        id="station with no city",
    ),
]


@pytest.mark.parametrize(("text", "city", "day"), FACILITIES)
def test_city_inside_facility_name(extract: Extract, text: str, city: str, day: str) -> None:
    events = extract(text)["events"]
    dated = [e for e in events if e["date"] == day]
    assert dated, events
    assert all(e.get("location") != city for e in dated), events


def test_station_of_a_city_still_placed(extract: Extract) -> None:
    text = (
        "TOKYO, 3 February 2026 – Japan and Thailand opened a joint exhibition on railway research at "
        "Tokyo Station on 2 February 2026."
    )
    events = extract(text)["events"]
    assert [(e["date"], e.get("location")) for e in events] == [("2026-02-02", "Tokyo")], events
