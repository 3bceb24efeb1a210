"""Round 17m grammar probe: the n-th or the last weekday of a named month ("the first Monday of
September 2025", "on the last Friday of March") is that day of that month, not the weekday nearest
the reference day."""

from __future__ import annotations

import pytest

from bilat.temporal import tag

REF = "2025-01-10"

CASES = [
    (
        "The workshop will be held on the last Friday of March 2025 in Suva.",
        "last Friday of March 2025",
        "2025-03-28",
    ),
    (
        "Kenya and Rwanda meet on the first Monday of September 2025.",
        "first Monday of September 2025",
        "2025-09-01",
    ),
    ("The panel convenes on the second Tuesday of June in Astana.", "second Tuesday of June", "2025-06-10"),
    (
        "Delegates gathered on the third Wednesday in November 2024.",
        "third Wednesday in November 2024",
        "2024-11-20",
    ),
    (
        "The ministers will meet again on the last Thursday of September.",
        "last Thursday of September",
        "2025-09-25",
    ),
    (
        "The 4th Saturday of February 2026 is set aside for the fair.",
        "4th Saturday of February 2026",
        "2026-02-28",
    ),
]


@pytest.mark.parametrize(("text", "expression", "value"), CASES)
def test_nth_weekday_of_month(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, REF)}
    assert found.get(expression) == value, found


def test_plain_last_weekday_is_unchanged() -> None:
    found = {t.text: t.value for t in tag("The ministers met last Friday in Lima.", REF)}
    assert found.get("last Friday") == "2025-01-03", found
