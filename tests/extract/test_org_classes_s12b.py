"""Organisation classes of the second cross-set round of session 12: a body that several states own
together keeps no country wherever it sits (an alliance's or an organisation of states' own body, a
well-known intergovernmental observatory, forum or committee). Sentences of our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.organizations import _international_name

from .records import Extract, org_names, orgs_by_name

# (text, a name the record gives the body)
INTERGOVERNMENTAL = [
    # an observatory that member states run together, named by its short form and seated in one
    (
        "Chile and Australia. Australia hosts the low-frequency telescope of the SKA Observatory near Perth.",
        "Square Kilometre Array Observatory",
    ),
    (
        "South Africa and India. Engineers from Pune will join the SKA Observatory team"
        " in Cape Town next year.",
        "Square Kilometre Array Observatory",
    ),
    # a regional forum of space agencies, named after its region
    (
        "Thailand and Japan. The two agencies will report on the satellite at the Asia-Pacific Regional Space"
        " Agency Forum (APRSAF) in Manila.",
        "Asia-Pacific Regional Space Agency Forum",
    ),
    (
        "Vietnam and Japan. Results were shared with APRSAF delegates in Hanoi.",
        "Asia-Pacific Regional Space Agency Forum",
    ),
    # a scientific committee of many nations, and an alliance of sun-rich states
    (
        "Finland and Chile. Both polar institutes belong to the Scientific Committee on Antarctic Research,"
        " which met in Santiago.",
        "Scientific Committee on Antarctic Research",
    ),
    (
        "India and Norway. Norway was invited to join the International Solar Alliance,"
        " headquartered in Gurugram.",
        "International Solar Alliance",
    ),
]


@pytest.mark.parametrize(("text", "name"), INTERGOVERNMENTAL)
def test_an_intergovernmental_body_keeps_no_country(extract: Extract, text: str, name: str) -> None:
    record = extract(text)
    found = [org for org in record["organizations"] if name in [org["name"], *(org.get("aliases") or [])]]
    assert found, org_names(record)
    assert found[0].get("country") is None


# (name, whether an organisation of states names the body after itself)
ALLIANCE_NAMES = [
    ("NATO Cooperative Cyber Defence Centre of Excellence", True),
    ("the NATO Energy Security Centre of Excellence", True),
    ("OECD Nuclear Energy Agency", True),
    ("North Atlantic Treaty Organization Science and Technology Organization", True),
    ("UN Women", True),
    # not a body's name of its own: a list, the members, a word that only starts alike
    ("NATO and EU", False),
    ("NATO member states", False),
    ("OECD countries", False),
    ("Natoli Institute of Physics", False),
    ("OECDx Consulting", False),
]


@pytest.mark.parametrize(("name", "expected"), ALLIANCE_NAMES)
def test_an_organisation_of_states_names_its_own_bodies(name: str, expected: bool) -> None:
    assert _international_name(name) is expected


def test_an_alliance_centre_seated_in_one_member_has_no_country(extract: Extract) -> None:
    orgs = orgs_by_name(
        extract(
            "Estonia and Japan. Experts of the NATO Cooperative Cyber Defence Centre of Excellence in Tallinn"
            " trained the Japanese team."
        )
    )
    assert orgs["NATO Cooperative Cyber Defence Centre of Excellence"].get("country") is None


def test_a_national_observatory_keeps_its_country(extract: Extract) -> None:
    orgs = orgs_by_name(
        extract("Chile and Japan. The Tokyo team visited the Nobeyama Radio Observatory of Japan in May.")
    )
    found = [org for name, org in orgs.items() if "Nobeyama" in name]
    assert found and found[0].get("country") == "JP"


# (text, the body's name, the person's name that must not join it)
CONTACT_LINES = [
    (
        "Finland and Namibia. Contacts:\nNorthern Savanna Polytechnic Ms Ada Obi, Bursar\n",
        "Northern Savanna Polytechnic",
        "Ada Obi",
    ),
    (
        "Kenya and Germany. Payments go to the Rift Valley Forestry Institute Mr. Peter Kamau,"
        " Accounts Officer.",
        "Rift Valley Forestry Institute",
        "Peter Kamau",
    ),
    (
        "Canada and Ghana. Letters: Volta Basin Research Centre Prof. Kofi Mensah, Director\n",
        "Volta Basin Research Centre",
        "Kofi Mensah",
    ),
    (
        "Spain and Peru. Contact: Andean Highlands Water Institute Dra. Lucia Quispe (coordinator)\n",
        "Andean Highlands Water Institute",
        "Lucia Quispe",
    ),
]


@pytest.mark.parametrize(("text", "name", "person"), CONTACT_LINES)
def test_a_name_ends_before_a_form_of_address(extract: Extract, text: str, name: str, person: str) -> None:
    names = org_names(extract(text))
    assert name in names
    assert not any(person in n for n in names)


def test_an_office_of_an_addressed_person_is_no_body(extract: Extract) -> None:
    names = org_names(
        extract(
            "Vietnam and New Zealand. The invitation came from the Office of Hon Jane Roe, Minister of Trade."
        )
    )
    assert not any("Jane Roe" in n or n == "Office" for n in names)


def test_a_body_named_after_a_person_keeps_its_name(extract: Extract) -> None:
    # a form of address that opens the body's own name is no cut
    names = org_names(
        extract("Ghana and Japan. The Dr. Hideyo Noguchi Memorial Institute hosted the course.")
    )
    assert "Dr. Hideyo Noguchi Memorial Institute" in names


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Vietnam. Experts of the Volcani Institute near Tel Aviv trained rice growers.",
        "Kenya and Israel. Seed trials ran with the Volcani Center in Rishon LeZion.",
        "Ethiopia and Israel. The Agricultural Research Organization sent two agronomists to Adama.",
    ],
)
def test_a_well_known_national_institute_has_its_country(extract: Extract, text: str) -> None:
    # a national research institute known by its founder's name as often as by its own
    record = extract(text)
    found = [
        org
        for org in record["organizations"]
        if "Agricultural Research Organization" in org_names({"organizations": [org]})
    ]
    assert found and found[0]["country"] == "IL"
