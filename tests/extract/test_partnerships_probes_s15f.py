"""Partnerships, round 15f (grammar probes; sentences our own):

1. "The two countries" / "both governments": a sentence of cooperation that names the partners
   only so speaks of the two countries of the sentence before.
2. A line cut after a joining word ("Germany and" / "Japan signed ..."), in a short text that no
   wrap width shows as hard-wrapped, carries on to the next line (sentences.py).
3. "X and the Y" joins two partners as "X and Y" does, in a sentence with no word of cooperation
   ("Japan and the Netherlands launch research on ...")."""

from __future__ import annotations

import pytest

from .records import Extract


def pairs(record: dict) -> list[list[str]]:
    return sorted(sorted(p["pair"]) for p in record["partnerships"])


BOTH_SIDES = [  # (text, pair)
    (
        "Tokyo, 12 March 2025 - Japan's Minister Sato welcomed Minister Weber of Germany. The two "
        "countries agreed to expand research cooperation in quantum technologies.\n",
        ["DE", "JP"],
    ),
    (
        "Ottawa, 3 May 2025 - Canada's science minister received her counterpart from Chile. Both "
        "governments will fund joint research projects on ocean observation.\n",
        ["CA", "CL"],
    ),
]


@pytest.mark.parametrize(("text", "pair"), BOTH_SIDES)
def test_the_two_countries_are_those_before(extract: Extract, text: str, pair: list[str]) -> None:
    assert pairs(extract(text)) == [pair]


def test_the_two_countries_need_two_named_before(extract: Extract) -> None:
    text = (
        "Tokyo, 12 March 2025 - Minister Weber of Germany arrived in Osaka. The two countries agreed "
        "to expand research cooperation in quantum technologies.\n"
    )
    assert pairs(extract(text)) == []


CUT_LINES = [  # (text, pair)
    (
        "Berlin, 12 March 2025 - Germany and\nJapan signed a memorandum of cooperation\non research in "
        "quantum\ntechnologies.\n",
        ["DE", "JP"],
    ),
    (
        "Lisbon, 2 June 2025 - A new agreement between\nPortugal and Brazil covers research on "
        "marine biology and ocean observation.\n",
        ["BR", "PT"],
    ),
]


@pytest.mark.parametrize(("text", "pair"), CUT_LINES)
def test_line_cut_after_joining_word(extract: Extract, text: str, pair: list[str]) -> None:
    assert pairs(extract(text)) == [pair]


JOINED_WITH_THE = [  # (text, pair): "X and the Y" joins two partners as "X and Y" does
    (
        "The Hague, 4 April 2025 - Japan and the Netherlands launch research on quantum computing "
        "for drug discovery.\n",
        ["JP", "NL"],
    ),
    (
        "Brussels, 9 May 2025 - The European Union and the Republic of Korea will fund research "
        "on 6G networks from next year.\n",
        ["EU", "KR"],
    ),
]


@pytest.mark.parametrize(("text", "pair"), JOINED_WITH_THE)
def test_and_the_joins_two_partners(extract: Extract, text: str, pair: list[str]) -> None:
    assert pairs(extract(text)) == [pair]
