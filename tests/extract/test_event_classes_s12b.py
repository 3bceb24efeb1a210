"""Event classes seen in at least two in-view sets (cross-set round 12, second pass). Texts of our own.

1. A numbered session of a series held at a city in a year ("our first meeting in Lisbon in 2022",
   "the VII Meeting of the Joint Commission was held in Quito in 2021"): the number and the city make
   the occasion definite, so a year alone dates it, past or planned (`event_series.numbered_year`).
2. An "edition" of a recurring event, numbered ("the first edition, held in Porto in June 2023",
   "the next edition of the fair ... in Osaka"): an event of the kind of its sentence's other cue,
   else of the event told before it; an edition not numbered ("a new edition of the handbook", a
   paper's "English Edition") is none (`event_series.unnumbered_edition`).
3. The future "meet" phrases are written once in event_types.yaml and added by the loaders to the
   meeting cues, the weak cues and the verb cues (`event_words`).
"""

from __future__ import annotations

import pytest

from bilat.extract.components.event_words import cue_list, cue_types, future_meet_cues
from bilat.extract.resources import load_yaml

from .records import Extract

NUMBERED = [
    pytest.param(
        "We welcome the progress made since our first meeting in Lisbon in 2022.",
        "meeting",
        "2022",
        "Lisbon",
        id="first meeting in <city> in <year>",
    ),
    pytest.param(
        "The VII Meeting of the Joint Commission was held in Quito in 2021.",
        "meeting",
        "2021",
        "Quito",
        id="Roman numeral, was held in",
    ),
    pytest.param(
        "The 4th Binational Forum on Water took place in Nairobi in 2020 with 200 participants.",
        "conference",
        "2020",
        "Nairobi",
        id="numeral ordinal, took place in",
    ),
    pytest.param(
        "The second Ministerial Dialogue, held in Canberra in 2019, set up three working groups.",
        "meeting",
        "2019",
        "Canberra",
        id="ordinal word, held in (apposition)",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "year", "city"), NUMBERED)
def test_a_numbered_session_at_a_city_is_dated_by_its_year(
    extract: Extract, sentence: str, kind: str, year: str, city: str
) -> None:
    lead = "The two ministries met on 23 June 2025."
    text = f"Partners review cooperation\n\n24 June 2025\n\n{lead}\n\n{sentence}\n"
    events = extract(text, published="2025-06-24")["events"]
    assert any(e["type"] == kind and e["date"] == year and e.get("location") == city for e in events), events


NOT_NUMBERED = [
    pytest.param("A meeting was held in Quito in 2021 on fisheries.", id="no number"),
    pytest.param("The first results were shown at a meeting in 2021.", id="number of no session, no city"),
    pytest.param("The ministers met in Quito several times in 2021.", id="no number, a verb cue"),
]


@pytest.mark.parametrize("sentence", NOT_NUMBERED)
def test_an_unnumbered_or_unplaced_session_is_not_dated_by_a_year(extract: Extract, sentence: str) -> None:
    text = f"Partners review cooperation\n\n24 June 2025\n\n{sentence}\n"
    events = extract(text, published="2025-06-24")["events"]
    assert not any(e["date"] == "2021" for e in events), events


EDITIONS = [
    pytest.param(
        "The Andean–Nordic Forum on Mining opened in Santiago on 12 May 2025. "
        "It followed the first edition, held in Porto in June 2023.",
        "2023-06",
        "Porto",
        "conference",
        id="first edition, held in (after a forum)",
    ),
    pytest.param(
        "The Baltic–Korean Symposium on Batteries opened in Riga on 12 May 2025. "
        "The first edition took place in Daejeon in October 2023 and drew 150 researchers.",
        "2023-10",
        "Daejeon",
        "conference",
        id="first edition took place in (after a symposium)",
    ),
    pytest.param(
        "Kenyan growers showed their produce at the Nairobi Fruit Fair on 12 May 2025. "
        "The next edition of the fair is planned for May 2026 in Osaka.",
        "2026-05",
        "Osaka",
        "exhibition",
        id="next edition of the fair (its own sentence's cue)",
    ),
    pytest.param(
        "The Sahel Hydrology Summer School opened in Niamey on 12 May 2025. "
        "Its 3rd edition will be held in Dakar in July 2026.",
        "2026-07",
        "Dakar",
        "conference",
        id="3rd edition will be held in",
    ),
]


@pytest.mark.parametrize(("sentences", "date", "city", "kind"), EDITIONS)
def test_a_numbered_edition_is_an_event_of_its_series(
    extract: Extract, sentences: str, date: str, city: str, kind: str
) -> None:
    text = f"Partners meet again\n\n14 May 2025\n\n{sentences}\n"
    events = extract(text, published="2025-05-14")["events"]
    assert any(e["date"] == date and e.get("location") == city and e["type"] == kind for e in events), events


NO_EDITION = [
    pytest.param(
        "A new edition of the partnership handbook was published in Lima in March 2025.",
        id="a new edition of a book",
    ),
    pytest.param("THE HARBOUR TIMES | English Edition | Lima, March 2025", id="a paper's edition"),
    pytest.param("A revised edition of the guidelines appeared in Lima in March 2025.", id="revised edition"),
]


@pytest.mark.parametrize("sentence", NO_EDITION)
def test_an_unnumbered_edition_is_no_event(extract: Extract, sentence: str) -> None:
    text = f"Partners publish guidance\n\n14 May 2025\n\n{sentence}\n"
    events = extract(text, published="2025-05-14")["events"]
    assert not any(e["date"] == "2025-03" for e in events), events


def test_future_meet_phrases_are_written_once_and_shared() -> None:
    data = load_yaml("event_types.yaml")
    phrases = future_meet_cues()
    assert phrases and "will meet" in phrases and "is due to meet" in phrases
    for key in ("weak_cues", "verb_cues"):
        assert not set(phrases) & set(data[key]), key  # written once only
        assert set(phrases) <= cue_list(key), key  # but loaded into the list
    assert not set(phrases) & set(data["types"]["meeting"])
    assert set(phrases) <= set(cue_types()["meeting"])
    assert len(cue_types()["meeting"]) == len(set(cue_types()["meeting"]))
    assert "will meet" not in cue_types()["visit"]


FUTURE = [
    pytest.param(
        "The steering group will meet for the first time in Arusha on 3 March 2026.", id="will meet"
    ),
    pytest.param("The joint council is due to meet in Hanoi on 9 October 2025.", id="is due to meet"),
    pytest.param("Both agencies plan to meet again in Tallinn on 14 January 2026.", id="plan to meet"),
]


@pytest.mark.parametrize("sentence", FUTURE)
def test_a_future_meet_phrase_still_tells_a_meeting(extract: Extract, sentence: str) -> None:
    text = f"Partners plan next steps\n\n14 May 2025\n\n{sentence}\n"
    events = extract(text, published="2025-05-14")["events"]
    assert any(e["type"] == "meeting" for e in events), events
