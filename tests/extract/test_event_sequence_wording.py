"""Wordings of fresh documents, on sentences of our own: ministers who "met" (a plain cue that a
better one in the sentence names, unless that one is only the setting: "on the sidelines of a
forum"), a "following day" that opens a sentence whose nearest date is a year told in passing, an
event "followed by" another one with its own date, progress reviews and summer schools, "the
mobility of a team" (people, not transport), a "Norway–Chile memorandum" in a sentence naming a
third country, "The memorandum" referring back, and a programme named "... between X and Y"."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _events(record: dict[str, Any]) -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["date"], e.get("location")) for e in record["events"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway's research minister met Chile's science minister in Lima on 3 March 2025, on the "
            "sidelines of a regional ocean forum hosted by Peru.",
            {("meeting", "2025-03-03", "Lima"), ("conference", "2025-03-03", "Lima")},
        ),
        (
            "Some 40 researchers from Norway and Chile met at the University of Bergen in Bergen on "
            "14 May 2025 for the second Norway-Chile Ocean Research Workshop.",
            {("conference", "2025-05-14", "Bergen")},
        ),
        (
            "A two-day workshop will be held in Valparaiso from 2 to 3 June 2025, followed by the first "
            "summer school in Bergen in September 2025.",
            {("conference", "2025-06-02", "Valparaiso"), ("conference", "2025-09", "Bergen")},
        ),
        (
            "The two ministries signed the memorandum in Oslo on 5 May 2025. A first progress review is "
            "planned in Bergen in the spring of 2026.",
            {("signing", "2025-05-05", "Oslo"), ("meeting", "2026", "Bergen")},
        ),
    ],
)
def test_event_wordings(extract: Extract, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert expected <= _events(extract(text))


def test_a_following_day_that_opens_the_sentence_dates_its_signing(extract: Extract) -> None:
    text = (
        "The Norwegian and Chilean ministers met in Oslo on 10 September 2025. "
        "The following day, in the presence of both ministers, the Research Council of Norway and "
        "Chile's National Research and Development Agency signed an implementing arrangement under "
        "the bilateral science agreement, which dates from 1993."
    )
    signings = [e for e in extract(text)["events"] if e["type"] == "signing"]
    assert [e["date"] for e in signings] == ["2025-09-11"]


def test_a_year_told_in_passing_still_dates_nothing_without_a_relative_opener(extract: Extract) -> None:
    text = "The two agencies signed an arrangement under the science agreement, which dates from 1993."
    assert not [e for e in extract(text)["events"] if e["type"] == "signing"]


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The Ministry will support the mobility of the Norwegian team with grants.", "talent_mobility"),
        ("Grants cover the mobility of young researchers between the two countries.", "talent_mobility"),
        ("The projects address sustainable mobility and electric vehicles in cities.", "mobility"),
    ],
)
def test_mobility_of_people_is_talent_mobility(extract: Extract, sentence: str, topic: str) -> None:
    text = "Norway and Chile launched a joint research call. " + sentence
    topics = {t["id"] for t in extract(text)["topics"]}
    assert topic in topics
    assert ({"mobility", "talent_mobility"} - {topic}).isdisjoint(topics)


def test_a_pair_before_the_instrument_word_names_its_parties(extract: Extract) -> None:
    text = (
        "In this issue: a new Norway–Chile memorandum on ocean science; a call on green shipping; "
        "Norway and Peru renew their polar cooperation.\n\n"
        "On 4 May 2025, the Research Council of Norway and Chile's National Research and "
        "Development Agency signed a memorandum of understanding in Oslo. The memorandum covers "
        "ocean science and aquaculture."
    )
    memoranda = [a for a in extract(text)["agreements"] if a["type"] == "memorandum"]
    assert [sorted(a["parties"]) for a in memoranda] == [["CL", "NO"]]


def test_a_programme_name_holds_the_pair_it_is_between(extract: Extract) -> None:
    text = (
        "Researchers may apply under the Executive Programme of Scientific and Technological Cooperation\n"
        "between the Republic of Chile and the Italian Republic for the years 2025–2027."
    )
    names = [p["name"] for p in extract(text)["programs"]]
    assert any(n.endswith("between the Republic of Chile and the Italian Republic") for n in names)


def test_a_line_break_that_cuts_a_sentence_keeps_its_date_and_ambiguous_city(extract: Extract) -> None:
    text = (
        "NEWS FROM THE EMBASSY OF PERU IN CHILE\n\n"
        "Peru and Chile renew their space cooperation. Last month the Peruvian and Chilean space\n"
        "agencies renewed their cooperation agreement, first signed in 2014. The new text, signed in "
        "Santiago\n"
        "on 9 March 2025, adds satellite data for fisheries and student internships between Peru and Chile.\n"
    )
    assert ("signing", "2025-03-09", "Santiago") in _events(extract(text, published="2025-04-02"))


def test_a_city_inside_an_organisation_name_does_not_place_an_online_session(extract: Extract) -> None:
    text = (
        "Egypt and Italy open a joint call for research projects.\n\n"
        "An online information session will be held on 25 November 2025, jointly with the Embassy of\n"
        "Italy in Cairo. Results are expected in May 2026.\n"
    )
    sessions = [e for e in extract(text)["events"] if e["date"] == "2025-11-25"]
    assert sessions
    assert all(not e.get("location") for e in sessions)
