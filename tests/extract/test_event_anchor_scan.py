"""The pre-tests of anchored event dates ("the following day") never reject a sentence that holds
one of the phrases."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bilat.extract.components import event_anchors
from bilat.extract.doc import Doc
from bilat.extract.matching import folded_text

PIECES = [
    "The",
    "following",
    "DAY",
    "day",
    "next",
    "Earlier",
    "in",
    "the",
    "İn",
    "ſame",
    "evening",
    "month",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    "x",
    "later",
    "that",
    "On",
    "its",
    "final",
]


def plain_any_phrase(text: str, start: int, end: int) -> bool:
    """Some phrase of the data, case-insensitively, in text[start:end] (pos/endpos semantics)."""
    return any(pattern.search(text, start, end) for pattern, _, _, _ in event_anchors._patterns())


@given(st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join), st.integers(0, 10))
def test_pre_tests_keep_every_sentence_with_a_phrase(text: str, cut: int) -> None:
    start = min(cut, len(text))
    if not plain_any_phrase(text, start, len(text)):
        return
    folded = folded_text(text)
    assert any(word in folded[start:] for word in event_anchors._last_words())
    any_phrase, on_folded = event_anchors._any_phrase()
    assert any_phrase.search(folded if on_folded else text, start, len(text))
    assert event_anchors._may_hold_phrase(Doc(text=text, name="t.txt", published=None))


def test_every_phrase_ends_with_a_pre_tested_word() -> None:
    words = event_anchors._last_words()
    for pattern, _, _, word in event_anchors._patterns():
        assert word in words
        assert re.search(rf"{word}\\b$", pattern.pattern)


def test_a_non_ascii_last_word_disables_the_word_pre_test() -> None:
    assert event_anchors._last_word("al día siguiente") == "siguiente"
    assert event_anchors._last_word("le même jour") == "jour"
    assert event_anchors._last_word("am nächsten Tag") == "tag"
    assert event_anchors._last_word("der Vortag à la même journée") == ""


@given(st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join), st.integers(0, 10))
def test_every_word_of_a_phrase_found_is_in_the_folded_text(text: str, cut: int) -> None:
    start = min(cut, len(text))
    folded = folded_text(text)[start:]
    pairs = zip(event_anchors._patterns(), event_anchors._phrase_words(), strict=True)
    for (pattern, _, _, _), words in pairs:
        if pattern.search(text[start:]):
            assert all(word in folded for word in words)


def test_the_phrase_words_follow_the_patterns() -> None:
    for (_, _, _, last), words in zip(event_anchors._patterns(), event_anchors._phrase_words(), strict=True):
        assert last == "" or words[-1:] == (last,)
