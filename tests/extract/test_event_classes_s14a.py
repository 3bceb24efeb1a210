"""Event classes of session 14, round 1 (seen in at least two in-view documents). Texts of our own.

1. A signing told within an occasion of several days ("signed ... during the minister's three-day
   visit to Oslo (4-6 May)", "who led a delegation visiting Cork from 2 to 5 June", "during the
   visit, which began on Monday (15) and runs until Friday (19)"): the span is the occasion's; the
   signing takes none of it. The visit keeps the place of the sentence, not the city its
   delegation comes from ("a delegation from Porto") nor a city of another country told after a
   trip to a country.
2. "The following day" / "On the opening day" count from the news told before, not from a
   background event of years ago told in between ("the treaty, which entered into force on 1 May
   2011").
3. A weekday or a month without a year takes its direction from its own clause: "X will build
   a lab, the ministers announced after talks on Monday" is the Monday before; "is also due to
   visit the site on Thursday" and "agreed to hold a roadshow in May" are ahead.
4. A span of whole years ("for the period 2026-2030", "the 2026/27 season") dates no event when
   the sentence tells its day or month.
5. An event word broken over a hard-wrapped line ("a round⏎table") is still found.
"""

from __future__ import annotations

import pytest

from .records import Extract

OCCASION_SPANS = [
    pytest.param(
        "OSLO, 6 May 2026 - Norway and Chile on Tuesday signed a memorandum on polar research in Oslo.\n\n"
        "The memorandum was signed by the two ministers during the Chilean minister's three-day visit "
        "to Oslo (4-6 May 2026).",
        "2026-05-04",
        "Oslo",
        id="range in brackets after the visit",
    ),
    pytest.param(
        "CORK, 6 June 2026 - The university and its Irish partner signed yesterday a framework agreement.\n\n"
        "The agreement was signed in the Aula Maxima in Cork by the two presidents, the second of whom "
        "headed a delegation from Porto visiting Cork from 2 to 5 June.",
        "2026-06-02",
        "Cork",
        id="delegation from CITY visiting, range after",
    ),
    pytest.param(
        "KYIV, 17 September 2025 - Poland and Ukraine signed on Tuesday (16) in Kyiv a contract on a "
        "satellite.\n\n"
        "The documents were signed during the official visit of the minister to the Ukrainian capital, "
        "which began on Monday (15) and runs until Friday (19).",
        "2025-09-15",
        "",
        id="began on ... runs until",
    ),
]


@pytest.mark.parametrize(("text", "start", "city"), OCCASION_SPANS)
def test_a_signing_takes_no_span_of_the_occasion_it_is_told_within(
    extract: Extract, text: str, start: str, city: str
) -> None:
    events = extract(text, published=None)["events"]
    assert not [e for e in events if e["type"] == "signing" and e.get("end")], events
    visits = [e for e in events if e["type"] == "visit" and e["date"] == start]
    assert visits and visits[0].get("end"), events
    if city:
        assert visits[0].get("location") == city, visits


def test_a_trip_to_a_country_stops_in_no_city_of_another() -> None:
    from bilat.extract import get_extractor

    text = (
        "TBILISI, 12 March 2026 - Georgia and Armenia signed a memorandum on seismology.\n\n"
        "The memorandum was signed in Tbilisi during the official visit of Armenia's minister to "
        "Georgia on 11-12 March.\n\n"
        "The sensors will be calibrated in Yerevan before they are installed."
    )
    events = get_extractor().extract(text, name="x.txt").to_dict()["events"]
    visits = [e for e in events if e["type"] == "visit"]
    assert visits and visits[0]["date"] == "2026-03-11", events
    assert visits[0].get("location") == "Tbilisi", visits


BACKGROUND_ANCHORS = [
    pytest.param(
        "*Lisbon, 17 September 2025* - Forty exporters opened their stands on Tuesday at the Lisbon "
        "Seafood Fair 2025, a three-day show in Lisbon that runs until Thursday 18 September. The fair "
        "coincides with the tenth anniversary of the fisheries treaty, which entered into force on 1 "
        "May 2011.\n\n"
        "On the opening day, the two ministers signed a protocol on shellfish exports.",
        "2025-09-16",
        id="on the opening day after a treaty's entry into force",
    ),
]


@pytest.mark.parametrize(("text", "day"), BACKGROUND_ANCHORS)
def test_relative_days_skip_background_events(extract: Extract, text: str, day: str) -> None:
    events = extract(text, published="2025-09-17")["events"]
    signings = [e for e in events if e["type"] == "signing"]
    assert [e["date"] for e in signings] == [day], events


CLAUSE_TENSE = [
    pytest.param(
        "ASTANA, 14 October 2025 - Kazakhstan and Korea will set up a joint laboratory, the two "
        "governments announced after a ministerial meeting in Astana on Monday.",
        "2025-10-14",
        "meeting",
        "2025-10-13",
        id="reported past after will: the Monday before",
    ),
    pytest.param(
        "BRASÍLIA, 17 September 2025 - The minister met her counterpart on Tuesday. She is also due to "
        "visit the headquarters of the space agency in Beijing on Thursday.",
        "2025-09-17",
        "visit",
        "2025-09-18",
        id="is also due to: the Thursday ahead",
    ),
    pytest.param(
        "ATHENS, 5 March 2025 - The two ministries agreed to hold a joint roadshow in Mumbai in May, "
        "and a first tourism forum in Athens in October 2025.",
        "2025-03-05",
        "conference",
        "2025-05",
        id="agreed to hold ... in May, a year written later in the sentence",
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "date"), CLAUSE_TENSE)
def test_a_yearless_date_takes_the_tense_of_its_clause(
    extract: Extract, text: str, published: str, kind: str, date: str
) -> None:
    events = extract(text, published=published)["events"]
    assert any(e["type"] == kind and e["date"] == date for e in events), events


YEAR_PERIODS = [
    pytest.param(
        "A joint workshop to plan the 2026/27 field season will be held in Hobart in March 2026.",
        "conference",
        "2026-03",
        id="season years before the month",
    ),
    pytest.param(
        "The renewal was formalised on Tuesday 2 December in Nairobi, where the two councils signed a "
        "new memorandum for the programme period 2026-2030.",
        "signing",
        "2025-12-02",
        id="period after the signing verb",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "date"), YEAR_PERIODS)
def test_a_span_of_years_hides_no_day(extract: Extract, sentence: str, kind: str, date: str) -> None:
    events = extract("NEWS\n\n" + sentence, published="2025-12-04")["events"]
    assert any(e["type"] == kind and e["date"] == date for e in events), events


def test_an_event_word_broken_over_a_wrapped_line_is_found(extract: Extract) -> None:
    lines = [
        "The agency and its partners from three countries met in Bergen on 4 June 2025 for a round",
        "table on ocean data with the ministry, the fisheries institute and several universities of",
        "the region, and agreed to meet again next year in the same city for a longer programme.",
    ]
    events = extract("\n".join(lines) + "\n", published="2025-06-10")["events"]
    assert any(e["date"] == "2025-06-04" and e["type"] == "conference" for e in events), events
