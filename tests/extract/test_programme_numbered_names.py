"""A programme whose name ends in a number before its programme word ("DELTA 2 programme", "ArCS II
project", "EPIC 3 initiative"): the number is part of the name. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

NUMBERED = [  # (text, name)
    ("Polish participants will be funded from the DELTA 2 programme, their partners from KIAT.", "DELTA 2"),
    ("Teams from both countries joined the ArCS II project in 2020.", "ArCS II"),
    ("The agencies co-fund the EPIC 3 initiative on battery recycling.", "EPIC 3"),
]

NOT_NAMES = [  # a count of programmes, a year: no programme's name
    "In 2026 2 programmes were launched by the ministry.",
    "The ministry ran 12 projects in 2025.",
]


@pytest.mark.parametrize(("text", "name"), NUMBERED)
def test_the_number_before_the_programme_word_is_part_of_the_name(
    extract: Extract, text: str, name: str
) -> None:
    assert name in [p["name"] for p in extract(text)["programs"]]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_a_count_of_programmes_is_no_name(extract: Extract, text: str) -> None:
    assert extract(text)["programs"] == []
