"""Topics and partnerships: a cue read in its context ("mobility grants" pay for people's stays,
"transport" of goods or sediment is no transport research, "battery-free" names no batteries),
fields named by their objects (solar cells, wheat, seismic hazard), and the STI test: a document
gets partners and topics only when it speaks of science, research, technology or innovation
outside the names of organisations, or names a field of technology. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract, topics


def pairs(record: dict[str, Any]) -> list[list[str]]:
    return [item["pair"] for item in record["partnerships"]]


# (text, topic expected, topic that must not be found)
CUES_IN_CONTEXT = [
    (
        "Kenya and Norway opened a joint research call; mobility grants cover the travel of doctoral staff.",
        "talent_mobility",
        "mobility",
    ),
    (
        "Peru and Spain fund joint research; a mobility allowance is paid for each visiting student.",
        "talent_mobility",
        "mobility",
    ),
    (
        "Chile and Germany launched a research partnership on hydrogen production, storage and transport.",
        "hydrogen",
        "mobility",
    ),
    (
        "Ghana and Denmark signed a research agreement on sediment transport in coastal ecosystems.",
        "ocean_polar",
        "mobility",
    ),
    (
        "Poland and Korea agreed a research project on battery-free sensors for smart cities.",
        "smart_cities",
        "batteries",
    ),
    (
        "Brazil and Japan will fund joint research on electric vehicles and urban transport.",
        "mobility",
        "talent_mobility",
    ),
]


@pytest.mark.parametrize(("text", "found", "absent"), CUES_IN_CONTEXT)
def test_a_cue_is_read_in_its_context(extract: Extract, text: str, found: str, absent: str) -> None:
    record_topics = topics(extract(text))
    assert found in record_topics
    assert absent not in record_topics


# (text, topic): fields named by what the research is about
FIELDS_BY_THEIR_OBJECTS = [
    ("Mexico and Italy fund joint research on organic solar cells for rural schools.", "energy"),
    ("Tunisia and France back a research project on the early diagnosis of heart failure.", "health"),
    ("Morocco and Spain fund joint research on heat-tolerant wheat varieties.", "agriculture_food"),
    (
        "Nepal and Switzerland will map seismic hazard in Himalayan valleys in a joint research project.",
        "disaster_resilience",
    ),
]


@pytest.mark.parametrize(("text", "topic"), FIELDS_BY_THEIR_OBJECTS)
def test_fields_named_by_their_objects(extract: Extract, text: str, topic: str) -> None:
    assert topic in topics(extract(text))


# Cooperation that is not about science, technology or innovation: no partners, no topics.
NOT_STI = [
    (
        "Ghana and Togo renewed the memorandum that lets Togolese fishermen work in Ghanaian waters. "
        "Each licence costs 90,000 CFA francs, and the ministers praised the fisheries deal. "
        "Officials from the Ghana Fisheries Research Institute attended the signing in Accra."
    ),
    (
        "Portugal and Cape Verde signed a memorandum on tourism promotion and direct flights. "
        "The agreement covers hotel training and the protection of the coastal environment."
    ),
]


@pytest.mark.parametrize("text", NOT_STI)
def test_cooperation_without_sti_gets_no_partners_and_no_topics(extract: Extract, text: str) -> None:
    record = extract(text)
    assert pairs(record) == []
    assert topics(record) == set()


# STI cooperation named without the words "science" or "research": a field of technology, or a
# research activity (a study, a workshop, a joint call) is enough.
STI_IN_OTHER_WORDS = [
    ("Ghana and Togo signed a memorandum on cooperation in artificial intelligence.", "ai"),
    ("Vietnam and Laos agreed to study river floods together under a new memorandum.", "disaster_resilience"),
    ("Senegal and Mali signed a memorandum to hold a workshop on fisheries management.", "agriculture_food"),
]


@pytest.mark.parametrize(("text", "topic"), STI_IN_OTHER_WORDS)
def test_sti_named_in_other_words_keeps_partners_and_topics(extract: Extract, text: str, topic: str) -> None:
    record = extract(text)
    assert topic in topics(record)
    assert len(pairs(record)) == 1


def test_a_kind_of_mobility_stays_transport_before_a_funding_word(extract: Extract) -> None:
    text = "Austria and Chile will fund joint research and urban mobility projects in Santiago."
    assert "mobility" in topics(extract(text))
