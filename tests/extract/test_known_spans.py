"""`KnownSpans.near` gives every known name that may overlap a phrase, in the given order: the same
spans as testing all of them (what `_cut_across_known` did, in time quadratic in the names)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bilat.extract.components.organizations import KnownSpans

spans = st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda p: (p[0], p[0] + p[1]))


def overlapping(known: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The plain definition: the known spans that overlap [start, end) in either way tested."""
    return [(s, e) for s, e in known if (s < start < e < end) or (start < s < end < e)]


@given(st.lists(spans, max_size=30), spans)
def test_near_holds_every_overlapping_span_in_order(
    known: list[tuple[int, int]], phrase: tuple[int, int]
) -> None:
    start, end = phrase
    assert overlapping(KnownSpans(known).near(start, end), start, end) == overlapping(known, start, end)


def test_no_known_names() -> None:
    assert KnownSpans([]).near(0, 10) == []
