"""A hard line break inside a person's name that the sentence splitter leaves (title and given
name at a line end, family name starting the next line before a role or a speech verb), and a
currency code on the line after its figure. Sentences of our own."""

from __future__ import annotations

import pytest

from bilat.extract.money import find_amounts

from .records import Extract, person_names

# A name cut by a line break and followed by a role or a speech verb: (text, name)
BROKEN_NAMES = [
    ("The keynote came from Dr. Ingrid\nHalvorsen, Rector of the university, on Monday.", "Ingrid Halvorsen"),
    ("The panel was opened by Prof. Tomasz\nKowalczyk, director of the institute.", "Tomasz Kowalczyk"),
    ("At the close Dr. Amara\nOkonkwo said the labs would open in June.", "Amara Okonkwo"),
    ("Questions went to Mr. Rafael\r\nDomínguez, the Minister of Science, after lunch.", "Rafael Domínguez"),
    ("Greetings came from the Vice Rector, Dr. Ingrid\nHalvorsen. The labs open soon.", "Ingrid Halvorsen"),
]


@pytest.mark.parametrize(("text", "name"), BROKEN_NAMES)
def test_a_name_broken_across_lines_is_one_name(extract: Extract, text: str, name: str) -> None:
    assert name in person_names(extract(text))


# The next line starts something else: no name is glued: (text, name that must not appear)
NOT_GLUED = [
    ("Enquiries: Dr. Lindqvist\nProgramme Office, Director of the centre.", "Lindqvist Programme"),
    ("The report thanks Dr. Moreau\nMarine Biology Unit staff for their help.", "Moreau Marine"),
    ("Chair: Prof. Baptiste\nVenue: Main Hall, Room 4.", "Baptiste Venue"),
    ("We thank Dr. Halvorsen\nNordic. The labs open soon.", "Halvorsen Nordic"),  # no role before
]


@pytest.mark.parametrize(("text", "glued"), NOT_GLUED)
def test_a_line_that_starts_something_else_is_not_glued(extract: Extract, text: str, glued: str) -> None:
    assert not any(glued in name for name in person_names(extract(text)))


# A code at the start of the line after its figure: (text, value or None)
CODE_NEXT_LINE = [
    ("The ministry has set aside 900,000\nEUR for the first phase.", 900_000.0),
    ("The ministry has set aside 900,000\r\nEUR for the first phase.", 900_000.0),
    ("Each award is worth 1.2 million \n  USD over two years.", 1_200_000.0),
    ("The plan covers 2.5 million\nCHF of joint work.", 2_500_000.0),
    ("Tables list the budget for 2025\nEUR figures are rounded.", None),  # a year at the line end
]


@pytest.mark.parametrize(("text", "value"), CODE_NEXT_LINE)
def test_a_code_may_stand_on_the_line_after_its_figure(text: str, value: float | None) -> None:
    values = [a.value for a in find_amounts(text)]
    assert values == ([value] if value is not None else [])


def test_the_amount_spans_figure_and_code() -> None:
    text = "The ministry has set aside 900,000\nEUR for the first phase."
    (amount,) = find_amounts(text)
    assert (text[amount.start : amount.end], amount.currency) == ("900,000\nEUR", "EUR")
