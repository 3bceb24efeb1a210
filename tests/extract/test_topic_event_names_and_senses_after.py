"""Topic cues that name no field of the document: a word of an event's name ("held alongside Asia
Clean Energy Week"), the ocean as a shipping route ("ocean freight"), things that wear with time
("battery ageing", "ageing infrastructure"). Also: "healthy ageing" is health research, and
trainees are talent. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

LEAD = "Chile and Japan signed a science and technology cooperation agreement on joint research. "


def topics(extract: Extract, text: str) -> set[str]:
    """The topic ids of a text that starts with a lead about STI cooperation."""
    return {t["id"] for t in extract(LEAD + text)["topics"]}


IN_EVENT_NAMES = [
    ("The workshop on quantum sensing was held alongside Asia Clean Energy Week.", "energy"),
    ("Researchers presented quantum sensors at the Hydrogen Technology Expo in Tokyo.", "hydrogen"),
    ("The quantum team also spoke at the Global Health Summit in Geneva.", "health"),
    ("Students from both sides joined the Space Innovation Days and the Robotics Festival.", "space"),
    ("The delegation visited the Ocean Science and Technology Fair on quantum devices.", "ocean_polar"),
]


@pytest.mark.parametrize(("text", "topic"), IN_EVENT_NAMES)
def test_a_cue_inside_an_events_name_names_no_topic(extract: Extract, text: str, topic: str) -> None:
    assert topic not in topics(extract, text)


FIELDS_BEFORE_EVENT_WORDS = [
    ("The partners will hold a workshop on hydrogen storage in May.", "hydrogen"),
    ("Energy research was the theme of the week.", "energy"),
    ("Their AI Action Summit statement covered health data.", "health"),
]


@pytest.mark.parametrize(("text", "topic"), FIELDS_BEFORE_EVENT_WORDS)
def test_a_field_beside_an_event_word_still_counts(extract: Extract, text: str, topic: str) -> None:
    assert topic in topics(extract, text)


SHIPPING = [
    "Grain is moved onto ocean vessels in Montevideo.",
    "Ocean freight rates doubled during the year.",
    "Exporters rely on ocean-going ships for soybeans.",
    "New ocean shipping routes link the two ports.",
]


@pytest.mark.parametrize("text", SHIPPING)
def test_the_ocean_as_a_shipping_route_is_no_ocean_research(extract: Extract, text: str) -> None:
    assert "ocean_polar" not in topics(extract, text)


def test_the_ocean_itself_still_counts(extract: Extract) -> None:
    assert "ocean_polar" in topics(extract, "Teams will study the ocean and its currents near Antarctica.")


WEAR = [
    "The battery ageing study runs for three years.",
    "Engineers examine accelerated ageing of polymers.",
    "The funds repair ageing infrastructure in both countries.",
    "Inspectors review aging reactors and aging grids.",
]


@pytest.mark.parametrize("text", WEAR)
def test_things_that_wear_with_time_are_no_ageing_society(extract: Extract, text: str) -> None:
    assert "ageing_society" not in topics(extract, text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Life sciences, including research on healthy ageing.", "health", "ageing_society"),
        ("Projects on healthy aging and nutrition are welcome.", "health", "ageing_society"),
        ("Both countries face ageing populations and rising care costs.", "ageing_society", None),
        ("The centre will take 300 trainees a year from the region.", "talent_mobility", None),
        ("Interns from both universities will join the lab.", "talent_mobility", None),
    ],
)
def test_healthy_ageing_is_health_and_trainees_are_talent(
    extract: Extract, text: str, present: str, absent: str | None
) -> None:
    found = topics(extract, text)
    assert present in found
    assert absent is None or absent not in found
