"""Deadline words are whole words: "closest partners" states no deadline. Texts of our own."""

from __future__ import annotations

from .records import Extract


def test_closest_is_no_deadline(extract: Extract) -> None:
    text = (
        "Funding: Peru and Spain today signed a memorandum on 12 June 2025 in Madrid, deepening one of "
        "Spain's closest research partnerships. New joint funding of EUR 2 million will follow."
    )
    assert extract(text, published="2025-06-12")["calls"] == []


def test_a_deadlines_heading_still_lists_its_deadlines(extract: Extract) -> None:
    text = (
        "Call for proposals: Andes-Alps joint projects\n\n"
        "Deadlines\n"
        "- Swiss applicants: 3 March 2026, 17:00 CET\n"
        "- Chilean applicants: 6 March 2026\n"
    )
    deadlines = sorted(c["deadline"][:10] for c in extract(text, published="2025-12-01")["calls"])
    assert deadlines == ["2026-03-03", "2026-03-06"]
