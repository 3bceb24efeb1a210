"""Amount probes of session 17, round 3 (grammar probes, helper l). Texts of our own.

1. The Ghanaian cedi written with its sign or with the cent sign ("GH₵ 40 million", "GH¢ 2 million").
2. "riyals" and "rials" are the currency of the Gulf country the text names (Saudi Arabia, Qatar,
   Oman), no longer always the Saudi riyal.
3. "Sh" / "Shs" are the shilling of the East African country the text names, and only before a
   scaled or grouped figure where it names one ("Sh. Rajnath Singh", "Sh 5 officials" are none).
"""

from __future__ import annotations

import pytest

from .records import Extract

CASES = [
    pytest.param(
        "ACCRA, 3 May 2025 - Ghana and Denmark fund climate research with GH₵ 40 million.",
        [(40_000_000, "GHS")],
        id="cedi sign",
    ),
    pytest.param(
        "KUMASI, 3 May 2025 - Ghana and Canada give up to GH¢2.5 million per project on malaria research.",
        [(2_500_000, "GHS")],
        id="cent sign for cedi",
    ),
    pytest.param(
        "DOHA, 3 May 2025 - Qatar and Japan fund joint AI research with 150 million riyals.",
        [(150_000_000, "QAR")],
        id="riyals Qatar",
    ),
    pytest.param(
        "RIYADH, 3 May 2025 - Saudi Arabia and Korea fund hydrogen research with 80 million riyals.",
        [(80_000_000, "SAR")],
        id="riyals Saudi",
    ),
    pytest.param(
        "MUSCAT, 3 May 2025 - Oman and India fund joint solar research with 2 million rials.",
        [(2_000_000, "OMR")],
        id="rials Oman",
    ),
    pytest.param(
        "NAIROBI, 3 May 2025 - Kenya and Finland agreed joint research on AI. Trade between the two"
        " countries reached Sh 12 billion last year.",
        [(12_000_000_000, "KES")],
        id="Sh Kenya",
    ),
    pytest.param(
        "KAMPALA, 3 May 2025 - Uganda and Korea agreed joint research on AI worth Shs 40 million.",
        [(40_000_000, "UGX")],
        id="Shs Uganda",
    ),
    pytest.param(
        "DODOMA, 3 May 2025 - Tanzania and Sweden agreed joint health research worth Sh 3 billion.",
        [(3_000_000_000, "TZS")],
        id="Sh Tanzania",
    ),
    pytest.param(
        "NEW DELHI, 3 May 2025 - India and Japan agreed joint research on AI. Sh. Rajnath Singh and"
        " Sh 5 officials attended.",
        [],
        id="Sh as Shri",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_regional_currencies(extract: Extract, text: str, expected: list[tuple[int, str]]) -> None:
    amounts = extract(text + "\n", published=None)["amounts"]
    assert [(a["value"], a["currency"]) for a in amounts] == expected, amounts
