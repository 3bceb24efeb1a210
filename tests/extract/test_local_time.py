"""Deadlines written in a place's local time ("13:00 (Irish time)", "5:00 PM Philippine Standard
Time") take the offset of that place's IANA zone on the deadline's day, summer time included. Texts of
our own."""

from __future__ import annotations

import pytest

from bilat.extract.local_time import local_time_offset, zone_of_place

from .records import Extract

PLACES = [
    # a country adjective or name with one zone
    ("13:00 (Irish time)", "2026-06-10", "T13:00", "+01:00"),
    ("13:00 (Irish time)", "2026-01-14", "T13:00", "+00:00"),
    ("14:00 Israel time", "2026-03-12", "T14:00", "+02:00"),
    ("5:00 PM Philippine Standard Time", "2025-03-28", "T17:00", "+08:00"),
    ("16:00 Kenyan time", "2025-07-01", "T16:00", "+03:00"),
    # a city that names a zone, or a capital
    ("17:00 Lisbon time", "2025-05-15", "T17:00", "+01:00"),
    ("17:00 Lisbon time", "2025-11-15", "T17:00", "+00:00"),
    ("noon Praia time", "2025-05-15", "T12:00", "-01:00"),
    ("12:00 Mexico City time", "2025-07-01", "T12:00", "-06:00"),
    ("23:59 Nairobi time", "2025-07-01", "T23:59", "+03:00"),
    # a country whose zones disagree: its capital's zone, or its main zone (timezones.yaml)
    ("17:00 Portuguese time", "2025-07-01", "T17:00", "+01:00"),
    ("18:00 Brasília time", "2025-05-15", "T18:00", "-03:00"),
    ("09:00 China Standard Time", "2025-07-01", "T09:00", "+08:00"),
    # a curated place of the temporal lexicon
    ("16:00 UK time", "2025-07-01", "T16:00", "+01:00"),
    ("12:00 Brussels time", "2025-12-01", "T12:00", "+01:00"),
]


@pytest.mark.parametrize(("text", "day", "clock", "offset"), PLACES)
def test_a_place_named_local_time_has_the_offset_of_its_zone_that_day(
    text: str, day: str, clock: str, offset: str
) -> None:
    assert local_time_offset(text, day, clock) == offset


@pytest.mark.parametrize(
    "text",
    [
        "16:00 Central Indonesia Time",  # a region of a country's zones: only a listed zone name says it
        "17:00 Australian time",  # several zones, none main: the text must name one
        "Submission Time: 12:00",
        "12:00 Local Time",
        "at any Time",
    ],
)
def test_no_offset_where_the_place_names_no_single_zone(text: str) -> None:
    assert local_time_offset(text, "2025-07-01", "T12:00") is None


def test_a_country_with_one_zone_is_that_zone() -> None:
    assert zone_of_place("Ireland", "2025-07-01", "T12:00") == "Europe/Dublin"


def test_a_call_deadline_in_a_place_named_local_time(extract: Extract) -> None:
    record = extract(
        "Ireland–United States joint call for proposals.\n"
        "Deadline: Wednesday 10 June 2026, 13:00 (Irish time)."
    )
    assert [call["deadline"] for call in record["calls"]] == ["2026-06-10T13:00+01:00"]


def test_summer_time_of_a_city(extract: Extract) -> None:
    summer = extract("Japan–France call for proposals. Deadline: 2 July 2025, 12:00 Paris time.")
    winter = extract("Japan–France call for proposals. Deadline: 2 December 2025, 12:00 Paris time.")
    assert summer["calls"][0]["deadline"] == "2025-07-02T12:00+02:00"
    assert winter["calls"][0]["deadline"] == "2025-12-02T12:00+01:00"
