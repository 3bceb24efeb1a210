"""Session 16: first-level regions of more countries (Japan, France, Italy, Spain, Chile, the
Nordic and Benelux countries, ...), written as English texts write them: a body whose name holds
one belongs to that country, and a region set off before its country names no town."""

from __future__ import annotations

import pytest

from bilat.extract.components.event_places import region_name

from .records import Extract, orgs_by_name


@pytest.mark.parametrize(
    "name", ["Hokkaido", "Tuscany", "Catalonia", "Brittany", "Svalbard", "Flanders", "Atacama"]
)
def test_regions_are_known(name: str) -> None:
    assert region_name(name)


@pytest.mark.parametrize("name", ["Osaka", "Florence", "Barcelona", "Kyoto", "Tromsø"])
def test_cities_are_no_regions(name: str) -> None:
    assert not region_name(name)


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "SEOUL, 12 May 2025 - Researchers from the Tuscany Regional Innovation Agency and the Korea "
            "Institute of Science and Technology met to plan joint work.",
            "Tuscany Regional Innovation Agency",
            "IT",
        ),
        (
            "OSLO, 3 June 2025 - The Flanders Marine Institute and the Norwegian Polar Institute signed a "
            "memorandum on Arctic research.",
            "Flanders Marine Institute",
            "BE",
        ),
    ],
)
def test_a_region_in_a_body_name_gives_its_country(
    extract: Extract, text: str, body: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text, published=None))
    assert orgs[body]["country"] == country


def test_a_region_before_its_country_is_no_town(extract: Extract) -> None:
    text = (
        "SEOUL, 12 May 2025 - Korea and Japan agreed to deepen polar research cooperation.\n\n"
        "The joint workshop was held in Hokkaido, Japan on 3 March 2026."
    )
    events = extract(text, published=None)["events"]
    assert events and all(e.get("location") != "Hokkaido" for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Japan–Italy symposium was held in Tuscany, Italy on 12 May 2025.",
        "The joint workshop took place in Hokkaido on 3 March 2026.",
    ],
)
def test_an_event_in_a_region_takes_no_other_city(extract: Extract, sentence: str) -> None:
    text = "SEOUL, 12 May 2025 - Korea and Norway agreed to deepen research cooperation.\n\n" + sentence
    events = extract(text, published=None)["events"]
    assert events and all(e.get("location") is None for e in events)
