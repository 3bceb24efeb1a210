"""A contact entry whose name is followed by degrees ("Ana Silva, Ph.D.", "Tomás Ruiz, M.Sc.,
MBA") takes its role from what comes after the degrees, or from the next line: the letters are no
role."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _people(text: str) -> dict[str, str | None]:
    record = get_extractor().extract(text, name="case.txt").to_dict()
    return {p["name"]: p.get("role") for p in record["people"]}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Contact: Maria Lopes, M.Sc.\nProject Officer, Ocean Unit\nmaria.lopes@example.org\n",
            "Maria Lopes",
            "Project Officer, Ocean Unit",
        ),
        (
            "Contact:\nKwame Mensah, Ph.D.\nSenior Research Fellow, Malaria Genomics Unit\n",
            "Kwame Mensah",
            "Senior Research Fellow, Malaria Genomics Unit",
        ),
        (
            "Contacts: Dr. Lee Min, PhD, Korea Desk, NRF; Dr. Jan Berg, Programme Officer, SNSF\n",
            "Lee Min",
            "Korea Desk, NRF",
        ),
        (
            "Media contact: Tomás Ruiz, M.Sc., MBA, Head of Communications\nE-mail: comms@example.org\n",
            "Tomás Ruiz",
            "Head of Communications",
        ),
        # no degree: the text after the comma is the role, as before
        (
            "Contact: Jan Berg, Programme Officer, SNSF\njan.berg@example.org\n",
            "Jan Berg",
            "Programme Officer, SNSF",
        ),
    ],
)
def test_degrees_after_a_contact_name_are_no_role(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people, people
    assert people[name] == role
