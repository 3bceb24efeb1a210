"""People: multi-word titles whose later words are no names, roles written before a name and its
honorifics ("the president of X, Professor NAME"), lower-case title chains ("Prof. dr. ir."),
rooms and halls named after a person, and words that start a unit's name. Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_names


@pytest.mark.parametrize(
    ("text", "name", "role_word"),
    [
        (
            "The reception was hosted by H.E. Maria Lopes, Ambassador Extraordinary and Plenipotentiary "
            "of Portugal to Chile, and by local officials.",
            "Maria Lopes",
            "Plenipotentiary",
        ),
        (
            "Federal Councillor **Beat Moser**, head of the Federal Department of Finance, will travel "
            "to Tokyo in June.",
            "Beat Moser",
            "Councillor",
        ),
        (
            "Mr. Takeshi Ono, Chief Representative of the JICA Ghana Office, opened the session.",
            "Takeshi Ono",
            "Representative",
        ),
        (
            "Ms. Ana Reyes, Resident Representative of the agency in Manila, welcomed the guests.",
            "Ana Reyes",
            "Representative",
        ),
    ],
)
def test_a_multi_word_title_is_the_role_and_no_part_of_the_name(
    extract: Extract, text: str, name: str, role_word: str
) -> None:
    people = people_by_name(extract(text))
    assert name in people, people
    assert role_word in (people[name]["role"] or "")
    assert not any(w in n for n in people for w in ("Extraordinary", "Councillor", "Magnificus"))


@pytest.mark.parametrize(
    ("text", "name", "role_words"),
    [
        (
            "The accord was signed by the president of Fapesp, Professor Marcos Tavares Silva, and "
            "by the vice-president of the CNRS, Professor Dr. Claire Dubois.",
            "Claire Dubois",
            {"vice-president", "CNRS"},
        ),
        (
            "The accord was signed by the president of Fapesp, Professor Marcos Tavares Silva, and "
            "by the vice-president of the CNRS, Professor Dr. Claire Dubois.",
            "Marcos Tavares Silva",
            {"president", "Fapesp"},
        ),
        (
            "Present were the Rector Magnificus of Leiden University, Prof. dr. Hester Vos, and the deans.",
            "Hester Vos",
            {"Rector", "Magnificus"},
        ),
        (
            "It was signed in Rome by Conicet president Pedro Gomez and CNR president Anna Rossi, with "
            "Chile's ambassador to Italy, Carla Muñoz, in attendance.",
            "Carla Muñoz",
            {"ambassador", "Italy"},
        ),
    ],
)
def test_a_role_before_the_name_and_its_honorifics_is_read(
    extract: Extract, text: str, name: str, role_words: set[str]
) -> None:
    people = people_by_name(extract(text))
    assert name in people, people
    role = people[name]["role"] or ""
    assert all(w in role for w in role_words), role


def test_a_role_with_a_common_noun_owner_is_not_taken(extract: Extract) -> None:
    people = people_by_name(extract("The minister met the president of the company, Laura Bianchi, in Rome."))
    assert "company" not in (people.get("Laura Bianchi", {}).get("role") or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The visitors were led by ITC Dean Prof. dr. Pieter Smit, who spoke first.", "Pieter Smit"),
        ("Present were Prof. dr. ir. Hester Vos and two guests.", "Hester Vos"),
    ],
)
def test_lower_case_titles_inside_a_chain_of_honorifics(extract: Extract, text: str, name: str) -> None:
    assert name in person_names(extract(text))


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "The signing took place in the Prof. Anwar Hall and was attended by Dr. Stuart Hall, "
            "who said hi.",
            "Anwar Hall",
            "Stuart Hall",
        ),
        (
            "Guests met in the Nelson Mandela Auditorium on Friday, said Mr. Jan Smit.",
            "Nelson Mandela",
            "Jan Smit",
        ),
        (
            "The forum was opened by Prof. Ahmad Hall, rector of the university, in the Dr. Ruth Ong "
            "Building.",
            "Ruth Ong",
            "Ahmad Hall",
        ),
    ],
)
def test_a_hall_named_after_a_person_is_no_person(
    extract: Extract, text: str, absent: str, present: str
) -> None:
    names = person_names(extract(text))
    assert absent not in names
    assert present in names


def test_words_before_an_organisation_head_are_no_person(extract: Extract) -> None:
    text = "Contact:\nForeign Ministry, Press Division\nMinister's Secretariat, Public Relations Office\n"
    assert "Public Relations" not in person_names(extract(text))
