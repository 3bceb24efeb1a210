"""Amount probes of session 16, round 2 (grammar probes, helper f). Texts of our own.

1. Spanish, Portuguese and French scale words ("4.200 millones de pesos", "R$ 3,5 milhões", "3
   millions d'euros"): a dot between thousands, a comma before decimals, "de"/"d'" before the
   currency word.
2. Currency symbols of smaller dollar countries and of East Africa and the Gulf ("FJ$", "Ksh",
   "Dh"), and "Rs" as the rupee of the country the text names (Pakistan, Sri Lanka, Nepal, India).
3. "dirhams" is the currency of the country named nearest: Morocco's or the Emirates'.
"""

from __future__ import annotations

import pytest

from .records import Extract

ROMANCE = [
    pytest.param(
        "Chile and Spain fund astronomy with 4.200 millones de pesos.", 4_200_000_000, "CLP", id="millones de"
    ),
    pytest.param(
        "Brazil and Portugal invest R$ 3,5 milhões in joint projects.", 3_500_000, "BRL", id="milhões"
    ),
    pytest.param("Brazil and Germany commit R$ 1,2 bilhão to research.", 1_200_000_000, "BRL", id="bilhão"),
    pytest.param(
        "Mexico and Spain give up to 2,5 millones de euros per project.", 2_500_000, "EUR", id="decimal comma"
    ),
    pytest.param(
        "Colombia and Germany provide COP 6.000 millones for research.", 6_000_000_000, "COP", id="code first"
    ),
    pytest.param("Peru and Ecuador set aside S/ 2 millones for the projects.", 2_000_000, "PEN", id="soles"),
    pytest.param("Argentina and Italy add US$ 5 millones to the fund.", 5_000_000, "USD", id="dollar"),
    pytest.param(
        "Argentina and Brazil budget 1.200 mil millones de pesos.",
        1_200_000_000_000,
        "ARS",
        id="mil millones",
    ),
    pytest.param(
        "Portugal and Angola fund ocean work with 2,3 milhões de euros.", 2_300_000, "EUR", id="milhões de"
    ),
    pytest.param(
        "Senegal and France commit 3 millions d'euros to the call.", 3_000_000, "EUR", id="millions d'"
    ),
    pytest.param(
        "Tunisia and France commit 1,5 milliard d’euros to the plan.", 1_500_000_000, "EUR", id="milliard"
    ),
]


@pytest.mark.parametrize(("text", "value", "currency"), ROMANCE)
def test_romance_scales(extract: Extract, text: str, value: int, currency: str) -> None:
    amounts = extract("LIMA, 3 May 2025 - " + text + "\n", published=None)["amounts"]
    assert [(a["value"], a["currency"]) for a in amounts] == [(value, currency)], amounts


SYMBOLS = [
    pytest.param(
        "SUVA, 3 May 2025 - Fiji and Japan fund resilience research with FJ$2 million.", 2e6, "FJD", id="FJ$"
    ),
    pytest.param(
        "APIA, 3 May 2025 - Samoa and Australia add WS$ 500,000 for fisheries science.", 5e5, "WST", id="WS$"
    ),
    pytest.param(
        "NAIROBI, 3 May 2025 - Kenya and Germany add about Ksh 350m to drought research.",
        3.5e8,
        "KES",
        id="Ksh",
    ),
    pytest.param(
        "DUBAI, 3 May 2025 - The UAE and Singapore commit Dh200 million to research.", 2e8, "AED", id="Dh"
    ),
    pytest.param(
        "ISLAMABAD, 3 May 2025 - Pakistan and China fund agriculture research with Rs. 500 million.",
        5e8,
        "PKR",
        id="Rs Pakistan",
    ),
    pytest.param(
        "COLOMBO, 3 May 2025 - Sri Lanka and Japan fund ocean research with Rs 90 million.",
        9e7,
        "LKR",
        id="Rs Sri Lanka",
    ),
    pytest.param(
        "NEW DELHI, 3 May 2025 - India and Japan fund AI research with Rs 200 crore.",
        2e9,
        "INR",
        id="Rs India",
    ),
    pytest.param(
        "RABAT, 3 May 2025 - Morocco and Spain fund water research with 30 millions de dirhams.",
        3e7,
        "MAD",
        id="dirhams Morocco",
    ),
    pytest.param(
        "ABU DHABI, 3 May 2025 - The UAE and India fund space research with 40 million dirhams.",
        4e7,
        "AED",
        id="dirhams UAE",
    ),
]


@pytest.mark.parametrize(("text", "value", "currency"), SYMBOLS)
def test_regional_symbols(extract: Extract, text: str, value: float, currency: str) -> None:
    amounts = extract(text + "\n", published=None)["amounts"]
    assert [(a["value"], a["currency"]) for a in amounts] == [(value, currency)], amounts


NOT_CHANGED = [
    pytest.param(
        "Japan and the UK give 4.5 million pounds to the programme.", 4_500_000, "GBP", id="English decimal"
    ),
    pytest.param("Germany and Korea add EUR 500.000 to the fund.", 500_000, "EUR", id="dot thousands"),
]


@pytest.mark.parametrize(("text", "value", "currency"), NOT_CHANGED)
def test_english_figures_unchanged(extract: Extract, text: str, value: int, currency: str) -> None:
    amounts = extract("TOKYO, 3 May 2025 - " + text + "\n", published=None)["amounts"]
    assert [(a["value"], a["currency"]) for a in amounts] == [(value, currency)], amounts
