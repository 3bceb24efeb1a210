"""Word-bounded Aho-Corasick scans: a hit is kept exactly when it neither starts nor ends inside a
word (letters and digits of spaced scripts; any character may border a Japanese name)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.reference.text import Hit, bounded, build_automaton, scan

PATTERNS = ["Japan", "Japanese", "Korea", "South Korea", "US", "U.S.", "東京", "Franco-"]
PIECES = [*PATTERNS, "a", "9", " ", "-", ".", "é", "の", "_", "ese", "\n"]
AUTOMATON = build_automaton(PATTERNS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_scan_keeps_the_hits_that_are_word_bounded(pieces: list[str]) -> None:
    text = "".join(pieces)
    every = AUTOMATON.find_matches_as_indexes(text, overlapping=True)
    assert scan(AUTOMATON, text, text) == [Hit(p, s, e) for p, s, e in every if bounded(text, s, e)]


def test_scan_examples() -> None:
    text = "Japanese, Japan's and SouthKorea; South Korea-US; 東京の"
    surfaces = [text[h.start : h.end] for h in scan(AUTOMATON, text, text)]
    assert surfaces == ["Japanese", "Japan", "South Korea", "Korea", "US", "東京"]
