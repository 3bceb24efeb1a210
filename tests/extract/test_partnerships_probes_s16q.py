"""Partnership probes of session 16, round 5 (grammar probes, helper q). Texts of our own.

1. A comma list of four or five countries closed by "and" ("Kenya, Uganda, Tanzania and Rwanda
   signed ...") names its countries alike: no pair of its last two. (Lists of three keep their
   rule; lists as long as `list_min_countries` are left to the filter of lists of participants.)
2. Two partners joined by "and" before or after such a list still make their pair.
3. A sentence that names two countries and speaks of "both countries" / "the two countries" is about
   them as partners, with no other word of cooperation ("The Embassy of Israel in Vietnam hosted a
   workshop ... for researchers from both countries").
"""

from __future__ import annotations

import pytest

from .records import Extract


def pairs(record: dict[str, object]) -> set[tuple[str, ...]]:
    return {tuple(p["pair"]) for p in record["partnerships"]}  # type: ignore[attr-defined,index]


LISTS = [
    pytest.param(
        "NAIROBI, 5 May 2025 - Kenya, Uganda, Tanzania and Rwanda signed a memorandum on cooperation in "
        "health research.",
        set(),
        id="list of four",
    ),
    pytest.param(
        "SUVA, 5 May 2025 - Fiji, Samoa, Tonga, Kiribati and Vanuatu agreed to cooperate on research into "
        "ocean science.",
        set(),
        id="list of five",
    ),
    pytest.param(
        "SANTIAGO, 5 May 2025 - Chile, Argentina and Uruguay signed a trilateral agreement on research "
        "cooperation in astronomy.",
        {("AR", "CL"), ("AR", "UY"), ("CL", "UY")},
        id="trilateral list of three kept",
    ),
    pytest.param(
        "SINGAPORE, 5 May 2025 - Singapore and Thailand agreed to cooperate on smart cities research. "
        "Ministers from Malaysia, Indonesia, Vietnam and the Philippines attended the signing.",
        {("SG", "TH")},
        id="pair beside a list of four",
    ),
    pytest.param(
        "LIMA, 5 May 2025 - Peru and Ecuador launched a joint call on fisheries science. Delegations from "
        "Chile, Colombia, Bolivia and Brazil observed the launch.",
        {("EC", "PE")},
        id="pair before a list of four",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_of_four_or_five(extract: Extract, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(extract(text + "\n", published=None)) == expected


BOTH = [
    pytest.param(
        "HANOI, 5 May 2025 - The Embassy of Israel in Vietnam hosted a workshop on agricultural technology "
        "and water reuse for researchers from both countries.",
        {("IL", "VN")},
        id="both countries",
    ),
    pytest.param(
        "ACCRA, 5 May 2025 - Scientists of Ghana and Brazil presented their findings on cocoa crop science, "
        "a field in which the two countries lead.",
        {("BR", "GH")},
        id="the two countries",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOTH)
def test_both_countries_in_the_sentence(extract: Extract, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(extract(text + "\n", published=None)) == expected
