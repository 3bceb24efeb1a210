"""Round 13a person classes: a lower-case role written right before a name, with no comma, and
optionally a portfolio or a body after its head ("signed by Peru's ambassador NAME", "opened by
state minister for digital affairs NAME", "director of the Harbour Tech Park NAME")."""

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
            "The treaty was signed by Peru's ambassador Rosa Quispe on Monday.",
            "Rosa Quispe",
            "Peru's ambassador",
        ),
        (
            "The accord was initialled by Norway's ambassador Ingrid Solberg in Lima.",
            "Ingrid Solberg",
            "Norway's ambassador",
        ),
        (
            "The lab was opened by state minister for digital affairs Tomás Ferreira.",
            "Tomás Ferreira",
            "state minister for digital affairs",
        ),
        (
            "The mission was led by state executive councillor for industry Datuk Aziz Rahman in May.",
            "Aziz Rahman",
            "state executive councillor for industry",
        ),
        ("The plan was backed by former diplomat Pieter Smit last week.", "Pieter Smit", "former diplomat"),
        (
            "Guests were welcomed by director of the Harbour Tech Park Bakhtiyor Usmonov and staff.",
            "Bakhtiyor Usmonov",
            "director of the Harbour Tech Park",
        ),
        (
            "Talks also included Ghana's science attaché Kofi Mensah in Accra.",
            "Kofi Mensah",
            "Ghana's science attaché",
        ),
        (
            "Among the speakers was chief executive Laura Bianchi of the agency.",
            "Laura Bianchi",
            "chief executive",
        ),
        ("The workshop invited visiting professor Ana Lopes to speak.", "Ana Lopes", "visiting professor"),
    ],
)
def test_lower_role_right_before_name(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people
    assert people[name] == role


@pytest.mark.parametrize(
    "text",
    [
        "The grant was announced by the minister at Science Day in Lima.",  # (an event, no person)
        "The exhibit was opened by the minister Science Day organisers invited.",
        "Funding came from a team lead Marco programme.",  # (no two-word name)
    ],
)
def test_no_person_from_lower_word_before_non_name(text: str) -> None:
    assert not _people(text)


def test_verb_before_role_is_not_part_of_it() -> None:
    people = _people("The charter was witnessed by Chile's ambassador to Japan Camila Rojas yesterday.")
    assert people.get("Camila Rojas") == "Chile's ambassador to Japan"


def test_glue_before_name_gives_no_role() -> None:
    people = _people("The talks were led by the ambassador to Japan and Maria Costa.")
    assert people.get("Maria Costa") is None


def test_body_ending_in_a_place_is_no_person() -> None:
    people = _people("The event was attended by a representative of Campus France Kenya Office and staff.")
    assert not any("Kenya" in name for name in people)
    people = _people("The signing was witnessed by a delegate of Erasmus Desk Vietnam.")
    assert not any("Vietnam" in name for name in people)
