"""Amounts, round 15a. Class, all sentences our own: a currency's local mark that the symbol table
lacked ("$U" of the Uruguayan peso, "QR" of the Qatari riyal, "$US" of the US dollar). "QR" is a
strict mark, like "R" and "RM": it counts only before a scaled or grouped figure ("QR code" and
"QR 2" are no sums)."""

from __future__ import annotations

import pytest

from bilat.extract.money import find_amounts

MARKED = [  # (text, value, currency)
    ("The faculty adds $U 1,800,000 from its own mobility fund.", 1_800_000, "UYU"),
    ("Each team may receive up to QR3 million over three years.", 3_000_000, "QAR"),
    ("The fund holds QR 450,000 for pilot grants.", 450_000, "QAR"),
    ("The bank lent $US40 million for the new campus.", 40_000_000, "USD"),
    ("The bank lent $USD 12 million for the new campus.", 12_000_000, "USD"),
]

NO_SUM = [
    "Scan the QR code to register for the seminar.",
    "Participants scan the QR 2 code at the door.",
]


@pytest.mark.parametrize(("text", "value", "currency"), MARKED)
def test_local_currency_marks(text: str, value: float, currency: str) -> None:
    assert [(a.value, a.currency) for a in find_amounts(text)] == [(value, currency)]


@pytest.mark.parametrize("text", NO_SUM)
def test_qr_alone_is_no_sum(text: str) -> None:
    assert find_amounts(text) == []
