"""Session 18's fast paths give what their plain definitions give: patterns that open with a
look-behind tried only where their words start (`finditer_from`: the coordination cue of
organisations, ministers' portfolios of topics), the minutes heading test behind a literal gate,
the held-body gate, the joint-body kind and legal-form endings tested with one `str.endswith`, and
`SpanIndex`'s running maximum."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components import event_held_bodies, organizations, topics
from bilat.extract.doc import SpanIndex
from bilat.extract.matching import finditer_from
from bilat.temporal import reference

PIECES = st.sampled_from(
    [
        "from ", "including ", "such as ", "such\nas ", "among them ", "joined by ", "the ", "The ",
        "Minister of ", "Ministry for ", "MINISTRY OF ", "Commissioner for ", "Science", "SCIENCE",
        ", ", " and ", "&", "Research", "ASML", "NXP", "-", "x", "é", "Ö", "\n", "\t", " ", ".",
        "minutes", "MINUTES", "Minute\u017f", "record of the discussions", "summary record", "Record",
        "\u0130", "\u0131", "\u212a", "Joint Committee", "Working Group", "Council", "Commission",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(PIECES, max_size=25))
def test_finditer_from_finds_what_finditer_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    cue, start = organizations._COORDINATION_CUE, organizations._COORDINATION_START
    assert [m.span() for m in finditer_from(start, cue, text)] == [m.span() for m in cue.finditer(text)]
    plain = [m.span() for m in topics._portfolio().finditer(text)]
    headed = any(head in text for head in topics._portfolio_heads())
    assert topics.portfolio_spans(text) == (plain if headed else [])


def test_finditer_from_never_loops_on_empty_matches() -> None:
    found = finditer_from(re.compile("a"), re.compile("a*"), "baab a")
    assert [m.span() for m in found] == [(1, 3), (5, 6)]


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(PIECES, max_size=25))
def test_minutes_gate_never_hides_a_minutes_heading(pieces: list[str]) -> None:
    head = "".join(pieces)
    if reference.MINUTES_HEAD.search(head):
        assert reference._may_be_minutes(head)


@settings(max_examples=1000, deadline=None)
@given(pieces=st.lists(PIECES, max_size=25), cut=st.integers(min_value=0, max_value=40))
def test_held_body_gate_is_the_substring_test(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    start, end = min(cut, len(text)), len(text)
    plain = any(head in text[start:end] for head in event_held_bodies._heads())
    assert (event_held_bodies._head_pattern().search(text, start, end) is not None) == plain


def test_kind_and_legal_form_endings_are_the_plain_tests() -> None:
    kinds = organizations._folded_kinds()
    forms = organizations._legal_form_ends()
    names = [*kinds, *(f"x {k}" for k in kinds), *(f"x{k}" for k in kinds), "", "joint committee x"]
    names += [f"Kinta Holdings{form}" for form, _ in forms] + [f"Kinta{form}x" for form, _ in forms]
    for name in names:
        plain_kind = any(name == kind or name.endswith(" " + kind) for kind in kinds)
        assert organizations._ends_with_kind(name) == plain_kind
        plain_form = next((state for form, state in forms if name.endswith(form)), None)
        assert organizations._legal_form_country(name) == plain_form


@settings(max_examples=500, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=20))
def test_span_index_keeps_the_running_maximum(spans: list[tuple[int, int]]) -> None:
    index = SpanIndex(spans)
    best, expected = -1, []
    for _, end in sorted(spans):
        best = max(best, end)
        expected.append(best)
    assert index._max_end == expected
