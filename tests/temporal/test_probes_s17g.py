"""Round 17g grammar probe: a day written without its year takes the year of a date of the same
month stated earlier in its sentence ("in November 2023, during which ... on 22 November")."""

from __future__ import annotations

import pytest

from bilat.temporal import tag

REF = "2026-03-20"

CASES = [
    (
        "During the state visit in November 2023, the two leaders signed the accord on 22 November.",
        "22 November",
        "2023-11-22",
    ),
    (
        "The forum met in Oslo in June 2024 and adopted its charter on June 14, a week later.",
        "June 14",
        "2024-06-14",
    ),
    ("Talks opened on 2 May 2022, and the memorandum followed on 9 May.", "9 May", "2022-05-09"),
    # another sentence, or another month: the reference decides as before
    ("The visit was in November 2023. The accord was signed on 22 November.", "22 November", "2025-11-22"),
    ("The visit was in November 2023, and the accord was signed on 2 December.", "2 December", "2025-12-02"),
    # a weekday that fixes the year still wins
    ("The talks in March 2024 resumed on Tuesday 3 March.", "Tuesday 3 March", "2026-03-03"),
]


@pytest.mark.parametrize(("text", "expression", "value"), CASES)
def test_yearless_day_after_same_month(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, REF)}
    assert found.get(expression) == value, found
