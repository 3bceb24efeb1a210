"""The machinery that makes tagging fast must not change what it finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.temporal import context, numeric_order, tag, tagger
from bilat.temporal.calendar import Point
from bilat.temporal.evaluation import read_timeml
from bilat.temporal.reference import parse_reference

PIECES = [
    "will", "Will", "WILL", "shall", "said", "Said", "was", "be", "been", " ", "  ", "\n", ".", ",", "'ll",
    "ago", "signed", "Signed", "agreed", "planned", "ſhall", "wıll", "İs", "K", "3", "12/05/2023", "1.2.24",
    "-", "/", "05", "2024", "x", "“", "”",
]  # fmt: skip


def _fresh_tag(text: str, reference: str | None) -> list[dict[str, object]]:
    """Tag with every memory of earlier taggings cleared."""
    tagger._tagged.cache_clear()
    for memory in (tagger._memory, numeric_order.prefers_day_first):
        memory.cache_clear()
    return [t.to_dict() for t in tag(text, reference)]


def test_resolutions_reused_across_references_change_nothing(shared_dir: Path) -> None:
    files = sorted((shared_dir / "data" / "tempeval3" / "train").glob("*/*.tml"))[::16]
    if not files:
        pytest.skip("no TempEval files")
    for path in files:
        doc = read_timeml(path)
        expected = {ref: _fresh_tag(doc.text, ref) for ref in (None, doc.dct or "2000-01-01", "1999")}
        tagger._memory.cache_clear()
        for ref in (None, doc.dct or "2000-01-01", "1999", None):  # one memory, several references
            tagger._tagged.cache_clear()  # tagged anew, with what earlier taggings left in memory
            assert [t.to_dict() for t in tag(doc.text, ref)] == expected[ref], (path.name, ref)


def test_remembered_taggings_are_the_taggings() -> None:
    text = "Tokyo, 16 May 2024 - The ministers met on Monday and will meet again next week."
    first = tagger.tag_with(text, None)
    first.clear()  # a caller may change the list it gets
    assert tagger.tag_with(text, None) == _fresh_timexes(text, None)
    reference = parse_reference("2024-05-16")
    assert tagger.tag_with(text, reference) == _fresh_timexes(text, reference)


def test_shared_resolutions_are_not_changed_by_later_steps() -> None:
    # a modifier, a position, a time of day and dates counted from the reference: the steps that
    # change a resolution must work on a copy, not on the one remembered for the next tagging
    text = "About two years ago, at the end of May, they met at 10 a.m. Monday and again yesterday."
    expected = {ref: _fresh_tag(text, ref) for ref in ("2024-06-05", "2024", None)}
    for ref in ("2024-06-05", "2024", None, "2024-06-05"):
        tagger._tagged.cache_clear()
        assert [t.to_dict() for t in tag(text, ref)] == expected[ref], ref


def _fresh_timexes(text: str, reference: Point | None) -> list[object]:
    tagger._tagged.cache_clear()
    return list(tagger.tag_with(text, reference))


def test_a_context_records_the_state_a_resolution_reads() -> None:
    ctx = context.Context("On Monday.", parse_reference("2023-05-23"))
    ctx.reads = set()
    assert ctx.ref_date is not None and ctx.anchor is None
    ctx.reads, reads = None, ctx.reads
    assert reads == {"reference", "anchor"}
    ctx.anchor = Point(parse_reference("2023-05-01").date)
    assert ctx.state(("anchor", "reference")) == (ctx.anchor, ctx.reference)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_cue_patterns_on_lower_cased_text_find_the_same_cues(pieces: list[str]) -> None:
    text = "".join(pieces)
    if any(char in text for char in context._CASE_FOLD_SPECIAL):
        return  # those texts use the case-insensitive patterns
    for pattern in (context.FUTURE_CUES, context.PAST_CUES, context.REPORTING):
        fast = context._lower_case(pattern)
        assert [m.span() for m in fast.finditer(text.lower())] == [m.span() for m in pattern.finditer(text)]


ORIGINAL_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-])")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_numeric_date_scan_finds_what_its_plain_form_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [(m.span(), m.groups()) for m in numeric_order.NUMERIC_DATE.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in ORIGINAL_NUMERIC_DATE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_numeric_hint_holds_wherever_a_numeric_date_is(pieces: list[str]) -> None:
    text = "".join(pieces)
    if numeric_order.NUMERIC_DATE.search(text):
        assert numeric_order.NUMERIC_HINT.search(text)


ORIGINAL_SENTENCE_EDGE = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No))(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Inc|Ltd|Col))"
    r"(?<!\bCorp)(?<![ap]\.m)[.!?;]\s|\n\s*\n"
)
EDGE_PIECES = ["Mr", "Mrs", "Corp", "a.m", "p.m", "A", "Gen", "Co", "No", "x", " ", ".", "!", ";", "\n", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(EDGE_PIECES), max_size=30))
def test_the_sentence_edge_scan_finds_what_its_plain_form_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [m.span() for m in context.SENTENCE_EDGE.finditer(text)]
    assert found == [m.span() for m in ORIGINAL_SENTENCE_EDGE.finditer(text)]
