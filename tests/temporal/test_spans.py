"""Durations and sets."""

from __future__ import annotations

import pytest

CASES = [
    ("The agreement runs for five years.", "five years", "DURATION", "P5Y", None),
    ("Grants last up to 5 years.", "up to 5 years", "DURATION", "P5Y", "EQUAL_OR_LESS"),
    ("Prices rose over the past two months.", "the past two months", "DURATION", "P2M", None),
    ("a 30-day review", "30-day", "DURATION", "P30D", None),
    ("It took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", None),
    ("The talks lasted three hours.", "three hours", "DURATION", "PT3H", None),
    ("Several years passed.", "Several years", "DURATION", "PXY", None),
    ("for at least 20 more years", "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE"),
    ("in the first nine months", "the first nine months", "DURATION", "P9M", None),
    ("The committee meets every two years.", "every two years", "SET", "P2Y", None),
    ("The index is published daily.", "daily", "SET", "P1D", None),
    ("Reports are filed each year.", "each year", "SET", "P1Y", None),
    ("It meets twice a year.", "twice a year", "SET", "P1Y", None),
    ("Office hours every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
]


@pytest.mark.parametrize(("text", "span", "type_", "value", "mod"), CASES)
def test_durations_and_sets(only, text: str, span: str, type_: str, value: str, mod: str | None) -> None:
    timex = only(text)
    assert (timex.text, timex.type, timex.value, timex.mod) == (span, type_, value, mod)


def test_ages_are_not_durations(values) -> None:
    assert values("A 44-year-old engineer and a six-year-old boy.") == []
