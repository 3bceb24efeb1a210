"""Event classes of wording, broadened to the whole class (texts of our own):

- a stay over a span of days with no event word ("was in Kenya from 3 to 7 March", "spent 9 to 13
  June in Taiwan", "a tour of Sweden, from 12 to 16 October") is a visit; plain "was in" wording
  without a place, or a sentence with an event word of its own, makes no visit;
- a date counted from the document's date ("next Monday", "last Thursday", "yesterday") is never
  moved a year by the tense of its sentence, and a passive still to come may carry adverbs ("will
  be formally launched");
- a launch verb or "kick-off" beside a generic "ceremony" makes a launch ("the opening ceremony"
  stays a ceremony);
- a signing of the last few days told with no place of its own took place where the report's
  dateline is from.
"""

from __future__ import annotations

import pytest

from .records import Extract, events_of

STAYS = [
    pytest.param(
        "Minister Okafor was in Kenya from 29 January to 2 February at the head of a delegation.",
        "2025-02-03",
        "2025-01-29",
        "2025-02-02",
        id="was in a country from-to",
    ),
    pytest.param(
        "The delegation, which spent 9 to 13 June 2025 in Taiwan, also included two engineers.",
        "2025-06-16",
        "2025-06-09",
        "2025-06-13",
        id="which spent a range in",
    ),
    pytest.param(
        "A group of ten vice-chancellors stayed in Japan from 3 to 7 March, visiting laboratories.",
        "2025-03-20",
        "2025-03-03",
        "2025-03-07",
        id="stayed in",
    ),
    pytest.param(
        "Between 3 and 7 March, the mission travelled across Chile with stops at two observatories.",
        "2025-03-20",
        "2025-03-03",
        "2025-03-07",
        id="travelled across, between-and",
    ),
    pytest.param(
        "The Indian delegation's tour of Sweden, from 12 to 16 October, took in two universities.",
        "2025-10-20",
        "2025-10-12",
        "2025-10-16",
        id="possessive tour of",
    ),
    pytest.param(
        "Prof. Marsh spent 12-16 October in Accra with the partner university.",
        "2025-10-20",
        "2025-10-12",
        "2025-10-16",
        id="spent a hyphen range in a city",
    ),
]


@pytest.mark.parametrize(("text", "published", "start", "end"), STAYS)
def test_a_stay_over_days_is_a_visit(
    extract: Extract, text: str, published: str, start: str, end: str
) -> None:
    events = events_of(extract, text, published)
    assert [(e["type"], e["date"], e.get("end")) for e in events] == [("visit", start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "The call was open from 12 to 16 October for applications.",
        "Prices were in decline from 12 to 16 October.",
        "Inflation in Kenya was in double digits from 2019 to 2021.",
    ],
)
def test_no_stay_without_a_place_or_days(extract: Extract, text: str) -> None:
    assert not [e for e in events_of(extract, text, "2025-10-20") if e["type"] == "visit"]


def test_an_event_word_of_its_own_keeps_its_kind(extract: Extract) -> None:
    events = events_of(extract, "The exhibition was in Oslo from 12 to 16 October.", "2025-10-20")
    assert [(e["type"], e["date"]) for e in events] == [("exhibition", "2025-10-12")]


RELATIVE = [
    pytest.param(
        "It will be formally launched at a kick-off ceremony in Lima next Monday.",
        "2025-03-17",
        "launch",
        id="be formally launched next Monday",
    ),
    pytest.param(
        "The joint laboratory is to be officially opened in Quito on Friday.",
        "2025-03-14",
        "launch",
        id="be officially opened on Friday",
    ),
    pytest.param(
        "The programme is to be launched at a ceremony in Quito on 20 March.",
        "2025-03-20",
        "launch",
        id="launched at a ceremony",
    ),
    pytest.param(
        "The new centre will be inaugurated in a ceremony in Quito on 20 March.",
        "2025-03-20",
        "launch",
        id="inaugurated in a ceremony",
    ),
    pytest.param(
        "The memorandum was signed last Thursday in Lima by the two directors.",
        "2025-03-06",
        "signing",
        id="signed last Thursday",
    ),
    pytest.param("The accord was signed in Lima yesterday.", "2025-03-11", "signing", id="yesterday"),
]


@pytest.mark.parametrize(("text", "date", "kind"), RELATIVE)
def test_relative_days_keep_their_year(extract: Extract, text: str, date: str, kind: str) -> None:
    events = events_of(extract, text, "2025-03-12")
    assert [(e["type"], e["date"]) for e in events] == [(kind, date)]


def test_the_opening_ceremony_stays_a_ceremony(extract: Extract) -> None:
    events = events_of(extract, "The opening ceremony was held in Seoul on 3 June 2025.", "2025-06-10")
    assert [e["type"] for e in events] == ["other"]


HOME = [
    pytest.param(
        "*Science Desk · Lima · Wednesday, 12 March 2025*\n\nThe project plan was signed last "
        "Thursday at the agency's office by the two directors.",
        "2025-03-06",
        id="byline, last Thursday",
    ),
    pytest.param(
        "Lima, 12 March 2025\n\nThe protocol was signed on Monday at the university by both rectors.",
        "2025-03-10",
        id="dateline, on Monday",
    ),
]


@pytest.mark.parametrize(("text", "date"), HOME)
def test_a_recent_signing_took_place_at_the_dateline(extract: Extract, text: str, date: str) -> None:
    events = events_of(extract, text, "2025-03-12")
    assert [(e["type"], e["date"], e.get("location")) for e in events] == [("signing", date, "Lima")]


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 12 March 2025\n\nThe protocol was signed on 2 February at the university by both rectors.",
        "*Science Desk · 12 March 2025*\n\nThe project plan was signed last Thursday by the directors.",
    ],
)
def test_no_dateline_place_for_older_signings_or_without_a_dateline(extract: Extract, text: str) -> None:
    assert not events_of(extract, text, "2025-03-12")
