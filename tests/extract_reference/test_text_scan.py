"""Word-bounded Aho-Corasick scans: a hit is kept exactly when it neither starts nor ends inside a
word (letters and digits of spaced scripts; any character may border a Japanese name)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.reference.text import Hit, bounded, build_automaton, longest_first, scan

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


def plain_longest_first(hits: list[Hit]) -> list[Hit]:
    """The definition: longest first (then earliest), skipping any hit that overlaps a kept one."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), max_size=12))
def test_longest_first_keeps_the_longest_hits_that_overlap_no_other(spans: list[tuple[int, int]]) -> None:
    hits = [Hit(n, start, start + size) for n, (start, size) in enumerate(spans)]  # in any order
    assert longest_first(hits, 50) == plain_longest_first(hits)


def test_longest_first_examples() -> None:
    apart = [Hit(0, 10, 12), Hit(1, 0, 3), Hit(2, 3, 5)]  # touching is not overlapping
    assert longest_first(apart, 20) == [Hit(1, 0, 3), Hit(2, 3, 5), Hit(0, 10, 12)]
    nested = [Hit(0, 0, 5), Hit(1, 0, 11), Hit(2, 6, 11), Hit(3, 10, 14)]  # "New Delhi" over "Delhi"
    assert longest_first(nested, 20) == [Hit(1, 0, 11)]
    twins = [Hit(0, 2, 4), Hit(1, 2, 4)]
    assert longest_first(twins, 10) == [Hit(0, 2, 4)]
