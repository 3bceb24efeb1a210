"""A press release names its own country's bodies plainly and qualifies the others': a shared
ministry name ("the Ministry of Energy") that nothing else places belongs to the country of the
dateline, when its sentence names that country or none."""

from __future__ import annotations

import pytest

from .records import Extract

RELEASE = (
    "Nairobi, 4 March 2026\n\n"
    "The Ministry of Mining and the Japanese Ministry of Economy, Trade and Industry signed a memorandum "
    "in Nairobi, Kenya, with Japan's support.\n\n"
    "The Ministry of Fisheries will follow up.\n"
)


@pytest.mark.parametrize(("name", "country"), [("Ministry of Mining", "KE"), ("Ministry of Fisheries", "KE")])
def test_a_plain_shared_name_belongs_to_the_dateline_country(
    extract: Extract, name: str, country: str
) -> None:
    orgs = {org["name"]: org for org in extract(RELEASE, published=None)["organizations"]}
    assert orgs[name]["country"] == country, orgs


def test_a_qualified_name_keeps_its_own_country(extract: Extract) -> None:
    orgs = {org["name"]: org for org in extract(RELEASE, published=None)["organizations"]}
    assert orgs["Ministry of Economy, Trade and Industry"]["country"] == "JP", orgs


def test_without_a_dateline_nothing_is_guessed(extract: Extract) -> None:
    text = "Background\n\nThe Ministry of Fisheries will follow up on the plan.\n"
    orgs = {org["name"]: org for org in extract(text, published=None)["organizations"]}
    assert orgs["Ministry of Fisheries"]["country"] is None, orgs


def test_a_name_known_for_one_country_abroad_is_left_alone(extract: Extract) -> None:
    text = "Oslo, 4 March 2026\n\nThe Ministry of Earth Sciences will fund two polar projects.\n"
    orgs = {org["name"]: org for org in extract(text, published=None)["organizations"]}
    assert orgs["Ministry of Earth Sciences"]["country"] != "NO", orgs


def test_a_city_and_date_in_an_opening_sentence_are_no_dateline(extract: Extract) -> None:
    text = (
        "Sweden's minister Anna Berg visited Nairobi on 3 May. Later, the Ministry of Fisheries hosted a "
        "seminar.\n"
    )
    orgs = {org["name"]: org for org in extract(text, published=None)["organizations"]}
    assert orgs["Ministry of Fisheries"]["country"] is None, orgs
