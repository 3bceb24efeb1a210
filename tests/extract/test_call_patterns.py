"""The deadline and call patterns run on the folded text find what the case-insensitive
patterns find on the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components.calls import (
    _CALL_CONTEXT_FOLDED,
    _DEADLINE_FOLDED,
    _DEADLINE_PREFIXES,
    _NOT_DEADLINE_FOLDED,
    _NOT_DEADLINE_PREFIXES,
    CALL_CONTEXT,
    DEADLINE,
    NOT_DEADLINE,
    _call_context,
    match_starts,
)
from bilat.extract.matching import folded_text

WORDS = [
    "Deadline", "closing date", "CLOSES", "close on", "Close at", "due by", "due date", "submit by",
    "Submitted by", "apply by", "Applications must be", "application should reach", "submiſſion", "are due",
    "İs due", "applications close", "Call closes", "Closed on", "calls", "recall", "results", "Announced",
    "funding", "proposals", "call", "Apply", "application", "submit", "closed", "start", "Published",
    "notify", "decisions", "no later than", "Not later than", "open until", "Accepted until", "received by",
    " ", "\n", "-", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(WORDS), max_size=25).map("".join))
def test_folded_call_patterns_find_the_same_matches(text: str) -> None:
    folded = folded_text(text)
    for plain, fast in ((DEADLINE, _DEADLINE_FOLDED), (NOT_DEADLINE, _NOT_DEADLINE_FOLDED)):
        assert [m.span() for m in fast.finditer(folded)] == [m.span() for m in plain.finditer(text)]
    assert (
        bool(_CALL_CONTEXT_FOLDED.search(folded)) == bool(CALL_CONTEXT.search(text)) == _call_context(folded)
    )


def lines_holding(starts: list[int], text: str) -> list[bool]:
    """For each line of `text`, whether one of `starts` lies in it."""
    return [any(m.start() <= at < m.end() for at in starts) for m in re.finditer(r"[^\n]+", text)]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(WORDS), max_size=25).map("".join))
def test_match_starts_tell_each_line_what_finditer_tells(text: str) -> None:
    folded = folded_text(text)
    cases = ((_DEADLINE_FOLDED, _DEADLINE_PREFIXES), (_NOT_DEADLINE_FOLDED, _NOT_DEADLINE_PREFIXES))
    for pattern, prefixes in cases:
        plain = [m.start() for m in pattern.finditer(folded)]
        fast = match_starts(folded, pattern, prefixes)
        assert set(plain) <= set(fast) and all(pattern.match(folded, at) for at in fast)
        assert fast == sorted(set(fast))
        assert lines_holding(fast, text) == lines_holding(plain, text)
