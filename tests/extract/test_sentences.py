"""Sentence splitting: the one-scan splitter gives the spans of the plain line-by-line method."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components.sentences import _END, _LINE, MAX_SENTENCE, candidate_ends, split_sentences
from bilat.extract.resources import load_lines


def plain_split(text: str) -> list[tuple[int, int]]:
    """The obvious method: each line searched for sentence ends on its own."""
    abbreviations = load_lines("abbreviations.txt")
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for end in _END.finditer(text, line.start(), line.end()):
            if not abbreviation(text, start, end.start(), abbreviations):
                add(spans, text, start, end.start() + 1)
                start = end.end()
        add(spans, text, start, line.end())
    return spans


def abbreviation(text: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    """A period after a known abbreviation, an initial or dotted initials."""
    if text[dot] != ".":
        return False
    word = re.search(r"(\S+)$", text[max(start, dot - 30) : dot])
    if not word:
        return False
    token = re.split(r"[-–—/]", word.group(1).lstrip("(\"'“"))[-1]
    if token in abbreviations or (len(token) == 1 and token.isupper()):
        return True
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token))


def add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append text[start:end] trimmed, in pieces of at most MAX_SENTENCE characters."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        spans.append((start, start + MAX_SENTENCE))
        start += MAX_SENTENCE
    if end > start:
        spans.append((start, end))


def test_abbreviations_initials_and_lines() -> None:
    text = "  Dr. Lee met J. Smith of the U.S. side.  They agreed!\n\n(Next) line?  \r\nThe end"
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["Dr. Lee met J. Smith of the U.S. side.", "They agreed!", "(Next) line?", "The end"]


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            ["Dr.", "U.S.", "J.", "etc.", "met", "Lee", " ", "  ", "\n", "\t", ". ", "! ", '." ', "(A", "3"]
        ),
        max_size=40,
    )
)
def test_same_spans_as_the_plain_method(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert split_sentences(text) == plain_split(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([".", "!", "?", "?!", "”", ")", "]", " ", "\t", "\n", "A", "a", "(", "“", "3", "É"]),
        max_size=30,
    )
)
def test_candidate_ends_are_the_matches_of_the_end_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert candidate_ends(text) == [(m.start(), m.end()) for m in _END.finditer(text)]
