"""Event classes of session 15, round 1 (helper b). Texts of our own.

1. A city told right after another event word of the sentence ("the summit in Lisbon in March and
   the workshop in Nantes in May") is that other event's place: an event told later in the sentence
   does not take it, even when its own place is a name too ambiguous to be tagged.
2. A city set "in"/"at" after a visit verb ("visited the institute in Uppsala") outranks one before
   the verb that no "in"/"at" sets as a place (a body's name: "a delegation from TU Graz").
3. Tense of a weekday: a plan told in the past ("was due to travel ... on Thursday") looks ahead; a
   "Next steps" heading above a sentence tells no future ("On Saturday ... visited").
"""

from __future__ import annotations

import pytest

from bilat.temporal import tag

from .records import Extract

OTHER_EVENTS_PLACE = [
    pytest.param(
        "Ministers of the two countries met in Canberra on 2 June 2025 to review the programme. They "
        "welcomed the outcomes of the Leaders Summit in Honiara in March and the commitments made at "
        "the Regional Ocean Conference in Nice in June.\n",
        "Ocean Conference",
        "Honiara",
        id="stoplisted place after the name",
    ),
    pytest.param(
        "Officials of Egypt and Greece met in Athens on 4 May 2025. The two ministries agreed to hold "
        "a joint roadshow in Mumbai and Sao Paulo in July, and a first Tourism Forum in Alexandria in "
        "October 2025.\n",
        "Tourism Forum",
        "Sao Paulo",
        id="list of places after another event",
    ),
]


@pytest.mark.parametrize(("text", "name", "wrong"), OTHER_EVENTS_PLACE)
def test_a_city_after_another_event_word_is_not_this_events(
    extract: Extract, text: str, name: str, wrong: str
) -> None:
    events = extract(text, published="2025-06-03")["events"]
    found = [e for e in events if name.lower() in e["name"].lower()]
    assert found, events
    assert all(e.get("location") != wrong for e in found), events


def test_the_first_event_keeps_its_own_place(extract: Extract) -> None:
    text = (
        "Ministers of the two countries met in Canberra on 2 June 2025. They welcomed the outcomes of "
        "the Leaders Summit in Honiara in March and the Ocean Conference in Lisbon in April.\n"
    )
    events = extract(text, published="2025-06-03")["events"]
    summit = [e for e in events if "summit" in e["name"].lower()]
    conference = [e for e in events if "conference" in e["name"].lower()]
    assert summit and summit[0].get("location") == "Honiara", events
    assert conference and conference[0].get("location") == "Lisbon", events


PLACED_AFTER_VISIT = [
    pytest.param(
        "Last Thursday, a delegation from the Vienna University of Technology (TU Graz) and the Austrian "
        "funding agency visited the national materials institute in Uppsala.\n",
        "Uppsala",
        id="body name before the verb",
    ),
    pytest.param(
        "On 3 March 2025 researchers of Graz University of Technology and of the Leoben campus toured "
        "the battery pilot line in Lund.\n",
        "Lund",
        id="toured, dated",
    ),
]


@pytest.mark.parametrize(("text", "city"), PLACED_AFTER_VISIT)
def test_a_place_set_after_the_visit_verb_wins(extract: Extract, text: str, city: str) -> None:
    events = extract(text, published="2025-03-11")["events"]
    visits = [e for e in events if e["type"] == "visit"]
    assert visits and visits[0].get("location") == city, events


WEEKDAY_TENSE = [
    pytest.param(
        "The minister was due to travel to Monterrey on Thursday to see a pilot plant.",
        "2025-03-20",
        id="was due to travel",
    ),
    pytest.param("The delay was due to heavy rain on Thursday.", "2025-03-13", id="due to as a cause"),
    pytest.param(
        "Next steps\nOn Saturday, the day after the signing, the delegation visited a power station.",
        "2025-03-15",
        id="Next steps heading",
    ),
    pytest.param("The partners will meet again next Saturday.", "2025-03-22", id="next kept"),
]


@pytest.mark.parametrize(("text", "value"), WEEKDAY_TENSE)
def test_weekday_tense(text: str, value: str) -> None:
    found = [t for t in tag(text, reference="2025-03-19") if t.text.endswith("day")]
    assert found and found[0].value == value, found
