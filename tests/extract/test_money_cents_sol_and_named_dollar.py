"""Money: dots between thousands with a decimal comma for the cents ("R$ 1.500.000,00"), the
Peruvian sol written "S/" or "S/." before a scaled or grouped figure, and the bare "$" of a text
that names one dollar currency ("C$2.4 million ... awards of $6,000": Canadian dollars).
Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.extract.money import find_amounts, named_dollar


def sums(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.currency) for m in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("each team may request up to R$ 1.500.000,00. Others may join.", [(1500000.0, "BRL")]),
        ("a grant of € 2.400.000,50 for the consortium", [(2400000.5, "EUR")]),
        ("a budget of 1.500.000,00 € in total", [(1500000.0, "EUR")]),
        ("EUR 12.000,00 per visit", [(12000.0, "EUR")]),
        ("the fund adds 3.250.000,00 EUR", [(3250000.0, "EUR")]),
    ],
)
def test_dot_thousands_with_decimal_comma_cents(text: str, expected: list[tuple[float, str]]) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize("text", ["code 1.500.000,001 in the list", "the rate 1.500,5 was quoted"])
def test_malformed_cents_are_no_sum(text: str) -> None:
    assert sums(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the lower rates will cost around S/ 45 million a year", [(45000000.0, "PEN")]),
        ("a fund of S/. 3,500,000 for regional universities", [(3500000.0, "PEN")]),
        ("S/12m for research vessels", [(12000000.0, "PEN")]),
    ],
)
def test_the_peruvian_sol(text: str, expected: list[tuple[float, str]]) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize("text", ["see S/ 20 on page 4", "the I/O S/ 2 port"])
def test_a_sol_mark_before_a_bare_small_number_is_no_sum(text: str) -> None:
    assert sums(text) == []


@pytest.mark.parametrize(
    ("text", "dollar"),
    [
        ("NSERC adds C$2.4 million; students get awards of $6,000 each.", "CAD"),
        ("The council gives A$5m, with $200,000 for travel.", "AUD"),
        ("All sums are in Canadian dollars: $40,000 per project.", "CAD"),
        ("CAD 750,000 in total and $20,000 per student.", "CAD"),
        ("NZ$ 1 million for the programme and $50,000 for each exchange.", "NZD"),
        # no dollar named, or more than one: the US dollar
        ("A grant of $20,000 per team.", "USD"),
        ("US$1 million from one side, C$2 million from the other, and $3 million in kind.", "USD"),
        # a real is no dollar
        ("NSF invests $5 million and FAPEMIG R$ 18 million.", "USD"),
    ],
)
def test_a_bare_dollar_is_the_dollar_the_text_names(text: str, dollar: str) -> None:
    assert named_dollar(text) == dollar
    bare = [m for m in find_amounts(text) if text[m.start] == "$"]
    assert bare and all(m.currency == dollar for m in bare)


def test_a_caller_may_still_choose_the_dollar() -> None:
    assert sums("C$2m and $3m") != sums_with("C$2m and $3m", "USD")


def sums_with(text: str, dollar: str) -> list[tuple[float, str]]:
    return [(m.value, m.currency) for m in find_amounts(text, dollar=dollar)]


def test_the_record_reads_a_bare_dollar_as_the_named_one(extract: Callable[..., dict[str, Any]]) -> None:
    text = (
        "Ireland and Canada launch a research network. NSERC contributes C$2.4 million and students "
        "receive awards of $6,000 each."
    )
    amounts = {(a["value"], a["currency"]) for a in extract(text)["amounts"]}
    assert amounts == {(2400000.0, "CAD"), (6000.0, "CAD")}
