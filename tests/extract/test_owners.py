"""Two countries' ministries of the same name in one document stay two organisations, each with
its owner country. Texts of our own."""

from __future__ import annotations

import pytest

from bilat.extract.owners import is_shared_name

from .records import Extract


def test_same_name_ministries_of_two_countries_stay_apart(extract: Extract) -> None:
    text = (
        "The Mexican delegation was led by Ana Ruiz, Director for Science at the Ministry of Foreign "
        "Affairs (MFA), with officials of the Ministry of Energy. "
        "Heading the Canadian side was Paul Roy, Director-General at Canada's Ministry of Foreign "
        "Affairs. Mexico and Canada agreed to cooperate on quantum research."
    )
    record = extract(text)
    owners = sorted(o["country"] for o in record["organizations"] if "Foreign Affairs" in o["name"])
    assert owners == ["CA", "MX"]


def test_one_ministry_named_twice_in_sentences_of_one_country_stays_one(extract: Extract) -> None:
    text = (
        "Chile's Ministry of Foreign Affairs hosted the talks with Peru. "
        "The Ministry of Foreign Affairs of Chile will publish the minutes; Chile and Peru agreed to "
        "cooperate on astronomy."
    )
    record = extract(text)
    assert len([o for o in record["organizations"] if "Foreign Affairs" in o["name"]]) == 1


@pytest.mark.parametrize(
    ("name", "shared"),
    [
        ("Ministry of Foreign Affairs", True),
        ("Ministry of Health", True),
        # the reference knows this full name for one country only
        ("Ministry of Education, Culture, Sports, Science and Technology", False),
        ("Research Council of Norway", False),
    ],
)
def test_names_that_many_countries_share(name: str, shared: bool) -> None:
    assert is_shared_name(name) is shared


def test_delegations_of_two_countries_from_same_name_ministries(extract: Extract) -> None:
    text = (
        "Peru and Chile held their first joint committee on science in Lima on 2 May 2025. "
        "The Peruvian delegation was led by Ana Soto of the Ministry of Foreign Affairs. "
        "The Chilean delegation was headed by Luis Vera of the Ministry of Foreign Affairs."
    )
    record = extract(text)
    owners = sorted(o["country"] for o in record["organizations"] if "Foreign Affairs" in o["name"])
    assert owners == ["CL", "PE"]


# A person's role that names an organisation and states the person's country places an
# organisation that nothing else placed (the person's country is known only after people run).
# (text, organisation, expected owner)
ROLE_OWNERS = [
    # the role names the unit and the body it belongs to, placed by its own name
    (
        "Anna Berg, Director of the Department of Polar Research at the Swedish Polar Research "
        "Secretariat, signed the memorandum with Japan on 3 May. The Department of Polar Research will "
        "coordinate the exchanges.",
        "Department of Polar Research",
        "SE",
    ),
    # the role states the country by a possessive
    (
        "The talks were opened by Chile's Director of the Department of Radio Astronomy, "
        "Luis Vera. Peru and Chile agreed to cooperate on astronomy.",
        "Department of Radio Astronomy",
        "CL",
    ),
    # the role names only the unit: nothing to settle, the unit stays unplaced
    (
        "Ana Soto, Head of the Department of Ocean Observation, presented the plans. Peru and "
        "Chile agreed to share data.",
        "Department of Ocean Observation",
        None,
    ),
    # the person is only near the ministry, her role does not name it: the ministry is placed
    # as before, from its own sentence (here the nearest country named before it)
    (
        "Sweden's Minister Anna Berg visited Tokyo. In Japan, the Ministry of Education hosted a "
        "seminar on polar science with Swedish universities.",
        "Ministry of Education",
        "JP",
    ),
    # a minister's portfolio does not place the ministry of the same words (measured: it would
    # change nothing on our gold sets), so a ministry that nothing else places stays unplaced
    (
        "Sweden's Minister for Education Anna Berg visited Tokyo on 3 May. Later, the Ministry of "
        "Education hosted a seminar on polar science.",
        "Ministry of Education",
        None,
    ),
]


@pytest.mark.parametrize(("text", "organisation", "owner"), ROLE_OWNERS)
def test_a_role_that_states_a_country_places_the_organisation_it_names(
    extract: Extract, text: str, organisation: str, owner: str | None
) -> None:
    record = extract(text)
    found = [o for o in record["organizations"] if o["name"] == organisation]
    assert len(found) == 1, record["organizations"]
    assert found[0]["country"] == owner



@pytest.mark.parametrize(
    "text",
    [
        # a country that ends one sentence does not own the name that opens the next
        "Chile and Peru agreed to cooperate on astronomy after a visit to Finland. The Ministry of "
        "Foreign Affairs will publish the plan.",
        # nor across a line break (a heading, a contact block)
        "Chile and Peru agreed to cooperate on astronomy.\n\nContact: Embassy of Chile in Finland\n"
        "Ministry of Foreign Affairs, Santiago",
    ],
)
def test_a_country_across_a_sentence_end_does_not_own_the_next_name(extract: Extract, text: str) -> None:
    owners = {o["country"] for o in extract(text)["organizations"] if "Foreign Affairs" in o["name"]}
    assert "FI" not in owners
