"""Agreement classes of session 19, round 1 (helper c). Texts of our own.

1. The year since which a relation rests on an instrument ("cooperation has rested since 1971 on the
   Agreement ...", "is based ever since 2005 on the agreement") or since which an instrument is in
   force, after its title and the sides it binds ("the Agreement ... in force between the two
   governments since 2012", "vigente entre ... desde 2012", "em vigor desde 1995"), dates the
   instrument by that year, as "the 1971 Agreement" does (agreements `_SINCE_ON`, `_year_after`).
   A year since which people merely met or worked under it does not ("has met since 2009 under the
   Agreement": the body's year, not the instrument's).
"""

from __future__ import annotations

import pytest

from .records import Extract

SINCE_YEAR = [  # (text, the (type, parties, date) of every agreement)
    pytest.param(
        "Research ties between Norway and Brazil have rested since 2005 on the Agreement on Cooperation "
        "in Science and Technology.",
        [("agreement", ["BR", "NO"], "2005")],
        id="rested since a year on the Agreement",
    ),
    pytest.param(
        "Cooperation between Ghana and Italy has been based ever since 1999 on an agreement on "
        "scientific and technological cooperation.",
        [("agreement", ["GH", "IT"], "1999")],
        id="based ever since a year on an agreement",
    ),
    pytest.param(
        "The two ministers reviewed the Agreement on Science and Technology in force between Kenya "
        "and Japan since 2014.",
        [("agreement", ["JP", "KE"], "2014")],
        id="in force between the sides since a year",
    ),
    pytest.param(
        "Los ministros revisaron el Acuerdo de Cooperación Técnica vigente entre Perú y México desde "
        "2003.",
        [("agreement", ["MX", "PE"], "2003")],
        id="vigente entre ... desde, Spanish",
    ),
    pytest.param(
        "Os ministros avaliaram o Acordo de Cooperação Científica entre Portugal e o Brasil, em vigor "
        "desde 1995.",
        [("agreement", ["BR", "PT"], "1995")],
        id="entre ..., em vigor desde, Portuguese",
    ),
    pytest.param(
        "The joint committee of India and Sweden has met since 2009 under the Agreement on Science "
        "and Technology.",
        [("agreement", ["IN", "SE"], None)],
        id="met since a year: no date of the instrument",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_YEAR)
def test_a_year_since_which_an_instrument_stands_dates_it(
    extract: Extract, text: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    agreements = extract(text, published="2025-06-01")["agreements"]
    assert [(a["type"], a["parties"], a["date"]) for a in agreements] == expected
