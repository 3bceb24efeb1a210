"""Events: their proper names and vague recent dates, on small texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract.components.vague_dates import calendar_value
from bilat.extract.doc import Mention

from .records import Extract


def _events(extract: Extract, text: str, published: str) -> list[dict[str, Any]]:
    return extract(text, published=published)["events"]


def test_a_numbered_committee_meeting_keeps_its_full_name(extract: Extract) -> None:
    text = (
        "On 4 March 2025, the 9th meeting of the Chile-Sweden Joint Committee on Research and "
        "Innovation was held in Stockholm."
    )
    [event] = _events(extract, text, "2025-03-05")
    assert event["name"] == "9th meeting of the Chile-Sweden Joint Committee on Research and Innovation"
    assert event["date"] == "2025-03-04" and event["location"] == "Stockholm"


def test_a_possessive_inside_a_name_does_not_cut_it(extract: Extract) -> None:
    text = "The Nordic Energy Ministers’ Meeting took place in Oslo on 2 October 2024."
    [event] = _events(extract, text, "2024-10-03")
    assert event["name"] == "Nordic Energy Ministers’ Meeting"


def test_the_meeting_takes_the_name_given_earlier_in_the_paragraph(extract: Extract) -> None:
    text = (
        "Kenya and Korea opened the Nairobi Digital Innovation Forum in Nairobi. "
        "The forum ran on 12 June 2024 and gathered 300 researchers."
    )
    [event] = _events(extract, text, "2024-06-14")
    assert event["name"] == "Nairobi Digital Innovation Forum"
    evidence = [text[e["start"] : e["end"]] for e in event["evidence"]]
    assert any(event["name"] in span for span in evidence)


@pytest.mark.parametrize("opener", ["and", "At", "During", "On Tuesday,"])
def test_names_never_start_with_a_conjunction_or_an_opener(extract: Extract, opener: str) -> None:
    text = f"Officials met {opener} the Peru-Spain Science Dialogue on 3 July 2024 in Lima."
    names = [e["name"] for e in _events(extract, text, "2024-07-05")]
    assert names and all(n.split()[0].lower() not in {"and", "at", "during", "on", "the"} for n in names)


def test_a_named_meeting_in_the_last_few_days_is_dated_to_the_month(extract: Extract) -> None:
    text = "The Baltic Research Ministers’ Meeting, hosted in Riga in the last few days, agreed a plan."
    [event] = _events(extract, text, "2023-05-15")
    assert (event["date"], event["location"]) == ("2023-05", "Riga")


def test_the_last_few_days_at_the_start_of_a_month_give_no_month(extract: Extract) -> None:
    text = "The Baltic Research Ministers’ Meeting, hosted in Riga in the last few days, agreed a plan."
    assert all(e["date"] != "2023-05" for e in _events(extract, text, "2023-05-02"))


def _mention(value: str, kind: str, text: str) -> Mention:
    return Mention(0, len(text), "date", text, {"value": value, "type": kind})


@pytest.mark.parametrize(
    ("value", "kind", "text", "before", "published", "expected"),
    [
        ("2023-W20", "DATE", "this week", "", "2023-05-15", "2023-05"),  # 15-21 May
        ("2023-W22", "DATE", "next week", "", "2023-05-25", "2023"),  # 29 May - 4 June
        ("2022-W52", "DATE", "last week", "", "2023-01-04", None),  # 26 Dec 2022 - 1 Jan 2023
        ("PXD", "DURATION", "the last few days", "in ", "2023-05-15", "2023-05"),
        ("P2W", "DURATION", "two weeks", "over the past ", "2023-05-30", "2023-05"),
        ("P2W", "DURATION", "two weeks", "over the past ", "2023-05-10", "2023"),
        ("PXD", "DURATION", "a few days", "for ", "2023-05-15", None),  # not about the past
        ("PXD", "DURATION", "the last few days", "in ", None, None),  # no document date
    ],
)
def test_vague_dates_get_the_precision_they_support(
    value: str, kind: str, text: str, before: str, published: str | None, expected: str | None
) -> None:
    assert calendar_value(_mention(value, kind, text), before, published) == expected


def test_a_numbered_meeting_is_not_taken_for_the_one_named_before(extract: Extract) -> None:
    text = (
        "The 5th Ghana-Japan Joint Committee on Science met in Accra on 2 May 2025. "
        "It followed the 4th meeting, held in Tokyo on 3 April 2023."
    )
    names = {e["date"]: e["name"] for e in _events(extract, text, "2025-05-03")}
    assert names["2025-05-02"] == "5th Ghana-Japan Joint Committee on Science"
    assert names["2023-04-03"] == "4th meeting"


def test_a_verb_event_is_named_from_its_actor_not_from_the_verb(extract: Extract) -> None:
    text = "On 3 June 2025, Minister Ana Ruiz of Spain visited Kenya to discuss research cooperation."
    [event] = _events(extract, text, "2025-06-04")
    assert event["type"] == "visit"
    assert not event["name"].lower().startswith(("visited", "and", "on "))
    assert "Kenya" in event["name"]
