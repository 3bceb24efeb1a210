"""Amounts, cross-set round 14a. Three classes, all sentences our own:

1. A currency word that several countries share ("pesos", "crowns", "escudos", "francs") is the
   currency of the country the text names last before the sum (else first after it); a text that
   names no such country states no amount with it.
2. Currency marks that a country's own press writes ("RM30 million", "Tk 38 crore", "NAD 500,000",
   "RM1.2bil") and the national forms of shared words ("Swedish crowns").
3. Thousands grouped with spaces before a full stop or a comma ("EUR 1 200 000.") are one figure,
   not its first group."""

from __future__ import annotations

import pytest

from bilat.extract.money import find_amounts

from .records import Extract

SHARED_WORDS = [  # (text, (value, currency) the record must hold)
    ("Mexico and Spain agreed on a joint call. The Mexican side gives 42 million pesos.", (42e6, "MXN")),
    (
        "Chile will invest 3,500 million pesos in the observatory, the ministry in Santiago said.",
        (3.5e9, "CLP"),
    ),
    ("Norway and Japan: the Research Council adds 25 million crowns to the joint call.", (25e6, "NOK")),
    ("The Czech academy will put 80 million crowns into the Prague laboratory.", (80e6, "CZK")),
    ("Cabo Verde and Portugal will share the cost; Praia gives 60 million escudos.", (60e6, "CVE")),
    ("Rwanda's ministry in Kigali committed 900 million francs to the hub.", (900e6, "RWF")),
    ("Kenya and Korea open a centre; Nairobi adds 120 million shillings.", (120e6, "KES")),
]


@pytest.mark.parametrize(("text", "amount"), SHARED_WORDS)
def test_a_shared_currency_word_takes_the_named_countrys_currency(
    extract: Extract, text: str, amount: tuple[float, str]
) -> None:
    amounts = {(a["value"], a["currency"]) for a in extract(text)["amounts"]}
    assert amount in amounts, amounts


def test_the_country_named_last_before_the_sum_decides() -> None:
    text = "Argentina gives 5 million pesos; Mexico then adds 7 million pesos."
    places = [(text.find("Argentina"), "AR"), (text.find("Mexico"), "MX")]
    found = [(m.value, m.currency) for m in find_amounts(text, places=places)]
    assert found == [(5e6, "ARS"), (7e6, "MXN")]


def test_a_shared_word_without_its_country_is_no_amount() -> None:
    assert find_amounts("The band was paid 300 pesos and 40 crowns in Berlin.", places=[(30, "DE")]) == []
    assert find_amounts("The budget is 40 million crowns.") == []


MARKS = [  # (text, (value, currency))
    ("The state will provide RM45 million over three years to the Penang campus.", (45e6, "MYR")),
    ("The plant is worth RM2.4bil, the company said.", (2.4e9, "MYR")),
    ("Dhaka has committed Tk 52 crore from the development budget.", (520e6, "BDT")),
    ("Grants of up to NAD 750,000 are available in Windhoek.", (750e3, "NAD")),
    ("Stockholm will spend 200 million Swedish crowns on the joint quantum call.", (200e6, "SEK")),
]


@pytest.mark.parametrize(("text", "amount"), MARKS)
def test_national_currency_marks(text: str, amount: tuple[float, str]) -> None:
    assert [(m.value, m.currency) for m in find_amounts(text)] == [amount]


def test_a_share_price_after_rm_is_no_amount() -> None:
    assert find_amounts("Its shares rose to RM3.15 on Tuesday.") == []


SPACED = [  # (text, values in EUR)
    ("The total budget is EUR 2 400 000. Each team may get more.", [2.4e6]),
    ("FCT funds up to EUR 650 000, and the ministry the rest.", [650e3]),
    ("It costs EUR 1 250 000; the rest is in kind.", [1.25e6]),
]


@pytest.mark.parametrize(("text", "values"), SPACED)
def test_space_grouped_thousands_before_punctuation(text: str, values: list[float]) -> None:
    assert [m.value for m in find_amounts(text)] == values
