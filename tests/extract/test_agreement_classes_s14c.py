"""Agreement classes of session 14, round 3. Texts of our own.

1. An instrument introduced as one more beside another of its kind ("X separately signed a
   memorandum with Y", "a separate memorandum", "another memorandum") is an instrument of its own,
   while a lead and a body retelling one memorandum stay one.
"""

from __future__ import annotations

import pytest

from .records import Extract

TWO = [
    pytest.param(
        "KUCHING, May 6 (Wire) - Two Malaysian engineering firms and a Chinese battery maker on "
        "Tuesday signed a memorandum of understanding to build a cell plant in Bintulu.\n\n"
        "The state's development agency separately signed a memorandum with Tsinghua University to "
        "set up a training centre for battery engineers.\n",
        id="separately signed",
    ),
    pytest.param(
        "KUCHING, May 6 (Wire) - Malaysia and China on Tuesday signed a memorandum of understanding "
        "on battery recycling.\n\nA separate memorandum was signed by the two countries' research "
        "councils on joint doctoral training.\n",
        id="a separate memorandum",
    ),
]


@pytest.mark.parametrize("text", TWO)
def test_one_more_memorandum_is_its_own(extract: Extract, text: str) -> None:
    agreements = extract(text, published="2025-05-06")["agreements"]
    memoranda = [a for a in agreements if a["type"] == "memorandum"]
    assert len(memoranda) == 2, agreements


def test_a_lead_and_its_retelling_stay_one(extract: Extract) -> None:
    text = (
        "KUCHING, May 6 (Wire) - Malaysia and China on Tuesday signed a memorandum of understanding "
        "on battery recycling.\n\nThe memorandum, signed in Kuching by the two science ministers, "
        "sets up a joint laboratory. Under a memorandum of understanding the two sides will also "
        "exchange researchers.\n"
    )
    agreements = extract(text, published="2025-05-06")["agreements"]
    memoranda = [a for a in agreements if a["type"] == "memorandum"]
    assert len(memoranda) == 1, agreements
