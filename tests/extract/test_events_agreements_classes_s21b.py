"""Session 21, round 1 (b): events error classes, with sentences written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _events(text: str, published: str) -> list[tuple[str, str, str | None]]:
    record = get_extractor().extract(text, name="probe.txt", published=published)
    return [(e.type, e.date, e.location) for e in record.events]


# A city state's name in the possessive before a body's or an officer's title ("Singapore's
# Government Technology Agency", "Monaco's Scientific Centre") names the country, not the venue;
# "at Singapore's Marina Bay Sands" (no body after it) stays a place.
POSSESSIVE_STATE = [
    (
        "2025-05-14",
        "The Kenya Space Agency and Monaco's Scientific Centre on Tuesday signed a letter of intent in "
        "Mombasa on ocean monitoring.",
        [("signing", "2025-05-13", "Mombasa")],
    ),
    (
        "2024-10-03",
        "Ghana's Minister of Education met Singapore's Senior Minister of State for Education on 2 October "
        "2024 in Accra to discuss teacher exchanges.",
        [("meeting", "2024-10-02", "Accra")],
    ),
    (
        "2024-10-03",
        "The two ministers met on 2 October 2024 at Singapore's Marina Bay Sands to discuss teacher "
        "exchanges.",
        [("meeting", "2024-10-02", "Singapore")],
    ),
]


@pytest.mark.parametrize(("published", "text", "events"), POSSESSIVE_STATE)
def test_possessive_city_state_is_no_venue(
    published: str, text: str, events: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, published) == events


# A city opening a venue's name whose next word is also an instrument's head ("the Kigali
# Convention Centre", "the Lisbon Declaration Hall") is the venue's city, not an instrument's name.
CONVENTION_CENTRE = [
    (
        "2025-09-10",
        "Officials of both countries signed a memorandum on 9 September 2025 at the Durban Convention "
        "Centre.",
        [("signing", "2025-09-09", "Durban")],
    ),
    (
        "2025-09-10",
        "Officials of both countries signed a memorandum on 9 September 2025 at the Lisbon Declaration Hall.",
        [("signing", "2025-09-09", "Lisbon")],
    ),
]


@pytest.mark.parametrize(("published", "text", "events"), CONVENTION_CENTRE)
def test_city_opening_a_convention_centre_is_the_venue(
    published: str, text: str, events: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, published) == events


# "The ceremony" told right after a signing (or "during a ceremony" in its sentence) is that
# signing, never a second event, whatever day the rest of its sentence tells.
GENERIC_CEREMONY = [
    (
        "2025-03-20",
        "Lima, 20 March 2025 - Peru's CONCYTEC and Japan's JST signed a memorandum of understanding on 18 "
        "March 2025 at the Japanese Embassy in Lima. The ceremony was attended by the Minister of "
        "Production, who is in Lima from 17 to 21 March for the science week.",
        [("signing", "2025-03-18", "Lima")],
    ),
    (
        "2025-03-20",
        "The University of Chile and the University of Tokyo on 18 March 2025 signed a student exchange "
        "agreement in Santiago, during a ceremony held at the university's central campus.",
        [("signing", "2025-03-18", "Santiago")],
    ),
    (
        "2025-03-20",
        "The two space agencies signed an implementing arrangement in Seoul on 18 March 2025, on the "
        "sidelines of the Korea Space Forum, which opened on 17 March and runs until 21 March. The "
        "ceremony took place at 11:00 local time.",
        [("signing", "2025-03-18", "Seoul"), ("conference", "2025-03-17", "Seoul")],
    ),
]


@pytest.mark.parametrize(("published", "text", "events"), GENERIC_CEREMONY)
def test_ceremony_is_the_signing_told(
    published: str, text: str, events: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, published) == events


# "The call was announced on <day> at <venue>": the call's launch, where and when the sentence says.
CALL_ANNOUNCED = [
    (
        "2025-05-20",
        "The Swiss National Science Foundation and the Indian Department of Science and Technology have "
        "opened a joint call. The call was announced on 19 May 2025 at the Embassy of Switzerland in New "
        "Delhi.",
        [("launch", "2025-05-19", "New Delhi")],
    ),
    (
        "2025-05-20",
        "Pretoria, 20 May 2025 - The call was officially announced yesterday at the residence of the Dutch "
        "ambassador in Pretoria, and closes in September.",
        [("launch", "2025-05-19", "Pretoria")],
    ),
    (
        "2025-05-20",
        "The call was formally announced on 14 May 2025 at a press briefing in Hanoi organised by the "
        "ministry.",
        [("launch", "2025-05-14", "Hanoi")],
    ),
]


@pytest.mark.parametrize(("published", "text", "events"), CALL_ANNOUNCED)
def test_call_announced_is_a_launch(
    published: str, text: str, events: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, published) == events


# A district the gazetteer knows as a town ("Palermo", "Shibuya", "Coyoacán") is in the city the
# document names (Buenos Aires, Tokyo, Mexico City); without that city named, the town stays.
CITY_DISTRICT = [
    (
        "2025-08-02",
        "Tokyo, 2 August 2025 - The Japan-Brazil Innovation Forum will be held in Shibuya on 5 August 2025, "
        "bringing together 40 start-ups.",
        [("conference", "2025-08-05", "Tokyo")],
    ),
    (
        "2025-08-02",
        "Mexico City, 2 August 2025 - A Mexican-German workshop on seismic engineering was held in Coyoacán "
        "on 1 August 2025 at the UNAM campus.",
        [("conference", "2025-08-01", "Mexico City")],
    ),
    (
        "2025-08-02",
        "A Peruvian-Korean workshop on fisheries took place in Miraflores on 1 August 2025, the organisers "
        "in Lima said.",
        [("conference", "2025-08-01", "Lima")],
    ),
    (
        "2025-08-02",
        "An Italian-Tunisian workshop on water took place in Palermo on 1 August 2025 at the university.",
        [("conference", "2025-08-01", "Palermo")],
    ),
]


@pytest.mark.parametrize(("published", "text", "events"), CITY_DISTRICT)
def test_district_is_in_its_city(
    published: str, text: str, events: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, published) == events


# An event whose own clause sets it in a natural place of no town ("held at the Dead Sea", "will
# visit Mount Kenya Forest", "held in the Atacama Desert") takes no city of another clause or of
# the dateline.
NATURAL_PLACE = [
    (
        "2025-08-02",
        "Amman, 2 August 2025 - Building on a letter of intent signed in Stockholm in 2022 and on a "
        "workshop on desalination held at the Dead Sea on 1 August 2025, the two institutes agreed to "
        "work together.",
        [("conference", "2025-08-01", None)],
    ),
    (
        "2025-08-02",
        "Nairobi, 2 August 2025 - The Finnish delegation will on 4 August 2025 visit Mount Kenya Forest to "
        "see restoration sites.",
        [("visit", "2025-08-04", None)],
    ),
    (
        "2025-08-02",
        "Santiago, 2 August 2025 - A Chilean-Australian field workshop on astronomy held in the Atacama "
        "Desert on 1 August 2025 drew 30 researchers.",
        [("conference", "2025-08-01", None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "events"), NATURAL_PLACE)
def test_natural_place_takes_no_other_town(
    published: str, text: str, events: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, published) == events


# An instrument opening its sentence as a subject pointing back ("The memorandum builds on a
# letter of intent ... signed in 2021") whose only word of making is another noun's participle is
# the instrument told before: no second one dated by an earlier sentence (a call's closing day).
POINTED_BACK_INSTRUMENT = [
    (
        "2025-11-20",
        "Nairobi, 20 November 2025 - Kenya's National Research Fund and the Research Council of Norway "
        "signed a memorandum of understanding on 19 November 2025 on climate research.\n\n"
        "The joint call opens on 1 December and closes on 15 March 2026.\n\n"
        "The memorandum builds on a letter of intent that the two councils signed in Oslo in 2021.",
        [("memorandum", "2025-11-19"), ("letter_of_intent", "2021")],
    ),
    (
        "2025-11-20",
        "Lima, 20 November 2025 - Peru's CONCYTEC and Spain's CSIC signed a memorandum on 19 November "
        "2025.\n\nThe call closes on 10 March 2026 at 14:00.\n\n"
        "This five-year memorandum follows an exchange programme signed by the two ministries.",
        [("memorandum", "2025-11-19")],
    ),
]


@pytest.mark.parametrize(("published", "text", "agreements"), POINTED_BACK_INSTRUMENT)
def test_instrument_pointing_back_takes_no_other_nouns_making(
    published: str, text: str, agreements: list[tuple[str, str]]
) -> None:
    record = get_extractor().extract(text, name="probe.txt", published=published)
    assert [(a.type, a.date) for a in record.agreements] == agreements
