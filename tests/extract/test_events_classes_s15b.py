"""Event classes of session 15, round 2 (helper b). Texts of our own.

1. The day an instrument took effect ("signed in Oslo in March 2021, entered into force on 1 May
   2022", "in force since 1 January") is no occasion: a signing told beside it keeps the day it
   was signed, and no event is dated, nor ends, on the day it took effect.
"""

from __future__ import annotations

import pytest

from .records import Extract

IN_FORCE = [
    pytest.param(
        "Norway and Chile met in Santiago on 4 June 2025. A fisheries agreement between the two "
        "countries, signed in Oslo in March 2021, entered into force on 1 May 2022.\n",
        "2021-03",
        "2022-05-01",
        id="entered into force on",
    ),
    pytest.param(
        "Officials of Peru and Japan met in Lima on 3 June 2025. The tax treaty, signed in Tokyo in "
        "October 2019, has been in force since 1 January 2021 and covers both income and capital.\n",
        "2019-10",
        "2021-01-01",
        id="in force since",
    ),
    pytest.param(
        "Ghana and Brazil met in Accra on 2 June 2025. The arrangement signed in Brasilia in April "
        "2023 came into effect on 15 August 2023.\n",
        "2023-04",
        "2023-08-15",
        id="came into effect on",
    ),
]


@pytest.mark.parametrize(("text", "signed", "in_force"), IN_FORCE)
def test_the_day_an_instrument_took_effect_is_no_events(
    extract: Extract, text: str, signed: str, in_force: str
) -> None:
    events = extract(text, published="2025-06-05")["events"]
    assert all(e.get("date") != in_force and e.get("end") != in_force for e in events), events
    signings = [e for e in events if e.get("type") == "signing"]
    assert all(e.get("date") == signed for e in signings), events


def test_a_signing_on_its_day_keeps_it(extract: Extract) -> None:
    text = (
        "Estonia and Korea signed a memorandum of understanding in Tallinn on 12 May 2025. It will "
        "take effect in 2026.\n"
    )
    events = extract(text, published="2025-05-13")["events"]
    assert any(e.get("type") == "signing" and e.get("date") == "2025-05-12" for e in events), events
