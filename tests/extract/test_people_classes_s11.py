"""Two classes of people wording seen across sets of different writers. Texts of our own.

1. A contact entry: a name line over a line "Title, Unit, Organisation". The unit after the title
   ("Green Transition", "Smart Cities") reads like a name but is no person, and the role of the
   entry is the whole line.
2. A capitalised role of a role noun that the title lists lack, written after the name and a
   comma and followed by the link to its portfolio or body ("Programme Lead for Health Data",
   "BRIN's Deputy for Research", "Senior Adviser to the Minister", "Research Fellow at ...").
3. A role owned by a possessive, in apposition to the name: after it, with lower-case words before
   the title ("Singapore's non-resident High Commissioner to Rwanda", "Norway's acting ambassador"),
   and before it, a role noun as head ("INACH's director, NAME, called ...").
"""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_names

CONTACT_LINES = [
    (
        "The call opens in May.\n\nContact\nHelga Sørensen\n"
        "Senior Adviser, Ocean Economy, Ministry of Fisheries of Norway\nhs@example.no\n",
        "Helga Sørensen",
        "Senior Adviser, Ocean Economy",
        "Ocean Economy",
    ),
    (
        "Applications close in June.\n\nContacts\nCarlos Méndez Ruiz\n"
        "Deputy Director, Space Applications\nNational Space Agency\ncm@example.mx\n",
        "Carlos Méndez Ruiz",
        "Deputy Director, Space Applications",
        "Space Applications",
    ),
    (
        "Questions are welcome.\n\nFor more information\nAmara Okonkwo\n"
        "Programme Officer, Clean Energy, Research Council\nTel. +234 1 000 0000\n",
        "Amara Okonkwo",
        "Programme Officer, Clean Energy",
        "Clean Energy",
    ),
    (
        "Contact\nDr. Pieter de Wit\nHead of Unit, Water Technologies, Netherlands Enterprise Agency\n"
        "pdw@example.nl\n",
        "Pieter de Wit",
        "Head of Unit, Water Technologies",
        "Water Technologies",
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "unit"), CONTACT_LINES)
def test_the_unit_on_a_contact_role_line_is_no_person(
    extract: Extract, text: str, person: str, role: str, unit: str
) -> None:
    record = extract(text)
    found = people_by_name(record).get(person)
    assert found is not None, person_names(record)
    assert (found["role"] or "").startswith(role)
    assert unit not in person_names(record)


# a name inside the text of a contact entry's next line stays a person when that line is no role
def test_a_person_named_in_a_following_sentence_is_kept(extract: Extract) -> None:
    text = (
        "Contact\nLena Fischer\nlena@example.de\n\n"
        "The award went to Jonas Weber, Director of the Institute.\n"
    )
    assert {"Lena Fischer", "Jonas Weber"} <= set(person_names(extract(text)))


PORTFOLIO_ROLES = [
    (
        "Dr Karin Holm, Programme Lead for Health Data at the agency, spoke on data access.",
        "Karin Holm",
        "Programme Lead for Health Data",
    ),
    (
        "Dr. Bambang Wibowo, BRIN's Deputy for Research Infrastructure, said the reactor was ready.",
        "Bambang Wibowo",
        "BRIN's Deputy for Research Infrastructure",
    ),
    (
        "Ms Aisha Bello, Senior Adviser to the Minister of Science, said the fund would grow.",
        "Aisha Bello",
        "Senior Adviser to the Minister of Science",
    ),
    (
        "Tomás Rivera, Research Fellow at the Universidad de Chile, presented the results.",
        "Tomás Rivera",
        "Research Fellow at the Universidad de Chile",
    ),
    (
        "Anna Berg, Team Lead on Battery Materials, said the pilot line would open in May.",
        "Anna Berg",
        "Team Lead on Battery Materials",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), PORTFOLIO_ROLES)
def test_a_role_noun_before_its_portfolio_is_the_role(
    extract: Extract, text: str, person: str, role: str
) -> None:
    record = extract(text)
    found = people_by_name(record).get(person)
    assert found is not None, person_names(record)
    assert (found["role"] or "").startswith(role)


# a possessive list of people is no role: the next name after the comma is another person
def test_names_after_possessives_are_people_not_roles(extract: Extract) -> None:
    record = extract(
        "Brazil's Ana Ruiz, Chile's Pedro Soto and Peru's Luis Paz led the talks, said the organisers."
    )
    for person in record["people"]:
        assert "Soto" not in (person["role"] or "")


OWNED_AFTER = [
    (
        "Mr Arjun Pillai, Malaysia's non-resident High Commissioner to Fiji, witnessed the signing.",
        "Arjun Pillai",
        "Malaysia's non-resident High Commissioner to Fiji",
    ),
    (
        "Ms Lena Holt, Norway's acting ambassador to Chile, opened the exhibition.",
        "Lena Holt",
        "Norway's acting ambassador to Chile",
    ),
    (
        "Jonas Berg, Sweden's most cited ecologist, opened the exhibition.",
        "Jonas Berg",
        "Sweden's most cited ecologist",
    ),
    (
        "Dr Sipho Dube, the agency's chief scientist, opened the new laboratory.",
        "Sipho Dube",
        "agency's chief scientist",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), OWNED_AFTER)
def test_a_possessive_role_after_the_name(extract: Extract, text: str, person: str, role: str) -> None:
    record = extract(text)
    found = people_by_name(record).get(person)
    assert found is not None, person_names(record)
    assert found["role"] == role


OWNED_BEFORE = [
    (
        "INACH's director, Marcelo Pizarro Leiva, called the voyage a milestone.",
        "Marcelo Pizarro Leiva",
        "INACH's director",
    ),
    (
        "Kenya's representative, Wanjiru Kamau, called the plan ambitious.",
        "Wanjiru Kamau",
        "Kenya's representative",
    ),
    (
        "CSIC's coordinator, Elena Márquez Gil, called for more funding.",
        "Elena Márquez Gil",
        "CSIC's coordinator",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), OWNED_BEFORE)
def test_a_possessive_role_noun_before_the_name(extract: Extract, text: str, person: str, role: str) -> None:
    record = extract(text)
    found = people_by_name(record).get(person)
    assert found is not None, person_names(record)
    assert found["role"] == role


# a possessive before a name is no role when a name follows it ("Chile's Pedro Soto")
def test_a_possessive_before_a_name_is_no_role(extract: Extract) -> None:
    record = extract("Ms Ana Ruiz, Chile's Pedro Soto and Peru's Luis Paz led the talks.")
    for person in record["people"]:
        assert "Soto" not in (person["role"] or "")


# a bare "lead" after a possessive describes a body as easily as a person: no role, no person
def test_a_bodys_lead_role_makes_no_person(extract: Extract) -> None:
    record = extract("Ocean Data Norway, the ministry's lead on marine statistics, released the figures.")
    assert person_names(record) == []
