"""Round s21e (probe round): events and agreements of short documents written for the probe.

- A weekday told right after a past week ("held last week on Wednesday", "last week, on
  Thursday") is that week's day, not this week's (temporal relative `weekday`, `WEEK_BEFORE`). A
  weekday in a later sentence after "Last week, ..." keeps its own reading: news uses it for this
  week's day as often (three development values of TempEval-3 went wrong with the wider rule).
- A working arrangement between agencies, signed or planned, is an implementing arrangement
  (instruments.yaml).
- Plural instruments made in a list of years ("the Action Plans adopted in 2017 and 2021") are one
  instrument of each year (agreements `_one_a_year`).
- A city state named as the sender of a mission ("a reception at the Embassy of Singapore in
  Helsinki") is no place of the event (org_missions `sends_mission`).
- A body visited ("visited the University of Helsinki on 9-11 March") is the visit's venue, its
  city the visit's, as after "at" (events `_seated_venue`).
"""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.temporal.tagger import tag


def _record(text: str, published: str) -> dict:
    return get_extractor().extract(text, name="probe.md", published=published).to_dict()


def _events(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["date"], e.get("location")) for e in _record(text, published)["events"]]


def _agreements(text: str, published: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(a["type"], tuple(a["parties"]), a.get("date")) for a in _record(text, published)["agreements"]]


_PAST_WEEK_DAYS = [
    ("The 5th session was held last week on Wednesday in Seoul.", "2026-03-12", "Wednesday", "2026-03-04"),
    ("The talks took place last week, on Thursday, in Hanoi.", "2026-05-20", "Thursday", "2026-05-14"),
    # this week's day when no past week stands right before it
    ("The Ambassador visited the University of Ghana on Monday.", "2026-03-11", "Monday", "2026-03-09"),
    (
        "Last week the plan was announced.\n\nOn Monday, the minister visited Lima.",
        "2026-03-12",
        "Monday",
        "2026-03-09",
    ),
    (
        "Last week the plan was announced. On Monday, the minister will travel to Lima.",
        "2026-03-12",
        "Monday",
        "2026-03-16",
    ),
]


@pytest.mark.parametrize(("text", "published", "word", "value"), _PAST_WEEK_DAYS)
def test_weekday_of_a_past_week(text: str, published: str, word: str, value: str) -> None:
    assert (word, value) in [(t.text, t.value) for t in tag(text, published)]


_LAST_WEEK_EVENTS = [
    (
        "WARSAW, March 12 - Poland and Korea deepen research ties.\n\n"
        "The 5th session of the Poland-Korea Joint Committee on Science and Technology was held last week "
        "on Wednesday in Seoul.\n",
        "2026-03-12",
        ("meeting", "2026-03-04", "Seoul"),
    ),
]


@pytest.mark.parametrize(("text", "published", "event"), _LAST_WEEK_EVENTS)
def test_event_on_a_weekday_of_last_week(text: str, published: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text, published)


_WORKING_ARRANGEMENTS = [
    (
        "WARSAW, March 12 - Poland and Korea deepen research ties.\n\n"
        "NCBR and KIAT signed a working arrangement on battery research in Warsaw on Wednesday.\n",
        "2026-03-12",
        ("implementing_arrangement", ("KR", "PL"), "2026-03-11"),
    ),
    (
        "Accra, 4 June 2026 - Ghana and Germany deepen research ties.\n\n"
        "The Ghana Space Science and Technology Institute and the German Aerospace Center (DLR) signed a "
        "working arrangement on earth observation on 3 June 2026.\n",
        "2026-06-04",
        ("implementing_arrangement", ("DE", "GH"), "2026-06-03"),
    ),
]


@pytest.mark.parametrize(("text", "published", "agreement"), _WORKING_ARRANGEMENTS)
def test_working_arrangement(text: str, published: str, agreement: tuple) -> None:
    assert agreement in _agreements(text, published)


def test_planned_working_arrangement() -> None:
    text = (
        "HANOI, March 12 (VNA) - Vietnam and Australia adopted a Plan of Action on Tuesday.\n\n"
        "CSIRO and the Vietnam Academy of Science and Technology will sign a working arrangement by the end "
        "of the year.\n"
    )
    assert "implementing_arrangement" in [a[0] for a in _agreements(text, "2026-03-12")]


_PLURAL_YEARS = [
    (
        "HANOI, March 12 (VNA) - Vietnam and Australia met.\n\n"
        "The Ministers recalled the Action Plans adopted in 2017 and in 2021, which guided cooperation.\n",
        [("action_plan", ("AU", "VN"), "2017"), ("action_plan", ("AU", "VN"), "2021")],
    ),
    (
        "Tokyo, 12 March 2026 - Morocco and Japan met.\n\n"
        "The two sides reviewed the joint declarations adopted in 2018 and 2022.\n",
        [("declaration", ("JP", "MA"), "2018"), ("declaration", ("JP", "MA"), "2022")],
    ),
    (
        "Cairo, 12 March 2026 - Egypt and China met.\n\n"
        "Egypt and China have signed memoranda of understanding in 2015, 2019 and 2023.\n",
        [("memorandum", ("CN", "EG"), year) for year in ("2015", "2019", "2023")],
    ),
]


@pytest.mark.parametrize(("text", "agreements"), _PLURAL_YEARS)
def test_plural_instruments_one_a_year(text: str, agreements: list[tuple]) -> None:
    found = _agreements(text, "2026-03-12")
    assert all(a in found for a in agreements)


def test_plural_instruments_without_years_are_none() -> None:
    text = "HANOI, March 12 (VNA) - Vietnam and Australia met.\n\nThe two sides reviewed the action plans.\n"
    assert not [a for a in _agreements(text, "2026-03-12") if a[0] == "action_plan"]


_MISSION_VENUES = [
    (
        "Helsinki, 12 March 2026 - Finland and Singapore deepen ties.\n\n"
        "The delegation attended a reception at the Embassy of Singapore in Helsinki on 10 March.\n",
        ("reception", "2026-03-10", "Helsinki"),
    ),
    (
        "Tokyo, 12 March 2026 - Japan and Luxembourg deepen ties.\n\n"
        "On 10 March a reception was held at the Embassy of Luxembourg in Tokyo.\n",
        ("reception", "2026-03-10", "Tokyo"),
    ),
]


@pytest.mark.parametrize(("text", "event"), _MISSION_VENUES)
def test_city_state_sending_a_mission_is_no_venue(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text, "2026-03-12")


_VISITED_BODIES = [
    (
        "Helsinki, 12 March 2026 - Finland and Singapore deepen ties.\n\n"
        "A delegation of NUS visited the University of Helsinki on 9-11 March.\n",
        ("visit", "2026-03-09", "Helsinki"),
    ),
    (
        "Munich, 12 March 2026 - Germany and Ghana deepen ties.\n\n"
        "The Ghanaian Vice-Minister visited the Technical University of Munich on 10 March.\n",
        ("visit", "2026-03-10", "Munich"),
    ),
]


@pytest.mark.parametrize(("text", "event"), _VISITED_BODIES)
def test_visited_body_gives_the_city(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text, "2026-03-12")


_REMOTE_SIDES = [
    (
        "New Delhi, 16 April 2026\n\n"
        "Mexico and India held the 9th meeting of the Mexico-India Joint Commission in hybrid format today, "
        "with the Mexican delegation attending from Mexico City.\n",
        "2026-04-16",
        ("meeting", "2026-04-16", "New Delhi"),
    ),
    (
        "Seoul, 12 March 2026 - Peru and Korea held their joint committee.\n\n"
        "The 4th Peru-Korea Joint Committee on Science and Technology was held in Seoul on 10 March, "
        "with Peruvian officials joining remotely from Lima.\n",
        "2026-03-12",
        ("meeting", "2026-03-10", "Seoul"),
    ),
]


_REMOTE_SIDES.append(
    (
        "Accra, 20 November 2026 - Ghana and Germany open a joint call.\n\n"
        "A second information session will be held online on 15 January. Applicants from Kumasi may also "
        "attend a webinar on 22 January.\n",
        "2026-11-20",
        ("conference", "2027-01-22", None),
    )
)


@pytest.mark.parametrize(("text", "published", "event"), _REMOTE_SIDES)
def test_city_a_side_attends_from_is_no_venue(text: str, published: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text, published)


_CLAUSE_DATES = [
    (
        "Estonian Research Council - News\n\nEstonia and Japan deepen ties.\n\n"
        "On Monday, the Estonian delegation visited the University of Tokyo; on Tuesday it travelled to "
        "Tsukuba, where it toured the AIST.\n",
        [("visit", "2026-03-09", "Tokyo"), ("visit", "2026-03-10", "Tsukuba")],
    ),
    (
        "Hanoi, 12 March 2026 - Vietnam and Australia deepen ties.\n\n"
        "On 9 March, the Australian delegation visited the University of Melbourne campus in "
        "Ho Chi Minh City, and on 10 March it toured the Hoa Lac Hi-Tech Park in Hanoi.\n",
        [("visit", "2026-03-09", "Ho Chi Minh City"), ("visit", "2026-03-10", "Hanoi")],
    ),
]


@pytest.mark.parametrize(("text", "events"), _CLAUSE_DATES)
def test_date_opening_the_next_clause_is_its_own(text: str, events: list[tuple[str, str, str]]) -> None:
    found = _events(text, "2026-03-12")
    assert all(e in found for e in events)


_PAGE_INSTRUMENTS = [
    (
        "Joint Statement by the Republic of Chile and the Kingdom of Sweden\n\nStockholm, 10 March 2026\n\n"
        "The Ministers of Science of Chile and Sweden met in Stockholm on 10 March 2026 and agreed to deepen "
        "research cooperation on climate and the oceans.\n",
        "2026-03-12",
        ("joint_statement", ("CL", "SE"), "2026-03-10"),
    ),
]


@pytest.mark.parametrize(("text", "published", "agreement"), _PAGE_INSTRUMENTS)
def test_page_instrument_takes_its_heading_day(text: str, published: str, agreement: tuple) -> None:
    assert agreement in _agreements(text, published)


def test_date_and_venue_fields_on_one_line() -> None:
    text = (
        "Minutes - Poland-Korea Science and Technology Joint Committee\n\n"
        "Date: 15 September 2026 | Venue: Ministry of Science and Higher Education, Warsaw (hybrid)\n\n"
        "1. The 11th session of the Poland-Korea Joint Committee on Science and Technology opened with "
        "remarks by the co-chairs.\n"
    )
    assert ("meeting", "2026-09-15", "Warsaw") in _events(text, "2026-09-17")


_TALKS_IN_A_VISIT = [
    (
        "RABAT, July 8 (MAP) - Japan's State Minister for Foreign Affairs, who is paying an official visit "
        "to Morocco from 6 to 9 July, held talks today in Rabat with the Moroccan Minister of Higher "
        "Education.\n",
        "2026-07-08",
        [("visit", "2026-07-06", "Rabat"), ("meeting", "2026-07-08", "Rabat")],
    ),
    (
        "Lima, 12 May 2026 - Korea's Vice-Minister of Science, paying an official visit to Peru from 10 to "
        "13 May, held talks on 11 May in Lima with the President of CONCYTEC.\n",
        "2026-05-12",
        [("visit", "2026-05-10", "Lima"), ("meeting", "2026-05-11", "Lima")],
    ),
]


@pytest.mark.parametrize(("text", "published", "events"), _TALKS_IN_A_VISIT)
def test_talks_dated_right_after_within_a_visit(
    text: str, published: str, events: list[tuple[str, str, str]]
) -> None:
    found = _events(text, published)
    assert all(e in found for e in events)
