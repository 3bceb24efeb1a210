"""Cutting a text at evidence boundaries: nothing lost, every character marked by exactly its facts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bilat.query.browse_model import Fact, Span
from bilat.web.highlight import quotes, segments


def fact(fact_id: int, *spans: tuple[int, int]) -> Fact:
    return Fact(id=fact_id, field="organizations", label=None, date=None, date_end=None, data={},
                evidence=[Span(s, e) for s, e in spans], doc_id="d", doc_name="d.txt", doc_title=None,
                published=None)


def test_overlapping_evidence_is_split_into_runs() -> None:
    text = "The Swedish Research Council signed."
    council = fact(1, (4, 28))
    swedish = fact(2, (4, 11))
    runs = [(s.text, s.facts, s.starts) for s in segments(text, [council, swedish])]
    assert runs == [
        ("The ", [], []),
        ("Swedish", [1, 2], [1, 2]),
        (" Research Council", [1], []),
        (" signed.", [], []),
    ]


def test_spans_outside_the_window_are_clipped_to_it() -> None:
    window = "second part"
    runs = segments(window, [fact(7, (95, 106))], offset=100)
    assert [(s.text, s.facts) for s in runs] == [("second", [7]), (" part", [])]


def test_quotes_are_the_words_of_the_first_evidence_in_view() -> None:
    text = "Japan and Sweden"
    assert quotes(text, [fact(1, (10, 16)), fact(2, (50, 60))]) == {1: "Sweden", 2: ""}


spans = st.tuples(st.integers(-5, 60), st.integers(-5, 60))


@given(text=st.text(max_size=50), facts=st.lists(st.lists(spans, min_size=1, max_size=3), max_size=6),
       offset=st.integers(0, 10))
def test_segments_cover_the_text_and_mark_exactly_the_covering_facts(
    text: str, facts: list[list[tuple[int, int]]], offset: int
) -> None:
    all_facts = [fact(i, *s) for i, s in enumerate(facts)]
    runs = segments(text, all_facts, offset)
    assert "".join(r.text for r in runs) == text
    position = 0
    for run in runs:
        assert run.text or not text
        for char in range(position, position + len(run.text)):
            absolute = char + offset
            expected = sorted(f.id for f in all_facts if any(s.start <= absolute < s.end for s in f.evidence))
            assert run.facts == expected
        position += len(run.text)
