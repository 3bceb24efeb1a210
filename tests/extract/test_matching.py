"""Phrase matching over a whole Doc and case-insensitive patterns on folded text: the fast paths
give exactly what the plain ones give."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components.sentences import split_sentences
from bilat.extract.doc import Doc
from bilat.extract.matching import (
    PhraseMatcher,
    doc_folded,
    doc_lowered,
    folded_pattern,
    folded_text,
    lower_same_length,
)

MATCHER = PhraseMatcher(
    [("joint committee", "meeting"), ("committee", "meeting"), ("visit", "visit"), ("ai", "ai")],
    [("AI", "ai-exact"), ("MoU", "mou")],
)
ALPHABET = [*"Joint committee visitAIMoU .,-\nΣσİıſé9", "joint committee", "visit", "AI", "MoU"]


def doc_of(text: str) -> Doc:
    """A Doc with its sentences, as the pipeline makes it."""
    doc = Doc(text=text, name="example.txt")
    doc.set_sentences(split_sentences(text))
    return doc


def test_find_span_answers_with_offsets_into_the_text() -> None:
    doc = doc_of("The Joint Committee met. A visit followed; the AI MoU was signed.")
    second = doc.sentences[1]
    hits = MATCHER.find_span(doc, *second)
    assert [(doc.text[h.start : h.end], h.key) for h in hits] == [
        ("visit", "visit"),
        ("AI", "ai"),
        ("MoU", "mou"),
    ]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(ALPHABET), max_size=30),
    cut=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_find_span_is_find_on_the_cut_out_text(pieces: list[str], cut: tuple[int, int]) -> None:
    text = "".join(pieces)
    start, end = sorted(min(c, len(text)) for c in cut)
    doc = doc_of(text)
    expected = [(start + h.start, start + h.end, h.key) for h in MATCHER.find(text[start:end])]
    assert [tuple(h) for h in MATCHER.find_span(doc, start, end)] == expected


def test_doc_lowered_keeps_offsets() -> None:
    doc = doc_of("İstanbul and the AI Office")
    assert doc_lowered(doc) == lower_same_length(doc.text) and len(doc_lowered(doc)) == len(doc.text)


def test_folded_text_is_what_ignorecase_sees() -> None:
    """Every character that re.IGNORECASE equates to a letter folds to that letter."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or not letters.fullmatch(char):
            continue
        for letter in "abcdefghijklmnopqrstuvwxyz":
            assert bool(re.fullmatch(letter, char, re.IGNORECASE)) == (folded_text(char) == letter), char


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("Deadline CLOSES ſubmiſſion İS due ıs-calls\n.")), max_size=60)
)
def test_a_folded_pattern_finds_what_the_ignorecase_one_finds(text: str) -> None:
    pattern = r"\bdeadline|closes|submission|is due|calls?\b"
    expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert [m.span() for m in folded_pattern(pattern).finditer(doc_folded(doc_of(text)))] == expected


def test_folded_patterns_are_lower_case_ascii() -> None:
    try:
        folded_pattern("Deadline")
    except ValueError as exc:
        assert "lower-case" in str(exc)
    else:
        raise AssertionError("an upper-case pattern was accepted")
