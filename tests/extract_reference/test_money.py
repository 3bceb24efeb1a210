"""Money: every written form of an amount, normalised to a value and an ISO 4217 code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.money import Money, find_amounts


def amounts(text: str) -> list[tuple[float, str, str | None]]:
    return [(m.value, m.currency, m.qualifier) for m in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a grant of ¥2.5 million per year", [(2_500_000, "JPY", None)]),
        ("JPY 380,000,000 in total", [(380_000_000, "JPY", None)]),
        ("380 million yen for each project", [(380_000_000, "JPY", None)]),
        ("the 10-trillion-yen fund", [(10_000_000_000_000, "JPY", None)]),
        ("a 2億5000万円 budget", [(250_000_000, "JPY", None)]),
        ("€760 million was pledged", [(760_000_000, "EUR", None)]),
        ("EUR 6.6 million", [(6_600_000, "EUR", None)]),
        ("110 EUR/day", [(110, "EUR", None)]),
        ("5,000 euros per team", [(5_000, "EUR", None)]),
        ("£15.5 million for the detector", [(15_500_000, "GBP", None)]),
        ("GBP 2bn", [(2_000_000_000, "GBP", None)]),
        ("twenty million pounds sterling", [(20_000_000, "GBP", None)]),
        ("US$762 million in exports", [(762_000_000, "USD", None)]),
        ("a $6m contract", [(6_000_000, "USD", None)]),
        ("A$5 million", [(5_000_000, "AUD", None)]),
        ("C$1.2 billion", [(1_200_000_000, "CAD", None)]),
        ("SGD 25 million and S$3 million", [(25_000_000, "SGD", None), (3_000_000, "SGD", None)]),
        ("KRW 3 billion", [(3_000_000_000, "KRW", None)]),
        ("50 billion won", [(50_000_000_000, "KRW", None)]),
        ("₩1.5 trillion", [(1_500_000_000_000, "KRW", None)]),
        ("Rs 19 crore", [(190_000_000, "INR", None)]),
        ("INR 10 lakh", [(1_000_000, "INR", None)]),
        ("Rs. 1,20,000 per fellow", [(120_000, "INR", None)]),
        ("₹2,50,00,000", [(25_000_000, "INR", None)]),
        ("5 crore rupees", [(50_000_000, "INR", None)]),
        ("CHF 2 million", [(2_000_000, "CHF", None)]),
        ("100 million Swedish kronor", [(100_000_000, "SEK", None)]),
        ("NOK 40 million", [(40_000_000, "NOK", None)]),
        ("a million euros", [(1_000_000, "EUR", None)]),
        ("Rs 1.5 lakh crore", [(1_500_000_000_000, "INR", None)]),
        ("100億ドル", [(10_000_000_000, "USD", None)]),
        ("3,000万ユーロ", [(30_000_000, "EUR", None)]),
        ("1.5兆円", [(1_500_000_000_000, "JPY", None)]),
        ("€2.5m and £500k", [(2_500_000, "EUR", None), (500_000, "GBP", None)]),
        ("3 million US dollars", [(3_000_000, "USD", None)]),
        ("€12 000 per year", [(12_000, "EUR", None)]),
        ("12 000 € per team", [(12_000, "EUR", None)]),
        ("EUR 1 500 000 in 2024", [(1_500_000, "EUR", None)]),
    ],
)
def test_written_forms(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("up to ¥2.5 million", "up_to"),
        ("a maximum of €12,000", "up_to"),
        ("not exceeding 5 million yen", "up_to"),
        ("over €760 million", "over"),
        ("more than $2 billion", "over"),
        ("about US$51.8 billion", "about"),
        ("approximately £3m", "about"),
        ("the equivalent of about EUR 6.6 million", "about"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    [money] = find_amounts(text)
    assert money.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("€5,000–€12,000", 5_000, 12_000, "EUR"),
        ("$10-20 million", 10_000_000, 20_000_000, "USD"),
        ("5,000 to 12,000 euros", 5_000, 12_000, "EUR"),
        ("between ¥1 million and ¥3 million", 1_000_000, 3_000_000, "JPY"),
        ("between 1 and 3 million yen", 1_000_000, 3_000_000, "JPY"),
        ("£2m to £5m", 2_000_000, 5_000_000, "GBP"),
    ],
)
def test_ranges(text: str, low: float, high: float, currency: str) -> None:
    [money] = find_amounts(text)
    assert (money.qualifier, money.low, money.high, money.value, money.currency) == (
        "range",
        low,
        high,
        high,
        currency,
    )


def test_two_amounts_that_are_not_a_range() -> None:
    found = amounts("from EUR 5,000 up to €12,000 per project")
    assert found == [(5_000, "EUR", None), (12_000, "EUR", "up_to")]


@pytest.mark.parametrize(
    "text",
    [
        "8 billion people live on Earth",
        "a 20% increase in 2024",
        "call +81 3 1234 5678 or 03-1234-5678",
        "in 2024 yen weakness hurt importers",
        "the yen lost a quarter of its value",
        "Japan won 3 gold medals",
        "version 2.5 of the report, ISBN 978-3-16-148410-0",
        "$",
        "US$ and €",
        "Section 5.3 million",
    ],
)
def test_numbers_that_are_not_money(text: str) -> None:
    assert find_amounts(text) == []


def test_a_bare_dollar_can_mean_another_dollar() -> None:
    assert amounts("a $5 million grant") == [(5_000_000, "USD", None)]
    assert [m.currency for m in find_amounts("a $5 million grant", dollar="AUD")] == ["AUD"]
    assert [m.currency for m in find_amounts("US$5 million", dollar="AUD")] == ["USD"]


def test_evidence_spans_cover_the_amount() -> None:
    text = "JSPS covers up to ¥2.5 million per year and 380 million yen overall."
    spans = [text[m.start : m.end] for m in find_amounts(text)]
    assert spans == ["¥2.5 million", "380 million yen"]


# --- property tests: render random amounts in every supported format and parse them back ---------

SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
PREFIXES = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "A$": "AUD",
    "Rs ": "INR",
    "EUR ": "EUR",
    "JPY ": "JPY",
    "KRW ": "KRW",
    "SGD ": "SGD",
    "₩": "KRW",
    "₹": "INR",
}
SUFFIXES = {
    " yen": "JPY",
    " euros": "EUR",
    " pounds": "GBP",
    " dollars": "USD",
    " won": "KRW",
    " rupees": "INR",
    " EUR": "EUR",
    " JPY": "JPY",
    " GBP": "GBP",
}


def grouped(number: int) -> str:
    return f"{number:,}"


def indian(number: int) -> str:
    digits = str(number)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


@settings(max_examples=300, deadline=None)
@given(
    number=st.integers(min_value=1, max_value=999_999_999),
    prefix=st.sampled_from(sorted(PREFIXES)),
    style=st.sampled_from(["plain", "grouped", "spaced"]),
)
def test_prefixed_integers_round_trip(number: int, prefix: str, style: str) -> None:
    written = {"plain": str(number), "grouped": grouped(number), "spaced": grouped(number).replace(",", " ")}[
        style
    ]
    [money] = find_amounts(f"The budget is {prefix}{written} in total.")
    assert money.value == number and money.currency == PREFIXES[prefix]


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999),
    tenths=st.integers(min_value=0, max_value=9),
    scale=st.sampled_from(sorted(SCALE_WORDS)),
    suffix=st.sampled_from(sorted(SUFFIXES)),
    hyphens=st.booleans(),
)
def test_scaled_amounts_with_currency_words_round_trip(
    whole: int, tenths: int, scale: str, suffix: str, hyphens: bool
) -> None:
    number = f"{whole}.{tenths}" if tenths else str(whole)
    written = f"{number}-{scale}-{suffix.strip()}" if hyphens else f"{number} {scale}{suffix}"
    [money] = find_amounts(f"They announced a {written} package.")
    assert money.value == pytest.approx(float(number) * SCALE_WORDS[scale], rel=1e-9)
    assert money.currency == SUFFIXES[suffix]


@settings(max_examples=200, deadline=None)
@given(number=st.integers(min_value=1_000, max_value=99_99_99_999))
def test_indian_grouping_round_trips(number: int) -> None:
    [money] = find_amounts(f"a grant of Rs {indian(number)} each")
    assert (money.value, money.currency) == (number, "INR")


@settings(max_examples=200, deadline=None)
@given(
    low=st.integers(min_value=1, max_value=500),
    extra=st.integers(min_value=1, max_value=500),
    dash=st.sampled_from(["-", "–", " to "]),
)
def test_ranges_round_trip(low: int, extra: int, dash: str) -> None:
    high = low + extra
    [money] = find_amounts(f"awards of ${low}{dash}{high} million")
    assert (money.low, money.high, money.qualifier) == (low * 1e6, high * 1e6, "range")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_safe(text: str) -> None:
    for money in find_amounts(text):
        assert isinstance(money, Money)
        assert 0 <= money.start < money.end <= len(text)
        assert money.value > 0 and len(money.currency) == 3


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "$",
                "€",
                "5",
                "0",
                ",",
                ".",
                " ",
                "million",
                "yen",
                "-",
                "to",
                "up to",
                "Rs",
                "crore",
                "1,20",
                "between",
                "and",
                "¥",
                "億",
                "円",
                "\n",
            ]
        ),
        max_size=60,
    )
)
def test_fragments_of_money_syntax_are_safe(parts: list[str]) -> None:
    text = "".join(parts)
    for money in find_amounts(text):
        assert text[money.start : money.end]
        assert money.value > 0
