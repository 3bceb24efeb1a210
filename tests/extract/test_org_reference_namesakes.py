"""Known organisations and their namesakes: a full name that only a body of another country bears
in the registry does not decide which body an acronym names ("National Research Foundation
(NRF)" in a South African text), and a known acronym that opens a longer name the text defines
elsewhere ("DLR Projektträger") is not the parent body."""

from __future__ import annotations

import pytest

from .records import Extract


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Pretoria, South Africa. The National Research Foundation (NRF) and Germany's research ministry "
            "opened a joint call.",
            "ZA",
        ),
        (
            "The National Research Foundation (NRF) of Singapore and the United Kingdom's research agency "
            "signed an accord.",
            "SG",
        ),
    ],
)
def test_an_acronym_defined_by_a_common_name_resolves_in_the_documents_countries(
    extract: Extract, text: str, country: str
) -> None:
    orgs = [org for org in extract(text)["organizations"] if "NRF" in org["aliases"] or org["name"] == "NRF"]
    assert [org["country"] for org in orgs] == [country], orgs


def test_a_later_mention_of_a_defined_unit_is_not_its_parent(extract: Extract) -> None:
    text = (
        "Proposals are handled by CNRS Innovation (CNRS-I) in France.\n\n"
        "Contact: Dr Marie Roux, Project Officer, CNRS Innovation, Paris\n"
    )
    names = [org["name"] for org in extract(text)["organizations"]]
    assert "CNRS Innovation" in names
    assert "French National Centre for Scientific Research" not in names, names


def test_a_city_in_a_name_yields_to_the_registry_of_a_namesake_city(extract: Extract) -> None:
    text = (
        "Joint projects of Italy and Argentina\n\n| Lead | Partner |\n|---|---|\n"
        "| Rome | Dr Ana Gil, National University of San Juan (UNSJ), San Juan |\n"
    )
    orgs = [org for org in extract(text)["organizations"] if "San Juan" in org["name"]]
    assert [org["country"] for org in orgs] == ["AR"], orgs


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The group is chaired by the Ministry of Research (MOR) of Kenya and the Office of Science "
            "and Innovation (OSI) of Ghana.",
            "Office of Science and Innovation",
            "GH",
        ),
        (
            "Officials of the Board of Marine Studies (BMS) of Peru and the Bureau of Ocean Data (BOD) of "
            "Chile met.",
            "Bureau of Ocean Data",
            "CL",
        ),
    ],
)
def test_of_country_after_the_acronym_beats_the_country_before_and(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = {org["name"]: org for org in extract(text)["organizations"]}
    assert orgs[name]["country"] == country, orgs
