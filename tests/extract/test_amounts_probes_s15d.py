"""Amount probes of session 15, round 4 (grammar probes, helper d). Texts of our own.

1. A dollar sign followed by its country's letters ("$A2 million", "$NZ 5m", "$AUD 3,000") is
   that country's dollar, as "A$" and "$US" are.
"""

from __future__ import annotations

import pytest

from .records import Extract

DOLLARS = [
    pytest.param("Australia and India provide $A2 million for fellowships.", 2_000_000, "AUD", id="$A"),
    pytest.param("New Zealand and Japan each give $NZ 5m to the programme.", 5_000_000, "NZD", id="$NZ"),
    pytest.param("Australia and Korea fund visits of up to $AUD 30,000.", 30_000, "AUD", id="$AUD"),
    pytest.param("Canada and Germany commit $CAD 4 million to research.", 4_000_000, "CAD", id="$CAD"),
    pytest.param("Japan and Israel invest NIS 20 million in the programme.", 20_000_000, "ILS", id="NIS"),
]


@pytest.mark.parametrize(("text", "value", "currency"), DOLLARS)
def test_dollar_sign_then_country(extract: Extract, text: str, value: int, currency: str) -> None:
    amounts = extract("TOKYO, 3 May 2024 - " + text + "\n", published=None)["amounts"]
    assert [(a["value"], a["currency"]) for a in amounts] == [(value, currency)], amounts


WORDS = [
    pytest.param("Japan and the UK provide five hundred million yen.", 500_000_000, "JPY", id="hundreds"),
    pytest.param("Germany and Korea add two hundred thousand euros.", 200_000, "EUR", id="hundred thousand"),
    pytest.param("Japan and India give seventy million rupees.", 70_000_000, "INR", id="tens"),
    pytest.param("Japan and Chile give five million dollars.", 5_000_000, "USD", id="plain"),
]


@pytest.mark.parametrize(("text", "value", "currency"), WORDS)
def test_numbers_in_words(extract: Extract, text: str, value: int, currency: str) -> None:
    amounts = extract("TOKYO, 3 May 2024 - " + text + "\n", published=None)["amounts"]
    assert [(a["value"], a["currency"]) for a in amounts] == [(value, currency)], amounts
