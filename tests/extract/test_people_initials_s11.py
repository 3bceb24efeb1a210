"""Names whose given names are written as initials ("S. Somanath", "M. K. Stalin", "A.P.J. Abdul
Kalam"), the usual form in Indian, Sri Lankan, Malaysian-Indian, some West African and older British
usage. Texts of our own.

Such a name is a person where the text marks one: after an honorific or a role title, before a
", ROLE" apposition, or before a speech verb. The name is kept as written, initials included. A run
of initials before a word that the text reads as a country, a body or a firm named after its founder
("U.S. Navy", "J. P. Morgan", "A. P. Moller-Maersk") is no person.
"""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_names

MARKED = [
    # after an honorific
    ("Dr. R. Venkataraman of the Indian Institute of Science opened the session.", "R. Venkataraman", None),
    ("The panel heard Prof. T. Pradeep on water filtration.", "T. Pradeep", "Prof."),
    ("Mr K. Selvaraj welcomed the delegates from Japan.", "K. Selvaraj", None),
    ("Thiru P. Anbalagan handed over the memorandum.", "P. Anbalagan", None),
    ("Dr M.S. Swaminathan was remembered at the opening.", "M.S. Swaminathan", None),
    ("Mrs. N. Abeywickrama of Sri Lanka chaired the second session.", "N. Abeywickrama", None),
    # after a role title
    ("Minister M. K. Subramanian signed on behalf of Malaysia.", "M. K. Subramanian", "Minister"),
    ("The visit was led by Vice-Chancellor K. R. Nair of the university.", "K. R. Nair", "Vice-Chancellor"),
    ("Ambassador G. Balasubramaniam presented credentials in Nairobi.", "G. Balasubramaniam", "Ambassador"),
    # before a ", ROLE" apposition
    (
        "S. Ravichandran, Director of the National Institute of Ocean Technology, said the buoy was ready.",
        "S. Ravichandran",
        "Director of the National Institute of Ocean Technology",
    ),
    (
        "The talks were opened by A. O. Adeyemi, Director General of the agency.",
        "A. O. Adeyemi",
        "Director General",
    ),
    ("K.V. Ramanan, Chairman of the board, spoke after lunch.", "K.V. Ramanan", "Chairman"),
    # before a speech verb
    ("The new centre will train 200 engineers a year, R. Chidambaram said.", "R. Chidambaram", None),
]


@pytest.mark.parametrize(("text", "person", "role"), MARKED)
def test_a_name_with_initials_is_found_where_the_text_marks_a_person(
    extract: Extract, text: str, person: str, role: str | None
) -> None:
    record = extract(text)
    found = people_by_name(record).get(person)
    assert found is not None, person_names(record)
    if role is not None:
        assert (found["role"] or "").startswith(role)


def test_several_names_with_initials_in_one_sentence(extract: Extract) -> None:
    record = extract(
        "Dr. V. Narayanan, Chairman of the Space Commission, met Prof. A. K. Sood and Mr P. Chandran. "
        "Minister E. V. Velu also spoke."
    )
    assert {"V. Narayanan", "A. K. Sood", "P. Chandran", "E. V. Velu"} <= set(person_names(record))


def test_an_initial_that_is_also_monsieur_begins_the_name(extract: Extract) -> None:
    # "M." before more initials is the first initial of the name, not "Monsieur"
    record = extract("Chief Minister M. K. Stalin inaugurated the research park in Chennai.")
    assert "M. K. Stalin" in person_names(record)
    assert "K. Stalin" not in person_names(record)


def test_monsieur_before_a_full_name_is_still_an_honorific(extract: Extract) -> None:
    record = extract("M. Laurent Morel, Director of the institute, signed the letter.")
    assert "Laurent Morel" in person_names(record)


NOT_PEOPLE = [
    "J. P. Morgan, the investment bank, said the fund would grow.",
    "J.P. Morgan Chase said the fund would grow.",
    "A. P. Moller-Maersk, the shipping group, said trade would recover.",
    "The U.S. Navy said the survey ship would sail in May.",
    "The U.K. Space Agency said the mission would launch next year.",
    "A. Introduction. B. Scope of the call.",
    "Dr. S. and her team will publish the results.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_initials_before_a_firm_a_country_or_nothing_are_no_person(extract: Extract, text: str) -> None:
    names = person_names(extract(text))
    assert not any(name.split()[0].endswith(".") for name in names), names


def test_a_middle_initial_still_joins_the_name(extract: Extract) -> None:
    record = extract("Karen L. Whitfield, Program Director at the foundation, announced the awards.")
    assert "Karen L. Whitfield" in person_names(record)


def test_a_lone_monsieur_before_a_surname_is_no_initial(extract: Extract) -> None:
    record = extract("M. Girardin said the satellite data would be shared with the partners.")
    assert "M. Girardin" not in person_names(record)


def test_an_honorific_written_as_initials_stays_an_honorific(extract: Extract) -> None:
    for text in (
        "The High Commissioner of Ghana to India, H.E. Kwame Mensah Asare, joined the visit.",
        "H.E. Amina Diallo, Ambassador of Senegal to Japan, opened the forum.",
    ):
        names = person_names(extract(text))
        assert not any(name.startswith("H.E.") for name in names), names
