"""Session 24, round 2 (d): people error classes, with texts written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.record import Record


def _record(text: str, published: str = "2026-03-02") -> Record:
    return get_extractor().extract(text, name="probe.txt", published=published)


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in _record(text).people}


# Arabic names: a patronym ("bin", "bint") and a family name after the article written apart in lower
# case ("al Habsi"), and a father's given name that the text also writes as a word ("Said", "said").
ARABIC_NAMES = [
    (
        "Muscat, 3 March 2026 - The memorandum was signed by Eng. Salim bin Nasser al Habsi, Chief "
        "Executive of the Oman Research Council, and Yuki Tanaka, President of JST. Dr Aisha bint "
        "Rashid al Maawali, Director of Research at the university, welcomed the agreement.\n",
        {
            "Salim bin Nasser al Habsi": "Chief Executive of the Oman Research Council",
            "Aisha bint Rashid al Maawali": "Director of Research at the university",
        },
    ),
    (
        "Doha, 5 May 2026 - Dr Khalid bin Said al Marri, Undersecretary for Research, said the letter of "
        "intent with the Korean agency was a first step. Prof. Said Al-Kuwari, Dean of Engineering, "
        "said the first students would travel to Daejeon in September.\n",
        {
            "Khalid bin Said al Marri": "Undersecretary for Research",
            "Said Al-Kuwari": "Dean of Engineering",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARABIC_NAMES)
def test_arabic_names_keep_patronym_and_family_name(text: str, expected: dict[str, str]) -> None:
    roles = _roles(text)
    for name, role in expected.items():
        assert roles.get(name) == role, roles
    assert not any(name in {"Khalid", "Said"} or name.endswith(" bin Said") for name in roles), roles


# A particle written with a capital inside a name ("De Wilde", "Le Gall") where the text also writes
# the particle in lower case elsewhere (a French or Dutch body's name).
CAPITAL_PARTICLES = [
    (
        "Kigali, 4 March 2026 - The agreement was signed by Marc De Smet, Belgium's Minister of Education, "
        "at the Institut de recherche agronomique. Minister De Smet said the deal mattered.\n",
        "Marc De Smet",
        "Belgium's Minister of Education",
    ),
    (
        "Dakar, 9 June 2026 - Anne Le Goff, Director of the Centre de la recherche marine, opened the "
        "workshop with Senegalese oceanographers.\n",
        "Anne Le Goff",
        "Director of the Centre de la recherche marine",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), CAPITAL_PARTICLES)
def test_capital_particle_inside_a_name(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


# An academic rank written as an honorific, with the body that "of" or "at" names after the name: the
# rank in full with the body; a role the text gives the person still outranks it.
def test_rank_with_the_body_after_the_name() -> None:
    roles = _roles(
        "Tokyo, 5 March 2026 - Prof. Akira Sato of Kyoto University will lead the Japanese side, while "
        "Prof. Lena Berg at the University of Oslo coordinates the Norwegian partners. Prof. Anna "
        "Kowalska of Poland gave a talk.\n"
    )
    assert roles["Akira Sato"] == "Professor of Kyoto University"
    assert roles["Lena Berg"] == "Professor at the University of Oslo"
    assert roles["Anna Kowalska"] == "Prof."  # (a country is no body)


def test_role_of_the_person_outranks_the_rank_with_a_body() -> None:
    roles = _roles(
        "Halifax, 3 March 2026 - The new network on coastal resilience will be co-directed by Professor "
        "Maeve Brennan of the University of Limerick and Prof. Jacques Ouellet of Laval University.\n"
    )
    assert roles == {"Maeve Brennan": "co-director", "Jacques Ouellet": "co-director"}


# A contact heading over the entries of several bodies set apart by blank lines: the unit after the
# name is the role in each.
def test_contact_heading_over_several_blocks() -> None:
    roles = _roles(
        "# Joint call\n\nApplications close on 30 June 2026.\n\n## Contacts\n\n"
        "**Research Council of Norway, International Division**\n"
        "Mr. Lars Holm, Asia Cooperation Officer\n"
        "Drammensveien 288, Oslo\n\n"
        "**National Research Foundation of Korea, Global Cooperation Division**\n"
        "Ms. Kim Hae-won, Europe Programs Section\n"
        "Heolleung-ro 25, Seoul\n\n"
        "---\n\nThis page was last updated in March 2026.\n"
    )
    assert roles["Lars Holm"] == "Asia Cooperation Officer"
    assert roles["Hae-won Kim"] == "Europe Programs Section"


def test_co_fund_names_a_programme() -> None:
    record = _record(
        "Nairobi, 3 March 2026 - Kenyan teams will be paid through the agency's Joint Innovation Co-Fund "
        "(JICF), while Finnish teams draw on the Development Research Fund.\n"
    )
    names = {n for p in record.programs for n in [p.name, *p.aliases]}
    assert "Joint Innovation Co-Fund" in names
