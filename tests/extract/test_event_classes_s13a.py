"""Event classes seen in at least two in-view sets (cross-set round 13). Texts of our own.

1. A gathering or a launch told as planned for a year, with the plan said by a passive "is
   planned for", "is scheduled for", "is slated for", "is foreseen in", "is expected in" after the
   cue ("The fifth session is planned for 2028 in Nairobi"), or by "scheduled for" / "slated for"
   before it ("is scheduled for launch in 2029"): the year alone dates the event, as "will be held
   in 2028" already did. A year in the past, or a plan told in the past tense, dates nothing.
2. A stay told by its length in days or weeks with a day or month elsewhere in the sentence
   ("Last month the delegation spent three days in Tokyo", "In March the rectors spent a week in
   Ghana"), or with its range of days as an aside inside the stay words ("spent three days (3-5
   May) in Lima"): a visit at that place, as a stay told by a range already was. A length with no
   place after it ("spent two days in talks") makes no visit.
"""

from __future__ import annotations

import pytest

from .records import Extract

LEAD = "Kenya and Norway held talks on ocean research in Oslo on 14 May 2026.\n\n"

PLANNED = [
    pytest.param(
        "The fifth meeting is planned for 2028 in Nairobi, the ministry said.",
        "meeting",
        "2028",
        id="is planned for YEAR in CITY",
    ),
    pytest.param(
        "The joint committee's next session is scheduled for 2027 in Mombasa.",
        "meeting",
        "2027",
        id="is scheduled for, possessive owner",
    ),
    pytest.param(
        "Its third session is tentatively slated for 2029 in Bergen.",
        "meeting",
        "2029",
        id="tentatively slated for",
    ),
    pytest.param(
        "The second joint workshop is foreseen in 2027 in Tromsø.",
        "conference",
        "2027",
        id="is foreseen in",
    ),
    pytest.param(
        "The small satellite KenSat-2 is scheduled for launch in 2029 from Kourou.",
        "launch",
        "2029",
        id="scheduled for launch in YEAR",
    ),
    pytest.param(
        "A first ocean-observation buoy is slated for launch in 2028 off Lamu.",
        "launch",
        "2028",
        id="slated for launch in YEAR",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "date"), PLANNED)
def test_a_gathering_planned_for_a_year_is_dated_by_it(
    extract: Extract, sentence: str, kind: str, date: str
) -> None:
    events = extract(LEAD + sentence, published="2026-05-15")["events"]
    assert any(e["type"] == kind and e["date"] == date for e in events), events


NOT_PLANNED = [
    pytest.param("The second forum was planned for 2019 in Bergen.", id="past year, past tense"),
    pytest.param("The fourth meeting is planned for 2021 in Nairobi.", id="year before the document"),
    pytest.param("Ocean research is expected to grow in 2028 in both countries.", id="no event cue"),
]


@pytest.mark.parametrize("sentence", NOT_PLANNED)
def test_no_planned_event_without_a_future_year(extract: Extract, sentence: str) -> None:
    events = extract(LEAD + sentence, published="2026-05-15")["events"]
    assert not [e for e in events if len(e["date"]) == 4], events


REPORT = "QUARTERLY NOTE\nDate: 27 June 2025\n\n"

STAYS = [
    pytest.param(
        "Last month a four-person delegation of the Kenya Space Agency, led by its deputy director, "
        "spent three days in Tokyo.",
        "2025-05",
        "Tokyo",
        id="last month ... spent three days in CITY",
    ),
    pytest.param(
        "In April the rectors of three Ghanaian universities spent a week in Sweden.",
        "2025-04",
        "",
        id="month first, a week, country",
    ),
    pytest.param(
        "A Chilean mission led by the science attaché spent two days (9-10 June) in Nairobi, at the "
        "invitation of the university.",
        "2025-06-09",
        "Nairobi",
        id="range as an aside inside the stay words",
    ),
    pytest.param(
        "On 3 June the minister spent five days in Canada with a business delegation.",
        "2025-06-03",
        "",
        id="day first, five days, country",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "city"), STAYS)
def test_a_stay_told_by_its_length_is_a_visit(extract: Extract, sentence: str, date: str, city: str) -> None:
    events = extract(REPORT + sentence, published="2025-06-27")["events"]
    visits = [e for e in events if e["type"] == "visit" and e["date"] == date]
    assert visits, events
    if city:
        assert visits[0].get("location") == city, visits


NO_STAY = [
    pytest.param("In May the two teams spent three days in intensive talks.", id="no place after in"),
    pytest.param("The ministry spent three years in preparing the call.", id="a length of years"),
]


@pytest.mark.parametrize("sentence", NO_STAY)
def test_no_stay_without_a_place_or_a_length_of_days(extract: Extract, sentence: str) -> None:
    events = extract(REPORT + sentence, published="2025-06-27")["events"]
    assert not [e for e in events if e["type"] == "visit"], events
