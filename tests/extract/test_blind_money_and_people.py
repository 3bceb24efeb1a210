"""Money and people defects found by the second blind check: a currency code before "$" decides
the currency, a code may stand on the line before its figure, South Asian honorifics, place names
that look like "Title Name", and a title with the two-word family name of a known person.
Sentences of our own."""

from __future__ import annotations

import pytest

from bilat.extract.money import find_amounts

from .records import Extract, people_by_name

# A code before a dollar sign names the dollar: (text, value, currency)
CODED_DOLLARS = [
    ("The fund adds CAD $750,000 for joint labs.", 750_000, "CAD"),
    ("Each team may receive up to CAD $6 million over three years.", 6_000_000, "CAD"),
    ("A grant of AUD $2.5 million was agreed.", 2_500_000, "AUD"),
    ("Partners pledged NZD $400,000.", 400_000, "NZD"),
    ("The hub costs SGD$12 million.", 12_000_000, "SGD"),
    ("Seed awards of HKD $80,000 are open.", 80_000, "HKD"),
    ("A bare $5 million stays in dollars.", 5_000_000, "USD"),
]


@pytest.mark.parametrize(("text", "value", "currency"), CODED_DOLLARS)
def test_a_code_before_a_dollar_sign_decides_the_currency(text: str, value: float, currency: str) -> None:
    amounts = find_amounts(text)
    assert [(a.value, a.currency) for a in amounts] == [(value, currency)]


def test_the_coded_amount_starts_at_its_code() -> None:
    text = "The fund adds CAD $750,000 for joint labs."
    (amount,) = find_amounts(text)
    assert text[amount.start : amount.end] == "CAD $750,000"


# A code alone at the end of a line, its figure on the next: (text, value or None)
LINE_BROKEN = [
    ("Total budget: EUR\n900,000 for the consortium.", 900_000.0),
    ("Budget line (USD)\nUSD\n1.2 million", 1_200_000.0),
    ("Funding per project in JPY \n 5,000,000 at most.", 5_000_000.0),
    ("All costs are stated in EUR\n2025 figures follow.", None),  # a year on the next line
]


@pytest.mark.parametrize(("text", "value"), LINE_BROKEN)
def test_a_code_may_stand_on_the_line_before_its_figure(text: str, value: float | None) -> None:
    values = [a.value for a in find_amounts(text)]
    assert values == ([value] if value is not None else [])


# South Asian honorifics are dropped from the name: (text, name)
HONORIFICS = [
    ("Shri Arvind Mehra, Secretary of the department, opened the meeting.", "Arvind Mehra"),
    ("The delegation met Smt. Kavita Rao Menon in Delhi.", "Kavita Rao Menon"),
    ("Shrimati Leela Nair, Director of the centre, spoke first.", "Leela Nair"),
    ("Sri Ananth Krishnan, Director of the institute, welcomed the guests.", "Ananth Krishnan"),
]


@pytest.mark.parametrize(("text", "name"), HONORIFICS)
def test_south_asian_honorifics_are_not_part_of_the_name(extract: Extract, text: str, name: str) -> None:
    assert name in people_by_name(extract(text))


def test_sri_that_begins_a_place_name_makes_no_person(extract: Extract) -> None:
    record = extract("Scientists from Sri Lanka and Sri Jayewardenepura Kotte joined the network.")
    assert record["people"] == []


# A title before a name that a place head holds or follows names a place
PLACES = [
    "The survey team wintered on King George Island last year.",
    "Supplies reached Queen Maud Land in January.",
    "The ship sailed from Prince Edward Islands to the mainland.",
    "Researchers camped near King Haakon Bay for a week.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_place_name_head_after_the_name_means_no_person(extract: Extract, text: str) -> None:
    assert extract(text)["people"] == []


def test_a_title_with_the_two_word_family_name_is_the_known_person(extract: Extract) -> None:
    record = extract(
        "Marcela Fuentes Araya, Director of the observatory, opened the session. "
        "Dr. Fuentes Araya added that the data would be shared."
    )
    assert list(people_by_name(record)) == ["Marcela Fuentes Araya"]


def test_a_family_name_shared_by_two_people_stays_apart(extract: Extract) -> None:
    record = extract(
        "Tomas Vidal Ruiz, Director of the institute, and Elena Vidal Ruiz, Minister of Science, met. "
        "Dr. Vidal Ruiz added that talks would go on."
    )
    assert "Vidal Ruiz" in people_by_name(record)


def test_a_given_name_one_letter_off_is_the_same_person_misspelt(extract: Extract) -> None:
    record = extract(
        "H.E. Mr. Frederic Lanzmann, Ambassador of the republic, chaired the session. "
        "Photo: Amb. Frederik Lanzmann (left) at the signing."
    )
    assert list(people_by_name(record)) == ["Frederic Lanzmann"]


def test_two_short_given_names_of_one_family_stay_apart(extract: Extract) -> None:
    record = extract(
        "Dr. Maria Lopez, Director of the lab, and Dr. Marta Lopez, Rector of the university, met."
    )
    assert {"Maria Lopez", "Marta Lopez"} <= set(people_by_name(record))
