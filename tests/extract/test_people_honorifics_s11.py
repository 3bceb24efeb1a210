"""Honorifics of South Asian and East African usage, and the apposition that is no role. Texts of
our own.

1. "Shri", "Smt", "Thiru", "Thirumathi", "Selvi" (India), "Mheshimiwa" (Swahili, "Honourable")
   stand before a name as "Mr" or "H.E." do: they are no part of the name.
2. A name between commas after a role ("Prime Minister of India, NAME, met the visiting minister")
   is no apposition of a role: the words after it are the sentence's verb and its object.
"""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_names

HONORIFICS = [
    ("Shri Arvind Kulkarni, Secretary of the Department of Biotechnology, spoke.", "Arvind Kulkarni"),
    ("The agreement was signed by Smt. Lakshmi Raghavan for the Indian side.", "Lakshmi Raghavan"),
    ("Thiru Senthil Murugan welcomed the delegation from Singapore.", "Senthil Murugan"),
    ("Thirumathi Kavitha Ramesh presented the joint laboratory.", "Kavitha Ramesh"),
    ("Selvi Priya Natarajan, a doctoral student, won the award.", "Priya Natarajan"),
    ("Mheshimiwa Joseph Kariuki, Cabinet Secretary, received the Danish delegation.", "Joseph Kariuki"),
]


@pytest.mark.parametrize(("text", "person"), HONORIFICS)
def test_an_honorific_is_no_part_of_the_name(extract: Extract, text: str, person: str) -> None:
    names = person_names(extract(text))
    assert person in names
    honorifics = {"Shri", "Smt", "Smt.", "Thiru", "Thirumathi", "Selvi", "Mheshimiwa"}
    assert not any(n.split()[0] in honorifics for n in names)


def test_the_verb_after_a_name_between_commas_is_no_role(extract: Extract) -> None:
    record = extract("The Prime Minister of India, Ravi Menon, met the visiting minister from Japan.")
    person = people_by_name(record)["Ravi Menon"]
    assert "met" not in (person.get("role") or "")


def test_a_lower_case_role_between_commas_is_still_a_role(extract: Extract) -> None:
    record = extract("Ingrid Halvorsen, the chief scientist of the institute, opened the workshop.")
    person = people_by_name(record)["Ingrid Halvorsen"]
    assert "chief scientist" in (person.get("role") or "")
