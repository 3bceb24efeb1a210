"""Session 23 (c): events and agreements error classes, with texts written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract import get_extractor


def _record(text: str, published: str) -> dict[str, Any]:
    return get_extractor().extract(text, name="probe.txt", published=published).to_dict()


def _agreements(text: str, published: str) -> list[tuple[str, str | None, list[str]]]:
    found = [(a["type"], a.get("date"), sorted(a["parties"])) for a in _record(text, published)["agreements"]]
    return sorted(found, key=lambda a: (a[0], a[1] or "", a[2]))


def _events(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e["type"], e["date"], e.get("end"), e.get("location")) for e in _record(text, published)["events"]
    ]


# Several instruments made at one ceremony, each introduced with a topic of its own and its own
# makers ("Ministers A and B signed a memorandum on energy", "the ministries of tourism signed a
# memorandum on film"), are as many instruments; the same instrument told again by its makers with a
# topic stays one.
CEREMONY = (
    "Kenya and Ghana sign science, energy and culture documents\n\n"
    "NAIROBI, 4 March 2025 - Kenya and Ghana on Tuesday signed a series of cooperation documents during a "
    "visit to Nairobi by Ghana's minister of education.\n\n"
    "Under a memorandum of understanding between the Kenya Space Agency and the Ghana Space Science and "
    "Technology Institute, the two bodies will share ground station time and train engineers together.\n\n"
    "On the energy side, Energy Minister Peter Otieno and Ghana's Energy Minister Kwame Mensah signed a "
    "memorandum of understanding on geothermal power and grid interconnection.\n\n"
    "In addition, Kenya's Ministry of Tourism and Ghana's Ministry of Tourism, Arts and Culture signed a "
    "memorandum of understanding on film co-production.\n"
)
RETOLD = (
    "Chile and Korea to deepen astronomy ties\n\n"
    "A memorandum between the Chilean Space Agency and the Korea Astronomy and Space Science Institute was "
    "agreed this week during the visit of a Korean delegation to Santiago.\n\n"
    "On Tuesday, Dr Ana Rojas, Director of the Chilean Space Agency, and Dr Min-ho Lee, President of the "
    "Korea Astronomy and Space Science Institute, signed a memorandum of understanding on cooperation in "
    "radio telescopes and data processing.\n"
)


def test_instruments_of_one_ceremony_with_their_own_topics_and_makers_are_several() -> None:
    found = _agreements(CEREMONY, "2025-03-05")
    assert [kind for kind, _, _ in found] == ["memorandum"] * 3
    assert all(parties == ["GH", "KE"] for _, _, parties in found)


def test_one_instrument_retold_by_its_makers_with_a_topic_stays_one() -> None:
    assert _agreements(RETOLD, "2025-03-07") == [("memorandum", "2025-03-04", ["CL", "KR"])]


# Instrument words: an implementation protocol is an implementing arrangement; a declaration of intent
# is a letter of intent, a joint declaration of intent a declaration.
def test_an_implementation_protocol_is_an_implementing_arrangement() -> None:
    text = (
        "Argentina and Spain signed a framework agreement on marine science in Madrid on 3 June 2025. A "
        "separate implementation protocol under the framework agreement, signed by CONICET and the Spanish "
        "National Research Council, covers a joint research vessel programme."
    )
    assert ("implementing_arrangement", "2025-06-03", ["AR", "ES"]) in _agreements(text, "2025-06-05")


def test_a_declaration_of_intent_is_a_letter_of_intent_unless_joint() -> None:
    text = (
        "Chile's ministry and Germany's ministry signed a joint declaration of intent on green hydrogen in "
        "Santiago on 3 June 2025. Their universities signed a declaration of intent on joint doctoral "
        "degrees on the same day."
    )
    assert _agreements(text, "2025-06-05") == [
        ("declaration", "2025-06-03", ["CL", "DE"]),
        ("letter_of_intent", "2025-06-03", ["CL", "DE"]),
    ]


# Background documents: a roadmap made by one side's body is that country's plan, no instrument; a
# strategy the instrument "supports", launched on another date, does not date the instrument.
def test_a_plan_introduced_by_one_body_and_a_supported_strategy_are_no_instruments() -> None:
    text = (
        "Vietnam and Japan signed a memorandum of cooperation on semiconductors in Hanoi on 2 June 2025. The "
        "memorandum supports the National Chip Strategy launched by the Prime Minister in May last year, and "
        "the Green Hydrogen Roadmap introduced by Vietnam's Ministry of Industry and Trade in 2023."
    )
    assert _agreements(text, "2025-06-05") == [("memorandum", "2025-06-02", ["JP", "VN"])]


def test_a_plan_adopted_by_both_sides_stays_an_instrument() -> None:
    text = (
        "Norway and Japan signed a research roadmap on Arctic science in Oslo on 18 September 2025. The "
        "Arctic Research Roadmap adopted by the two ministers sets out joint cruises until 2030."
    )
    assert ("roadmap", "2025-09-18", ["JP", "NO"]) in _agreements(text, "2025-09-20")


# A report's frame ("In a statement today, ...") dates the report, not the signing it retells; an
# instrument made "on the same occasion" takes the signing's day.
def test_a_statement_today_does_not_date_the_signing_it_reports() -> None:
    text = (
        "Ecuador and Italy signed a memorandum of understanding on volcanology in Quito on Monday. In a "
        "statement today, the Ecuadorian ministry said the memorandum was signed by its minister and the "
        "Italian ambassador. On the same occasion, the two geological institutes exchanged a letter of "
        "intent on seismic monitoring."
    )
    record = _record(text, "2025-06-04")
    assert sorted((a["type"], a["date"]) for a in record["agreements"]) == [
        ("letter_of_intent", "2025-06-02"),
        ("memorandum", "2025-06-02"),
    ]
    assert [(e["type"], e["date"]) for e in record["events"]] == [("signing", "2025-06-02")]


# A visit to a country takes no city from a later stop of it ("She is to travel to Busan tomorrow").
@pytest.mark.parametrize(
    ("text", "published", "trip"),
    [
        (
            "Minister Ana Souza is on a four-day working visit to Korea that began on Sunday. She is "
            "scheduled to travel to Busan tomorrow to visit a shipyard.",
            "2025-06-04",
            ("visit", "2025-06-01", "2025-06-04", None),
        ),
        (
            "Minister Ana Souza began a five-day official visit to India on Monday. On Thursday she will "
            "travel to Bengaluru to meet start-ups.",
            "2025-06-04",
            ("visit", "2025-06-02", "2025-06-06", None),
        ),
    ],
)
def test_a_visit_to_a_country_takes_no_city_of_a_later_stop(
    text: str, published: str, trip: tuple[str, str, str | None, str | None]
) -> None:
    assert _events(text, published)[0] == trip


# A numbered session placed at a city, its year opening the sentence, is an event of that year.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Last year, officials of both countries held the first Peru-Korea space policy dialogue in Lima, "
            "where satellites were identified as a priority.",
            ("meeting", "2024", None, "Lima"),
        ),
        (
            "In 2024, the two agencies held their second joint seminar in Nairobi.",
            ("conference", "2024", None, "Nairobi"),
        ),
    ],
)
def test_a_numbered_session_dated_by_an_opening_year(text: str, event: tuple[str, str, None, str]) -> None:
    assert _events(text, "2025-06-04") == [event]


# A gathering told with how often it recurs is a schedule; a day named in brackets after its date is
# a holiday; neither is an event. An annual forum held on a day is one.
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Implementation will be coordinated through a joint steering committee meeting once a year, "
            "alternating between Lima and Seoul.",
            "2025-06-04",
        ),
        ("The embassy will be closed on Thursday 1 May (Labour Day) and on Friday 2 May.", "2025-04-20"),
    ],
)
def test_schedules_and_holidays_are_no_events(text: str, published: str) -> None:
    assert _events(text, published) == []


def test_a_forum_held_annually_is_still_an_event_on_its_day() -> None:
    text = "The Korea-Peru Science Forum, held annually since 2010, opened in Seoul on 3 May 2025."
    assert [(kind, date) for kind, date, _, _ in _events(text, "2025-05-05")] == [("launch", "2025-05-03")]


# A signing retold with the gathering it followed: that gathering took the signing's day and place.
def test_the_meeting_a_retold_signing_followed_takes_its_day() -> None:
    text = (
        "Peru and Korea on Wednesday signed three cooperation documents in Lima. The documents were signed "
        "at the Ministry of Production after a one-on-one meeting between the two ministers."
    )
    assert _events(text, "2025-06-05") == [
        ("signing", "2025-06-04", None, "Lima"),
        ("meeting", "2025-06-04", None, "Lima"),
    ]


# "The following day, the delegation visited ..." told after a workshop still to come counts from
# another occasion: no day the text supports, no event.
def test_a_past_visit_counted_from_a_workshop_still_to_come_is_dropped() -> None:
    text = (
        "Scientists from both sides will meet in Cusco on 16-17 September for a preparatory workshop. The "
        "following day, the delegation visited the Institute's laboratories in Lima."
    )
    assert _events(text, "2025-08-14") == [("conference", "2025-09-16", "2025-09-17", "Cusco")]


# A ship that leaves a port on a day and returns or docks on a later day: a voyage over those days.
@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        (
            "The icebreaker Araon will leave Lyttelton on 5 December and sail south before returning to "
            "Lyttelton on 20 January 2026.",
            "2025-10-01",
            ("2025-12-05", "2026-01-20"),
        ),
        (
            "The research vessel Sonne departed from Walvis Bay on 2 March 2025 and arrived in Cape Town on "
            "30 March 2025 after a month of sampling.",
            "2025-04-02",
            ("2025-03-02", "2025-03-30"),
        ),
    ],
)
def test_a_voyage_runs_from_its_departure_to_its_arrival(
    text: str, published: str, span: tuple[str, str]
) -> None:
    assert [(kind, date, end) for kind, date, end, _ in _events(text, published)] == [("other", *span)]


# "X is planned for 2026, with a launch ... targeted for 2028": each date goes to the clause it
# schedules.
def test_a_scheduled_date_goes_to_the_clause_it_schedules() -> None:
    text = (
        "The satellite's critical design review is planned for the third quarter of 2026, with a launch "
        "from the northern spaceport targeted for the first half of 2028."
    )
    assert [(kind, date) for kind, date, _, _ in _events(text, "2025-10-01")] == [("launch", "2028")]
