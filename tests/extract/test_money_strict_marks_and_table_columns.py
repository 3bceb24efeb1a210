"""Money mechanisms: a one-letter currency symbol ("R" for the rand) counts only before a scaled or
grouped figure, a decimal comma before a scale word, currency words of West and Central Africa, an
ISO code written flush against a small number is a name ("COP29"), and bare figures in a pipe
table take the currency (and scale) of their column header. Sentences of our own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilat.extract.money import find_amounts, table_amounts

from .records import Extract


def sums(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.currency) for m in find_amounts(text)]


# (text, the sums it states)
RAND = [
    ("The agency adds R12 million for township labs.", [(12_000_000, "ZAR")]),
    ("Each node receives R350 000 a year.", [(350_000, "ZAR")]),
    ("Bursaries of R 45,000 are offered.", [(45_000, "ZAR")]),
    ("A total of R 2,5 billion was set aside.", [(2_500_000_000, "ZAR")]),
    ("Grants run from R1.2 million upwards.", [(1_200_000, "ZAR")]),
    ("The R01 and R21 schemes are American.", []),
    ("Phase R 3 starts next year.", []),
    ("Spending on R&D rose by 4 percent.", []),
    ("Brazil pledged R$ 3 million.", [(3_000_000, "BRL")]),
]


@pytest.mark.parametrize(("text", "expected"), RAND)
def test_a_one_letter_symbol_needs_a_scaled_or_grouped_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert sums(text) == expected


DECIMAL_COMMA = [
    ("The budget is EUR 3,5 million in all.", [(3_500_000, "EUR")]),
    ("The fund holds 7,25 million euros.", [(7_250_000, "EUR")]),
    ("A cap of EUR 1,500 applies.", [(1_500, "EUR")]),
    ("Grants of 12,50 euros make no sense.", []),
]


@pytest.mark.parametrize(("text", "expected"), DECIMAL_COMMA)
def test_a_decimal_comma_counts_before_a_scale_word(text: str, expected: list[tuple[float, str]]) -> None:
    assert sums(text) == expected


AFRICAN_WORDS = [
    ("Each permit costs 250,000 CFA francs.", [(250_000, "XOF")]),
    ("The ministry pays 3 billion FCFA to the institute.", [(3_000_000_000, "XOF")]),
    ("Cameroon gave 40 million Central African CFA francs.", [(40_000_000, "XAF")]),
    ("Ghana adds 2 million cedis.", [(2_000_000, "GHS")]),
    ("Ethiopia pledged 15 million birr.", [(15_000_000, "ETB")]),
]


@pytest.mark.parametrize(("text", "expected"), AFRICAN_WORDS)
def test_currency_words_of_west_and_central_africa(text: str, expected: list[tuple[float, str]]) -> None:
    assert sums(text) == expected


GLUED_CODES = [
    ("Delegates met again at COP29 in Baku.", []),
    ("The COP30 talks ended late.", []),
    ("The fee is USD 500 per team.", [(500, "USD")]),
    ("A top-up of EUR5 million was added.", [(5_000_000, "EUR")]),
    ("A levy of USD2,500 applies.", [(2_500, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_CODES)
def test_a_code_flush_against_a_small_number_is_a_name(text: str, expected: list[tuple[float, str]]) -> None:
    assert sums(text) == expected


TABLE = (
    "Funded teams:\n"
    "| Team | Lead | Grant (GBP) | Travel in euros | Staff |\n"
    "|---|:---|---:|---|---|\n"
    "| 1 | Oslo | 25,000 | 4 000 | 3 |\n"
    "| 2 | Quito | 30,000 | n/a | 2 |\n"
    "| Total |  | 55,000 |  | 5 |\n"
    "Applicants may also ask for CAD 9,000.\n"
)


def test_bare_figures_take_the_currency_of_their_column() -> None:
    found = [(m.value, m.currency, TABLE[m.start : m.end]) for m in find_amounts(TABLE)]
    assert found == [
        (25_000, "GBP", "25,000"),
        (4_000, "EUR", "4 000"),
        (30_000, "GBP", "30,000"),
        (55_000, "GBP", "55,000"),
        (9_000, "CAD", "CAD 9,000"),
    ]


# (header cell, body cell, the sum)
HEADERS = [
    ("Budget (USD million)", "2.5", (2_500_000, "USD")),
    ("Cost (€ m)", "4", (4_000_000, "EUR")),
    ("Grant (£k)", "120", (120_000, "GBP")),
    ("Cost per m (EUR)", "40", (40, "EUR")),
    ("Support (in thousands of yen)", "750", (750_000, "JPY")),
    ("Award ($)", "80,000", (80_000, "USD")),
]


@pytest.mark.parametrize(("header", "cell", "expected"), HEADERS)
def test_a_column_header_gives_currency_and_scale(
    header: str, cell: str, expected: tuple[float, str]
) -> None:
    text = f"| Item | {header} |\n| --- | --- |\n| A | {cell} |\n"
    assert sums(text) == [expected]


NO_CURRENCY_COLUMN = [
    "| Year | Projects |\n|---|---|\n| 2024 | 12 |\n",  # no currency in any header
    "| Team | Prizes won |\n|---|---|\n| A | 3 |\n",  # "won" is a verb here, not the unit
    "| Team | Grant (EUR) |\n| A | 5,000 |\n",  # no rule line: not a table
    "| Team | Grant (EUR) |\n|---|---|\n| A | about half |\n",  # no bare figure
]


@pytest.mark.parametrize("text", NO_CURRENCY_COLUMN)
def test_figures_outside_currency_columns_are_not_amounts(text: str) -> None:
    assert table_amounts(text) == []


def test_the_record_keeps_table_amounts_with_their_cells(extract: Extract) -> None:
    record = extract(TABLE)
    assert {(a["value"], a["currency"]) for a in record["amounts"]} >= {(25_000, "GBP"), (55_000, "GBP")}
    for amount in record["amounts"]:
        (span,) = amount["evidence"]
        assert any(ch.isdigit() for ch in TABLE[span["start"] : span["end"]])


@given(st.integers(min_value=1, max_value=999))
def test_a_strict_symbol_never_reads_a_bare_small_number(number: int) -> None:
    assert find_amounts(f"Item R{number} and item R {number} are listed.") == []


@given(st.integers(min_value=1_000, max_value=999_999_999))
def test_a_grouped_figure_in_a_currency_column_keeps_its_value(number: int) -> None:
    text = f"| Partner | Share (SEK) |\n|---|---|\n| Lund | {number:,} |\n"
    (money,) = find_amounts(text)
    assert (money.value, money.currency, text[money.start : money.end]) == (number, "SEK", f"{number:,}")


# The short marks of the Gulf's and Jordan's currencies are strict too: a two-letter mark that is
# also an abbreviation ("BD", "SR") counts only before a scaled or grouped figure.
GULF = [
    ("Muscat will put in RO 2.4 million for the pilot.", [(2_400_000, "OMR")]),
    ("Tamkeen adds BD 180,000 for the first cohort.", [(180_000, "BHD")]),
    ("KFAS grants up to KD 1.2 million.", [(1_200_000, "KWD")]),
    ("Each team may ask for JD 35,000.", [(35_000, "JOD")]),
    ("The fund totals SR 40 million.", [(40_000_000, "SAR")]),
    ("The council offers 900,000 Omani rials over three years.", [(900_000, "OMR")]),
    ("The SR 2 rocket and the BD 3 cohort are names.", []),
]


@pytest.mark.parametrize(("text", "expected"), GULF)
def test_gulf_marks_need_a_scaled_or_grouped_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert sums(text) == expected
