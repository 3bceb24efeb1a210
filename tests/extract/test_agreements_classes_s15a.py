"""Agreement classes of session 15, round 1 (helper b). Texts of our own.

1. The bracketed short form right after an instrument's words ("a memorandum of understanding (MoU)
   on Monday", "a Memorandum of Understanding (MoU) in Bergen last Friday") names the same
   instrument: the day told after it dates the instrument, not a dateline or the page's date.
"""

from __future__ import annotations

import pytest

from .records import Extract

SHORT_FORM = [
    pytest.param(
        "OSLO, Mar 12 (Wire) - Norway's research council and a Chilean funding agency signed a "
        "memorandum of understanding (MoU) on Monday to fund joint work on salmon health.\n",
        "memorandum",
        "2025-03-10",
        id="dateline and weekday",
    ),
    pytest.param(
        "12 March 2025\n\nChilean and Norwegian institutes sign memorandum on ocean data\n\n"
        "Two Chilean and two Norwegian institutes signed a Memorandum of Understanding (MoU) in Bergen "
        "last Friday, setting up a shared archive of ocean observations.\n",
        "memorandum",
        "2025-03-07",
        id="page date and last Friday",
    ),
]


@pytest.mark.parametrize(("text", "kind", "date"), SHORT_FORM)
def test_a_bracketed_short_form_does_not_claim_the_day(
    extract: Extract, text: str, kind: str, date: str
) -> None:
    agreements = [a for a in extract(text, published="2025-03-12")["agreements"] if a["type"] == kind]
    assert agreements and agreements[0]["date"] == date, agreements


def test_another_instrument_after_still_claims_its_date(extract: Extract) -> None:
    text = (
        "The two agencies signed a memorandum of understanding on 3 March 2025, and the Agreement on "
        "Scientific Cooperation between Norway and Chile, signed in 1998, remains their framework.\n"
    )
    agreements = extract(text, published="2025-03-12")["agreements"]
    memoranda = [a for a in agreements if a["type"] == "memorandum"]
    older = [a for a in agreements if a["type"] == "agreement"]
    assert memoranda and memoranda[0]["date"] == "2025-03-03", agreements
    assert older and older[0]["date"] == "1998", agreements
