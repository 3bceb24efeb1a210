"""ISO codes of the world's other currencies ("PYG 2,300 million", "1.5 billion MNT") count as
sums of money only with a scaled or grouped figure, since the same letters also stand before small
numbers that are no sums ("SDG 7", "COP 28", "NPR 24"). Sentences of our own."""

from __future__ import annotations

import pytest

from bilat.extract.money import find_amounts

SUMS = [
    ("The agency will spend PYG 2,300 million on trade missions next year.", 2_300_000_000, "PYG"),
    ("Mongolia pledged MNT 4.5 billion to the joint laboratory.", 4_500_000_000, "MNT"),
    ("The fund holds 1,200,000 KZT for travel.", 1_200_000, "KZT"),
    ("Bolivia will put BOB 70 million into the observatory.", 70_000_000, "BOB"),
    ("A grant of 2.5 billion UZS goes to the university.", 2_500_000_000, "UZS"),
    ("Colombia committed COP 5,000 million to the programme.", 5_000_000_000, "COP"),
    ("Seed grants of ₲ 150 million are open to start-ups.", 150_000_000, "PYG"),
    ("The ministry approved 40 billion guaraníes for the centre.", 40_000_000_000, "PYG"),
    ("Each project receives up to 12 million tenge.", 12_000_000, "KZT"),
    ("The bank lent 300 million Zambian kwacha for solar farms.", 300_000_000, "ZMW"),
]


@pytest.mark.parametrize(("sentence", "value", "currency"), SUMS)
def test_a_rare_currency_with_a_scaled_or_grouped_figure_is_a_sum(
    sentence: str, value: int, currency: str
) -> None:
    assert [(m.value, m.currency) for m in find_amounts(sentence)] == [(value, currency)]


NOT_SUMS = [
    "The project supports SDG 7 on energy and SDG 13 on climate.",
    "Delegates met again at COP 28 in Dubai and at COP29 in Baku.",
    "An IRR 12% return was forecast by the consultants.",
    "Listen to NPR 24 hours a day.",
    "Press BTN 3 to start the test.",
]


@pytest.mark.parametrize("sentence", NOT_SUMS)
def test_the_same_letters_before_a_bare_small_number_are_no_sum(sentence: str) -> None:
    assert find_amounts(sentence) == []


def test_common_codes_still_take_small_figures() -> None:
    found = find_amounts("A daily allowance of EUR 500 and a travel grant of 300 USD.")
    assert [(m.value, m.currency) for m in found] == [(500, "EUR"), (300, "USD")]
