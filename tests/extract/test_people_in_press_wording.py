"""Person patterns found by scoring fresh documents blind: a name after a portfolio and a comma
that a new clause follows, lower-case role heads right before a name, and "Title: NAME" in a
bracket. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _person(record: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The person called `name` in a record."""
    return next((p for p in record["people"] if p["name"] == name), None)


# "Minister of X, Given Middle Family, and the ...": the whole name, the role without it
PORTFOLIO_COMMA = [
    (
        "The accord was signed by Ghana's Minister of Roads and Highways, Kwame Asante Boateng, "
        "and the Danish Minister for Development.",
        "Kwame Asante Boateng",
        "Minister of Roads and Highways",
    ),
    (
        "It was opened by Peru's Minister of Energy and Mines, Rosa Elena Quispe, and the French envoy.",
        "Rosa Elena Quispe",
        "Minister of Energy and Mines",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), PORTFOLIO_COMMA)
def test_name_after_portfolio_and_comma_before_a_new_clause(
    extract: Extract, text: str, name: str, role: str
) -> None:
    person = _person(extract(text), name)
    assert person is not None
    assert person["role"].endswith(role)
    assert name.split()[0] not in person["role"]


def test_a_portfolio_that_goes_on_after_a_comma_keeps_its_words(extract: Extract) -> None:
    record = extract("The Minister of Education, Higher Education, and Research Anna Maria Bernini spoke.")
    person = _person(record, "Anna Maria Bernini")
    assert person is not None
    assert "Research" in person["role"]


# lower-case role heads written right before a name, as the press does
LOWER_BEFORE_NAME = [
    (
        '"It was hard," said Ghana head coach Kofi Mensah Owusu after the game.',
        "Kofi Mensah Owusu",
        "head coach",
    ),
    ("His rival, coach Pedro Alves Nunes, was calmer.", "Pedro Alves Nunes", "coach"),
    ("League president Samira Haddad said the season would start in May.", "Samira Haddad", "president"),
]


@pytest.mark.parametrize(("text", "name", "role"), LOWER_BEFORE_NAME)
def test_lower_case_role_right_before_a_name(extract: Extract, text: str, name: str, role: str) -> None:
    person = _person(extract(text), name)
    assert person is not None
    assert person["role"].endswith(role)


def test_a_lower_case_role_word_without_a_name_finds_nobody(extract: Extract) -> None:
    assert extract("The president said the coach would stay for the season.")["people"] == []


# "(ACRONYM; Title: NAME)": the name closes the bracket
LABELLED = [
    (
        "The Korea Research Council (KRC; President: PARK Min-jun) funds the call.",
        "Min-jun Park",
        "President",
    ),
    ("The fund (Director: Ana Sofia Duarte) opened the call.", "Ana Sofia Duarte", "Director"),
]


@pytest.mark.parametrize(("text", "name", "role"), LABELLED)
def test_title_colon_name_in_a_bracket(extract: Extract, text: str, name: str, role: str) -> None:
    person = _person(extract(text), name)
    assert person is not None
    assert person["role"].endswith(role)


def test_title_colon_words_on_an_agenda_are_no_person(extract: Extract) -> None:
    record = extract("Agenda: Minister: Closing Session. President: Opening Remarks.")
    assert record["people"] == []


# organisations in the cells of a Markdown table row (a row is no menu of links)
TABLE_ROWS = [
    (
        "| Wheat | Maria Rossi, Senior Researcher, ENEA "
        "| Paulo Souza, Associate Professor, University of Brasília |",
        "University of Brasília",
    ),
    (
        "| Soils | Professor Jane Obi, University of Lagos | Dr. Emma Berg, Lund University |",
        "Lund University",
    ),
]


@pytest.mark.parametrize(("text", "organisation"), TABLE_ROWS)
def test_organisations_in_a_table_row(extract: Extract, text: str, organisation: str) -> None:
    names = {o["name"] for o in extract(text)["organizations"]}
    assert organisation in names


def test_a_menu_line_of_links_names_no_organisation(extract: Extract) -> None:
    record = extract("Home | About the Embassy | Visa Services | Science Office\n\nThe embassy opened today.")
    assert "About the Embassy" not in {o["name"] for o in record["organizations"]}


# a phrase split at the "and" inside a known name: the unit before it, no fragment of the name
def test_a_phrase_that_runs_into_a_known_name_is_cut_before_it(extract: Extract) -> None:
    text = "Write to the Department of International Affairs, Japan Science and Technology Agency, Tokyo."
    names = {o["name"] for o in extract(text)["organizations"]}
    assert names == {"Department of International Affairs", "Japan Science and Technology Agency"}


# "Board" heads a name when a word qualifies it; a company's own boards are no organisations
BOARDS = [
    ("Singapore's National Water Board, an observer, presented its plan.", {"National Water Board"}),
    ("The Board of Directors met, and the Editorial Board approved the issue.", set()),
]


@pytest.mark.parametrize(("text", "wanted"), BOARDS)
def test_board_names(extract: Extract, text: str, wanted: set[str]) -> None:
    assert {o["name"] for o in extract(text)["organizations"]} == wanted


# a one-word name that an apposition calls an organisation ("X, the Dutch institute for ...")
def test_one_word_name_described_by_an_apposition(extract: Extract) -> None:
    text = (
        "The plan involves Vattenbyrån, the Swedish water agency, and Marinlab, the Norwegian "
        "institute for coastal research, which will share data."
    )
    orgs = {o["name"]: o.get("country") for o in extract(text)["organizations"]}
    assert orgs == {"Vattenbyrån": "SE", "Marinlab": "NO"}


APPOSITIONS_OF_NO_ORGANISATION = [
    "Meanwhile, the agency said it would publish the data.",
    "The award went to Kamau, the institute director, in May.",
    "The team visited Bandung, the university city, in June.",
]


@pytest.mark.parametrize("text", APPOSITIONS_OF_NO_ORGANISATION)
def test_appositions_that_name_no_organisation(extract: Extract, text: str) -> None:
    assert extract(text)["organizations"] == []


# a list of fields before the head ("Science, Technology & Innovation Funding Authority") is one name
FIELDS_BEFORE_HEAD = [
    "The Research, Development and Innovation Council of Ruritania met today.",
    "Science, Technology & Innovation Funding Office\n\nThe office opened a call.",
]


@pytest.mark.parametrize("text", FIELDS_BEFORE_HEAD)
def test_fields_listed_before_a_head_stay_in_the_name(extract: Extract, text: str) -> None:
    names = [o["name"] for o in extract(text)["organizations"]]
    assert any(n.startswith(("Research, Development", "Science, Technology")) for n in names)
    assert not any(n.startswith(("Development", "Technology")) for n in names)


def test_a_list_of_places_before_a_head_is_not_one_name(extract: Extract) -> None:
    names = [
        o["name"]
        for o in extract("Officials from Kenya, Ghana and Nigeria visited the site.")["organizations"]
    ]
    assert names == []


# an acronym kept from an older name: the long form starts at the word with its initial
def test_acronym_that_the_long_form_does_not_spell(extract: Extract) -> None:
    text = (
        "Posted on 3 March 2025\n"
        "The Science, Technology & Innovation Funding Office (STFO) of Ruritania opened a call. "
        "STFO will fund the teams."
    )
    org = next(
        o for o in extract(text)["organizations"] if "STFO" in o.get("aliases", []) or o["name"] == "STFO"
    )
    names = {org["name"], *org.get("aliases", [])}
    assert "Science, Technology & Innovation Funding Office" in names
    assert not any(n.startswith("Technology") for n in names)  # no fragment cut at the comma


# "ORG's Unit of X": the unit is an organisation of its own, the owner stays one too
def test_unit_after_an_organisation_in_the_possessive(extract: Extract) -> None:
    text = "The University of Ruritania's School of Marine Science leads the study."
    names = {o["name"] for o in extract(text)["organizations"]}
    assert "School of Marine Science" in names
    assert not any("'s" in n for n in names)
