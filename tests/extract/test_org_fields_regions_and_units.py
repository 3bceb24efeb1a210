"""Organisation names and countries across sets (round 16). Sentences of our own.

- "A and the B": when A has no head word of its own and B is a multi-word body with one, the
  article opens a second name (a firm or a cut-off field, then a named body);
- "<head> for <purpose> in <field>": the "in" of a body's purpose runs on with a capitalised field
  ("Centre for Research in Marine Biology"), not with a place, a world region or a date;
- a unit head with only generic qualifiers ("Department of International Affairs") names a unit
  that every body has, not an organisation; with its owner's name in it, it is one;
- a first-level region (state, province) in a body's own name gives its country ("Minas Gerais
  State Research Support Foundation"); a region of several countries only when the document names
  just one of them.
"""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name

_HEADLESS_AND_THE = [
    (
        "The plant is run by Orbis Robotics Chile and the Chilean Space Agency since 2023.",
        "Chilean Space Agency",
        "Orbis Robotics Chile and the Chilean Space Agency",
    ),
    (
        "Members include Nordvik Marine Systems and the Norwegian Polar Institute.",
        "Norwegian Polar Institute",
        "Nordvik Marine Systems and the Norwegian Polar Institute",
    ),
    (
        "Funding comes from Kestrel Foods & the Kenya Agricultural Research Organisation this year.",
        "Kenya Agricultural Research Organisation",
        "Kestrel Foods & the Kenya Agricultural Research Organisation",
    ),
    (
        "Partners included Halcyon Semiconductor Thailand and the Thai Microelectronics Centre.",
        "Thai Microelectronics Centre",
        "Halcyon Semiconductor Thailand and the Thai Microelectronics Centre",
    ),
]


@pytest.mark.parametrize(("text", "body", "run_on"), _HEADLESS_AND_THE)
def test_a_headless_name_and_the_named_body_are_two(
    extract: Extract, text: str, body: str, run_on: str
) -> None:
    names = org_names(extract(text))
    assert body in names, names
    assert run_on not in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Department of Culture and the Arts funded the festival.", "Department of Culture and the Arts"),
        (
            "The Council for Science and the Environment met on Monday.",
            "Council for Science and the Environment",
        ),
    ],
)
def test_one_name_with_and_the_inside_stays_whole(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text))


_FIELD_AFTER_IN = [
    (
        "The Penang Centre for Research in Marine Biology and the Malaysian Fisheries Institute signed.",
        "Penang Centre for Research in Marine Biology",
    ),
    (
        "Grants are given by the Danish Foundation for Cooperation in Science and Higher Education.",
        "Danish Foundation for Cooperation in Science and Higher Education",
    ),
    (
        "The Austrian Agency for Excellence in Applied Robotics opened a call in May.",
        "Austrian Agency for Excellence in Applied Robotics",
    ),
    (
        "The Chilean Center for Studies in Renewable Energy (CCSRE) hosted the workshop.",
        "Chilean Center for Studies in Renewable Energy",
    ),
]


@pytest.mark.parametrize(("text", "name"), _FIELD_AFTER_IN)
def test_a_purpose_runs_on_with_its_field_after_in(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text)), extract(text)["organizations"]


@pytest.mark.parametrize(
    ("text", "name", "longer"),
    [
        ("The Agency for Development in Kenya met the donors.", "Agency for Development", "in Kenya"),
        ("The Agency for Development in South Africa met the donors.", "Agency for Development", "in South"),
        ("The Centre for Excellence in Latin America opened.", "Centre for Excellence", "in Latin"),
        ("The Centre for Excellence in West Africa opened.", "Centre for Excellence", "in West"),
        (
            "The Institute for Advanced Study in Tokyo hosted a talk.",
            "Institute for Advanced Study",
            "in Tokyo",
        ),
    ],
)
def test_no_run_on_into_a_place_or_region(extract: Extract, text: str, name: str, longer: str) -> None:
    names = org_names(extract(text))
    assert not any(longer in n for n in names), names


_GENERIC_UNITS = [
    "Contact: Ms. Aiko Mori, Program Officer, Department of International Affairs",
    "Questions go to the Division of Public Relations before Friday.",
    "Enquiries: Section for Press and Information, phone 555 0100.",
]


@pytest.mark.parametrize("text", _GENERIC_UNITS)
def test_a_unit_with_only_generic_qualifiers_is_no_organisation(extract: Extract, text: str) -> None:
    assert extract(text)["organizations"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The JST Department of International Affairs runs the call.",
            "JST Department of International Affairs",
        ),
        (
            "The Department of International Cooperation of the ministry signed.",
            "Department of International Cooperation",
        ),
        (
            "The Department of Foreign Affairs and Trade (DFAT) funds it.",
            "Department of Foreign Affairs and Trade",
        ),
    ],
)
def test_an_owned_or_specific_unit_stays(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text))


_REGIONS = [
    (
        "The Amazonas State Research Support Foundation (FAPEAM) signed with Nara Medical University "
        "in Japan; Brazil welcomed it.",
        "Amazonas State Research Support Foundation",
        "BR",
    ),
    (
        "The U.S. National Science Foundation and the Minas Gerais State Research Support Foundation "
        "announced a call.",
        "Minas Gerais State Research Support Foundation",
        "BR",
    ),
    (
        "A team from Japan met the Karnataka Biotechnology Promotion Council last week.",
        "Karnataka Biotechnology Promotion Council",
        "IN",
    ),
    (
        "Researchers from Germany visited the Queensland Department of Agriculture and Fisheries.",
        "Queensland Department of Agriculture and Fisheries",
        "AU",
    ),
    (
        "The Jalisco Institute of Innovation signed a letter with Korea.",
        "Jalisco Institute of Innovation",
        "MX",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), _REGIONS)
def test_a_region_in_the_name_gives_the_country(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, orgs
    assert orgs[name]["country"] == country


def test_a_region_of_several_countries_needs_one_named(extract: Extract) -> None:
    orgs = orgs_by_name(extract("The Amazonas Regional Institute signed with Colombia and Brazil."))
    assert orgs["Amazonas Regional Institute"]["country"] is None


# A registry body matched on the same words as a phrase keeps the registry's country: a country
# named a few words before, across a verb or a preposition, is the context's.
_REGISTRY_FIRST = [
    ("Some 40 engineers from Finland and Japan met at Aalto University on Friday.", "Aalto University", "FI"),
    ("Japan and the Philippines work with Tohoku University on radar research.", "Tohoku University", "JP"),
    ("Students from Chile and Brazil studied at Hokkaido University last year.", "Hokkaido University", "JP"),
]


@pytest.mark.parametrize(("text", "name", "country"), _REGISTRY_FIRST)
def test_a_registry_body_is_one_organisation_of_its_own_country(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = [org for org in extract(text)["organizations"] if org["name"] == name]
    assert [org["country"] for org in orgs] == [country], orgs


def test_a_country_glued_to_the_name_still_places_it(extract: Extract) -> None:
    orgs = orgs_by_name(extract("Vietnam's Ministry of Science and Technology signed with Taiwan."))
    assert orgs["Ministry of Science and Technology"]["country"] == "VN"
