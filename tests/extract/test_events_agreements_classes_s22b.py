"""Session 22, round 1 (b): events and agreements error classes, with sentences written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.record import Record
from bilat.temporal.tagger import tag


def _record(text: str, published: str) -> Record:
    return get_extractor().extract(text, name="probe.txt", published=published)


def _events(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.type, e.date, e.end, e.location) for e in _record(text, published).events]


def _arrangements(text: str, published: str) -> list[tuple[str, str | None, list[str]]]:
    record = _record(text, published)
    kept = [a for a in record.agreements if a.type == "implementing_arrangement"]
    return [(a.type, a.date, sorted(a.parties)) for a in kept]


# The Executive Programme of S&T cooperation for a span of years: the implementing protocol of two
# governments' framework agreement (an implementing arrangement); without its years it is the scheme
# that calls are run under, no instrument made.
EXECUTIVE_PROGRAMME = [
    (
        "2025-06-20",
        "At the close of the fourth session of the Joint Commission in Lisbon on 19 June 2025, Portugal and "
        "Tunisia signed the Executive Programme of Scientific and Technological Cooperation for the years "
        "2026-2028.",
        [("implementing_arrangement", "2025-06-19", ["PT", "TN"])],
    ),
    (
        "2024-10-10",
        "The Executive Program for 2025–2027 was adopted by the Argentine-Italian Mixed Commission on "
        "8 October 2024 in Buenos Aires.",
        [("implementing_arrangement", "2024-10-08", ["AR", "IT"])],
    ),
    (
        "2025-02-05",
        "Three documents were signed in Riyadh on 4 February 2025 by Saudi Arabia and China: a memorandum "
        "on space science, an agreement on a solar laboratory, and an executive programme for 2025-2027 on "
        "researcher exchanges.",
        [("implementing_arrangement", "2025-02-04", ["CN", "SA"])],
    ),
    (
        "2025-02-05",
        "Italian and Argentine teams may apply for mobility grants under the Executive Programme of "
        "Scientific Cooperation between Italy and Argentina, run by the two foreign ministries.",
        [],
    ),
    (
        "2025-03-01",
        "Three successive executive programmes have funded joint work between Mexico and Germany since "
        "the agreement of 1996.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), EXECUTIVE_PROGRAMME)
def test_executive_programme_for_years_is_an_implementing_arrangement(
    published: str, text: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    assert _arrangements(text, published) == expected


# An event word that an "N-day" length modifies, dated to one day: the N days from that day ("will
# begin a two-day workshop on ...", "the two-day meeting, which began on ..."), or up to it when the
# text tells it closing ("at the close of a two-day forum").
LENGTH_SPAN = [
    (
        "2025-02-20",
        "On 3 March the two agencies will begin a three-day workshop in Lyon on soil carbon.",
        [("conference", "2025-03-03", "2025-03-05", "Lyon")],
    ),
    (
        "2025-05-16",
        "The Kenya Marine Institute and the Korea Ocean Institute renewed their memorandum on 14 May 2025, "
        "at the close of a two-day forum in Mombasa.",
        [("signing", "2025-05-14", None, "Mombasa"), ("conference", "2025-05-13", "2025-05-14", "Mombasa")],
    ),
    (
        "2026-06-12",
        "At the two-day meeting in Hanoi, which began on 9 June 2026, the delegations reviewed joint "
        "projects of Viet Nam and Japan.",
        [("meeting", "2026-06-09", "2026-06-10", "Hanoi")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), LENGTH_SPAN)
def test_n_day_event_spans_its_days(
    published: str, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _events(text, published) == expected


# A weekday that opens its sentence ("On Wednesday, ...") takes the tense of the main verb, however
# long the subject between them ("about 60 researchers from four countries will begin ...").
FRONTED_WEEKDAY = [
    (
        "On Wednesday, about 40 engineers from Ghana, Nigeria, Senegal and Côte d'Ivoire will open a "
        "two-day seminar in Accra on grid storage.",
        "2025-11-19",
    ),
    (
        "On Wednesday, about 40 engineers from Ghana, Nigeria, Senegal and Côte d'Ivoire opened a seminar "
        "in Accra on grid storage.",
        "2025-11-12",
    ),
    (
        "On Thursday, the heads of the science agencies of Brazil and the United States are expected to "
        "sign a memorandum.",
        "2025-11-20",
    ),
    (
        "On Friday, the delegations of the two ministries and their research councils, meeting in Oslo, "
        "signed a memorandum.",
        "2025-11-14",
    ),
]


@pytest.mark.parametrize(("text", "value"), FRONTED_WEEKDAY)
def test_fronted_weekday_takes_the_main_verbs_tense(text: str, value: str) -> None:
    assert [t.value for t in tag(text, "2025-11-18") if t.type == "DATE"] == [value]


def test_fronted_weekday_workshop_spans_the_coming_days() -> None:
    text = (
        "On Wednesday, about 40 engineers from Ghana, Nigeria, Senegal and Côte d'Ivoire will open a "
        "two-day seminar in Accra on grid storage."
    )
    assert _events(text, "2025-11-18") == [("conference", "2025-11-19", "2025-11-20", "Accra")]


# The year of an edition in an event's name ("the 2025 Korea–Ethiopia Science Diplomacy Seminar",
# "the Astronautical Congress (IAC 2025), which opened on Monday") is no date of the event when its
# sentence tells the day; a congress "(IAC 2025), which opened" is the congress's start, no launch.
NAME_YEAR = [
    (
        "2025-12-03",
        "Last Thursday, the Embassy and the Ethiopian Academy of Sciences (EAS) co-hosted the 2025 "
        "Korea–Ethiopia Science Diplomacy Seminar at the Hyatt Regency Addis Ababa.",
        [("conference", "2025-11-27", None, "Addis Ababa")],
    ),
    (
        "2026-05-08",
        "On 6 May, the embassy of Chile hosted the 2026 Chile–Japan Ocean Science Symposium in Tokyo.",
        [("conference", "2026-05-06", None, "Tokyo")],
    ),
    (
        "2025-10-01",
        "The arrangement was signed on the sidelines of the 76th International Astronautical Congress "
        "(IAC 2025), which opened on Monday in Sydney, Australia, and runs until Friday.",
        [("conference", "2025-09-29", "2025-10-03", "Sydney")],
    ),
    (
        "2026-03-20",
        "The World Hydrogen Summit (WHS 2026), which opened on Tuesday in Rotterdam, drew 15,000 visitors.",
        [("conference", "2026-03-17", None, "Rotterdam")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), NAME_YEAR)
def test_year_in_event_name_is_no_date(
    published: str, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _events(text, published) == expected
