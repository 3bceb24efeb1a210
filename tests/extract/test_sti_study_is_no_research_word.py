""""Studying" in the news sense of weighing a plan ("the airline is studying a route", "the
ministry is studying the request") is no research word: with one other passing mention deep in a
trade story it does not make the story STI cooperation, so no partnership and no topics follow.
"Agreed to study river floods together" still does (tests/extract/test_topic_cue_context_and_sti_gate.py).
Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

LEAD = (
    "Uruguay and Morocco signed a memorandum of understanding on trade in Rabat on Monday. "
    "Exporters hope to ship more beef and phosphates. "
    "The ministers also discussed customs and sanitary certificates. "
)

TRADE = [
    LEAD + "Officials said a bilateral tariff study would be finished next year. "
    "The national airline is studying a direct route between the capitals.",
    LEAD + "The finance ministry is studying the request for lower duties. "
    "A market study by the chamber of commerce found strong demand for olive oil.",
    LEAD + "Shipping lines are studying new routes, and the port authority is studying fees. "
    "Cargo leaves on ocean vessels from Montevideo.",
]


@pytest.mark.parametrize("text", TRADE)
def test_a_trade_story_that_is_studying_things_is_no_sti_partnership(extract: Extract, text: str) -> None:
    record = extract(text)
    assert record["partnerships"] == []
    assert record["topics"] == []


def test_a_research_story_still_is(extract: Extract) -> None:
    record = extract(
        "Uruguay and Morocco signed a memorandum of understanding on research cooperation. "
        "Universities of both countries will run joint projects on renewable energy."
    )
    assert record["partnerships"] and {"energy"} <= {t["id"] for t in record["topics"]}
