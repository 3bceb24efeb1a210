"""Trips: a visit told as a party's travel over a span of days is one visit event from the first
day to the last, placed in the destination city (or the first city of its programme). Texts of
our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _visits(extract: Extract, text: str, published: str) -> list[dict[str, Any]]:
    return [e for e in extract(text, published=published)["events"] if e["type"] == "visit"]


@pytest.mark.parametrize(
    ("text", "published", "date", "end", "location"),
    [
        # a range of the tagger, a delegation led to a country, the programme's first city after it
        (
            "From 8 to 11 April 2025, Minister Ana Pereira led a delegation of Portuguese universities "
            "to Canada. In Ottawa she held talks with officials of the research councils.",
            "2025-04-20",
            "2025-04-08",
            "2025-04-11",
            "Ottawa",
        ),
        # the range after the destination, a future travel verb
        (
            "A group of fifteen Finnish clean-tech companies will travel to Kenya from 2 to 6 June 2025. "
            "In Nairobi the group will meet the national energy agency.",
            "2025-05-10",
            "2025-06-02",
            "2025-06-06",
            "Nairobi",
        ),
        # a destination city, a stay told by "spent"
        (
            "The Estonian mission spent 14 to 16 October 2025 in Busan, where it toured two shipyards.",
            "2025-10-20",
            "2025-10-14",
            "2025-10-16",
            "Busan",
        ),
        # two weekdays joined by "to"
        (
            "The Chilean delegation of seven spent Tuesday to Thursday in Daejeon, touring research "
            "institutes and meeting local officials.",
            "2025-05-30",
            "2025-05-27",
            "2025-05-29",
            "Daejeon",
        ),
        # two weekdays joined by "until", the destination after the span
        (
            "Researchers from Ghent University will stay from Monday until Wednesday in Accra for a "
            "joint field survey of the coastline.",
            "2025-03-14",
            "2025-03-17",
            "2025-03-19",
            "Accra",
        ),
        # a length in days from the day of arrival, placed by the dateline's city
        (
            "OSLO, 12 March 2025 - The Kenyan research minister, who arrived on Monday for a four-day "
            "working visit, said both countries wanted more joint calls in ocean science.",
            "2025-03-12",
            "2025-03-10",
            "2025-03-13",
            "Oslo",
        ),
        # a length in days told "this week": from the first day the text tells in that week
        (
            "A team from Ghent University spent three days in Accra this week. On Tuesday the team "
            "signed a research agreement with the University of Ghana.",
            "2025-03-14",
            "2025-03-11",
            "2025-03-13",
            "Accra",
        ),
        # a length in days reaching back from the report's day to the first day told in it
        (
            "LIMA, 6 March 2025 - Peru and Estonia signed a digital government memorandum, the main "
            "outcome of the three-day official visit to Peru by the Estonian minister of economy. "
            "On 4 March the minister visited the national digital government secretariat in Lima.",
            "2025-03-06",
            "2025-03-04",
            "2025-03-06",
            None,
        ),
        # a length in days counted back from the day the trip ends
        (
            "Minister Lund is leading twenty Norwegian firms on a four-day tour of Brazil that ends on "
            "Friday in Sao Paulo.",
            "2025-09-24",
            "2025-09-23",
            "2025-09-26",
            None,
        ),
        # two weekdays told "between ... and ..."
        (
            "Between Monday and Thursday the Irish delegation will travel to Vietnam, stopping in Hanoi "
            "and Da Nang.",
            "2025-09-19",
            "2025-09-22",
            "2025-09-25",
            "Hanoi",
        ),
    ],
)
def test_a_trip_is_one_visit_from_its_first_day_to_its_last(
    extract: Extract, text: str, published: str, date: str, end: str, location: str | None
) -> None:
    visits = _visits(extract, text, published)
    trip = next(v for v in visits if v["date"] == date)
    assert trip.get("end") == end
    if location is not None:
        assert trip.get("location") == location


def test_a_visit_to_the_trip_s_city_within_its_days_is_the_trip_itself(extract: Extract) -> None:
    text = (
        "MADRID, 28 May 2025 - Korea and Spain agreed on new joint calls as the Korean president ended "
        "the first state visit to Madrid by a Korean leader in a decade. "
        "The president, who arrived on Monday for a three-day visit, met the Spanish prime minister."
    )
    visits = _visits(extract, text, "2025-05-28")
    assert [(v["date"], v.get("end"), v.get("location")) for v in visits] == [
        ("2025-05-26", "2025-05-28", "Madrid")
    ]


def test_a_site_visited_during_the_trip_stays_its_own_event(extract: Extract) -> None:
    text = (
        "The Malaysian delegation spent Monday to Wednesday in Pune. On Tuesday the group toured the "
        "vaccine plant of a local manufacturer in Pune."
    )
    visits = _visits(extract, text, "2025-09-19")
    assert [(v["date"], v.get("end")) for v in visits] == [("2025-09-15", "2025-09-17"), ("2025-09-16", None)]


def test_a_city_the_party_comes_from_is_not_the_trip_s_place(extract: Extract) -> None:
    text = "The agreement capped a four-day visit by a Porto delegation, which arrived on Monday."
    visits = _visits(extract, text, "2025-06-13")
    assert [(v["date"], v.get("end"), v.get("location")) for v in visits] == [
        ("2025-06-09", "2025-06-12", None)
    ]


def test_an_event_of_another_kind_told_with_the_trip_is_kept(extract: Extract) -> None:
    text = (
        "ACCRA, 12 June 2025 - Ghana and Finland on Thursday signed a memorandum on teacher training, "
        "an outcome of the three-day official visit to Ghana by the Finnish education minister. "
        "On 11 June the minister visited a teacher college in Winneba."
    )
    events = extract(text, published="2025-06-12")["events"]
    assert any(e["type"] == "signing" and e["date"] == "2025-06-12" for e in events)
    assert any(
        e["type"] == "visit" and e["date"] == "2025-06-11" and e.get("end") == "2025-06-13" for e in events
    )


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a range that dates a gathering the delegations come to, not a trip
        (
            "The conference, held from 3 to 5 May 2025 in Lisbon, drew delegations from thirty countries.",
            "2025-05-10",
        ),
        # travel with no span of days
        ("A Danish delegation travelled to Vietnam in 2019 to discuss wind energy.", "2025-05-10"),
        # a length in days that is no trip's ("a three-day course")
        (
            "On 5 May 2025 the institute opened a three-day course in Nairobi for visiting technicians.",
            "2025-05-10",
        ),
    ],
)
def test_no_trip_without_travel_a_span_and_a_destination(extract: Extract, text: str, published: str) -> None:
    assert not any(v.get("end") for v in _visits(extract, text, published))
