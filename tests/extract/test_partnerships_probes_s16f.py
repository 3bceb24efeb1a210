"""Partnership probes of session 16, round 2 (grammar probes, helper f). Texts of our own.

1. A comma list of three countries ("Indonesia, Malaysia and Thailand signed ...") names all three
   alike: not only its last two as a pair. With a word of three partners after it, the three are
   one chain; without, each pair weighs the same.
2. An STI word that names the goods of a trade ("a trade agreement on technology exports") does not
   make a text about science cooperation.
"""

from __future__ import annotations

import pytest

from .records import Extract


def pairs(record: dict[str, object]) -> set[tuple[str, ...]]:
    return {tuple(p["pair"]) for p in record["partnerships"]}  # type: ignore[attr-defined,index]


LISTS = [
    pytest.param(
        "JAKARTA, 1 July 2025 - Indonesia, Malaysia and Thailand signed a memorandum on research "
        "cooperation in marine science and biotechnology.",
        {("ID", "MY"), ("ID", "TH"), ("MY", "TH")},
        id="list of three",
    ),
    pytest.param(
        "PRETORIA, 1 July 2025 - South Africa, Kenya and Ghana launched a trilateral research programme "
        "on drought-resistant crops and climate science.",
        {("GH", "KE"), ("GH", "ZA"), ("KE", "ZA")},
        id="trilateral list",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_of_three(extract: Extract, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(extract(text + "\n", published=None)) == expected


def test_two_partners_and_a_list_aside(extract: Extract) -> None:
    text = (
        "LISBON, 4 May 2025 - Portugal and Brazil held their 5th joint committee on science and "
        "technology and agreed on research in ocean science and biotechnology. Delegates recalled a "
        "statement signed by the European Union, Brazil and South Africa in 2017.\n"
    )
    assert pairs(extract(text, published=None)) == {("BR", "PT")}


def test_trade_in_technology(extract: Extract) -> None:
    text = (
        "RIYADH, 20 November 2024 - Saudi Arabia and France signed a trade agreement on technology "
        "exports and investment in the aviation sector.\n"
    )
    assert pairs(extract(text, published=None)) == set()


def test_technology_export_controls_still_count(extract: Extract) -> None:
    text = (
        "TOKYO, 20 November 2024 - Japan and the Netherlands agreed to cooperate on technology export "
        "controls for semiconductors.\n"
    )
    assert pairs(extract(text, published=None)) == {("JP", "NL")}
