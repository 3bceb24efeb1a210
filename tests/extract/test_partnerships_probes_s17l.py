"""Partnership probes of session 17, round 3 (grammar probes, helper l). Texts of our own.

A closed list of four countries that the text then speaks of as four partners together ("the
Quad", "a quadrilateral meeting", "the four countries"), also when "and the" closes the list: every
pair of the four. A list of four without such words names its countries alike (no pairs of it).
"""

from __future__ import annotations

import itertools

import pytest

from .records import Extract

QUAD = (
    "Joint Statement of the Quad Leaders - Wilmington, 21 September 2024\n"
    "The leaders of Australia, India, Japan and the United States met today. The Quad will launch a new"
    " research fellowship on quantum technologies and critical minerals.\n"
)
FOUR = (
    "NAIROBI, 3 May 2025 - Ministers of Kenya, Uganda, Tanzania and Rwanda met in Nairobi. The four"
    " countries signed a quadrilateral memorandum on research cooperation in agriculture.\n"
)
LISTED = (
    "NAIROBI, 3 May 2025 - Kenya and Finland signed a memorandum on research cooperation in agriculture."
    " Finland also works with Uganda, Tanzania, Rwanda and Ethiopia on forestry.\n"
)


def every_pair(*codes: str) -> set[tuple[str, str]]:
    return set(itertools.combinations(sorted(codes), 2))


CASES = [
    pytest.param(QUAD, every_pair("AU", "IN", "JP", "US"), id="Quad"),
    pytest.param(FOUR, every_pair("KE", "UG", "TZ", "RW"), id="four"),
    pytest.param(LISTED, {("FI", "KE")}, id="list of four, no four partners"),
]


@pytest.mark.parametrize(("text", "pairs"), CASES)
def test_four_partners(extract: Extract, text: str, pairs: set[tuple[str, str]]) -> None:
    record = extract(text, published=None)
    assert {tuple(p["pair"]) for p in record["partnerships"]} == pairs, record["partnerships"]
