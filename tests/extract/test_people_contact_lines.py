"""People in contact blocks: a name line whose role line starts with qualified titles ("Press
Secretary", "Senior Press Officer"), and a name line (alone, or before a comma and a unit) that a
line of contact details follows, with the family name first in capitals or not. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name

# a name alone on its line, its title on the next (a qualified title first)
ROLE_LINES = [
    ("Contact\nJohan Berglund\nPress Secretary to the Minister for Higher Education\n"
     "Telephone 08-405 10 00\n",
     "Johan Berglund", "Press Secretary"),
    ("Media enquiries\nAnna Lindqvist\nSenior Press Officer, Ministry of Enterprise\nanna@example.se\n",
     "Anna Lindqvist", "Senior Press Officer"),
    ("Contact:\nMarta Kowalska\nDeputy Head of Unit, National Centre for Research\n",
     "Marta Kowalska", "Deputy Head of Unit"),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLE_LINES)
def test_a_qualified_title_on_the_next_line_is_the_role(
    extract: Extract, text: str, name: str, role: str
) -> None:
    person = people_by_name(extract(text)).get(name)
    assert person is not None
    assert person["role"].startswith(role)


# a name line over a line of details: the unit after the comma is the role; "FAMILY Given" turned
DETAILS = [
    ("Contacts\nSAITO Haruka, Department of International Affairs, JST\nEmail: sicorp@example.jp\n",
     "Haruka Saito", "Department of International Affairs, JST"),
    ("Questions?\nKIM Min-jun, Korea-EU Research Centre, NRF\nTel. +82 42 869 6114\n",
     "Min-jun Kim", "Korea-EU Research Centre, NRF"),
    ("For the Polish side\nAgnieszka Wrona, International Cooperation Office\nPhone: +48 22 000 00 00\n",
     "Agnieszka Wrona", "International Cooperation Office"),
    ("Contact\nMaria Svensson\nmaria.svensson@example.se\n", "Maria Svensson", None),
]


@pytest.mark.parametrize(("text", "name", "role"), DETAILS)
def test_a_name_line_over_contact_details_is_a_person(
    extract: Extract, text: str, name: str, role: str | None
) -> None:
    person = people_by_name(extract(text)).get(name)
    assert person is not None
    assert person["role"] == role


# lines of units and offices over contact details name nobody
NOT_PEOPLE = [
    "Contact\nInternational Research Office\nTel: +31 317 48 00 00\n",
    "Contact\nPress Office, Ministry of Education\nEmail: press@example.se\n",
    "Contact\nResearch Council of Norway\nEmail: post@example.no\n",
    "Contact\nQuantum Technologies, EPSRC\nEmail: quantum@example.org\nWe fund quantum technologies.\n",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_a_unit_over_contact_details_is_no_person(extract: Extract, text: str) -> None:
    assert extract(text)["people"] == []
