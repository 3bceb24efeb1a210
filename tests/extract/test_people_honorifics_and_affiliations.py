"""Honorifics of South Asian and East African usage, and the apposition that is no role. Texts of
our own.

1. "Shri", "Smt", "Thiru", "Thirumathi", "Selvi" (India), "Mheshimiwa" (Swahili, "Honourable")
   stand before a name as "Mr" or "H.E." do: they are no part of the name.
2. A name between commas after a role ("Prime Minister of India, NAME, met the visiting minister")
   is no apposition of a role: the words after it are the sentence's verb and its object.
3. A speaker list writes the affiliation in brackets between the name and the role.
4. "ROLE, Given Middle Family, and Dr X": the words after "and" start a new person, not another item
   of the role's portfolio, so the name keeps its given name.
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


AFFILIATED = [
    (
        "Speakers at the Spain–Japan workshop:\n"
        "- Dr. Ana Ruiz (CSIC, Madrid), head of the robotics group, on grippers.",
        "Ana Ruiz",
        "head of the robotics group",
    ),
    (
        "The Korea–Chile forum heard Dr Min-ho Kang (KASI), principal investigator of the survey, on stars.",
        "Min-ho Kang",
        "principal investigator of the survey",
    ),
    (
        "Prof. Kenji Sato (Tohoku University), director of the materials centre, spoke on electrolytes.",
        "Kenji Sato",
        "director of the materials centre",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), AFFILIATED)
def test_a_role_after_a_bracketed_affiliation(extract: Extract, text: str, person: str, role: str) -> None:
    """A speaker list writes the affiliation in brackets before the role: "NAME (Org, City), ROLE"."""
    assert people_by_name(extract(text))[person]["role"] == role


def test_a_clause_after_a_bracketed_affiliation_is_no_role(extract: Extract) -> None:
    record = extract("Dr. Elise Roux (CNRS), who spoke on ocean acidification, thanked the Japanese hosts.")
    assert people_by_name(record)["Elise Roux"].get("role") in {None, "Dr."}


THREE_WORD_NAMES_BEFORE_ANOTHER_PERSON = [
    (
        "Chile's Minister of Science, Technology and Innovation, Rosa Elena Fuentes Vidal, and Dr Tom Hale, "
        "Deputy Secretary at Australia's Department of Industry, co-chaired the dialogue.",
        "Rosa Elena Fuentes Vidal",
    ),
    (
        "Norway's Ambassador to Kenya, Kari Lunde Bakke, and Dr. Amina Otieno, Principal Secretary, spoke.",
        "Kari Lunde Bakke",
    ),
    (
        "The Minister of Energy of Kazakhstan, Arman Serikovich Nurlanov, and Korea's First Vice Minister of "
        "Science and ICT, Kim Do-yun, signed the memorandum.",
        "Arman Serikovich Nurlanov",
    ),
    (
        "The signing in Belém, where the president of the Pará Research Foundation (FAPESPA), "
        "Marcos Lima Prado, and Kyoto University president Hiro Tanaka met, closed the visit.",
        "Marcos Lima Prado",
    ),
]


@pytest.mark.parametrize(("text", "person"), THREE_WORD_NAMES_BEFORE_ANOTHER_PERSON)
def test_a_name_after_a_role_and_before_another_person_keeps_its_given_name(
    extract: Extract, text: str, person: str
) -> None:
    """ "ROLE, NAME, and Dr X" / "and Korea's Vice Minister": the words after "and" start a new
    person, not another item of the role's portfolio, so the name keeps all its words."""
    names = person_names(extract(text))
    assert person in names
    assert not any(person != n and n in person for n in names)


def test_a_portfolio_list_after_a_comma_is_still_the_role(extract: Extract) -> None:
    role = "Minister of Education, Higher Education, and Research"
    record = extract(f"The {role}, Anna Berg, opened the forum.")
    assert people_by_name(record)["Anna Berg"]["role"] == role


JOINED_PORTFOLIOS = [
    ("said Ana Cruz, Science and Technology Attaché at the Embassy of the Philippines in Tokyo.", "Ana Cruz",
     "Science and Technology Attaché at the Embassy of the Philippines in Tokyo"),
    ("The dinner was hosted by Li Wei, Trade and Investment Commissioner of Australia in Shanghai.", "Li Wei",
     "Trade and Investment Commissioner of Australia in Shanghai"),
    ("Kenji Ito, Research & Innovation Counsellor at the Embassy of Japan in Berlin, spoke.", "Kenji Ito",
     "Research & Innovation Counsellor at the Embassy of Japan in Berlin"),
]


@pytest.mark.parametrize(("text", "person", "role"), JOINED_PORTFOLIOS)
def test_a_title_after_two_joined_fields_is_the_role(
    extract: Extract, text: str, person: str, role: str
) -> None:
    """ "NAME, Science and Technology Attaché at ...": two fields joined by "and" or "&" before a title."""
    assert people_by_name(extract(text))[person]["role"] == role
